/// Guesses a text's language from its script and, for Latin script, its most common short words.
/// Good enough to label a statement; never presented as certain.
enum LanguageGuesser {
    private static let stopwords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "we", "for", "with"]),
        ("fr", ["le", "la", "les", "et", "des", "est", "nous", "pour", "dans", "une"]),
        ("es", ["el", "los", "las", "y", "que", "del", "para", "con", "una", "por"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "wir", "mit", "für", "von"]),
    ]

    static func guess(_ text: String) -> (code: String, confidence: Double)? {
        var han = 0, cyrillic = 0, arabic = 0, latin = 0
        for s in text.unicodeScalars.prefix(20_000) {
            switch s.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x0600...0x06FF: arabic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
        }
        let total = han + cyrillic + arabic + latin
        guard total >= 20 else { return nil }
        if Double(han) / Double(total) > 0.3 { return ("zh", 0.9) }
        if Double(cyrillic) / Double(total) > 0.5 { return ("ru", 0.9) }
        if Double(arabic) / Double(total) > 0.5 { return ("ar", 0.9) }
        // A few thousand characters tell a language as well as the whole text does.
        var words: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in String(text.prefix(6000)).lowercased().unicodeScalars {
            // Letters, and marks inside a word (a decomposed "é"), make words; anything else ends one.
            if ScalarClass.isLetter(scalar) || (!word.isEmpty && ScalarClass.isMark(scalar)) { word.append(scalar); continue }
            if !word.isEmpty { words.append(String(word)); word = String.UnicodeScalarView() }
        }
        if !word.isEmpty { words.append(String(word)) }
        let scores = stopwords.map { code, set in (code, words.filter { set.contains($0) }.count) }
        guard let best = scores.max(by: { $0.1 < $1.1 }), best.1 >= 3 else { return nil }
        let share = Double(best.1) / Double(max(1, scores.map(\.1).reduce(0, +)))
        return (best.0, min(0.95, 0.5 + share * 0.45))
    }
}
