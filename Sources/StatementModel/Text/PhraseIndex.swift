import Foundation

/// Finds many phrases in a text in one pass: each phrase is filed under its first word (or, in scripts
/// written without spaces, its first character), and only the phrases filed under the word starting at a
/// position are compared there. Texts and phrases are compared as UTF-16 units, already folded by the
/// caller; a phrase in a spaced script matches as whole words.
struct PhraseIndex: Sendable {
    let phrases: [[UInt16]]
    /// Keyed by a hash of the first word's units (a match is always checked unit by unit).
    private let byFirstWord: [Int: [Int]]
    private let byFirstUnit: [UInt16: [Int]]
    /// Letters that may follow a phrase inside its word ("Syria" in "Syrians", "Сирия" in "Сирии" does
    /// not need one): inflections and demonym endings, so a table need not list every form.
    private let endings: Set<[UInt16]>
    /// Endings by their length (index 0 unused).
    private let endingsByLength: [[[UInt16]]]
    /// One bit per first-word hash (its low 16 bits) that some phrase has: most words of a text are
    /// passed over on one load, without hashing into the dictionary.
    private let firstWordBits: [UInt64]
    private let longestEnding: Int

    init(_ list: [String], endings: [String] = []) {
        phrases = list.map { Array($0.utf16) }
        self.endings = Set(endings.map { Array($0.utf16) })
        let usable = self.endings.filter { !$0.isEmpty && $0.count <= 7 }
        longestEnding = usable.map(\.count).max() ?? 0
        endingsByLength = (0...longestEnding).map { n in usable.filter { $0.count == n } }
        var words: [Int: [Int]] = [:]
        var units: [UInt16: [Int]] = [:]
        for (i, p) in phrases.enumerated() where !p.isEmpty {
            if Self.unspaced(p[0]) {
                units[p[0], default: []].append(i)
            } else {
                words[Self.word(p, at: 0), default: []].append(i)
            }
        }
        byFirstWord = words
        var bits = [UInt64](repeating: 0, count: 1024)
        for key in words.keys { bits[(key & 0xFFFF) >> 6] |= 1 << UInt64(key & 63) }
        firstWordBits = bits
        byFirstUnit = units
    }

    /// Every match, in order of position: the phrase's index and where it starts. `visit` returns false to stop.
    func matches(in text: [UInt16], _ visit: (_ phrase: Int, _ start: Int) -> Bool) {
        var i = 0
        while i < text.count {
            let u = text[i]
            if Self.unspaced(u) {
                for p in byFirstUnit[u] ?? [] where matches(p, in: text, at: i) { if !visit(p, i) { return } }
                i += 1
                continue
            }
            // Here `i` starts a word or is no letter: the rest of a word is stepped over below.
            guard Self.isWordUnit(u) else {
                i += 1
                continue
            }
            let keys = firstWordKeys(text, at: i)
            for k in 0..<keys.count where mayStartPhrase(keys[k]) {
                guard let candidates = byFirstWord[keys[k]] else { continue }
                for p in candidates where matches(p, in: text, at: i) { if !visit(p, i) { return } }
            }
            // No phrase starts inside a word: the next start is after it (an unspaced unit ends it too).
            i = max(keys.end, i + 1)
        }
    }

    private func matches(_ p: Int, in text: [UInt16], at i: Int) -> Bool {
        let phrase = phrases[p]
        guard i + phrase.count <= text.count else { return false }
        for k in 0..<phrase.count where text[i + k] != phrase[k] { return false }
        // A spaced phrase ending in a letter must end a word.
        let end = i + phrase.count
        if let last = phrase.last, !Self.unspaced(last), Self.isWordUnit(last), end < text.count,
            Self.isWordUnit(text[end]), !Self.unspaced(text[end])
        {
            return endsWord(text, from: end)
        }
        return true
    }

    /// Up to eight hashes kept inline: a word's, then its stems'.
    struct WordKeys {
        private var storage: (Int, Int, Int, Int, Int, Int, Int, Int) = (0, 0, 0, 0, 0, 0, 0, 0)
        private(set) var count = 0
        /// Where the word ends: the first unit after it.
        var end = 0
        mutating func append(_ key: Int) {
            guard count < 8 else { return }
            withUnsafeMutableBytes(of: &storage) { $0.storeBytes(of: key, toByteOffset: count * 8, as: Int.self) }
            count += 1
        }
        subscript(i: Int) -> Int { withUnsafeBytes(of: storage) { $0.load(fromByteOffset: i * 8, as: Int.self) } }
    }

