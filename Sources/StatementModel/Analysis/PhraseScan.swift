import Foundation

/// The phrase found in a text's bytes, without splitting the whole text into words: most of a long speech
/// is read once, byte by byte, and only where the first word's letters stand is a word built. The same
/// words as `WordTokens` gives, found where `occurrences(in:)` finds them (a test holds the two together).
extension PhraseQuery {
    /// The UTF-16 ranges of the phrase's occurrences in `text`.
    public func ranges(in text: String) -> [NSRange] {
        guard let first = words.first, first.utf8.allSatisfy({ $0 < 0x80 }) else { return rangesByTokens(in: text) }
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { scan(bytes: $0, first: Array(first.utf8)) }
            ?? rangesByTokens(in: text)
    }

    private func rangesByTokens(in text: String) -> [NSRange] {
        let tokens = Array(WordTokens(text))
        return occurrences(in: tokens).map { i in
            let a = tokens[i].range
            let b = tokens[i + words.count - 1].range
            return NSRange(location: a.location, length: b.upperBound - a.location)
        }
    }

    private func scan(bytes: UnsafeBufferPointer<UInt8>, first: [UInt8]) -> [NSRange] {
        var found: [NSRange] = []
        var units = 0  // UTF-16 units before bytes[i]
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            // A word may start with the first letter, or with an accented Latin one that folds to it ("État").
            if lower(b) == first[0] || (b >= 0xC3 && b <= 0xC5), startsWord(bytes, at: i),
                let end = matchEnd(bytes, from: i, first: first)
            {
                let length = utf16Units(bytes, from: i, to: end)
                found.append(NSRange(location: units, length: length))
                units += length
                i = end
                continue
            }
            units += b < 0x80 ? 1 : (b >= 0xF0 ? 2 : (b >= 0xC0 ? 1 : 0))
            i += 1
        }
        return found
    }

    /// Where the whole phrase ends when it starts at `i`, or nil.
    private func matchEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, first: [UInt8]) -> Int? {
        let onlyWordIsPrefix = lastIsPrefix && words.count == 1
        var end: Int
        if i + first.count <= bytes.count, (0..<first.count).allSatisfy({ lower(bytes[i + $0]) == first[$0] }) {
            end = i + first.count
            if onlyWordIsPrefix {
                end = wordEnd(bytes, from: end)
            } else if !endsWord(bytes, at: end) {
                return nil
            }
        } else {
            // An accent in the word ("résolution"): the word folded, as the tokens fold it.
            end = wordEnd(bytes, from: i)
            guard bytes[i..<end].contains(where: { $0 >= 0x80 }) else { return nil }
            let folded = WordTokens.fold(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self))
            guard onlyWordIsPrefix ? folded.hasPrefix(words[0]) : folded == words[0] else { return nil }
        }
        for (k, word) in words.enumerated().dropFirst() {
            // The gap: anything but a word; then the next word.
            var j = end
            while j < bytes.count, let (s, size) = decodeScalar(bytes, at: j), !isWordScalar(s) { j += size }
            guard j < bytes.count, let (s, size) = decodeScalar(bytes, at: j) else { return nil }
            let wordEnd = isIdeograph(s) ? j + size : self.wordEnd(bytes, from: j)
            let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[j..<wordEnd]), as: UTF8.self)
            let folded = WordTokens.fold(written)
            let last = k == words.count - 1
            guard last && lastIsPrefix ? folded.hasPrefix(word) : folded == word else { return nil }
            end = wordEnd
        }
        return end
    }

    /// The end of the run of word scalars (not ideographs) that starts at `i`.
    private func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var j = i
        while j < bytes.count, let (s, size) = decodeScalar(bytes, at: j), isWordScalar(s), !isIdeograph(s) {
            j += size
        }
        return j
    }

    private func startsWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i > 0 else { return true }
        var j = i - 1
        while j > 0, bytes[j] & 0xC0 == 0x80 { j -= 1 }
        guard let (s, _) = decodeScalar(bytes, at: j) else { return true }
        return !isWordScalar(s) || isIdeograph(s)
    }

    private func endsWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i < bytes.count, let (s, _) = decodeScalar(bytes, at: i) else { return true }
        return !isWordScalar(s) || isIdeograph(s)
    }

    private func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : b }

    private func utf16Units(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int) -> Int {
        var units = 0
        for b in bytes[i..<end] { units += b < 0x80 ? 1 : (b >= 0xF0 ? 2 : (b >= 0xC0 ? 1 : 0)) }
        return units
    }
}
