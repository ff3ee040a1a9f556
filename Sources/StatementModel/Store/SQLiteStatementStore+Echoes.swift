import Foundation
import GRDB
import GRDBSQLite

/// What finding echoes reads: each statement's fingerprints, the inverted index from a fingerprint to the
/// statements that hold it, and texts by row.
public protocol EchoIndexReading {
    /// Brings the index up to date with what was stored since it was last brought up to date.
    @discardableResult
    func catchUpEchoIndex(chunk: Int, isCancelled: () -> Bool) throws -> Int
    /// Indexes what was stored since, but only in whole runs of `chunk` statements, leaving a smaller rest for
    /// the next call: what an import does as it goes, so that its end has one run left, not all of them.
    @discardableResult
    func indexWholeEchoRuns(chunk: Int, isCancelled: () -> Bool) throws -> Int
    /// A statement's row, its text and its fingerprints.
    func echoSubject(_ id: StatementID) throws -> (row: Int64, text: StatementText, prints: [UInt32])?
    /// The statements (rows) holding any of `prints`, with how many of them each holds; a fingerprint held by
    /// more than `commonAbove` statements (a formula, a stock phrase) is passed over, and returned apart.
    func rowsSharing(_ prints: [UInt32], commonAbove: Int) throws -> (shared: [Int64: Int], common: Set<UInt32>)
    /// The texts of statements by row (those still there).
    func texts(ofRows rows: [Int64]) throws -> [Int64: StatementText]
    /// Calls `each` with the rows of the statements the filter keeps that share a fingerprint, one call a
    /// fingerprint held by 2 to `commonAbove` statements of the whole library. Returns the fingerprints held
    /// by more (formulae, stock phrases).
    @discardableResult
    func eachSharedPrint(
        _ filter: StatementFilter, commonAbove: Int, _ each: ([Int64]) -> Void
    ) throws
        -> Set<UInt32>
}

extension SQLiteStatementStore {
    /// Brings the inverted echo index up to date: the fingerprints of statements stored since the last
    /// catch-up go in, in sorted runs of `chunk` statements, each run one transaction (a cancel keeps the
    /// runs done). Statements stored before the index existed, or under another fingerprint format, are
    /// fingerprinted from their text first. Returns how many statements were indexed.
    @discardableResult
    public func catchUpEchoIndex(chunk: Int = 20_000, isCancelled: () -> Bool = { false }) throws -> Int {
        try pool.write { db in
            let format = try Int.fetchOne(db, sql: "SELECT format FROM echo_index_format")
            guard format != EchoPrints.format else { return }
            try db.execute(sql: "DELETE FROM echo_print")
            try db.execute(sql: "DELETE FROM statement_echo_prints")
            try db.execute(
                sql: "INSERT OR REPLACE INTO echo_index_format (id, format) VALUES (1, ?)",
                arguments: [EchoPrints.format])
        }
        try fingerprintUnprinted(chunk: chunk, isCancelled: isCancelled)
        return try indexRuns(chunk: chunk, wholeOnly: false, isCancelled: isCancelled)
    }

    @discardableResult
    public func indexWholeEchoRuns(chunk: Int, isCancelled: () -> Bool) throws -> Int {
        // Under another format the whole index is made again at the end: nothing goes in under two.
        let format = try pool.read { try Int.fetchOne($0, sql: "SELECT format FROM echo_index_format") }
        guard format == EchoPrints.format else { return 0 }
        return try indexRuns(chunk: chunk, wholeOnly: true, isCancelled: isCancelled)
    }

    /// Indexes pending statements, lowest rows first, `chunk` to a run and a transaction; with `wholeOnly`, a run
    /// of fewer is left pending.
    private func indexRuns(chunk: Int, wholeOnly: Bool, isCancelled: () -> Bool) throws -> Int {
        var indexed = 0
        while !isCancelled() {
            let done = try pool.write { db -> Int in
                // The run's size first, so the postings are held once at their size: grown by doubling, a
                // run of 20,000 statements held up to three times its 16 MB while the array was copied.
                let pending = """
                    SELECT statement_rowid, prints FROM statement_echo_prints WHERE indexed = 0
                    ORDER BY statement_rowid LIMIT ?
                    """
                let size = try Row.fetchOne(
                    db, sql: "SELECT COUNT(*), SUM(length(prints)) FROM (\(pending))", arguments: [chunk])
                let (rows, bytes) = (size?[0] as Int? ?? 0, size?[1] as Int? ?? 0)
                guard rows > 0, !wholeOnly || rows >= chunk else { return 0 }
                return try Self.indexRun(pending, chunk: chunk, bytes: bytes, in: db)
            }
            indexed += done
            if done < chunk { break }
        }
        return indexed
    }

