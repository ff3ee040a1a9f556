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
}

extension SQLiteStatementStore {
    public func eachText(_ filter: StatementFilter, _ each: (StatementText) throws -> Bool) throws {
        let w = try FilterSQL(filter)
        try read { db in
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT s.id, s.display_title, s.date_iso, s.date_inferred, s.speaker, s.forum, s.country, s.kind,
                      t.body
                    FROM statement s JOIN statement_text t ON t.id = s.rowid WHERE \(w.sql)
                    ORDER BY s.date_first IS NULL, s.date_first, s.id
                    """, arguments: w.arguments)
            while let row = try rows.next() {
                let summary = StatementSummary(
                    id: StatementID(row[0]), title: row[1], date: (row[2] as String?).flatMap(StatementDate.init(iso:)),
                    dateInferred: row[3], speaker: row[4], forum: row[5], country: row[6], kind: row[7])
                guard try each(StatementText(summary: summary, body: row[8])) else { return }
            }
        }
    }

    public func wordTotals(
        _ filter: StatementFilter, byMonth: Bool, split: Facet?
    ) throws
        -> [(period: String?, value: String?, words: Int, statements: Int)]
    {
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
