import Foundation
import GRDB

/// A statement as stored: its row, its whole reading and its body, to be written back after a change.
struct StoredStatement {
    let rowid: Int64
    let statement: Statement
    let body: String

    static func load(_ id: StatementID, in db: Database) throws -> StoredStatement? {
        guard
            let row = try Row.fetchOne(
                db,
                sql:
                    "SELECT s.rowid, t.document, t.body FROM statement s JOIN statement_text t ON t.id = s.rowid "
                    + "WHERE s.id = ?",
                arguments: [id.rawValue])
        else { return nil }
        let statement = try StatementDocument.decode(row[1], body: row[2])
        return StoredStatement(rowid: row[0], statement: statement, body: row[2])
    }

    /// Writes a changed reading back: the columns lists, filters and the timeline read, the title the
    /// full-text index holds (its triggers follow the update) and the JSON document.
    func rewrite(as s: Statement, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE statement SET title = ?, display_title = ?, date_iso = ?, date_first = ?, date_last = ?,
                  date_precision = ?, date_inferred = ?, speaker = ?, role = ?, country = ?, forum = ?,
                  meeting_type = ?, meeting_symbol = ?, kind = ?
                WHERE rowid = ?
                """,
            arguments: [
                s.title?.value, s.displayTitle, s.date?.value.iso, s.date?.value.firstDay, s.date?.value.lastDay,
                s.date?.value.precision.rawValue, s.date?.provenance.isInferred ?? false, s.speaker?.value,
                s.role?.value, s.country?.value, s.forum?.value, s.meetingType?.value, s.meetingSymbol?.value,
                s.kind?.value, rowid,
            ])
        try db.execute(
            sql: "UPDATE statement_text SET title = ?, document = ? WHERE id = ?",
            arguments: [s.title?.value, try StatementDocument.encode(s, body: body), rowid])
    }
}
