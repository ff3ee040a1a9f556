import Foundation

/// Key words in context: every occurrence of a phrase in the statements a filter keeps, one line each,
/// with the words either side, sortable by date or by the words next to the match (L1–L3, R1–R3); and
/// the phrase's collocates, the words found within five of it more often than chance.
public struct Concordance: Sendable {
    public struct Line: Sendable, Hashable, Codable {
        public var statement: StatementID
        public var date: StatementDate?
        public var speaker: String?
        public var country: String?
        public var forum: String?
        public var title: String
        public var left: String
        public var match: String
        public var right: String
        /// Where the match stands in the statement's text (UTF-16), for the text pane to scroll to.
        public var offset: Int
        public var length: Int
        /// The folded words right of the match (R1, R2, R3) and left of it, nearest first (L1, L2, L3).
        public var rightWords: [String]
        public var leftWords: [String]
    }

    /// A word seen near the phrase: how often, in how many statements, and how strongly it goes with it.
    public struct Collocate: Sendable, Hashable, Codable {
        public var word: String
        /// Times within five words of the phrase.
        public var together: Int
        /// Times in the statements read (those that hold the phrase).
        public var overall: Int
        public var statements: Int
        /// Dunning's log-likelihood (G²) of seeing the word this often near the phrase.
        public var logLikelihood: Double
        /// 14 + log2(2·together / (phrase count + overall)): comparable across corpora of any size.
        public var logDice: Double
    }

    public enum Sort: String, CaseIterable, Sendable {
        case date, L1, L2, L3, R1, R2, R3
    }

    public var query: PhraseQuery
    public var lines: [Line]
    /// Every occurrence, the lines kept or not.
    public var total: Int
    public var statements: Int
    public var collocates: [Collocate]
    /// False for `firstLines` that stopped at their limit: `total` and `statements` then count only what was read.
    public var isComplete = true

    public static let window = 5

    /// What one reading thread found.
    private struct Part {
        var lines: [Line] = []
        var total = 0
        var statements = 0
        var counts = CollocateCounts()
        var stopped = false
    }

    /// The first `limit` lines by date, read in date order and no further: what the window shows at once while
    /// every occurrence is still being counted (a common word's first 50 lines of 20,000).
    public static func firstLines(
        _ query: PhraseQuery, in store: some StatementTextReading, filter: StatementFilter, limit: Int = 50,
        context: Int = 60, cancelled: @Sendable () -> Bool = { false }
    ) throws -> Concordance {
        try compute(
            query, in: store, filter: filter, sort: .date, limit: max(1, limit), context: context,
            threads: ReadingThreads(count: 1), stopAtLimit: true, cancelled: cancelled)
    }

    public static func compute(
        _ query: PhraseQuery, in store: some StatementTextReading, filter: StatementFilter, sort: Sort = .date,
        limit: Int = 500, context: Int = 60, collocates wantCollocates: Bool = false,
        threads: ReadingThreads = .perCore, cancelled: @Sendable () -> Bool = { false }
    ) throws -> Concordance {
        try compute(
            query, in: store, filter: filter, sort: sort, limit: limit, context: context, collocates: wantCollocates,
            threads: threads, stopAtLimit: false, cancelled: cancelled)
    }

    private static func compute(
        _ query: PhraseQuery, in store: some StatementTextReading, filter: StatementFilter, sort: Sort,
        limit: Int, context: Int, collocates wantCollocates: Bool = false, threads: ReadingThreads,
        stopAtLimit: Bool, cancelled: @Sendable () -> Bool
    ) throws -> Concordance {
        // Each thread reads a run of the statements, oldest first, into a part of its own; the runs follow
        // each other in date order, so the parts' lines joined are in date order too.
        let parts = try store.eachTextInParts(
            query.narrowing(filter), threads: threads, part: { Part() }
        ) { part, text in
            let found = query.ranges(in: text.body)
            guard !found.isEmpty else { return !cancelled() }
            part.total += found.count
            part.statements += 1
            if wantCollocates {
                let words = WordHashes(text.body)
                part.counts.add(
                    words, hits: found.compactMap { words.index(startingAt: $0.location) },
                    phraseLength: query.words.count, body: text.body as NSString)
            }
            // Sorted by date, the first `limit` lines of each run are all that can be shown.
            if sort != .date || limit <= 0 || part.lines.count < limit {
                let body = text.body as NSString
                part.lines += found.map { line(at: $0, body: body, text: text, context: context) }
            }
            if stopAtLimit && part.lines.count >= limit {
                part.stopped = true
                return false
            }
            return !cancelled()
        }
        var lines = parts.flatMap(\.lines)
        let total = parts.map(\.total).reduce(0, +)
        let statements = parts.map(\.statements).reduce(0, +)
        var counts = CollocateCounts()
        if wantCollocates { for part in parts { counts.merge(part.counts) } }
        lines = ordered(lines, by: sort)
        if limit > 0, lines.count > limit { lines = Array(lines.prefix(limit)) }
        return Concordance(
            query: query, lines: lines, total: total, statements: statements,
            collocates: wantCollocates ? counts.ranked(phraseHits: total) : [],
            isComplete: !parts.contains { $0.stopped })
    }

