import Foundation

/// Reused talking points: passages of about twenty words or more that recur, verbatim or nearly so, in
/// several statements. Candidates come from the echo index (statements sharing fingerprints); each pair is
/// then aligned word by word (`EchoAlignment`), and the passages found are grouped into clusters: the same
/// passage in every statement that holds it. A cluster said by many delegations on many days is a courtesy
/// formula ("I thank the President for convening…"), recognised as such and left out unless asked for.
public enum EchoFinder {
    public struct Occurrence: Sendable {
        public var statement: StatementSummary
        /// Where the passage stands in the statement's text, in UTF-16 units, as the text pane highlights.
        public var range: NSRange
        public var words: Int
    }

    public struct Cluster: Sendable {
        /// The passage as the first statement to say it has it.
        public var passage: String
        /// Every statement's occurrence, oldest first (undated ones last).
        public var occurrences: [Occurrence]
        public var statements: Int
        public var speakers: Int
        public var countries: Int
        public var days: Int
        /// Said by so many delegations on so many days that it is a formula, not a talking point.
        public var isFormula: Bool
        public var first: Occurrence { occurrences[0] }
    }

    public struct Report: Sendable {
        public var clusters: [Cluster]
        /// Clusters left out as formulae.
        public var formulae: Int
        /// Pairs of statements aligned word by word to find them.
        public var pairsCompared: Int
    }

    /// Delegations (countries, else speakers) and days a formula is said by, at least.
    public static let formulaDelegations = 6
    public static let formulaDays = 3
    /// Fingerprints two statements must share to be aligned word by word.
    public static let minSharedPrints = 2
    /// Candidates aligned for one statement, at most (those sharing the most fingerprints first).
    static let candidatesForOne = 400

    /// A fingerprint held by more statements than this is too common to lead to an echo: a formula or a stock
    /// phrase ("the situation in the Middle East"). A fixed number, not a share of the library: a share let
    /// stock phrases of a large corpus pair every statement holding them with every other.
    public static let commonAbove = 100

    /// The echoes of one statement: the clusters of passages it shares with others.
    public static func echoes(
        of id: StatementID, in store: some EchoIndexReading, includeFormulae: Bool = false
    ) throws -> Report? {
        guard let subject = try store.echoSubject(id) else { return nil }
        let (found, stock) = try store.rowsSharing(subject.prints, commonAbove: commonAbove)
        // Two fingerprints in common, as for the clusters: one is as often chance as a short passage.
        let shared = found.filter { $0.key != subject.row && $0.value >= minSharedPrints }
        let candidates = shared.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(candidatesForOne).map(\.key)
        var words = WordCache(store: store)
        words.add(subject.row, subject.text)
        try words.load(candidates)
        var graph = OccurrenceGraph(stock: stock)
        for other in candidates { try graph.align(subject.row, other, &words) }
        return try report(graph, words, minStatements: 2, includeFormulae: includeFormulae, pairs: candidates.count)
    }

    /// Every cluster among the statements the filter keeps that at least `minStatements` of them hold. At most
    /// `textsKept` statements' words are held in memory at once.
    public static func clusters(
        in store: some EchoIndexReading, filter: StatementFilter, minStatements: Int = 2,
        includeFormulae: Bool = false, textsKept: Int = 3_000
    ) throws -> Report {
        // Every pair each shared fingerprint makes, as one integer (row << 32 | row), sorted: a pair listed
        // twice or more shares that many fingerprints. Eight bytes a pair, where a dictionary took five times that.
        var pairKeys: [UInt64] = []
        let stock = try store.eachSharedPrint(filter, commonAbove: commonAbove) { rows in
            let sorted = rows.sorted()
            for (n, a) in sorted.enumerated() {
                for b in sorted[(n + 1)...] { pairKeys.append(UInt64(a) << 32 | UInt64(b)) }
            }
        }
        pairKeys.sort()
        var pairs: [UInt64] = []
        var i = 0
        while i < pairKeys.count {
            var j = i + 1
            while j < pairKeys.count, pairKeys[j] == pairKeys[i] { j += 1 }
            if j - i >= minSharedPrints { pairs.append(pairKeys[i]) }
            i = j
        }
        pairKeys = []
        // Texts are read in batches as the pairs (sorted by their first statement) need them, and only the
        // latest few thousand are kept: a whole corpus's words would not fit in memory.
        var words = WordCache(store: store, capacity: textsKept)
        var graph = OccurrenceGraph(stock: stock)
        let perBatch = max(1, min(500, textsKept / 2))
        for batch in stride(from: 0, to: pairs.count, by: perBatch) {
            let part = pairs[batch..<min(batch + perBatch, pairs.count)]
            try words.load(Array(Set(part.flatMap { [Int64($0 >> 32), Int64($0 & 0xFFFF_FFFF)] })))
            for pair in part { try graph.align(Int64(pair >> 32), Int64(pair & 0xFFFF_FFFF), &words) }
        }
        return try report(
            graph, words, minStatements: minStatements, includeFormulae: includeFormulae, pairs: pairs.count)
    }

