/// Runs of eight words, hashed: two texts that share one quote a sentence of nine words or more from
/// each other. Used to tell whether two statements are versions of one speech.
enum Shingles {
    static let width = 8

    static func of(_ text: String) -> Set<UInt64> {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        guard words.count >= width else { return [] }
        var result = Set<UInt64>()
        for i in 0...(words.count - width) {
            var h: UInt64 = 0xcbf29ce484222325  // FNV-1a over the window's words
            for w in words[i..<(i + width)] {
                for b in w.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
                h = (h ^ 0x20) &* 0x100000001b3
            }
            result.insert(h)
        }
        return result
    }
}
