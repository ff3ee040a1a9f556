import Foundation

/// A text's fingerprints for finding passages that other statements repeat: every run of `gram` words is
/// hashed, and of each `window` runs in a row the smallest hash is kept (winnowing). Two texts that share
/// `guaranteedRun` words in a row are sure to share a fingerprint; shorter shared runs often do. About a
/// third of a text's positions are kept, so the index stays a fraction of the text's size.
public enum EchoPrints {
    public static let gram = 4
    public static let window = 5
    /// Words in a row two texts must share to be sure to share a fingerprint.
    public static var guaranteedRun: Int { gram + window - 1 }
    /// Changes whenever the hashing or the selection changes: an index made by another format is rebuilt.
    public static let format = 1

    /// The hash of the run of `gram` words starting at each word (as many as there are full runs).
    static func gramHashes(_ words: [WordHashes.Word]) -> [UInt32] {
        var grams = GramHasher()
        for w in words { grams.add(w.hash) }
        return grams.hashes
    }

    /// Gram hashes made as the words come, four words held at a time.
    struct GramHasher {
        private var recent: [UInt64] = []
        private(set) var hashes: [UInt32] = []

        mutating func add(_ word: UInt64) {
            if recent.count == gram { recent.removeFirst() }
            recent.append(word)
            guard recent.count == gram else { return }
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15
            for w in recent {
                h = (h ^ w) &* 0xff51_afd7_ed55_8ccd
                h ^= h >> 29
            }
            // 31 bits: SQLite keeps such an integer in four bytes.
            hashes.append(UInt32(truncatingIfNeeded: h >> 33))
        }
    }

    /// The fingerprints winnowing keeps, each with the word its run starts at.
    static func winnowed(_ words: [WordHashes.Word]) -> [(hash: UInt32, word: Int)] {
        var kept: [(hash: UInt32, word: Int)] = []
        winnow(gramHashes(words)) { kept.append(($0, $1)) }
        return kept
    }

    /// Calls `keep` with each fingerprint winnowing keeps and the word its run starts at, in order.
    static func winnow(_ grams: [UInt32], keep: (UInt32, Int) -> Void) {
        guard !grams.isEmpty else { return }
        guard grams.count > window else {
            let i = grams.indices.min { grams[$0] < grams[$1] }!
            keep(grams[i], i)
            return
        }
        var last = -1
        for start in 0...(grams.count - window) {
            // The rightmost smallest, so a window sliding over a run of equal hashes keeps one.
            var best = start
            for i in start..<(start + window) where grams[i] <= grams[best] { best = i }
            if best != last {
                keep(grams[best], best)
                last = best
            }
        }
    }

    /// A text's fingerprints, sorted and each once: what the index stores for a statement. Made from the
    /// words as they are scanned: only the gram hashes (four bytes a word) are held.
    public static func of(_ text: String) -> [UInt32] {
        var grams = GramHasher()
        WordHashes.forEachHash(in: text) { grams.add($0) }
        var kept = Set<UInt32>()
        winnow(grams.hashes) { hash, _ in kept.insert(hash) }
        return kept.sorted()
    }

    /// Fingerprints as stored: four bytes each, little-endian.
    static func encode(_ prints: [UInt32]) -> Data {
        var data = Data(capacity: prints.count * 4)
        for p in prints { withUnsafeBytes(of: p.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func decode(_ data: Data) -> [UInt32] {
        var prints: [UInt32] = []
        prints.reserveCapacity(data.count / 4)
        forEach(in: data) { prints.append($0) }
        return prints
    }

    /// Calls `body` with each stored fingerprint in turn, with no array between.
    static func forEach(in data: Data, _ body: (UInt32) -> Void) {
        data.withUnsafeBytes { raw in
            for i in 0..<(raw.count / 4) {
                body(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
            }
        }
    }
}
