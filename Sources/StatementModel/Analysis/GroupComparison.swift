import Foundation

/// Two groups of statements (two filters: two speakers, countries, forums or periods) set side by side: the
/// words most distinctive of each, by log-likelihood (how sure) and log ratio (how much), with the number of
/// statements each word is in, so that a word one long speech repeats is not taken for the group's.
public struct GroupComparison: Sendable {
    public struct Word: Sendable, Hashable, Codable {
        public var word: String
        public var countA: Int
        public var countB: Int
        /// Statements of each group that hold the word at least once.
        public var statementsA: Int
        public var statementsB: Int
        /// Dunning's G²: how unlikely the difference is by chance.
        public var logLikelihood: Double
        /// log2 of the ratio of the word's relative frequencies (each count plus half, so a word absent
        /// from one group has a finite ratio): +1 is twice as frequent in A.
        public var logRatio: Double
    }

    public struct Group: Sendable, Hashable {
        public var statements = 0
        public var words = 0
    }

    public var a = Group()
    public var b = Group()
    /// Words more frequent in A (strongest first), then those more frequent in B.
    public var distinctiveOfA: [Word] = []
    public var distinctiveOfB: [Word] = []

    /// A word must be in this many statements of the group it marks, so one speech cannot make it.
    public static let minimumStatements = 2
    /// At least twice as frequent in the group it marks (log ratio 1), and significant at p < 0.001 (G² 10.83):
    /// "the" may differ significantly between two large groups, but by too little to tell them apart.
    public static let minimumLogRatio = 1.0
    public static let minimumLogLikelihood = 10.83

    /// `cached` keeps each group's word counts while the library does not change, so comparing a group again
    /// (the same pair, or the same A beside another B) reads no text again. `cancelled` is asked from the
    /// reading threads.
    public static func compute(
        _ filterA: StatementFilter, _ filterB: StatementFilter, in store: some StatementTextReading, top: Int = 30,
        cached: WordTallyCache? = nil, threads: ReadingThreads = .perCore,
        cancelled: @Sendable () -> Bool = { false }
    ) throws -> GroupComparison {
        let version = cached == nil ? 0 : try store.libraryVersion()
        func tally(_ filter: StatementFilter) throws -> WordTally {
            if let known = cached?.tally(of: filter, version: version) { return known }
            let parts = try store.eachTextInParts(filter, threads: threads, part: { WordTally() }) {
                $0.add($1.body)
                return !cancelled()
            }
            var whole = WordTally()
            for part in parts { whole.merge(part) }
            if !cancelled() { cached?.keep(whole, of: filter, version: version) }
            return whole
        }
        let counts = (a: try tally(filterA), b: try tally(filterB))
        var result = GroupComparison()
        result.a = Group(statements: counts.a.statements, words: counts.a.words)
        result.b = Group(statements: counts.b.statements, words: counts.b.words)
        guard counts.a.words > 0, counts.b.words > 0 else { return result }
        var words: [Word] = []
        for hash in Set(counts.a.count.keys).union(counts.b.count.keys) {
            let ca = counts.a.count[hash] ?? 0
            let cb = counts.b.count[hash] ?? 0
            guard ca + cb >= 3, let spelling = counts.a.spelling[hash] ?? counts.b.spelling[hash] else { continue }
            let na = Double(counts.a.words)
            let nb = Double(counts.b.words)
            let g2 = CollocateCounts.logLikelihood(Double(ca), Double(cb), na - Double(ca), nb - Double(cb))
            let ratio = log2(((Double(ca) + 0.5) / na) / ((Double(cb) + 0.5) / nb))
            words.append(
                Word(
                    word: spelling, countA: ca, countB: cb, statementsA: counts.a.statementsWith[hash] ?? 0,
                    statementsB: counts.b.statementsWith[hash] ?? 0, logLikelihood: g2, logRatio: ratio))
        }
        let ranked = words.filter { $0.logLikelihood >= minimumLogLikelihood }.sorted {
            $0.logLikelihood != $1.logLikelihood ? $0.logLikelihood > $1.logLikelihood : $0.word < $1.word
        }
        result.distinctiveOfA = Array(
            ranked.filter { $0.logRatio >= minimumLogRatio && $0.statementsA >= minimumStatements }.prefix(top))
        result.distinctiveOfB = Array(
            ranked.filter { $0.logRatio <= -minimumLogRatio && $0.statementsB >= minimumStatements }.prefix(top))
        return result
    }
}

