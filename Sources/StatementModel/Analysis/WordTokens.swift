import Foundation

/// The words of a text as the analysis views count them: runs of letters and digits, split at hyphens and
/// apostrophes as the full-text index splits them ("Secretary-General" is "secretary general", and "ONU"
/// is found in "l'ONU"); each Han, kana or hangul character a word of its own (those scripts do not space
/// their words); folded to lower case without accents. Offsets are UTF-16, as the text pane's are.
public struct WordTokens: Sequence {
    public struct Token: Equatable {
        public var folded: String
        public var range: NSRange
    }

    private let text: String

    public init(_ text: String) { self.text = text }

    /// How many words a text has, counted without building them (the library stores it per statement).
    public static func count(in text: String) -> Int {
        var n = 0
        var inWord = false
        for s in text.unicodeScalars {
            if isIdeograph(s) {
                n += 1
                inWord = false
            } else if isWordScalar(s) {
                if !inWord { n += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        return n
    }

    public func makeIterator() -> AnyIterator<Token> {
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var offset = 0  // UTF-16 offset of scalars[i]
        return AnyIterator {
            // Skip to the next word's first scalar.
            while i < scalars.count, !isWordScalar(scalars[i]) && !isIdeograph(scalars[i]) {
                offset += scalars[i].utf16.count
                i += 1
            }
            guard i < scalars.count else { return nil }
            let start = offset
            var word = String.UnicodeScalarView()
            if isIdeograph(scalars[i]) {
                word.append(scalars[i])
                offset += scalars[i].utf16.count
                i += 1
            } else {
                while i < scalars.count {
                    let s = scalars[i]
                    guard isWordScalar(s) && !isIdeograph(s) else { break }
                    word.append(s)
                    offset += s.utf16.count
                    i += 1
                }
            }
            return Token(folded: WordTokens.fold(String(word)), range: NSRange(location: start, length: offset - start))
        }
    }

    static func fold(_ word: String) -> String {
        // Most words are ASCII: lower-cased byte by byte, without Foundation's folding.
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic || s.properties.numericType != nil || s.properties.generalCategory == .nonspacingMark
}

/// Han, kana and hangul syllables: one character, one word.
func isIdeograph(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return true
    default: return false
    }
}