    private static func report(
        _ graph: OccurrenceGraph, _ words: WordCache, minStatements: Int, includeFormulae: Bool, pairs: Int
    ) throws -> Report {
        var clusters: [Cluster] = []
        var formulae = 0
        var bodies: [Int64: String] = [:]
        var firstRows: [Int64] = []
        for component in graph.components() {
            guard let (cluster, firstRow) = cluster(component.map { graph.nodes[$0] }, words),
                cluster.statements >= minStatements
            else { continue }
            if cluster.isFormula { formulae += 1 }
            if cluster.isFormula && !includeFormulae { continue }
            clusters.append(cluster)
            firstRows.append(firstRow)
        }
        // The passage as the first statement said it, from that statement's text.
        for (row, text) in try words.store.texts(ofRows: Array(Set(firstRows))) { bodies[row] = text.body }
        for (n, row) in firstRows.enumerated() {
            guard let body = bodies[row] else { continue }
            clusters[n].passage = (body as NSString).substring(with: clusters[n].first.range)
        }
        clusters.sort { ($0.statements, $0.first.words) > ($1.statements, $1.first.words) }
        return Report(clusters: clusters, formulae: formulae, pairsCompared: pairs)
    }

    /// A cluster of the nodes of one component (its passage filled in later), with the row said first.
    private static func cluster(_ nodes: [OccurrenceGraph.Node], _ words: WordCache) -> (Cluster, Int64)? {
        var found: [(row: Int64, occurrence: Occurrence)] = nodes.compactMap { node in
            guard let summary = words.summaries[node.row] else { return nil }
            return (node.row, Occurrence(statement: summary, range: node.utf16, words: node.words.count))
        }
        guard !found.isEmpty else { return nil }
        found.sort { saidBefore($0.occurrence, $1.occurrence) }
        let occurrences = found.map(\.occurrence)
        let summaries = occurrences.map(\.statement)
        let delegations = Set(summaries.compactMap { $0.country ?? $0.speaker }).count
        let days = Set(summaries.compactMap { $0.date?.firstDay }).count
        let cluster = Cluster(
            passage: "", occurrences: occurrences,
            statements: Set(summaries.map(\.id)).count, speakers: Set(summaries.compactMap(\.speaker)).count,
            countries: Set(summaries.compactMap(\.country)).count, days: days,
            isFormula: delegations >= formulaDelegations && days >= formulaDays)
        return (cluster, found[0].row)
    }

    /// Oldest first; undated ones last; then by statement and place, so the order is the same every time.
    private static func saidBefore(_ a: Occurrence, _ b: Occurrence) -> Bool {
        switch (a.statement.date?.firstDay, b.statement.date?.firstDay) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (a.statement.id.rawValue, a.range.location) < (b.statement.id.rawValue, b.range.location)
        }
    }
}

/// Statements' words and fingerprints, read once for the pairs they are in; at most `capacity` kept (the
/// longest held go first), their list rows always.
struct WordCache {
    let store: any EchoIndexReading
    let capacity: Int
    var summaries: [Int64: StatementSummary] = [:]
    var words: [Int64: [WordHashes.Word]] = [:]
    /// Each text's fingerprints with where they stand, sorted by hash.
    var prints: [Int64: [(hash: UInt32, word: Int)]] = [:]
    private var order: [Int64] = []

    init(store: some EchoIndexReading, capacity: Int = .max) {
        self.store = store
        self.capacity = capacity
    }

