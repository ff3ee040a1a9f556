import Foundation

/// A heading that names a national post and not its holder ("Statement by the Foreign Minister at the
/// Security Council", "كلمة السيد وزير الخارجية أمام مجلس الأمن", "Intervenção do
/// Primeiro-Ministro"): the leaders table's one holder of that post, in the country the page speaks for, on the text's
/// date. The country must be the post's own ("Foreign Minister of Pakistan") or the page's masthead, never a country
/// the heading is about; without a date, or with two holders in the period the date spans, nobody is named.
extension SpeakerReview {
    private static let notTheHolder = Pattern(
        #"(?i)\b(?:deputy|vice|former|acting|adjoint|adjointe|ancien|ancienne|viceministro|viceministra|"#
            + #"vice-ministre|ex)\b[\s-]*$|заместител\w*\s*$|бывш\w*\s*$|"#
            + #"(?:نائب|مساعد)\s*$|副$"#)
    /// "of the", "de la", "du": what joins a post to what it is of.
    private static let of = #"^\s*(?:(?:of|de|du|des|del|da|do|d')\s*(?:the\s+|la\s+|l'\s*|el\s+)?)?"#
    private static let ofWords = Pattern(of)
    private static let ofCountry = Pattern(of + #"(\p{L}[\p{L}'\-]*(?:\s+\p{L}[\p{L}'\-]*){0,4})"#)

    func nationalPostHolders(in lines: [TextLine], date: StatementDate?, masthead: String?) -> [SpeakerCandidate] {
        guard let date else { return [] }
        for line in lines.prefix(14) where line.trimmed.count <= 220 {
            let folded = KindLexicon.fold(line.text) as NSString
            for (phrase, post) in reference.nationalPosts {
                let at = folded.range(of: phrase)
                guard at.location != NSNotFound, Self.standsAlone(at, in: folded) else { continue }
                let before = folded.substring(to: at.location)
                if Self.notTheHolder.firstMatch(in: String(before.suffix(20))) != nil { break }
                let after = folded.substring(from: at.upperBound)
                // "President of the General Assembly", "Президент Генеральной Ассамблеи":
                // a body's officer (the body right after the post, not "at the Security Council").
                let ofLength = Self.ofWords.firstMatch(in: after)?.range.length ?? 0
                let forums = reference.forums.all(in: String(after.prefix(60)))
                if forums.contains(where: { $0.range.location <= ofLength + 1 }) { break }
                guard let country = ownCountry(after: after) ?? masthead else { break }
                let holders = Set(
                    envoys.envoys.filter {
                        $0.roster == .leaders && $0.country == country && $0.post.hasPrefix(post + " of")
                            && $0.covers(date, currentYear: currentYear)
                    }.map(\.name))
                guard holders.count == 1, let name = holders.first else { break }
                let written = (line.text as NSString).substring(with: at)
                return [
                    SpeakerCandidate(
                        name: name, range: doc.range(at, inLine: line), rule: "speaker.national-post-holder",
                        score: 0.5,
                        reason: "the heading names the post (“\(written)”) and not its holder; \(name) was \(post) "
                            + "of \(country) on \(date.iso) (leaders table)")
                ]
            }
        }
        return []
    }

    /// The country the words right after a post name ("of Pakistan", "de la République du Mali", "مصر").
    private func ownCountry(after: String) -> String? {
        guard let m = Self.ofCountry.firstMatch(in: after), let words = m.group(1) else { return nil }
        let review = CountryReview(doc: doc, reference: reference)
        // The run must open with the country: "of Pakistan to the Council", not "of the Council of Europe".
        var parts = words.split(separator: " ").map(String.init)
        while !parts.isEmpty {
            if let (country, length) = review.country(in: parts.joined(separator: " ")),
                length == (parts.joined(separator: " ") as NSString).length
            {
                return country
            }
            parts.removeLast()
        }
        return nil
    }

    /// Whether the phrase at `range` is whole words (no letter on either side).
    private static func standsAlone(_ range: NSRange, in text: NSString) -> Bool {
        func letter(at i: Int) -> Bool {
            guard i >= 0, i < text.length, let u = Unicode.Scalar(text.character(at: i)) else { return false }
            return CharacterSet.letters.contains(u)
        }
        // Han script writes no spaces between words: a post stands wherever it is found.
        if let first = Unicode.Scalar(text.character(at: range.location)), first.value >= 0x3000 { return true }
        return !letter(at: range.location - 1) && !letter(at: range.upperBound)
    }
}