    /// The hash of the word at `start`, then of the word less each allowed ending it has (so "syria" is
    /// looked up for "syrians"). Nothing is allocated: this runs at every word of a text.
    private func firstWordKeys(_ text: [UInt16], at start: Int) -> WordKeys {
        var keys = WordKeys()
        guard !endings.isEmpty else {
            let (hash, end) = Self.wordAndEnd(text, at: start)
            keys.append(hash)
            keys.end = end
            return keys
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // The hashes of the word's last eight prefixes, by length modulo 8.
        var recent: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        var end = start
        while end < text.count, Self.isWordUnit(text[end]), !Self.unspaced(text[end]) {
            hash = (hash ^ UInt64(text[end])) &* 0x100_0000_01b3
            end += 1
            withUnsafeMutableBytes(of: &recent) {
                $0.storeBytes(of: hash, toByteOffset: ((end - start) & 7) * 8, as: UInt64.self)
            }
        }
        keys.append(Int(truncatingIfNeeded: hash))
        keys.end = end
        let length = end - start
        // The stem keeps at least three letters.
        guard length > 3 else { return keys }
        for cut in 1...min(longestEnding, length - 3) {
            let stem = withUnsafeBytes(of: recent) {
                $0.load(fromByteOffset: ((length - cut) & 7) * 8, as: UInt64.self)
            }
            let key = Int(truncatingIfNeeded: stem)
            if mayStartPhrase(key), endsWithEnding(text, end: end, length: cut) { keys.append(key) }
        }
        return keys
    }

    @inline(__always) private func mayStartPhrase(_ key: Int) -> Bool {
        firstWordBits[(key & 0xFFFF) >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// Whether the `length` units before `end` are one of the endings.
    private func endsWithEnding(_ text: [UInt16], end: Int, length: Int) -> Bool {
        endingsByLength[length].contains { e in
            var k = 0
            while k < length, text[end - length + k] == e[k] { k += 1 }
            return k == length
        }
    }

    /// Whether the letters from `start` to the end of the word are one of the allowed endings.
    private func endsWord(_ text: [UInt16], from start: Int) -> Bool {
        guard !endings.isEmpty else { return false }
        var end = start
        while end < text.count, end - start <= 5, Self.isWordUnit(text[end]), !Self.unspaced(text[end]) { end += 1 }
        if end < text.count, Self.isWordUnit(text[end]), !Self.unspaced(text[end]) { return false }
        return endings.contains(Array(text[start..<end]))
    }

    /// A hash of the word starting at `start` (FNV-1a over its UTF-16 units), without making a string.
    static func word(_ units: [UInt16], at start: Int) -> Int { wordAndEnd(units, at: start).hash }

    /// The word's hash and the first unit after it.
    static func wordAndEnd(_ units: [UInt16], at start: Int) -> (hash: Int, end: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var end = start
        while end < units.count, isWordUnit(units[end]), !unspaced(units[end]) {
            hash = (hash ^ UInt64(units[end])) &* 0x100_0000_01b3
            end += 1
        }
        return (Int(truncatingIfNeeded: hash), end)
    }

    /// Letters and digits (a surrogate half counts as a letter).
    static func isWordUnit(_ u: UInt16) -> Bool {
        if u < 0x80 { return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) }
        guard let scalar = Unicode.Scalar(u) else { return true }
        return CharacterSet.alphanumerics.contains(scalar)
    }

    /// Chinese, Japanese and Korean characters, and the scripts of Thai, Lao, Myanmar and Khmer: no spaces
    /// between words.
    static func unspaced(_ u: UInt16) -> Bool {
        u >= 0x3000 && u < 0xD800 || u >= 0xF900 && u < 0xFB00 || u >= 0x0E00 && u < 0x0F00
            || u >= 0x1000 && u < 0x10A0 || u >= 0x1780 && u < 0x1800
    }
}
