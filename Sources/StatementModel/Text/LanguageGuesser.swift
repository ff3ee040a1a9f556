/// Guesses a text's language from its script and, for Latin script, its most common short words.
/// Good enough to label a statement; never presented as certain.
enum LanguageGuesser {
    private static let stopwords: [(String, Set<String>)] = [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "we", "for", "with"]),
        ("fr", ["le", "la", "les", "et", "des", "est", "nous", "pour", "dans", "une"]),
        ("es", ["el", "los", "las", "y", "que", "del", "para", "con", "una", "por"]),
        ("de", ["der", "die", "und", "das", "ist", "nicht", "wir", "mit", "für", "von"]),
    ]

    // at most 8: a key holds 8 bytes
    private static let maxStopwordLength = stopwords.flatMap(\.1).map(\.unicodeScalars.count).max()!

    /// The ASCII stop words as their bytes packed in an integer, to the languages they belong to.
    private static let asciiStopwords: [UInt64: [Int]] = {
        var table: [UInt64: [Int]] = [:]
        for (i, entry) in stopwords.enumerated() {
            for word in entry.1 where word.utf8.allSatisfy({ $0 < 0x80 }) {
                table[word.utf8.reduce(0) { $0 << 8 | UInt64($1) }, default: []].append(i)
            }
        }
        return table
    }()

    static func guess(_ text: String) -> (code: String, confidence: Double)? {
        let letters = ScriptCounts(text, limit: 20_000)
        let (han, cyrillic, arabic) = (letters.han, letters.cyrillic, letters.arabic)
        let total = letters.total
        guard total >= 20 else { return nil }
        if Double(han) / Double(total) > 0.3 { return ("zh", 0.9) }
        if Double(cyrillic) / Double(total) > 0.5 { return ("ru", 0.9) }
        if Double(arabic) / Double(total) > 0.5 { return ("ar", 0.9) }
        // A few thousand scalars tell a language as well as the whole text does. Words are counted as
        // they end, lowercased scalar by scalar; only words as short as the longest stop word are looked
        // up, ASCII ones as their bytes packed in an integer (no string made for them).
        let maxStopwordLength = Self.maxStopwordLength
        let asciiStopwords = Self.asciiStopwords  // no lazy-static check a word
        var counts = [Int](repeating: 0, count: stopwords.count)
        var key: UInt64 = 0
        var ascii = true
        var length = 0
        var scalars: [Unicode.Scalar] = []
        func finish() {
            if length > 0, length <= maxStopwordLength {
                if ascii {
                    for i in asciiStopwords[key] ?? [] { counts[i] += 1 }
                } else {
                    let w = String(String.UnicodeScalarView(scalars))
                    for (i, entry) in stopwords.enumerated() where entry.1.contains(w) { counts[i] += 1 }
                }
            }
            key = 0
            ascii = true
            length = 0
            scalars.removeAll(keepingCapacity: true)
        }
        var seen = 0
        for scalar in text.unicodeScalars {
            seen += 1
            if seen > 6000 { break }
            // Letters, and marks inside a word (a decomposed "é"), make words; anything else ends one.
            if ScalarClass.isLetter(scalar) || (length > 0 && ScalarClass.isMark(scalar)) {
                length += 1
                guard length <= maxStopwordLength else { continue }
                if scalar.value < 0x80 {
                    let lower = scalar.value | (scalar.value <= 0x5A ? 0x20 : 0)
                    key = key << 8 | UInt64(lower)
                    // An ASCII word is looked up by its key alone: its scalars are made only once it is not.
                    if !ascii { scalars.append(Unicode.Scalar(lower)!) }
                } else {
                    if ascii {
                        // The letters so far, all ASCII and at most eight, are the key's bytes.
                        for j in (0..<(length - 1)).reversed() {
                            scalars.append(Unicode.Scalar(UInt8(truncatingIfNeeded: key >> (8 * j))))
                        }
                    }
                    ascii = false
                    scalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                }
                continue
            }
            finish()
        }
        finish()
        let scores = zip(stopwords.map(\.0), counts).map { ($0, $1) }
        guard let best = scores.max(by: { $0.1 < $1.1 }), best.1 >= 3 else { return nil }
        let share = Double(best.1) / Double(max(1, scores.map(\.1).reduce(0, +)))
        return (best.0, min(0.95, 0.5 + share * 0.45))
    }
}

/// A text's letters counted by script (Han, Cyrillic, Arabic, Latin), up to a number of scalars.
struct ScriptCounts {
    var han = 0
    var cyrillic = 0
    var arabic = 0
    var latin = 0
    var total: Int { han + cyrillic + arabic + latin }

    init(_ text: String, limit: Int = .max) {
        // ASCII (most texts, or their first `limit` scalars): its letters counted over its bytes.
        if let latin = text.utf8.withContiguousStorageIfAvailable({ Self.asciiLetters($0.prefix(limit)) }),
            let latin
        {
            self.latin = latin
            return
        }
        // Counted by hand: `prefix(n)` of a string's scalars walks n scalars to find its end first.
        var seen = 0
        for s in text.unicodeScalars {
            seen += 1
            if seen > limit { break }
            switch s.value {
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x0600...0x06FF: arabic += 1
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            default: break
            }
        }
    }

    /// The letters among ASCII bytes, nil if a byte is not ASCII (in ASCII a byte is a scalar).
    private static func asciiLetters(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        guard high < 0x80 else { return nil }
        var letters = 0
        for byte in bytes where (byte | 0x20) &- 0x61 < 26 { letters += 1 }  // A-Z, a-z
        return letters
    }

    /// The script most letters are in (0 Han, 1 Cyrillic, 2 Arabic, 3 Latin), nil for a text without them.
    var dominant: Int? {
        let counts = [han, cyrillic, arabic, latin]
        guard let top = counts.max(), top > 0 else { return nil }
        return counts.firstIndex(of: top)
    }
}
