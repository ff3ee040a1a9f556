import Foundation
import GRDB

/// Fixing what Rostrum read wrong, and taking statements out of the library with a way back.
public protocol StatementEditing {
    /// Sets a field to what the user typed (a date as `2024-03-05`, `2024-03` or `2024`); nil or blank
    /// empties it. The field's provenance then says the user set it. Nothing changes if the value is refused.
    func correct(_ id: StatementID, _ field: CorrectableField, to value: String?) throws
    /// Puts back what Rostrum read in the field.
    func revert(_ id: StatementID, _ field: CorrectableField) throws
    /// The fields the user set, each with what Rostrum had read there.
    func corrections(of id: StatementID) throws -> [CorrectableField: Correction]
    /// Takes statements out of the library (lists, counts, facets, search, timeline, echoes), returning
    /// what `restore` needs to put them back exactly.
    func delete(_ ids: [StatementID]) throws -> DeletedStatements
    /// Puts deleted statements back as they were, under the same ids (those stored again meanwhile stay).
    func restore(_ deleted: DeletedStatements) throws
}

extension SQLiteStatementStore {
    public func correct(_ id: StatementID, _ field: CorrectableField, to value: String?) throws {
        try pool.write { db in
            guard let stored = try StoredStatement.load(id, in: db) else { throw RostrumError.notFound(id.rawValue) }
            var corrected = stored.statement
            try CorrectableValue.set(field, userValue: value, on: &corrected)  // a refused value throws here
            // A field corrected twice keeps what Rostrum read, not the first correction.
            let earlier = try Row.fetchOne(
                db, sql: "SELECT read FROM statement_correction WHERE statement_id = ? AND field = ?",
                arguments: [id.rawValue, field.rawValue])
            let read: String? = try earlier.map { $0[0] } ?? CorrectableValue.json(field, of: stored.statement)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO statement_correction
                      (statement_id, field, value, read, source_path, source_position, corrected_at)
                    SELECT ?, ?, ?, ?, source_path, source_position, ? FROM statement WHERE id = ?
                    """,
                arguments: [
                    id.rawValue, field.rawValue, CorrectableValue.text(field, of: corrected), read,
                    ISO8601DateFormatter().string(from: Date()), id.rawValue,
                ])
            try stored.rewrite(as: corrected, in: db)
            try Self.moveVersionOn(db)
        }
    }

    public func revert(_ id: StatementID, _ field: CorrectableField) throws {
        try pool.write { db in
            guard let stored = try StoredStatement.load(id, in: db) else { throw RostrumError.notFound(id.rawValue) }
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT read FROM statement_correction WHERE statement_id = ? AND field = ?",
                    arguments: [id.rawValue, field.rawValue])
            else { return }  // nothing set by the user: the field already holds what Rostrum read
            var reverted = stored.statement
            try CorrectableValue.set(field, json: row[0], on: &reverted)
            try db.execute(
                sql: "DELETE FROM statement_correction WHERE statement_id = ? AND field = ?",
                arguments: [id.rawValue, field.rawValue])
            try stored.rewrite(as: reverted, in: db)
            try Self.moveVersionOn(db)
        }
    }

    public func corrections(of id: StatementID) throws -> [CorrectableField: Correction] {
        let rows = try read { db in
            try Row.fetchAll(
                db, sql: "SELECT field, value, read FROM statement_correction WHERE statement_id = ?",
                arguments: [id.rawValue])
        }
        var found: [CorrectableField: Correction] = [:]
        for row in rows {
            guard let field = CorrectableField(rawValue: row[0]) else { continue }  // one a later Rostrum knows
            var scratch = Statement(id: id, source: StatementSource(family: ""), raw: "", paragraphs: [])
            try CorrectableValue.set(field, json: row[2], on: &scratch)
            found[field] = Correction(
                field: field, value: row[1], read: CorrectableValue.text(field, of: scratch),
                readProvenance: CorrectableValue.provenance(field, of: scratch))
        }
        return found
    }

    /// Every write moves the library's version on, so the facet index, caches and open windows refresh.
    static func moveVersionOn(_ db: Database) throws {
        try db.execute(sql: "UPDATE library_version SET version = version + 1 WHERE id = 1")
    }

    /// The ids among `ids` that the user has corrected something of.
    static func corrected(among ids: [String], in db: Database) throws -> [String] {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM statement_correction)") == true else {
            return []
        }
        let lookup = try db.cachedStatement(sql: "SELECT 1 FROM statement_correction WHERE statement_id = ? LIMIT 1")
        return try ids.filter { try Bool.fetchOne(lookup, arguments: [$0]) != nil }
    }

    /// Applies a statement's corrections again after it was read anew (its file changed): what Rostrum read
    /// is now what it read this time, and the user's values go over it.
    static func reapplyCorrections(of id: String, in db: Database) throws {
        guard let stored = try StoredStatement.load(StatementID(id), in: db) else { return }
        var corrected = stored.statement
        let rows = try Row.fetchAll(
            db, sql: "SELECT field, value FROM statement_correction WHERE statement_id = ?", arguments: [id])
        for row in rows {
            guard let field = CorrectableField(rawValue: row[0]) else { continue }
            let read = try CorrectableValue.json(field, of: stored.statement)
            // A stored value was valid when set; should one no longer be, the field keeps what was read.
            guard (try? CorrectableValue.set(field, userValue: row[1], on: &corrected)) != nil else { continue }
            try db.execute(
                sql: """
                    UPDATE statement_correction SET read = ?,
                      source_position = (SELECT source_position FROM statement WHERE id = ?)
                    WHERE statement_id = ? AND field = ?
                    """,
                arguments: [read, id, id, field.rawValue])
        }
        try stored.rewrite(as: corrected, in: db)
    }

    /// The statements of a changed file that its new reading drops (their text changed, so their id did)
    /// and that the user corrected: each with its place in the file and its text, to find its new reading by.
    static func correctedStatementsLost(
        from path: String, keeping keep: [String], in db: Database
    ) throws -> [CorrectionHeirs.Reading] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT s.id, s.source_position, t.body FROM statement s JOIN statement_text t ON t.id = s.rowid
                WHERE s.source_path = ? AND s.id IN (SELECT statement_id FROM statement_correction)
                """, arguments: [path])
        let kept = Set(keep)
        return rows.compactMap { row in
            kept.contains(row[0]) ? nil : CorrectionHeirs.Reading(id: row[0], position: row[1], body: row[2])
        }
    }

    /// Hands each lost statement's corrections to its heir among the statements newly read from the file.
    static func carryCorrections(
        of lost: [CorrectionHeirs.Reading], to candidates: [CorrectionHeirs.Reading], in db: Database
    ) throws {
        for (orphan, heir) in CorrectionHeirs.match(lost, to: candidates) {
            try db.execute(
                sql: "UPDATE OR REPLACE statement_correction SET statement_id = ? WHERE statement_id = ?",
                arguments: [heir, orphan])
        }
    }
}
