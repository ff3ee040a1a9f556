import Foundation
import GRDB

extension SQLiteStatementStore {
    /// Files under situations every statement stored before Rostrum found them (their documents have no
    /// `situations` key and the table no rows), in batches of one transaction each, so a stop loses at
    /// most a batch and the next run goes on where it stopped. Returns how many statements were read.
    public func assignSituations(
        batchSize: Int = 500, find: (Statement) -> [SituationMatch], progress: (_ done: Int, _ total: Int) -> Void
    ) throws -> Int {
        let total = try read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM statement s WHERE NOT EXISTS
                      (SELECT 1 FROM statement_situation t WHERE t.statement_rowid = s.rowid)
                    """) ?? 0
        }
        var done = 0
        var after: Int64 = 0
        while true {
            let rows = try read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT s.rowid, t.document, t.body FROM statement s JOIN statement_text t ON t.id = s.rowid
                        WHERE s.rowid > ? AND NOT EXISTS (SELECT 1 FROM statement_situation x WHERE x.statement_rowid =
                        s.rowid)
                        ORDER BY s.rowid LIMIT ?
                        """, arguments: [after, batchSize])
            }
            guard let last = rows.last else { break }
            after = last[0]
            var found: [(Int64, [SituationMatch])] = []
            for row in rows {
                let s = try StatementDocument.decode(row[1], body: row[2])
                // Read since situations were found, and filed under none: nothing to do.
                guard s.situations == nil else { continue }
                found.append((row[0], find(s)))
            }
            try pool.write { db in
                try db.execute(sql: "UPDATE library_version SET version = version + 1 WHERE id = 1")
                for (rowid, list) in found { try Self.storeSituations(list, ofRow: rowid, in: db) }
            }
            done += rows.count
            progress(min(done, total), total)
        }
        return done
    }
}
