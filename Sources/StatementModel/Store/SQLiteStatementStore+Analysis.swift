import Foundation
import GRDB

/// A statement as the analysis views need it: its list row and its text.
public struct StatementText: Sendable {
    public var summary: StatementSummary
    public var body: String
}

/// What the analysis views read (phrase trends, key words in context): the filtered statements' texts
/// one at a time, and their words summed by period, each in one read transaction.
public protocol StatementTextReading {
    /// Calls `each` with every statement the filter keeps, oldest first, reading one row at a time;
    /// `each` returns false to stop.
    func eachText(_ filter: StatementFilter, _ each: (StatementText) throws -> Bool) throws
    /// The words of the statements the filter keeps, by period (a year, "2019", or a month, "2019-05")
    /// and, when asked, by the value of a facet column; a statement without a date, or dated only to its
    /// year when months are asked, is counted under a nil period.
    func wordTotals(
        _ filter: StatementFilter, byMonth: Bool, split: Facet?
    ) throws
        -> [(period: String?, value: String?, words: Int, statements: Int)]
    /// Moves on with every write, so an exported figure can say which state of the library it was made from.
    func libraryVersion() throws -> Int64
    /// The statements `eachText` gives, in its order, cut into up to `threads.count` runs of about the same size
    /// that are read at once, each on a thread of its own into a part that `part` makes; the parts come back in
    /// order, so joining them gives `eachText`'s order. `add` returns false to stop its run.
    func eachTextInParts<Part>(
        _ filter: StatementFilter, threads: ReadingThreads, part: @Sendable () -> Part,
        _ add: @Sendable (inout Part, StatementText) throws -> Bool
    ) throws -> [Part]
}

extension StatementTextReading {
    /// One part, read as `eachText` reads: for readers with nothing to gain from threads.
    public func eachTextInParts<Part>(
        _ filter: StatementFilter, threads: ReadingThreads, part: @Sendable () -> Part,
        _ add: @Sendable (inout Part, StatementText) throws -> Bool
    ) throws -> [Part] {
        var one = part()
        try eachText(filter) { try add(&one, $0) }
        return [one]
    }
}

/// How many threads the analysis views read texts on, and how many statements a thread must have to be worth it.
public struct ReadingThreads: Sendable {
    public var count: Int
    public var minimumRun: Int

    public init(count: Int, minimumRun: Int = 256) {
        self.count = max(1, count)
        self.minimumRun = max(1, minimumRun)
    }

    /// One thread per core, up to four (they share SQLite's reads); under a few hundred texts a thread costs
    /// more than it saves.
    public static var perCore: ReadingThreads {
        ReadingThreads(count: min(4, ProcessInfo.processInfo.activeProcessorCount))
    }
}

extension SQLiteStatementStore {
    /// The row ids are sorted first and the texts read after in that order: sorting rows that carry their texts
    /// made SQLite copy every text into its sorter before the first one came.
    public func eachText(_ filter: StatementFilter, _ each: (StatementText) throws -> Bool) throws {
        try eachText(rowids: try orderedRowids(filter), each)
    }

    /// The statements the filter keeps, oldest first (undated last), then by id: the list's order. The facet
    /// index holds its entries in that order already; SQL sorts them when there is no index.
    private func orderedRowids(_ filter: StatementFilter) throws -> [Int64] {
        if let ids = try withIndex(filter, { index, compiled in index.rowids(compiled) }) { return ids }
        let w = try FilterSQL(filter)
        return try read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT s.rowid FROM statement s WHERE \(w.sql) ORDER BY s.date_first IS NULL, s.date_first, s.id
                    """, arguments: w.arguments)
        }
    }

    public func eachTextInParts<Part>(
        _ filter: StatementFilter, threads: ReadingThreads, part: @Sendable () -> Part,
        _ add: @Sendable (inout Part, StatementText) throws -> Bool
    ) throws -> [Part] {
        let ids = try orderedRowids(filter)
        let n = max(1, min(threads.count, ids.count / threads.minimumRun))
        let runs = (0..<n).map { k in Array(ids[(ids.count * k / n)..<(ids.count * (k + 1) / n)]) }
        // Each run is read in a read of its own on another thread: the caller's give-up check goes with it.
        let check = abandonChecks.current()
        let results = ParallelResults<Result<Part, Error>>(count: n)
        DispatchQueue.concurrentPerform(iterations: n) { k in
            results[k] = Result {
                var mine = part()
                try abandoning(when: check ?? { false }) {
                    try self.eachText(rowids: runs[k]) { try add(&mine, $0) }
                }
                return mine
            }
        }
        return try (0..<n).map { try results[$0]!.get() }
    }

    /// The texts of these rows in the order given: json_each walks the list, and CROSS JOIN keeps it outermost.
    private func eachText(rowids: [Int64], _ each: (StatementText) throws -> Bool) throws {
        guard !rowids.isEmpty else { return }
        let list = "[" + rowids.map(String.init).joined(separator: ",") + "]"
        try read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.id, s.display_title, s.date_iso, s.date_inferred, s.speaker, s.forum, s.country, s.kind,
                      t.body
                    FROM json_each(?) j CROSS JOIN statement s ON s.rowid = j.value
                      CROSS JOIN statement_text t ON t.id = s.rowid
                    """, arguments: [list])
            while let row = try rows.next() {
                guard try each(Self.text(row)) else { return }
            }
        }
    }

    private static func text(_ row: Row) -> StatementText {
        let summary = StatementSummary(
            id: StatementID(row[0]), title: row[1], date: (row[2] as String?).flatMap(StatementDate.init(iso:)),
            dateInferred: row[3], speaker: row[4], forum: row[5], country: row[6], kind: row[7])
        return StatementText(summary: summary, body: row[8])
    }

    public func wordTotals(
        _ filter: StatementFilter, byMonth: Bool, split: Facet?
    ) throws
        -> [(period: String?, value: String?, words: Int, statements: Int)]
    {
        if let totals = try withIndex(filter, { index, compiled in
            index.wordTotals(compiled, byMonth: byMonth, split: split)
        }) {
            return totals
        }
        let w = try FilterSQL(filter)
        let period =
            byMonth
            ? "CASE WHEN s.date_precision IN ('day', 'month') THEN substr(s.date_first, 1, 7) END"
            : "substr(s.date_first, 1, 4)"
        let column = split.map { "s." + FilterSQL.column($0) } ?? "NULL"
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT \(period) AS p, \(column) AS v, SUM(COALESCE(s.words, 0)), COUNT(*)
                    FROM statement s WHERE \(w.sql) GROUP BY p, v
                    """, arguments: w.arguments
            ).map { ($0[0], $0[1], $0[2], $0[3]) }
        }
    }
}