    mutating func add(_ row: Int64, _ text: StatementText) {
        if words[row] == nil { order.append(row) }
        summaries[row] = text.summary
        let list = WordHashes(text.body).words
        words[row] = list
        prints[row] = EchoPrints.winnowed(list).sorted { ($0.hash, $0.word) < ($1.hash, $1.word) }
    }

    mutating func load(_ wanted: [Int64]) throws {
        let missing = wanted.filter { words[$0] == nil }
        // Room for the batch first, so every row it needs is there together: the oldest go, but none it needs.
        let needed = Set(wanted)
        var excess = order.count + missing.count - capacity
        if excess > 0 {
            order.removeAll { row in
                guard excess > 0, !needed.contains(row) else { return false }
                words[row] = nil
                prints[row] = nil
                excess -= 1
                return true
            }
        }
        for chunk in stride(from: 0, to: missing.count, by: 500) {
            for (row, text) in try store.texts(ofRows: Array(missing[chunk..<min(chunk + 500, missing.count)])) {
                add(row, text)
            }
        }
    }
}

/// Passages found in pairs of statements, joined into clusters: a passage of one statement found in
/// several others is one node, however many pairs found it.
struct OccurrenceGraph {
    struct Node {
        var row: Int64
        var words: Range<Int>
        /// The same in UTF-16 units of the statement's text.
        var utf16: NSRange
    }

    /// Fingerprints too common to anchor a passage: a formula's words, however many pairs hold them.
    let stock: Set<UInt32>
    private(set) var nodes: [Node] = []
    init(stock: Set<UInt32>) { self.stock = stock }
    private var parent: [Int] = []
    private var byRow: [Int64: [Int]] = [:]

    mutating func align(_ a: Int64, _ b: Int64, _ cache: inout WordCache) throws {
        guard let wa = cache.words[a], let wb = cache.words[b], let pa = cache.prints[a], let pb = cache.prints[b]
        else { return }
        let anchors = EchoAlignment.anchors(pa, pb).filter { !stock.contains($0.hash) }
        guard !anchors.isEmpty else { return }
        // The words of a formula (under its common fingerprints) may stand next to an anchor: a passage must be
        // long enough without them.
        var formula = IndexSet()
        for p in pa where stock.contains(p.hash) { formula.insert(integersIn: p.word..<(p.word + EchoPrints.gram)) }
        for p in EchoAlignment.passages(wa, wb, anchors: anchors)
        where p.a.count - formula.count(in: p.a) >= EchoAlignment.minimumWords {
            union(node(a, p.a, Self.utf16(p.a, wa)), node(b, p.b, Self.utf16(p.b, wb)))
        }
    }

    static func utf16(_ range: Range<Int>, _ words: [WordHashes.Word]) -> NSRange {
        let first = words[range.lowerBound]
        let last = words[range.upperBound - 1]
        return NSRange(location: first.location, length: last.location + last.length - first.location)
    }

    /// The node a passage belongs to: one of its statement's that it mostly overlaps, else a new one.
    private mutating func node(_ row: Int64, _ words: Range<Int>, _ utf16: NSRange) -> Int {
        for n in byRow[row, default: []] {
            let known = nodes[n].words
            let overlap = max(0, min(known.upperBound, words.upperBound) - max(known.lowerBound, words.lowerBound))
            if overlap * 2 >= min(known.count, words.count) {
                nodes[n].words = min(known.lowerBound, words.lowerBound)..<max(known.upperBound, words.upperBound)
                nodes[n].utf16 = NSUnionRange(nodes[n].utf16, utf16)
                return n
            }
        }
        nodes.append(Node(row: row, words: words, utf16: utf16))
        parent.append(nodes.count - 1)
        byRow[row, default: []].append(nodes.count - 1)
        return nodes.count - 1
    }

    private mutating func find(_ n: Int) -> Int {
        var n = n
        while parent[n] != n {
            parent[n] = parent[parent[n]]
            n = parent[n]
        }
        return n
    }

    private mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a)
        let rb = find(b)
        if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
    }

    func components() -> [[Int]] {
        var copy = self
        var groups: [Int: [Int]] = [:]
        for n in nodes.indices { groups[copy.find(n), default: []].append(n) }
        return groups.keys.sorted().map { groups[$0]! }
    }
}
