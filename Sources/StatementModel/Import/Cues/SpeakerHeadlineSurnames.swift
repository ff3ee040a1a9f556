import Foundation

/// A headline names its person by surname ("Ministr Lipavský již podruhé vystoupil v Radě bezpečnosti"), the
/// lead in full ("Šéf české diplomacie Jan Lipavský promluvil …"): the full name whose surname the headline
/// repeats is the person the story is about, known to the reference tables or not. Others the lead names in
/// passing ("… se účastnil i americký ministr zahraničí Antony Blinken") are not in the headline.
extension SpeakerReview {
    /// Two or three capitalised words, in Latin, Cyrillic or Greek script.
    private static let fullName = Pattern(
        #"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’-]+){1,3}(?![\p{L}\p{M}])"#)

    func headlineSurnames(headline: String?, in lines: [TextLine]) -> [SpeakerCandidate] {
        guard let headline else { return [] }
        // Only a word in a person's place: opening the headline ("Lammy vor dem UN-Sicherheitsrat"), or after a
        // title ("Ministr Lipavský již podruhé vystoupil").
        let words = headline.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        let headWords = words.indices.filter { i in
            // By surname alone: no capitalised word after it ("Ильхам Алиев", "Member States" are not).
            words[i].first?.isUppercase == true && words[i].count >= 4
                && (i == 0 || Self.isTitleWord(words[i - 1]))
                && (i + 1 == words.count || words[i + 1].first?.isUppercase != true)
        }.map { words[$0].lowercased() }
        guard !headWords.isEmpty else { return [] }
        // Words the text also writes in lower case are words, not names ("Member States", "El Consejo").
        var lowerWords: Set<Substring>?
        func alwaysCapitalised(_ name: String) -> Bool {
            if lowerWords == nil {
                lowerWords = Set(
                    doc.text.split(whereSeparator: { !$0.isLetter }).filter { $0.first?.isLowercase == true })
            }
            return name.split(separator: " ").allSatisfy { !lowerWords!.contains(Substring($0.lowercased())) }
        }
        for line in lines where line.trimmed.squeezed != headline {
            for m in Self.fullName.matches(in: line.text) {
                guard let (name, range) = personalName(in: m.value, at: m.range),
                    let surname = name.split(separator: " ").last.map({ String($0).lowercased() }),
                    headWords.contains(where: { Self.sameSurname($0, surname) }),
                    !countryWord(surname), !gazetteer.isPlaceName(surname), alwaysCapitalised(name)
                else { continue }
                return [
                    SpeakerCandidate(
                        name: name, range: doc.range(range, inLine: line), rule: "speaker.headline-surname",
                        score: 0.74,
                        reason: "the headline names “\(name)” by surname; the opening lines give the full name")
                ]
            }
        }
        return []
    }

    /// The run's last words that make a person's name: posts, titles, places and countries before it dropped
    /// ("Šéf", "Minister", "Czech"); nil unless a given name and a surname are left.
    private func personalName(in run: String, at range: NSRange) -> (String, NSRange)? {
        var words = run.split(whereSeparator: \.isWhitespace).map(String.init)
        var dropped = 0
        while let first = words.first, words.count > 2 || !looksGiven(first) {
            dropped += (first + " ").utf16.count
            words.removeFirst()
            if words.count < 2 { return nil }
        }
        guard words.count >= 2, words.allSatisfy({ !Self.notNames.contains($0.lowercased()) }) else { return nil }
        let name = words.joined(separator: " ")
        guard !countryWord(name), !gazetteer.isPlaceName(name), !gazetteer.isOrganisationName(name) else {
            return nil
        }
        return (name, NSRange(location: range.location + dropped, length: range.length - dropped))
    }

    /// A word that may open a name: no post or title, no country or place.
    private func looksGiven(_ word: String) -> Bool {
        !Self.notNames.contains(word.lowercased()) && !countryWord(word) && !gazetteer.isPlaceName(word)
            && !word.hasSuffix(".")
    }

    /// Titles by the stem most languages share ("Ministr", "Ministro", "Министр", "Präsident", "Prezydent").
    private static let titleStems = [
        "minist", "министр", "presid", "präsid", "prezyd", "prezid", "президент", "ambas", "embaj",
        "embaix", "velvysl", "посол", "premier", "premiér", "kanzler", "chancel", "канцлер", "envoy",
        "secretar", "sekretar",
    ]

    /// A head of state or government the headline opens on ("Andry Rajoelina aux Nations Unies : rencontre
    /// avec le Secrétaire général ...", "President Ruto tells the Assembly ..."): the story is about them, though
    /// the headline names a UN official after. Worth what a known envoy's name in the heading is.
    func headlineLeader(headline: String?) -> [SpeakerCandidate] {
        guard let headline, let line = headLines.first(where: { $0.trimmed.squeezed == headline }),
            let hit = firstSpelling(in: line, skipping: []), envoys.isLeaderOnly(hit.name)
        else { return [] }
        let before = (line.text as NSString).substring(to: hit.range.location)
        let words = before.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard words.count <= 3, words.allSatisfy({ Self.isTitleWord($0) || $0.count <= 3 && $0.first!.isLowercase })
        else { return [] }
        return [
            SpeakerCandidate(
                name: hit.name, range: doc.range(hit.range, inLine: line), rule: "speaker.headline-leader",
                score: 0.8, reason: "the headline opens on \(hit.name) (leaders table)")
        ]
    }

    static func isTitleWord(_ word: String) -> Bool {
        let w = word.lowercased()
        return notNames.contains(w) || titleStems.contains { w.hasPrefix($0) }
    }

    /// The same surname, declined or not: "Lipavský" and "Lipavského", "Lammy" and "Lammy".
    static func sameSurname(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let shorter = min(a.count, b.count)
        guard shorter >= 5 else { return false }
        return a.commonPrefix(with: b).count >= max(5, shorter - 2)
    }
}