extension GroupComparison {
    /// A theme's share of each group's statements (0…1).
    public struct ThemeShare: Equatable, Sendable {
        public var theme: String
        public var a: Double
        public var b: Double
    }

    /// Each theme's share of the statements of A and of B, the themes that differ most first.
    public static func themeShares(_ a: StatementFilter, _ b: StatementFilter, in store: any StatementStore) throws
        -> [ThemeShare]
    {
        let (na, nb) = (try store.count(a), try store.count(b))
        let (countsA, countsB) = (try themeCounts(a, in: store), try themeCounts(b, in: store))
        let share = { (count: Int?, n: Int) in n == 0 ? 0 : Double(count ?? 0) / Double(n) }
        return Set(countsA.keys).union(countsB.keys).map {
            ThemeShare(theme: $0, a: share(countsA[$0], na), b: share(countsB[$0], nb))
        }.sorted { abs($0.a - $0.b) != abs($1.a - $1.b) ? abs($0.a - $0.b) > abs($1.a - $1.b) : $0.theme < $1.theme }
    }

    /// Statements of the group holding each theme. The sidebar's counts leave a facet's own choice out (so
    /// other values stay clickable): a group chosen by theme is counted theme by theme instead.
    private static func themeCounts(_ f: StatementFilter, in store: any StatementStore) throws -> [String: Int] {
        let sidebar = try store.facetCounts(.theme, filter: f)
        guard !f.themes.isEmpty else {
            return Dictionary(sidebar.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        }
        var counts: [String: Int] = [:]
        for theme in sidebar.map(\.value) {
            var narrowed = f
            narrowed.themes.insert(theme)
            counts[theme] = try store.count(narrowed)
        }
        return counts
    }
}

/// Every word of a group's texts by the hash of its folded form: how often, in how many statements, and
/// its folded spelling (made once per word).
struct WordTally {
    var count: [UInt64: Int] = [:]
    var statementsWith: [UInt64: Int] = [:]
    var spelling: [UInt64: String] = [:]
    var words = 0
    var statements = 0

    mutating func add(_ body: String) {
        let text = WordHashes(body)
        let ns = body as NSString
        statements += 1
        words += text.words.count
        var seen = Set<UInt64>()
        for w in text.words {
            count[w.hash, default: 0] += 1
            if seen.insert(w.hash).inserted, spelling[w.hash] == nil {
                spelling[w.hash] = WordTokens.fold(ns.substring(with: NSRange(location: w.location, length: w.length)))
            }
        }
        for h in seen { statementsWith[h, default: 0] += 1 }
    }

    /// Adds what another thread counted.
    mutating func merge(_ other: WordTally) {
        count.merge(other.count, uniquingKeysWith: +)
        statementsWith.merge(other.statementsWith, uniquingKeysWith: +)
        spelling.merge(other.spelling) { mine, _ in mine }
        words += other.words
        statements += other.statements
    }
}

/// The word counts of the last few groups compared, each for the state of the library it was read in: a group
/// of 10,000 speeches takes a second to read and about 10 MB to keep.
public final class WordTallyCache: @unchecked Sendable {  // entries guarded by lock
    private let lock = NSLock()
    private var entries: [(filter: StatementFilter, version: Int64, tally: WordTally)] = []
    private let capacity: Int

    public init(capacity: Int = 4) { self.capacity = capacity }

    func tally(of filter: StatementFilter, version: Int64) -> WordTally? {
        lock.lock()
        defer { lock.unlock() }
        return entries.first { $0.filter == filter && $0.version == version }?.tally
    }

    func keep(_ tally: WordTally, of filter: StatementFilter, version: Int64) {
        lock.lock()
        defer { lock.unlock() }
        entries.removeAll { $0.filter == filter || $0.version != version }
        entries.append((filter, version, tally))
        if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
    }
}
