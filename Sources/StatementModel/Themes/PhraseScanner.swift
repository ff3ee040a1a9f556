/// Finds every theme's phrases in an ASCII paragraph in one pass, as each theme's regex
/// `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])` (case-insensitive) finds them at a
/// position: the longest phrase that starts there and ends at a word boundary. Only ASCII phrases are
/// taken, and only ASCII text is scanned: there, case folding is A–Z to a–z and nothing else, so the
/// scanner and ICU agree exactly (tests compare the two). Other text goes to the regexes.
struct PhraseScanner: Sendable {
    /// A trie over lowercased ASCII bytes, flat: `next[node * 128 + byte]` is the child, or 0 for none
    /// (the root is never a child).
    private var next: [Int32] = [Int32](repeating: 0, count: 128)
    /// The themes whose phrase ends at each node.
    private var themesEnding: [[Int32]] = [[]]
    /// Whether some phrase ends at each node: `themesEnding[node]` is not empty.
    private var endsPhrase: [Bool] = []
    let themeCount: Int

    /// - Parameter phrases: per theme, its phrases; a theme with any non-ASCII phrase must be left out
    ///   by the caller (it gets no hits here).
    init(phrases: [[String]]) {
        themeCount = phrases.count
        for (theme, list) in phrases.enumerated() {
            for phrase in list where !phrase.isEmpty {
                var node = 0
                for byte in phrase.utf8 {
                    precondition(byte < 0x80, "PhraseScanner takes ASCII phrases only")
                    let slot = node * 128 + Int(Self.lower(byte))
                    if next[slot] == 0 {
                        next[slot] = Int32(themesEnding.count)
                        themesEnding.append([])
                        next += [Int32](repeating: 0, count: 128)
                    }
                    node = Int(next[slot])
                }
                if !themesEnding[node].contains(Int32(theme)) { themesEnding[node].append(Int32(theme)) }
            }
        }
        endsPhrase = themesEnding.map { !$0.isEmpty }
    }

    /// Per theme, its phrases' hits as (start, end) offsets, by start: at each start the longest phrase
    /// that ends at a word boundary. Hits of one theme may overlap; the caller keeps the leftmost.
    func hits(in text: String) -> [[(start: Int, end: Int)]] {
        var result = [[(start: Int, end: Int)]](repeating: [], count: themeCount)
        var text = text
        // The tables are read through their buffers: at every byte of every paragraph, an array's bounds check
        // and the retain of a node's list (to ask whether it was empty) were much of the scan's time.
        text.withUTF8 { bytes in
            next.withUnsafeBufferPointer { next in
                endsPhrase.withUnsafeBufferPointer { endsPhrase in
                    scan(bytes, next: next, endsPhrase: endsPhrase, into: &result)
                }
            }
        }
        return result
    }

    private func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, next: UnsafeBufferPointer<Int32>, endsPhrase: UnsafeBufferPointer<Bool>,
        into result: inout [[(start: Int, end: Int)]]
    ) {
        var longest: [(theme: Int32, end: Int)] = []
        let n = bytes.count
        for p in 0..<n {
            if p > 0, Self.isWordByte(bytes[p - 1]) { continue }
            var node = 0
            var q = p
            longest.removeAll(keepingCapacity: true)
            while q < n {
                let child = next[node * 128 + Int(Self.lower(bytes[q]))]
                guard child != 0 else { break }
                node = Int(child)
                q += 1
                guard endsPhrase[node], q == n || !Self.isWordByte(bytes[q]) else { continue }
                for theme in themesEnding[node] {
                    if let i = longest.firstIndex(where: { $0.theme == theme }) {
                        longest[i].end = q
                    } else {
                        longest.append((theme, q))
                    }
                }
            }
            for hit in longest { result[Int(hit.theme)].append((p, hit.end)) }
        }
    }

    @inline(__always) static func lower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte & 0x7F
    }

    /// `[\p{L}\p{N}]` within ASCII.
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A)
    }
}