    private static func line(at match: NSRange, body: NSString, text: StatementText, context: Int) -> Line {
        let leftStart = max(0, match.location - context)
        let rightEnd = min(body.length, match.upperBound + context)
        func clean(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: " ").squeezed }
        // The words either side, read from a stretch around the match (a word cut at its edge is dropped).
        let reach = 120
        let before = body.substring(
            with: NSRange(location: max(0, match.location - reach), length: min(reach, match.location)))
        let after = body.substring(
            with: NSRange(location: match.upperBound, length: min(reach, body.length - match.upperBound)))
        let row = text.summary
        return Line(
            statement: row.id, date: row.date, speaker: row.speaker, country: row.country, forum: row.forum,
            title: row.title,
            left: clean(body.substring(with: NSRange(location: leftStart, length: match.location - leftStart))),
            match: body.substring(with: match),
            right: clean(
                body.substring(with: NSRange(location: match.upperBound, length: rightEnd - match.upperBound))),
            offset: match.location, length: match.length,
            rightWords: WordTokens(after).prefix(3).map(\.folded),
            leftWords: Array(WordTokens(before)).suffix(3).reversed().map(\.folded))
    }

    static func ordered(_ lines: [Line], by sort: Sort) -> [Line] {
        func word(_ l: Line) -> String {
            switch sort {
            case .date: return ""
            case .L1, .L2, .L3:
                let k = Int(String(sort.rawValue.last!))! - 1
                return k < l.leftWords.count ? l.leftWords[k] : ""
            case .R1, .R2, .R3:
                let k = Int(String(sort.rawValue.last!))! - 1
                return k < l.rightWords.count ? l.rightWords[k] : ""
            }
        }
        guard sort != .date else { return lines }  // already oldest first, as the texts were read
        // Stable: lines with the same word keep their date order.
        return lines.enumerated().sorted { a, b in
            let (wa, wb) = (word(a.element), word(b.element))
            return wa != wb ? wa < wb : a.offset < b.offset
        }.map(\.element)
    }
}

/// Word counts near the phrase and overall, in the statements that hold it, by the words' hashes; a word
/// seen near the phrase keeps its folded spelling to be shown.
struct CollocateCounts {
    var near: [UInt64: Int] = [:]
    var overall: [UInt64: Int] = [:]
    var statementsWith: [UInt64: Int] = [:]
    var spelling: [UInt64: String] = [:]
    var words = 0
    var windowWords = 0

    mutating func add(_ text: WordHashes, hits: [Int], phraseLength: Int, body: NSString) {
        let all = text.words
        words += all.count
        for w in all { overall[w.hash, default: 0] += 1 }
        var seen = Set<UInt64>()
        for hit in hits {
            let lo = max(0, hit - Concordance.window)
            let hi = min(all.count, hit + phraseLength + Concordance.window)
            for j in lo..<hi where j < hit || j >= hit + phraseLength {
                let w = all[j]
                near[w.hash, default: 0] += 1
                windowWords += 1
                seen.insert(w.hash)
                if spelling[w.hash] == nil {
                    let written = body.substring(with: NSRange(location: w.location, length: w.length))
                    spelling[w.hash] = WordTokens.fold(written)
                }
            }
        }
        for h in seen { statementsWith[h, default: 0] += 1 }
    }

    /// Adds what another thread counted.
    mutating func merge(_ other: CollocateCounts) {
        near.merge(other.near, uniquingKeysWith: +)
        overall.merge(other.overall, uniquingKeysWith: +)
        statementsWith.merge(other.statementsWith, uniquingKeysWith: +)
        spelling.merge(other.spelling) { mine, _ in mine }
        words += other.words
        windowWords += other.windowWords
    }

    /// Words seen near the phrase at least three times, by log-likelihood, at most a hundred.
    func ranked(phraseHits: Int) -> [Concordance.Collocate] {
        near.compactMap { hash, together -> Concordance.Collocate? in
            guard together >= 3, let all = overall[hash], let word = spelling[hash] else { return nil }
            // The 2×2 table: in the window or not, this word or another.
            let a = Double(together)
            let b = Double(windowWords - together)
            let c = Double(max(0, all - together))
            let d = Double(max(0, words - windowWords - (all - together)))
            let g2 = Self.logLikelihood(a, b, c, d)
            // Only words more frequent near the phrase than elsewhere attract it.
            guard a / max(1, a + b) > c / max(1, c + d) else { return nil }
            let dice = 14 + log2(2 * a / Double(phraseHits + all))
            return Concordance.Collocate(
                word: word, together: together, overall: all, statements: statementsWith[hash] ?? 0,
                logLikelihood: g2, logDice: dice)
        }.sorted { $0.logLikelihood != $1.logLikelihood ? $0.logLikelihood > $1.logLikelihood : $0.word < $1.word }
            .prefix(100).map { $0 }
    }

    static func logLikelihood(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Double {
        let n = a + b + c + d
        func term(_ o: Double, _ e: Double) -> Double { o > 0 && e > 0 ? o * log(o / e) : 0 }
        let ea = (a + b) * (a + c) / n
        let eb = (a + b) * (b + d) / n
        let ec = (c + d) * (a + c) / n
        let ed = (c + d) * (b + d) / n
        return 2 * (term(a, ea) + term(b, eb) + term(c, ec) + term(d, ed))
    }
}
