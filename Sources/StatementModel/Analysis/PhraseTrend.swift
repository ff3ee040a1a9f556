import Foundation

/// How often a phrase is said over time in the statements a filter keeps: per year or per month, as a count
/// and per 10,000 words of those statements (so a year with more speeches does not look like a rise), and
/// optionally one line per speaker, country, forum or kind.
public struct PhraseTrend: Sendable {
    public struct Point: Sendable, Hashable, Codable {
        /// "2019" or "2019-05".
        public var period: String
        /// The speaker, country, forum or kind of this line; nil for the one line of an unsplit trend.
        public var series: String?
        public var hits: Int
        /// Statements holding the phrase at least once.
        public var statements: Int
        /// Words of all the statements of the period (and series) the filter keeps.
        public var words: Int
        public var perTenThousandWords: Double {
            words == 0 ? 0 : Double(hits) * 10_000 / Double(words)
        }
    }

    public var query: PhraseQuery
    public var byMonth: Bool
    public var split: Facet?
    public var points: [Point]
    /// Hits in statements the timeline cannot place at this scale: undated ones, and, by month, those dated
    /// only to their year. Said beside the chart, never spread over its bins.
    public var unplacedHits: Int

    /// Splits that are a column of each statement; themes and situations are many per statement.
    public static let splits: [Facet] = [.speaker, .country, .forum, .kind]

    private struct Key: Hashable {
        var period: String
        var series: String?
    }

    /// What one thread counted.
    private struct Tally {
        var hits: [Key: (hits: Int, statements: Int)] = [:]
        var unplaced = 0
    }

    public static func compute(
        _ query: PhraseQuery, in store: some StatementTextReading, filter: StatementFilter, byMonth: Bool = false,
        split: Facet? = nil, threads: ReadingThreads = .perCore,
        cancelled: @Sendable () -> Bool = { false }
    ) throws -> PhraseTrend {
        precondition(split.map(splits.contains) ?? true, "a trend splits by a statement's own column")
        // Each thread counts into a part of its own; the parts are summed.
        let parts = try store.eachTextInParts(
            query.narrowing(filter), threads: threads, part: { Tally() }
        ) { tally, text in
            let n = query.ranges(in: text.body).count
            guard n > 0 else { return !cancelled() }
            guard let period = period(of: text.summary.date, byMonth: byMonth) else {
                tally.unplaced += n
                return !cancelled()
            }
            let key = Key(period: period, series: split.flatMap { series(of: text.summary, $0) })
            tally.hits[key, default: (0, 0)].hits += n
            tally.hits[key, default: (0, 0)].statements += 1
            return !cancelled()
        }
        var hits: [Key: (hits: Int, statements: Int)] = [:]
        for part in parts {
            hits.merge(part.hits) { ($0.hits + $1.hits, $0.statements + $1.statements) }
        }
        let unplaced = parts.map(\.unplaced).reduce(0, +)
        var points: [Point] = []
        for total in try store.wordTotals(filter, byMonth: byMonth, split: split) {
            guard let period = total.period else { continue }
            let found = hits[Key(period: period, series: total.value)] ?? (0, 0)
            points.append(
                Point(
                    period: period, series: total.value, hits: found.hits, statements: found.statements,
                    words: total.words))
        }
        points.sort { ($0.period, $0.series ?? "") < ($1.period, $1.series ?? "") }
        return PhraseTrend(query: query, byMonth: byMonth, split: split, points: points, unplacedHits: unplaced)
    }

    static func period(of date: StatementDate?, byMonth: Bool) -> String? {
        guard let date else { return nil }
        if !byMonth { return String(format: "%04d", date.year) }
        guard let month = date.month else { return nil }
        return String(format: "%04d-%02d", date.year, month)
    }

    static func series(of row: StatementSummary, _ facet: Facet) -> String? {
        switch facet {
        case .speaker: return row.speaker
        case .country: return row.country
        case .forum: return row.forum
        case .kind: return row.kind
        case .theme, .situation: return nil
        }
    }
}
