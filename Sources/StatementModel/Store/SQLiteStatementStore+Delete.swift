import Foundation
import GRDB

/// Statements taken out of a library, with every row that held them, so `restore` puts them back exactly.
/// Opaque on purpose: only the store that made it knows its rows.
public struct DeletedStatements: Sendable {
    /// The statements deleted, in the order asked (an id asked twice, once).
    public let ids: [StatementID]
    /// What lists showed for each, in the same order.
    public let titles: [String]
    let statements: [DeletedStatement]
}

/// One deleted statement's rows, table by table.
struct DeletedStatement: Sendable {
    let id: String
    let rowid: Int64
    /// The statement's own row first, then the rows that hang from it.
    let tables: [StoredRows]
}

/// Rows of one table as they were, and which column (if any) holds the statement's rowid.
struct StoredRows: Sendable {
    let table: String
    let rowidColumn: String?
    let columns: [String]
    let rows: [[DatabaseValue]]

    static func fetch(
        _ table: String, where condition: String, _ arguments: StatementArguments, rowidColumn: String? = nil,
        select: String = "*", in db: Database
    ) throws -> StoredRows {
        let found = try Row.fetchAll(db, sql: "SELECT \(select) FROM \(table) WHERE \(condition)", arguments: arguments)
        let columns = found.first.map { Array($0.columnNames) } ?? []
        return StoredRows(
            table: table, rowidColumn: rowidColumn, columns: columns, rows: found.map { Array($0.databaseValues) })
    }

    /// Inserts the rows again, with the statement's rowid now `rowid`; rows that `keep` refuses are left out.
    func insert(rowid: Int64, in db: Database, keep: ([String: DatabaseValue]) throws -> Bool = { _ in true }) throws {
        guard !rows.isEmpty else { return }
        let names = columns.map { $0.quotedDatabaseIdentifier }.joined(separator: ", ")
        let marks = columns.map { _ in "?" }.joined(separator: ", ")
        let statement = try db.makeStatement(sql: "INSERT INTO \(table) (\(names)) VALUES (\(marks))")
        for row in rows {
            var values = row
            if let rowidColumn, let at = columns.firstIndex(of: rowidColumn) { values[at] = rowid.databaseValue }
            guard try keep(Dictionary(uniqueKeysWithValues: zip(columns, values))) else { continue }
            try statement.execute(arguments: StatementArguments(values))
        }
    }
}

extension SQLiteStatementStore {
    public func delete(_ ids: [StatementID]) throws -> DeletedStatements {
        var seen = Set<StatementID>()
        let ids = ids.filter { seen.insert($0).inserted }  // an id given twice is deleted once
        return try pool.write { db in
            var deleted: [DeletedStatement] = []
            var titles: [String] = []
            for id in ids {
                guard let (one, title) = try Self.capture(id.rawValue, in: db) else {
                    throw RostrumError.notFound(id.rawValue)  // nothing deleted: the write is rolled back
                }
                deleted.append(one)
                titles.append(title)
                try Self.unindexEchoes(ofStatementsWhere: "s.id = ?", [id.rawValue], in: db)
                try db.execute(sql: "DELETE FROM statement_correction WHERE statement_id = ?", arguments: [id.rawValue])
                // Themes, mentions and links go by their foreign keys; text, full text, situations and
                // echo prints by the triggers that follow a deleted statement.
                try db.execute(sql: "DELETE FROM statement WHERE id = ?", arguments: [id.rawValue])
            }
            try Self.moveVersionOn(db)
            return DeletedStatements(ids: ids, titles: titles, statements: deleted)
        }
    }

    public func restore(_ deleted: DeletedStatements) throws {
        try pool.write { db in
            var restored: [(DeletedStatement, Int64)] = []
            for one in deleted.statements {
                // Stored again meanwhile (its file imported anew): that reading stays.
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM statement WHERE id = ?", arguments: [one.id]) == nil
                else { continue }
                restored.append((one, try Self.putBack(one, in: db)))
            }
            // Links last: one may join two statements restored together.
            for (one, rowid) in restored {
                try one.tables.first { $0.table == "statement_link" }?.insert(rowid: rowid, in: db) { row in
                    try [row["a"], row["b"]].allSatisfy { value in
                        try Bool.fetchOne(db, sql: "SELECT 1 FROM statement WHERE id = ?", arguments: [value]) != nil
                    }
                }
            }
            try Self.moveVersionOn(db)
        }
    }

    /// Everything stored of a statement, and its list title; nil when there is no such statement.
    private static func capture(_ id: String, in db: Database) throws -> (DeletedStatement, String)? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT rowid, display_title FROM statement WHERE id = ?", arguments: [id])
        else { return nil }
        let rowid: Int64 = row[0]
        let byID: StatementArguments = [id]
        let byRow: StatementArguments = [rowid]
        let tables = [
            try StoredRows.fetch(
                "statement", where: "id = ?", byID, rowidColumn: "rowid", select: "rowid AS rowid, *", in: db),
            try StoredRows.fetch("statement_text", where: "id = ?", byRow, rowidColumn: "id", in: db),
            try StoredRows.fetch("statement_theme", where: "statement_id = ?", byID, in: db),
            try StoredRows.fetch("statement_mention", where: "statement_id = ?", byID, in: db),
            try StoredRows.fetch(
                "statement_situation", where: "statement_rowid = ?", byRow, rowidColumn: "statement_rowid", in: db),
            try StoredRows.fetch(
                "statement_echo_prints", where: "statement_rowid = ?", byRow, rowidColumn: "statement_rowid", in: db),
            try StoredRows.fetch("statement_correction", where: "statement_id = ?", byID, in: db),
            try StoredRows.fetch("statement_link", where: "a = ? OR b = ?", [id, id], in: db),
        ]
        return (DeletedStatement(id: id, rowid: rowid, tables: tables), row[1])
    }

    /// Inserts a deleted statement's rows again (links apart), under its old rowid unless another statement
    /// has taken it since (then under a new one, which the rows hanging from it follow); returns its rowid.
    private static func putBack(_ one: DeletedStatement, in db: Database) throws -> Int64 {
        let taken = try Bool.fetchOne(db, sql: "SELECT 1 FROM statement WHERE rowid = ?", arguments: [one.rowid]) != nil
        let rowid =
            taken ? try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(rowid), 0) + 1 FROM statement") ?? 1 : one.rowid
        // The statement's own row first: the rows hanging from it name its rowid.
        for rows in one.tables where rows.table == "statement" { try rows.insert(rowid: rowid, in: db) }
        for rows in one.tables where !["statement", "statement_link"].contains(rows.table) {
            try rows.insert(rowid: rowid, in: db)
        }
        // Its echo fingerprints were in the inverted index: they go back in, so echoes find it again.
        for row in try Row.fetchAll(
            db, sql: "SELECT prints FROM statement_echo_prints WHERE statement_rowid = ? AND indexed = 1",
            arguments: [rowid])
        {
            let postings = EchoPrints.decode(row[0]).map { UInt64($0) << 32 | UInt64(rowid) }.sorted()
            try insertPostings(postings, in: db)
        }
        return rowid
    }
}
