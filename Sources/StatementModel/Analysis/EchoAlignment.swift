import Foundation

/// The passages two texts share, verbatim or nearly so: runs of `EchoPrints.gram` identical words are
/// found in both, chained while they keep close together in both texts (a few words changed, inserted or
/// dropped between them), and a chain long enough and dense enough in shared words is a passage.
public struct EchoAlignment {
    public struct Passage: Equatable, Sendable {
        /// Word positions (as `WordHashes` counts them) in the first text and in the second.
        public var a: Range<Int>
        public var b: Range<Int>
        /// Words of the first text's passage that stand in a run both texts share.
        public var sharedWords: Int
        public var similarity: Double { Double(sharedWords) / Double(max(a.count, b.count)) }
    }

    /// A passage is at least this many words long in both texts...
    public static let minimumWords = 20
    /// ...and this much of it is in runs the two share.
    public static let minimumSimilarity = 0.5
    /// Words of one text between two shared runs of a passage, at most (changes, insertions).
    static let maximumGap = 12
    /// How far the two texts' gaps may differ (words inserted in one, dropped from the other).
    static let maximumShift = 6
    /// A run found more often than this in one text (a refrain, a list's pattern) seeds no passage.
    static let commonRun = 8

    /// The passages `a` and `b` share, in the order of `a`.
    static func passages(_ a: [WordHashes.Word], _ b: [WordHashes.Word]) -> [Passage] {
        let seeds = sharedRuns(a, b)
        guard !seeds.isEmpty else { return [] }
        return chains(seeds).compactMap { passage(from: $0, a, b) }.sorted { $0.a.lowerBound < $1.a.lowerBound }
    }

    /// The passages `a` and `b` share around anchors (a fingerprint both hold, at word `i` of `a` and `j` of
    /// `b`): only the words within `reach` of an anchor are aligned, so a pair of long speeches costs as
    /// much as the few places they share.
    static func passages(
        _ a: [WordHashes.Word], _ b: [WordHashes.Word], anchors: [(i: Int, j: Int, hash: UInt32)], reach: Int = 60
    ) -> [Passage] {
        var windows: [(a: Range<Int>, b: Range<Int>)] = []
        for anchor in anchors.sorted(by: { ($0.i, $0.j) < ($1.i, $1.j) }) {
            let wa = max(0, anchor.i - reach)..<min(a.count, anchor.i + EchoPrints.gram + reach)
            let wb = max(0, anchor.j - reach)..<min(b.count, anchor.j + EchoPrints.gram + reach)
            if let last = windows.last, last.a.overlaps(wa), last.b.overlaps(wb) {
                windows[windows.count - 1] = (
                    min(last.a.lowerBound, wa.lowerBound)..<max(last.a.upperBound, wa.upperBound),
                    min(last.b.lowerBound, wb.lowerBound)..<max(last.b.upperBound, wb.upperBound)
                )
            } else {
                windows.append((wa, wb))
            }
        }
        var found: [Passage] = []
        for w in windows {
            for var p in passages(Array(a[w.a]), Array(b[w.b])) {
                p.a = (p.a.lowerBound + w.a.lowerBound)..<(p.a.upperBound + w.a.lowerBound)
                p.b = (p.b.lowerBound + w.b.lowerBound)..<(p.b.upperBound + w.b.lowerBound)
                if !found.contains(where: { $0.a.overlaps(p.a) && $0.b.overlaps(p.b) }) { found.append(p) }
            }
        }
        return found
    }

    /// Where the same fingerprint stands in both texts, given each text's fingerprints sorted by hash.
    static func anchors(
        _ a: [(hash: UInt32, word: Int)], _ b: [(hash: UInt32, word: Int)]
    )
        -> [(i: Int, j: Int, hash: UInt32)]
    {
        var found: [(i: Int, j: Int, hash: UInt32)] = []
        var x = 0
        var y = 0
        while x < a.count, y < b.count {
            if a[x].hash < b[y].hash {
                x += 1
                continue
            }
            if a[x].hash > b[y].hash {
                y += 1
                continue
            }
            let hash = a[x].hash
            var endX = x
            var endY = y
            while endX < a.count, a[endX].hash == hash { endX += 1 }
            while endY < b.count, b[endY].hash == hash { endY += 1 }
            if (endX - x) * (endY - y) <= commonRun {
                for p in a[x..<endX] { for q in b[y..<endY] { found.append((p.word, q.word, hash)) } }
            }
            x = endX
            y = endY
        }
        return found
    }

