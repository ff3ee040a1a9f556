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

    init(_ list: [String], endings: [String] = []) {
        phrases = list.map { Array($0.utf16) }
        self.endings = Set(endings.map { Array($0.utf16) })
        var words: [Int: [Int]] = [:], units: [UInt16: [Int]] = [:]
        for (i, p) in phrases.enumerated() where !p.isEmpty {
            if Self.unspaced(p[0]) { units[p[0], default: []].append(i) } else { words[Self.word(p, at: 0), default: []].append(i) }
        }
        byFirstWord = words
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
            guard Self.isWordUnit(u), i == 0 || !Self.isWordUnit(text[i - 1]) || Self.unspaced(text[i - 1]) else { i += 1; continue }
            for key in firstWordKeys(text, at: i) {
                for p in byFirstWord[key] ?? [] where matches(p, in: text, at: i) {
                    if !visit(p, i) { return }
                }
            }
            i += 1
        }
    }

    private func matches(_ p: Int, in text: [UInt16], at i: Int) -> Bool {
        let phrase = phrases[p]
        guard i + phrase.count <= text.count else { return false }
        for k in 0..<phrase.count where text[i + k] != phrase[k] { return false }
        // A spaced phrase ending in a letter must end a word.
        let end = i + phrase.count
        if let last = phrase.last, !Self.unspaced(last), Self.isWordUnit(last), end < text.count,
           Self.isWordUnit(text[end]), !Self.unspaced(text[end]) {
            return endsWord(text, from: end)
        }
        return true
    }

    /// The hash of the word at `start`, then of the word less each allowed ending it has (so "syria" is
    /// looked up for "syrians").
    private func firstWordKeys(_ text: [UInt16], at start: Int) -> [Int] {
        guard !endings.isEmpty else { return [Self.word(text, at: start)] }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var prefixes: [UInt64] = []
        var end = start
        while end < text.count, Self.isWordUnit(text[end]), !Self.unspaced(text[end]) {
            hash = (hash ^ UInt64(text[end])) &* 0x100_0000_01b3
            prefixes.append(hash)
            end += 1
        }
        var keys = [Int(truncatingIfNeeded: hash)]
        // The stem keeps at least three letters.
        guard prefixes.count > 3 else { return keys }
        for cut in 1...min(5, prefixes.count - 3) {
            if endings.contains(Array(text[(end - cut)..<end])) {
                keys.append(Int(truncatingIfNeeded: prefixes[prefixes.count - cut - 1]))
            }
        }
        return keys
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
    static func word(_ units: [UInt16], at start: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var end = start
        while end < units.count, isWordUnit(units[end]), !unspaced(units[end]) {
            hash = (hash ^ UInt64(units[end])) &* 0x100_0000_01b3
            end += 1
        }
        return Int(truncatingIfNeeded: hash)
    }

    /// Letters and digits (a surrogate half counts as a letter).
    static func isWordUnit(_ u: UInt16) -> Bool {
        if u < 0x80 { return (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5A) || (u >= 0x61 && u <= 0x7A) }
        guard let scalar = Unicode.Scalar(u) else { return true }
        return CharacterSet.alphanumerics.contains(scalar)
    }

    /// Chinese, Japanese and Korean characters: no spaces between words.
    static func unspaced(_ u: UInt16) -> Bool { u >= 0x3000 && u < 0xD800 || u >= 0xF900 && u < 0xFB00 }
}