    /// One run: the pending statements' postings, sorted and inserted, and the statements marked indexed.
    private static func indexRun(_ pending: String, chunk: Int, bytes: Int, in db: Database) throws -> Int {
        // Each posting packed as hash, then row, in one integer: sorting them is sorting numbers.
        var postings: [UInt64] = []
        postings.reserveCapacity(bytes / 4)
        var count = 0
        var last: Int64?
        // A cursor, not every row at once: the rows' blobs need not be held beside their postings.
        let rows = try Row.fetchCursor(db, sql: pending, arguments: [chunk])
        while let row = try rows.next() {
            let statement: Int64 = row[0]
            EchoPrints.forEach(in: row[1]) { postings.append(UInt64($0) << 32 | UInt64(statement)) }
            count += 1
            last = statement
        }
        postings.sort()
        try insertPostings(postings, in: db)
        // The run was the lowest pending rows: everything pending up to its last row is now indexed.
        if let last {
            try db.execute(
                sql: "UPDATE statement_echo_prints SET indexed = 1 WHERE indexed = 0 AND statement_rowid <= ?",
                arguments: [last])
        }
        return count
    }

    /// Postings written by one INSERT: one statement per posting was most of the time.
    static let postingsPerInsert = 400
    /// The INSERT of `postingsPerInsert` postings, made once (joined anew for each, it was a twentieth of the
    /// catch-up).
    static let postingsInsert =
        "INSERT OR IGNORE INTO echo_print (hash, statement_rowid) VALUES "
        + Array(repeating: "(?,?)", count: postingsPerInsert).joined(separator: ",")

    /// Writes postings (hash << 32 | row), `postingsPerInsert` to a statement. The integers are bound with
    /// SQLite's own calls: GRDB's arguments box every value (a sixth of the end of a 106,000-statement import).
    static func insertPostings(_ postings: [UInt64], in db: Database) throws {
        let full = postings.count / postingsPerInsert * postingsPerInsert
        if full > 0 {
            let insert = try db.cachedStatement(sql: postingsInsert)
            var start = 0
            while start < full {
                try bindAndStep(insert, postings[start..<(start + postingsPerInsert)], in: db)
                start += postingsPerInsert
            }
        }
        // The rest, fewer than a full statement's worth, in a statement of their own size.
        guard full < postings.count else { return }
        let rest = postings[full...]
        let values = Array(repeating: "(?,?)", count: rest.count).joined(separator: ",")
        try bindAndStep(
            try db.makeStatement(sql: "INSERT OR IGNORE INTO echo_print (hash, statement_rowid) VALUES " + values),
            rest, in: db)
    }