    /// Where a run of `gram` words of `b` is also in `a`: pairs of starting words, by `a`'s position.
    static func sharedRuns(_ a: [WordHashes.Word], _ b: [WordHashes.Word]) -> [(i: Int, j: Int)] {
        let n = EchoPrints.gram
        guard a.count >= n, b.count >= n else { return [] }
        var starts: [UInt64: [Int]] = [:]
        for i in 0...(a.count - n) { starts[runHash(a, i), default: []].append(i) }
        var seeds: [(i: Int, j: Int)] = []
        for j in 0...(b.count - n) {
            guard let found = starts[runHash(b, j)], found.count <= commonRun else { continue }
            for i in found where (0..<n).allSatisfy({ a[i + $0].hash == b[j + $0].hash }) { seeds.append((i, j)) }
        }
        return seeds.sorted { ($0.i, $0.j) < ($1.i, $1.j) }
    }

    private static func runHash(_ words: [WordHashes.Word], _ start: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for w in words[start..<(start + EchoPrints.gram)] { h = (h ^ w.hash) &* 0x100_0000_01b3 }
        return h
    }

    /// Seeds joined into chains: each seed follows the nearest earlier one that is close in both texts.
    static func chains(_ seeds: [(i: Int, j: Int)]) -> [[(i: Int, j: Int)]] {
        var chains: [[(i: Int, j: Int)]] = []
        var open: [Int] = []  // indices of chains whose last seed is still near enough to be followed
        for seed in seeds {
            open.removeAll { seed.i - chains[$0].last!.i > maximumGap + EchoPrints.gram }
            let follows = open.filter { c in
                let last = chains[c].last!
                let di = seed.i - last.i
                let dj = seed.j - last.j
                return di > 0 && dj > 0 && di <= maximumGap + EchoPrints.gram && dj <= maximumGap + EchoPrints.gram
                    && abs(di - dj) <= maximumShift
            }
            if let best = follows.min(by: {
                abs(seed.j - chains[$0].last!.j - (seed.i - chains[$0].last!.i))
                    < abs(seed.j - chains[$1].last!.j - (seed.i - chains[$1].last!.i))
            }) {
                chains[best].append(seed)
            } else {
                chains.append([seed])
                open.append(chains.count - 1)
            }
        }
        return chains
    }

    private static func passage(
        from chain: [(i: Int, j: Int)], _ a: [WordHashes.Word], _ b: [WordHashes.Word]
    ) -> Passage? {
        let n = EchoPrints.gram
        var lowA = chain.first!.i
        var lowB = chain.first!.j
        var highA = chain.last!.i + n
        var highB = chain.last!.j + n
        // The same words on either side belong to the passage too.
        while lowA > 0, lowB > 0, a[lowA - 1].hash == b[lowB - 1].hash {
            lowA -= 1
            lowB -= 1
        }
        while highA < a.count, highB < b.count, a[highA].hash == b[highB].hash {
            highA += 1
            highB += 1
        }
        var covered = IndexSet()
        for seed in chain { covered.insert(integersIn: seed.i..<(seed.i + n)) }
        covered.insert(integersIn: lowA..<(chain.first!.i))
        covered.insert(integersIn: (chain.last!.i + n)..<highA)
        let found = Passage(a: lowA..<highA, b: lowB..<highB, sharedWords: covered.count)
        guard found.a.count >= minimumWords, found.b.count >= minimumWords,
            found.similarity >= minimumSimilarity
        else { return nil }
        return found
    }
}
