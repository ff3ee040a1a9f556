/// Finds whole-word occurrences of many literal names at once (a gazetteer's thousands of forms), as a
/// regular expression `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])` would — leftmost, then
/// longest, never overlapping — by walking a trie of the names' scalars from each word start. ICU ran
/// such an alternation position by position over every form; the trie looks at a few scalars a word.
struct LiteralScanner: Sendable {
    private var trie = ScalarTrie()
    /// The literal ending at each node, or -1.
    private var terminal: [Int32] = []

    /// - Parameter literals: the names; a match reports the index of the one found.
    init(_ literals: [String]) {
        var ends: [(node: Int, literal: Int)] = []
        for (index, literal) in literals.enumerated() where !literal.isEmpty {
            ends.append((trie.insert(literal.unicodeScalars), index))
        }
        terminal = [Int32](repeating: -1, count: trie.nodeCount)
        for end in ends where terminal[end.node] < 0 { terminal[end.node] = Int32(end.literal) }
    }

    /// Matches as (literal index, start, end) in scalar offsets of `text`.
    func matches(in text: String) -> [(literal: Int, start: Int, end: Int)] {
        // An ASCII text is scanned as its bytes (there a byte is a scalar), without an array of its scalars.
        let asBytes = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 }
                ? scan(bytes, value: { UInt32($0) }, isWord: { Self.isLetterOrNumber(Unicode.Scalar($0)) }) : nil
        }
        if let found = asBytes ?? nil { return found }
        return scan(Array(text.unicodeScalars), value: \.value, isWord: Self.isLetterOrNumber)
    }

    private func scan<Units: RandomAccessCollection>(
        _ units: Units, value: (Units.Element) -> UInt32, isWord: (Units.Element) -> Bool
    ) -> [(literal: Int, start: Int, end: Int)] where Units.Index == Int {
        var found: [(Int, Int, Int)] = []
        let (first, count) = (units.startIndex, units.count)
        var p = 0
        while p < count {
            guard p == 0 || !isWord(units[first + p - 1]), trie.child(ScalarTrie.root, value(units[first + p])) != nil
            else {
                p += 1
                continue
            }
            var node = ScalarTrie.root
            var q = p
            var best: (literal: Int, end: Int)?
            while q < count, let next = trie.child(node, value(units[first + q])) {
                node = next
                q += 1
                if terminal[node] >= 0, q == count || !isWord(units[first + q]) {
                    best = (Int(terminal[node]), q)
                }
            }
            if let best {
                found.append((best.literal, p, best.end))
                p = best.end
            } else {
                p += 1
            }
        }
        return found
    }

    /// `[\p{L}\p{N}]`, with an ASCII fast path.
    @inline(__always) static func isLetterOrNumber(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .decimalNumber, .letterNumber, .otherNumber:
            return true
        default: return false
        }
    }
}
