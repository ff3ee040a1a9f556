import Foundation
import GRDB

/// The library database's schema, as a list of migrations from the very first version on. A migration
/// once shipped is never edited: a change is a new migration, so every user's library can be brought up.
enum LibrarySchema {
    /// Brings a library to the newest schema, beside any other process doing the same at the same time.
    /// Returns whether this call created the library: it claims an empty file in one immediate transaction
    /// (one claimant wins; the others find the claim), so exactly one process counts as its creator.
    static func migrate(_ pool: DatabasePool) throws -> Bool {
        let created = try retryingWhileBusy {
            try pool.writeWithoutTransaction { db -> Bool in
                var created = false
                try db.inTransaction(.immediate) {
                    // Only a file with nothing in it: a database of something else is not taken over.
                    if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") == 0 {
                        // The table GRDB's migrator keeps (its own statement, IF NOT EXISTS, finds it made).
                        try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
                        created = true
                    }
                    return .commit
                }
                return created
            }
        }
        // Each migration runs in its own immediate transaction, but the migrator reads what is applied
        // before them: another process committing a migration in between makes ours fail ("table already
        // exists") or wait. A failure after which more migrations are applied than before was that race:
        // start again from what is applied now. A failure with no progress elsewhere is a real one.
        var attempts = 0
        while true {
            let before = try retryingWhileBusy { try pool.read { try migrator.appliedIdentifiers($0) } }
            do {
                try migrator.migrate(pool)
                return created
            } catch let error as DatabaseError {
                attempts += 1
                let after = try retryingWhileBusy { try pool.read { try migrator.appliedIdentifiers($0) } }
                guard attempts < 100, Self.isBusy(error) || after != before else { throw error }
                usleep(UInt32.random(in: 2_000...20_000))
            }
        }
    }

    /// Runs `body` again while SQLite answers busy or locked, for up to `seconds` (a write waits as long).
    static func retryingWhileBusy<T>(seconds: Double = 10, _ body: () throws -> T) throws -> T {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            do { return try body() } catch let error as DatabaseError where isBusy(error) && Date() < deadline {
                usleep(UInt32.random(in: 2_000...20_000))  // at random, so two waiting processes do not meet again
            }
        }
    }

    static func isBusy(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: statements, themes, mentions, full text") { db in
            try db.create(table: "statement") { t in
                t.primaryKey("id", .text)
                t.column("title", .text)
                t.column("display_title", .text).notNull()
                t.column("date_iso", .text)
                t.column("date_first", .text).indexed()
                t.column("date_last", .text)
                t.column("date_precision", .text)
                t.column("date_inferred", .boolean).notNull().defaults(to: false)
                t.column("speaker", .text).indexed()
                t.column("role", .text)
                t.column("country", .text).indexed()
                t.column("forum", .text).indexed()
                t.column("meeting_type", .text)
                t.column("agenda", .text)
                t.column("kind", .text).indexed()
                t.column("publisher", .text)
                t.column("url", .text)
                t.column("source_path", .text)
                t.column("family", .text).notNull()
                t.column("language", .text)
                t.column("body", .text).notNull()
                // The whole statement with provenance, raw text, spans and notes, as JSON.
                t.column("document", .text).notNull()
                t.column("imported_at", .text).notNull()
            }
            try db.create(table: "statement_theme") { t in
                t.column("statement_id", .text).notNull().references("statement", onDelete: .cascade)
                t.column("theme", .text).notNull().indexed()
                t.column("count", .integer).notNull()
                t.primaryKey(["statement_id", "theme"])
            }
            try db.create(table: "statement_mention") { t in
                t.column("statement_id", .text).notNull().references("statement", onDelete: .cascade)
                t.column("name", .text).notNull().indexed()
                t.column("kind", .text).notNull()
                t.column("count", .integer).notNull()
                t.primaryKey(["statement_id", "name"])
            }
            try db.create(virtualTable: "statement_fts", using: FTS5()) { t in
                t.synchronize(withTable: "statement")
                t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                t.column("title")
                t.column("body")
            }
        }
        m.registerMigration("v2: meeting symbols, source fingerprints") { db in
            try db.alter(table: "statement") { t in t.add(column: "meeting_symbol", .text) }
            // What a file was when it was last imported, so an unchanged folder imports in no time.
            try db.create(table: "source_file") { t in
                t.primaryKey("path", .text)
                t.column("size", .integer).notNull()
                t.column("modified", .double).notNull()
                t.column("statements", .integer).notNull()
            }
        }
        m.registerMigration("v3: links between versions of one speech") { db in
            try db.create(table: "statement_link") { t in
                t.column("a", .text).notNull().references("statement", onDelete: .cascade)
                t.column("b", .text).notNull().references("statement", onDelete: .cascade).indexed()
                t.column("kind", .text).notNull()
                t.column("shared", .integer).notNull()
                t.primaryKey(["a", "b"])
            }
        }
        m.registerMigration("v4: texts apart from the rows that filters scan") { db in
            // Filters, counts and bins scan `statement`; with the text in it, every scan read megabytes.
            // The text, the JSON document and the full-text index move to `statement_text`, keyed by the
            // statement's rowid, so those scans read only short metadata rows.
            try db.create(table: "statement_text") { t in
                t.column("id", .integer).primaryKey()  // the statement's rowid
                t.column("title", .text)
                t.column("body", .text).notNull()
                t.column("document", .text).notNull()
            }
            try db.execute(
                sql:
                    "INSERT INTO statement_text (id, title, body, document) "
                        + "SELECT rowid, title, body, document FROM statement"
            )
            try db.dropFTS5SynchronizationTriggers(forTable: "statement_fts")
            try db.drop(table: "statement_fts")
            try db.create(virtualTable: "statement_fts", using: FTS5()) { t in
                t.synchronize(withTable: "statement_text")
                t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
                t.column("title")
                t.column("body")
            }
            try db.execute(sql: "ALTER TABLE statement DROP COLUMN body")
            try db.execute(sql: "ALTER TABLE statement DROP COLUMN document")
            try db.execute(
                sql:
                    "CREATE TRIGGER statement_text_follows_delete AFTER DELETE ON statement "
                        + "BEGIN DELETE FROM statement_text WHERE id = old.rowid; END"
            )
            try db.create(index: "statement_date_speaker", on: "statement", columns: ["speaker", "date_first"])
        }
        m.registerMigration("v5: library version") { db in
            // Bumped by every write, so readers holding derived data (the facet index) know to refresh it.
            try db.execute(
                sql: "CREATE TABLE library_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)")
            try db.execute(sql: "INSERT INTO library_version (id, version) VALUES (1, 1)")
        }
        m.registerMigration("v6: stories") { db in
            // A card names its statement by id but does not depend on it: a statement removed by a
            // re-import leaves the card (with its label and quote) rather than silently shortening a story.
            try db.create(table: "story") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull().unique(onConflict: .abort).collate(.nocase)
                t.column("modified_at", .text).notNull()
            }
            try db.create(table: "story_card") { t in
                t.column("story_id", .integer).notNull().references("story", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("statement_id", .text).notNull()
                t.column("quote", .text)
                t.column("note", .text).notNull().defaults(to: "")
                t.column("label", .text).notNull()
                t.primaryKey(["story_id", "position"])
            }
        }
        m.registerMigration("v7: facet index cache") { db in
            // The in-memory facet index as bytes, for one library version: a start reads it instead of
            // rebuilding it from every row. Derived data only; deleting it loses nothing.
            try db.execute(
                sql: """
                    CREATE TABLE facet_index_cache (version INTEGER NOT NULL, format INTEGER NOT NULL,
                    stride INTEGER NOT NULL,
                                                    entries BLOB NOT NULL, ids TEXT NOT NULL, names BLOB NOT NULL)
                    """)
        }
        m.registerMigration("v8: situations") { db in
            // The situations a statement is filed under, each with how it was found (the document holds
            // the same for statements imported since; for older ones this table is the only record).
            // Keyed by the statement's rowid, which grows as statements are added: rows go at the end of
            // the table instead of at random places, as a text id's would (which slowed a 106,000-speech
            // import by a half, the writer being the import's narrowest part).
            try db.execute(
                sql: """
                    CREATE TABLE statement_situation (
                      statement_rowid INTEGER NOT NULL, situation TEXT NOT NULL, rule TEXT NOT NULL,
                      confidence REAL NOT NULL, evidence TEXT, reason TEXT,
                      PRIMARY KEY (statement_rowid, situation)) WITHOUT ROWID
                    """)
            try db.execute(
                sql: "CREATE INDEX statement_situation_by_name ON statement_situation (situation, statement_rowid)")
            try db.execute(
                sql: """
                    CREATE TRIGGER statement_situation_follows_delete AFTER DELETE ON statement
                    BEGIN DELETE FROM statement_situation WHERE statement_rowid = old.rowid; END
                    """)
        }
        m.registerMigration("v9: source path index") { db in
            // A changed file's statements are found by their source path to be replaced: without an index
            // each replaced file scanned the whole table (2,000 changed files of 10,000: 7.8 s of deletes
            // alone, 1.4 s with it).
            try db.create(index: "statement_source_path", on: "statement", columns: ["source_path"])
        }
        m.registerMigration("v10: word counts") { db in
            // Trends are per 10,000 words of the statements filtered: summed from this column, not by
            // reading every text again. Counted once here for what the library already holds.
            try db.alter(table: "statement") { t in t.add(column: "words", .integer) }
            let words = DatabaseFunction("rostrum_words", argumentCount: 1, pure: true) { values in
                String.fromDatabaseValue(values[0]).map { WordTokens.count(in: $0) } ?? 0
            }
            db.add(function: words)
            try db.execute(
                sql:
                    "UPDATE statement SET words = "
                        + "(SELECT rostrum_words(body) FROM statement_text WHERE id = statement.rowid)"
            )
            db.remove(function: words)
        }
        m.registerMigration("v11: echo index") { db in
            // Each statement's echo fingerprints (`EchoPrints`), written with the statement; `indexed` says
            // whether they are in the inverted index yet. The inverted index is filled after an import in large
            // sorted runs: a row at a time, at random places in a large tree, would halve the import's rate.
            try db.execute(
                sql: """
                    CREATE TABLE statement_echo_prints (
                      statement_rowid INTEGER PRIMARY KEY, prints BLOB NOT NULL, indexed INTEGER NOT NULL DEFAULT 0)
                    """)
            try db.execute(
                sql: """
                    CREATE INDEX statement_echo_prints_pending ON statement_echo_prints (statement_rowid)
                    WHERE indexed = 0
                    """)
            try db.execute(
                sql: """
                    CREATE TABLE echo_print (hash INTEGER NOT NULL, statement_rowid INTEGER NOT NULL,
                      PRIMARY KEY (hash, statement_rowid)) WITHOUT ROWID
                    """)
            try db.execute(
                sql: "CREATE TABLE echo_index_format (id INTEGER PRIMARY KEY CHECK (id = 1), format INTEGER NOT NULL)")
            // Statements already there are fingerprinted by the first catch-up (they have no prints row).
            try db.execute(
                sql: "INSERT INTO echo_index_format (id, format) VALUES (1, ?)", arguments: [EchoPrints.format])
            try db.execute(
                sql: """
                    CREATE TRIGGER statement_echo_prints_follow_delete AFTER DELETE ON statement
                    BEGIN DELETE FROM statement_echo_prints WHERE statement_rowid = old.rowid; END
                    """)
        }
        m.registerMigration("v12: corrections") { db in
            // What the user set a field to, with what Rostrum had read there (the field's JSON, value and
            // provenance), so it can be put back. Kept apart from the statement, which an import replaces
            // when its file changes: the file's path, then the statement's words or its place among the
            // file's statements find the statement read anew, and the correction is applied to it again.
            try db.execute(
                sql: """
                    CREATE TABLE statement_correction (
                      statement_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT, read TEXT,
                      source_path TEXT, source_position INTEGER, corrected_at TEXT NOT NULL,
                      PRIMARY KEY (statement_id, field))
                    """)
            try db.execute(sql: "CREATE INDEX statement_correction_by_source ON statement_correction (source_path)")
            // A statement's place among those its file gave, in reading order. Statements stored before are
            // numbered by row, which is the order they were read in unless a change of the file kept some.
            try db.alter(table: "statement") { t in t.add(column: "source_position", .integer) }
            try db.execute(
                sql: """
                    UPDATE statement SET source_position = (SELECT COUNT(*) FROM statement o
                      WHERE o.source_path = statement.source_path AND o.rowid < statement.rowid)
                    WHERE source_path IS NOT NULL
                    """)
        }
        m.registerMigration("v13: the table situations were filed with") { db in
            // The fingerprint of the situation table and finder a library was filed with (one row, absent in
            // libraries filed before it was kept): another one today means its filings may be out of date.
            try db.execute(
                sql: "CREATE TABLE situation_filing (id INTEGER PRIMARY KEY CHECK (id = 1), fingerprint TEXT NOT NULL)"
            )
        }
        return m
    }
}
