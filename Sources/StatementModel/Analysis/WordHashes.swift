import Foundation

/// A text's words as hashes of their folded form, with where each stands: what counting the words around a
/// phrase needs, without making a string of every word of a long speech (that was most of the time of
/// `kwic --collocates`). ASCII words are lower-cased and hashed byte by byte; others are folded first.
struct WordHashes {
    struct Word {
        var hash: UInt64
        /// UTF-16 offset and length, as `WordTokens` gives them.
        var location: Int
        var length: Int
    }

    private(set) var words: [Word] = []

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        words =
            text.utf8.withContiguousStorageIfAvailable { Self.scan($0) }
            ?? Array(WordTokens(text)).map {
                Word(hash: Self.hash($0.folded), location: $0.range.location, length: $0.range.length)
            }
    }

    static func hash(_ folded: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
        for b in folded.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The index of the word that starts at a UTF-16 offset (a phrase's match starts a word).
    func index(startingAt location: Int) -> Int? {
        var lo = 0
        var hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].location < location { lo = mid + 1 } else { hi = mid }
        }
        return lo < words.count && words[lo].location == location ? lo : nil
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Word] {
        var out: [Word] = []
        out.reserveCapacity(bytes.count / 6)
        scan(bytes) { out.append($0) }
        return out
    }

    /// Each word's hash in order, with no array of words: what fingerprinting a long text needs (an array
    /// of a 15 MB text's words was 60 MB).
    static func forEachHash(in text: String, _ body: (UInt64) -> Void) {
        var text = text
        text.makeContiguousUTF8()
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { scan($0) { body($0.hash) } }
        if scanned == nil {
            for token in WordTokens(text) { body(hash(token.folded)) }
        }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (Word) -> Void) {
        var i = 0
        var units = 0
        let n = bytes.count
        while i < n {
            let (s, size) = scalar(bytes, at: i)
            let width = size == 4 ? 2 : 1
            guard isWordScalar(s) || isIdeograph(s) else {
                i += size
                units += width
                continue
            }
            let start = i
            let startUnits = units
            if isIdeograph(s) {
                i += size
                units += width
            } else {
                while i < n {
                    let (t, tsize) = scalar(bytes, at: i)
                    guard isWordScalar(t), !isIdeograph(t) else { break }
                    i += tsize
                    units += tsize == 4 ? 2 : 1
                }
            }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<i])
            let h: UInt64
            if word.allSatisfy({ $0 < 0x80 }) {
                var x: UInt64 = 0xcbf2_9ce4_8422_2325
                for b in word { x = (x ^ UInt64(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)) &* 0x100_0000_01b3 }
                h = x
            } else {
                h = hash(WordTokens.fold(String(decoding: word, as: UTF8.self)))
            }
            body(Word(hash: h, location: startUnits, length: units - startUnits))
        }
    }

    private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        decodeScalar(bytes, at: i) ?? (" ", 1)
    }
}
