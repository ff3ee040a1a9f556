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

    /// How many words a text has, counted from its bytes without building them (the library stores it per
    /// statement, at every import: ASCII is classed byte by byte, without Unicode's property tables).
    public static func count(in text: String) -> Int {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var n = 0
            var i = 0
            var inWord = false
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b >= 0x30 && b <= 0x39
                    if letter && !inWord { n += 1 }
                    inWord = letter
                    i += 1
                    continue
                }
                guard let (s, size) = decodeScalar(bytes, at: i) else {
                    i += 1
                    inWord = false
                    continue
                }
                if isIdeograph(s) {
                    n += 1
                    inWord = false
                } else if isWordScalar(s) {
                    if !inWord { n += 1 }
                    inWord = true
                } else {
                    inWord = false
                }
                i += size
            }
            return n
        } ?? Array(WordTokens(text)).count
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
        if word.allASCII {
            return String(decoding: word.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
        }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}

func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    // ASCII without the property tables: most words of most texts, and the tables were a sixth of an import.
    if s.value < 0x80 {
        return (0x61...0x7A).contains(s.value | 0x20) || (0x30...0x39).contains(s.value)
    }
    return s.properties.isAlphabetic || s.properties.numericType != nil
        || s.properties.generalCategory == .nonspacingMark
}

/// Han, kana and hangul syllables: one character, one word.
func isIdeograph(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x2FA1F:
        return true
    default: return false
    }
}

/// The scalar whose first byte is at `i` in UTF-8 bytes, and its size in bytes; nil past the end.
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
    let b = bytes[i]
    if b < 0x80 { return (Unicode.Scalar(b), 1) }
    let size = b >= 0xF0 ? 4 : (b >= 0xE0 ? 3 : 2)
    guard i + size <= bytes.count else { return nil }
    var value = UInt32(b) & (size == 2 ? 0x1F : (size == 3 ? 0x0F : 0x07))
    for k in 1..<size { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    return Unicode.Scalar(value).map { ($0, size) }
}
