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
            var found: [(rowid: Int64, filings: [SituationMatch], read: String)] = []
            for row in rows {
                let s = try StatementDocument.decode(row[1], body: row[2])
                // Read since situations were found, and filed under none: nothing to do.
                guard s.situations == nil else { continue }
                found.append((row[0], find(s), row[1]))
            }
            try pool.write { db in
                try db.execute(sql: "UPDATE library_version SET version = version + 1 WHERE id = 1")
                for (rowid, list, read) in found where try Self.unchanged(rowid, since: read, in: db) {
                    try Self.storeSituations(list, ofRow: rowid, in: db)
                }
            }
            done += rows.count
            progress(min(done, total), total)
        }
        return done
    }
}

/// What filing a library again with today's table changed.
public struct RefiledSituations: Equatable, Sendable {
    /// Statements read, those now filed differently, and those filed alike for other reasons or surer.
    public var read = 0, changed = 0, reworded = 0
    /// Statements left as they were because their corpus's own topic columns filed them: those columns are
    /// not stored, so reading the statement again could not find those filings again.
    public var keptFromCorpus = 0
    /// Filings made and filings taken back, per situation.
    public var gained: [String: Int] = [:], lost: [String: Int] = [:]
    /// Cancelled before the last batch: the statements not read yet keep their earlier filings.
    public var stopped = false
    public init() {}
}

extension SQLiteStatementStore {
    /// Files every statement again with `find` (today's table and finder), so that names added since a
    /// library was filled reach it. Batches of one transaction each: a stop loses at most a batch, and a
    /// second run finds nothing more to change. Statements filed from their corpus's columns are kept.
    /// Once every statement is read, `fingerprint` (the table's) is recorded as the one the library was filed with.
    public func refileSituations(
        batchSize: Int = 500, fingerprint: String? = nil, isCancelled: () -> Bool = { false },
        find: (Statement) -> [SituationMatch], progress: (_ done: Int, _ total: Int) -> Void
    ) throws -> RefiledSituations {
        let total = try totalCount()
        var summary = RefiledSituations()
        var after: Int64 = 0
        while true {
            if isCancelled() {
                summary.stopped = true
                return summary
            }
            // A statement filed from its corpus's columns is kept without reading its document: in a corpus
            // library that is every statement, and decoding them all took 40 s at 106,000 speeches.
            let rows = try read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT b.rowid, b.kept, CASE WHEN b.kept THEN NULL ELSE t.document END,
                          CASE WHEN b.kept THEN NULL ELSE t.body END
                        FROM (SELECT s.rowid AS rowid, EXISTS (SELECT 1 FROM statement_situation x
                                WHERE x.statement_rowid = s.rowid AND x.rule = ?) AS kept
                              FROM statement s WHERE s.rowid > ? ORDER BY s.rowid LIMIT ?) b
                        JOIN statement_text t ON t.id = b.rowid ORDER BY b.rowid
                        """, arguments: [SituationMatch.corpusTopicRule, after, batchSize])
            }
            guard let last = rows.last else { break }
            after = last[0]
            var changed: [(rowid: Int64, statement: Statement, body: String, read: String, old: [String])] = []
            for row in rows {
                if row[1] as Bool {
                    summary.keptFromCorpus += 1
                    continue
                }
                var s = try StatementDocument.decode(row[2], body: row[3])
                let old = try s.situations ?? read { db in try Self.storedSituations(ofRow: row[0], in: db) }
                let new = find(s)
                guard new != old else { continue }
                s.situations = new
                changed.append((row[0], s, row[3], row[2], old.map(\.name)))
            }
            if !changed.isEmpty {
                try pool.write { db in
                    try Self.moveVersionOn(db)
                    for (rowid, s, body, read, old) in changed {
                        // Replaced since it was read: its filings are the import's.
                        guard try Self.unchanged(rowid, since: read, in: db) else { continue }
                        try db.execute(
                            sql: "UPDATE statement_text SET document = ? WHERE id = ?",
                            arguments: [try StatementDocument.encode(s, body: body), rowid])
                        try db.execute(
                            sql: "DELETE FROM statement_situation WHERE statement_rowid = ?", arguments: [rowid])
                        try Self.storeSituations(s.situations ?? [], ofRow: rowid, in: db)
                        summary.note(from: old, to: (s.situations ?? []).map(\.name))
                    }
                }
            }
            summary.read += rows.count
            progress(min(summary.read, total), total)
        }
        if let fingerprint { try recordSituationFiling(fingerprint) }
        return summary
    }

    /// The fingerprint of the table the library's statements were filed with; nil when not known (filed before
    /// it was kept).
    public func situationFiling() throws -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT fingerprint FROM situation_filing WHERE id = 1") }
    }

    public func recordSituationFiling(_ fingerprint: String) throws {
        try pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO situation_filing (id, fingerprint) VALUES (1, ?)",
                arguments: [fingerprint])
        }
    }

    /// Whether the statement of `rowid` still has the document read before this write: an import beside the
    /// filing (the tool, or the window's) may have replaced or deleted it, and a row gone must get no filings.
    static func unchanged(_ rowid: Int64, since read: String, in db: Database) throws -> Bool {
        try String.fetchOne(db, sql: "SELECT document FROM statement_text WHERE id = ?", arguments: [rowid]) == read
    }

    static func storedSituations(ofRow rowid: Int64, in db: Database) throws -> [SituationMatch] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT situation, rule, confidence, evidence, reason FROM statement_situation
                WHERE statement_rowid = ? ORDER BY confidence DESC
                """, arguments: [rowid]
        ).map { r in
            SituationMatch(
                name: r[0],
                provenance: Provenance(basis: .inferred, rule: r[1], confidence: r[2], evidence: r[3], reason: r[4]))
        }
    }
}

extension RefiledSituations {
    /// The situations whose filings changed, most changed first: "+3 −1" written for each.
    public var mostChanged: [(name: String, change: String)] {
        let moved = { (name: String) in gained[name, default: 0] + lost[name, default: 0] }
        return Set(gained.keys).union(lost.keys).sorted { (moved($0), $1) > (moved($1), $0) }.map { name in
            let parts = [gained[name].map { "+\($0)" }, lost[name].map { "−\($0)" }]
            return (name, parts.compactMap { $0 }.joined(separator: " "))
        }
    }

    mutating func note(from old: [String], to new: [String]) {
        guard Set(old) != Set(new) else { return reworded += 1 }
        changed += 1
        for name in new where !old.contains(name) { gained[name, default: 0] += 1 }
        for name in old where !new.contains(name) { lost[name, default: 0] += 1 }
    }
}