    private static func bindAndStep(_ insert: GRDB.Statement, _ part: ArraySlice<UInt64>, in db: Database) throws {
        let handle = insert.sqliteStatement
        sqlite3_reset(handle)
        var index: Int32 = 1
        for p in part {
            sqlite3_bind_int64(handle, index, Int64(p >> 32))
            sqlite3_bind_int64(handle, index + 1, Int64(p & 0xFFFF_FFFF))
            index += 2
        }
        let code = sqlite3_step(handle)
        let message = code == SQLITE_DONE ? "" : String(cString: sqlite3_errmsg(db.sqliteConnection))
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: insert.sql)
        }
    }

    /// Statements with no fingerprints yet (stored before the echo index, or before a format change).
    private func fingerprintUnprinted(chunk: Int, isCancelled: () -> Bool) throws {
        while !isCancelled() {
            let done = try pool.write { db -> Int in
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT t.id, t.body FROM statement_text t
                        WHERE NOT EXISTS (SELECT 1 FROM statement_echo_prints p WHERE p.statement_rowid = t.id) LIMIT ?
                        """, arguments: [chunk / 10])
                let insert = try db.cachedStatement(
                    sql: "INSERT INTO statement_echo_prints (statement_rowid, prints) VALUES (?, ?)")
                for row in rows {
                    try insert.execute(arguments: [row[0] as Int64, EchoPrints.encode(EchoPrints.of(row[1]))])
                }
                return rows.count
            }
            if done == 0 { break }
        }
    }

    /// The library's size once the write-ahead log is folded in, and the echo index's part of it (nil where
    /// SQLite was built without its page statistics).
    public func storedBytes() throws -> (total: Int, echoIndex: Int?) {
        try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        return try read { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let size = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            let echo = try? Int.fetchOne(
                db,
                sql: """
                    SELECT SUM(pgsize) FROM dbstat
                    WHERE name IN ('echo_print', 'statement_echo_prints', 'statement_echo_prints_pending')
                    """)
            return (pages * size, echo ?? nil)
        }
    }

    /// Takes the fingerprints of the statements about to be deleted out of the inverted index.
    static func unindexEchoes(
        ofStatementsWhere condition: String, _ arguments: StatementArguments, in db: Database
    )
        throws
    {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT p.statement_rowid, p.prints FROM statement s
                JOIN statement_echo_prints p ON p.statement_rowid = s.rowid WHERE p.indexed = 1 AND \(condition)
                """, arguments: arguments)
        let delete = try db.cachedStatement(sql: "DELETE FROM echo_print WHERE hash = ? AND statement_rowid = ?")
        for row in rows {
            let statement: Int64 = row[0]
            for hash in EchoPrints.decode(row[1]) { try delete.execute(arguments: [Int64(hash), statement]) }
        }
    }

    public func echoSubject(_ id: StatementID) throws -> (row: Int64, text: StatementText, prints: [UInt32])? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT s.rowid, p.prints FROM statement s
                        LEFT JOIN statement_echo_prints p ON p.statement_rowid = s.rowid WHERE s.id = ?
                        """, arguments: [id.rawValue])
            else { return nil }
            let rowid: Int64 = row[0]
            guard let text = try Self.texts(ofRows: [rowid], in: db)[rowid] else { return nil }
            let prints = (row[1] as Data?).map(EchoPrints.decode) ?? EchoPrints.of(text.body)
            return (rowid, text, prints)
        }
    }

    public func rowsSharing(
        _ prints: [UInt32], commonAbove: Int
    ) throws
        -> (shared: [Int64: Int], common: Set<UInt32>)
    {
        try read { db in
            var shared: [Int64: Int] = [:]
            var common = Set<UInt32>()
            let select = try db.cachedStatement(sql: "SELECT statement_rowid FROM echo_print WHERE hash = ? LIMIT ?")
            for hash in prints {
                let rows = try Int64.fetchAll(select, arguments: [Int64(hash), commonAbove + 1])
                guard rows.count <= commonAbove else {
                    common.insert(hash)
                    continue
                }
                for r in rows { shared[r, default: 0] += 1 }
            }
            return (shared, common)
        }
    }

    public func texts(ofRows rows: [Int64]) throws -> [Int64: StatementText] {
        try read { try Self.texts(ofRows: rows, in: $0) }
    }

    private static func texts(ofRows rows: [Int64], in db: Database) throws -> [Int64: StatementText] {
        var found: [Int64: StatementText] = [:]
        let select = try db.cachedStatement(
            sql: """
                SELECT s.id, s.display_title, s.date_iso, s.date_inferred, s.speaker, s.forum, s.country, s.kind, t.body
                FROM statement s JOIN statement_text t ON t.id = s.rowid WHERE s.rowid = ?
                """)
        for rowid in rows {
            guard let row = try Row.fetchOne(select, arguments: [rowid]) else { continue }
            let summary = StatementSummary(
                id: StatementID(row[0]), title: row[1], date: (row[2] as String?).flatMap(StatementDate.init(iso:)),
                dateInferred: row[3], speaker: row[4], forum: row[5], country: row[6], kind: row[7])
            found[rowid] = StatementText(summary: summary, body: row[8])
        }
        return found
    }

    @discardableResult
    public func eachSharedPrint(
        _ filter: StatementFilter, commonAbove: Int, _ each: ([Int64]) -> Void
    ) throws
        -> Set<UInt32>
    {
        let w = try FilterSQL(filter)
        return try read { db in
            let kept = Set(
                try Int64.fetchAll(
                    db, sql: "SELECT s.rowid FROM statement s WHERE \(w.sql)",
                    arguments: w.arguments))
            let rows = try Row.fetchCursor(db, sql: "SELECT hash, statement_rowid FROM echo_print ORDER BY hash")
            var current: Int64 = -1
            var holders: [Int64] = []
            var total = 0
            var common = Set<UInt32>()
            func finish() {
                if total > commonAbove { common.insert(UInt32(truncatingIfNeeded: current)) }
                if total >= 2, total <= commonAbove, holders.count >= 2 { each(holders) }
                holders.removeAll(keepingCapacity: true)
                total = 0
            }
            while let row = try rows.next() {
                let hash: Int64 = row[0]
                let statement: Int64 = row[1]
                if hash != current {
                    finish()
                    current = hash
                }
                total += 1
                if kept.contains(statement) { holders.append(statement) }
            }
            finish()
            return common
        }
    }
}

extension EchoIndexReading {
    /// Brings the echo index up to date in one go.
    @discardableResult
    public func catchUpEchoIndex() throws -> Int { try catchUpEchoIndex(chunk: 20_000, isCancelled: { false }) }
}
