/// The case forms of a Russian name given in the nominative ("Конференция по разоружению" →
/// "Конференции по разоружению", "Конференцию …", "Конференцией …"),
/// so a name table need list each body once: Russian texts name a forum in whatever case the sentence needs
/// ("выступление на Конференции по разоружению"). Only the words up to and
/// including the first noun change, all in the same case ("Экономического и Социального
/// Совета"); what follows them is a complement that keeps its own case ("Совета Безопасности",
/// "по правам человека"). Regular endings only: a word whose ending is not one of these is left as
/// written.
enum RussianDeclension {
    /// Genitive, dative, instrumental, prepositional, accusative, in that order, for each kind of ending.
    private static let adjectiveEndings: [(String, [String])] = [
        ("ый", ["ого", "ому", "ым", "ом", "ый"]),
        ("ий", ["ого", "ому", "им", "ом", "ий"]),
        ("ой", ["ого", "ому", "ым", "ом", "ой"]),
        ("ая", ["ой", "ой", "ой", "ой", "ую"]),
        ("ое", ["ого", "ому", "ым", "ом", "ое"]),
    ]
    private static let nounEndings: [(String, [String])] = [
        ("ия", ["ии", "ии", "ией", "ии", "ию"]),
        ("ея", ["еи", "ее", "еей", "ее", "ею"]),
        ("ие", ["ия", "ию", "ием", "ии", "ие"]),
        ("а", ["ы", "е", "ой", "е", "у"]),
        ("я", ["и", "е", "ей", "е", "ю"]),
        ("о", ["а", "у", "ом", "е", "о"]),
    ]
    /// After these letters Russian writes и, not ы ("Лига" → "Лиги").
    private static let hushing: Set<Character> = ["г", "к", "х", "ж", "ш", "ч", "щ"]

    /// The name in the five other cases, or none when it is not a Russian name whose head can be declined.
    static func forms(of name: String) -> [String] {
        let words = name.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let first = words.first, first.lowercased().unicodeScalars.contains(where: isRussianLetter) else {
            return []
        }
        var cases = [[String]](repeating: [], count: 5)
        var headDone = false
        for word in words {
            let declined = headDone ? nil : decline(word)
            if let declined {
                if declined.isNoun { headDone = true }
                for c in 0..<5 { cases[c].append(declined.forms[c]) }
            } else {
                // A conjunction between adjectives ("Экономический и Социальный") does not end
                // the head.
                if !headDone, word != "и" { headDone = true }
                for c in 0..<5 { cases[c].append(word) }
            }
        }
        let out = Set(cases.map { $0.joined(separator: " ") }).subtracting([name])
        return out.sorted()
    }

    private static func isRussianLetter(_ s: Unicode.Scalar) -> Bool { (0x430...0x44F).contains(s.value) || s == "ё" }

    private static func decline(_ word: String) -> (forms: [String], isNoun: Bool)? {
        let lower = word.lowercased()
        // Capitals are an abbreviation ("ООН", "МАГАТЭ"), which does not decline.
        guard word.count >= 4, word != word.uppercased(),
            lower.unicodeScalars.allSatisfy({ isRussianLetter($0) || $0 == "-" })
        else { return nil }
        for (ending, forms) in adjectiveEndings where lower.hasSuffix(ending) {
            return (forms.map { String(word.dropLast(ending.count)) + $0 }, false)
        }
        for (ending, forms) in nounEndings where lower.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            let soft = stem.last.map { hushing.contains($0) } ?? false
            return (forms.map { stem + (ending == "а" && $0 == "ы" && soft ? "и" : $0) }, true)
        }
        // A masculine noun that ends in a consonant: "Совет", "комитет", "форум", "саммит".
        guard let last = lower.last, !"аеёиоуыэюяйь".contains(last) else { return nil }
        return (["а", "у", "ом", "е", ""].map { word + $0 }, true)
    }
}
