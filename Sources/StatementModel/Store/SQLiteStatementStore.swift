import Foundation
import GRDB

/// The embedded library: one SQLite file (WAL mode, so the window can read while an import writes).
public final class SQLiteStatementStore: StatementStore, @unchecked Sendable {  // the index is guarded by indexLock
    let pool: DatabasePool
    public let path: String
    public let createdLibrary: Bool
    private let indexLock = NSLock()
    private var index: FacetIndex?
    private var indexUnavailable = false
    let checkpointer: Checkpointer
    /// The last full-text match (query, library version, row ids): the window asks several questions of one search.
    private var lastSearch: (query: String, version: Int64, rows: Set<Int64>)?
    /// The give-up checks of callers inside `abandoning(when:_:)`.
    let abandonChecks = AbandonChecks()

    /// - Parameter facetIndex: answer filters from the in-memory facet index (the default); false answers
    ///   every query in SQL (tests compare the two).
    public init(path: String, facetIndex: Bool = true) throws {
        indexUnavailable = !facetIndex
        let folder = (path as NSString).deletingLastPathComponent
        do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
            throw RostrumError.libraryFolder(path: folder, reason: StorageProblem.describe(error))
        }
        var config = Configuration()
        config.busyMode = .timeout(10)  // the window and the tool may write one library at once
        // Two processes making a new library at once: turning it to WAL can fail busy at once (SQLite does
        // not wait when waiting could deadlock), so the open is tried again for as long as a write may wait.
        pool = try LibrarySchema.retryingWhileBusy { try DatabasePool(path: path, configuration: config) }
        self.path = path
        createdLibrary = try LibrarySchema.migrate(pool)
        // The writer's connection leaves checkpoints to `checkpointer` (each one syncs the file, and the
        // writer waiting for those syncs was a fifth of a 106,000-statement import), keeping its own only
        // as a backstop at 400 MB of WAL; and it has a 32 MB page cache rather than 2 (a statement's rows
        // land on random pages of the id indexes: at 106,000 statements the misses doubled the import's
        // system time; 64 MB gained nothing more). Synchronous stays NORMAL: a kill or a crash loses no
        // committed batch; only a power cut may lose the last ones, never the library.
        checkpointer = Checkpointer(path: path)
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 100000")
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
    }

    static let heavyWriteBytes = 4 << 20

    /// SQLite's page caches (32 MB for the writer) filled by a text of megabytes, given back.
    public func releaseMemory() { pool.releaseMemory() }

    public func fingerprints(of paths: [String]) throws -> [String: FileFingerprint] {
        guard !paths.isEmpty else { return [:] }
        return try read { db in
            var found: [String: FileFingerprint] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql:
                    "SELECT path, size, modified FROM source_file "
                    + "WHERE path IN (\(paths.map { _ in "?" }.joined(separator: ",")))",
                arguments: StatementArguments(paths))
            while let row = try rows.next() {
                let path: String = row[0]
                found[path] = FileFingerprint(path: path, size: row[1], modified: row[2])
            }
            return found
        }
    }

    public func insert(_ encoded: [EncodedStatement], sources: [SourceUpdate]) throws -> [InsertOutcome] {
        let now = ISO8601DateFormatter().string(from: Date())
        let statements = encoded.map(\.statement)
        defer { checkpointer.wrote() }
        // A text of megabytes is written as overflow pages, which would fill the 32 MB page cache (kept for
        // a corpus's many small rows) only to be spilled: a batch with one writes through a 2 MB cache.
        let heavy = encoded.contains { $0.document.utf8.count >= Self.heavyWriteBytes }
        return try pool.write { db in
            if heavy { try db.execute(sql: "PRAGMA cache_size = -2048") }
            defer { if heavy { try? db.execute(sql: "PRAGMA cache_size = -32768") } }
            try db.execute(sql: "UPDATE library_version SET version = version + 1 WHERE id = 1")
            var orphans: [String: [CorrectionHeirs.Reading]] = [:]
            for source in sources where source.replacing {
                let keep = statements.filter { $0.source.path == source.fingerprint.path }.map(\.id.rawValue)
                let placeholders = keep.map { _ in "?" }.joined(separator: ",")
                let which = "source_path = ?" + (keep.isEmpty ? "" : " AND id NOT IN (\(placeholders))")
                let arguments = StatementArguments([source.fingerprint.path] + keep)
                orphans[source.fingerprint.path] = try Self.correctedStatementsLost(
                    from: source.fingerprint.path, keeping: keep, in: db)
                try Self.unindexEchoes(ofStatementsWhere: which, arguments, in: db)
                try db.execute(sql: "DELETE FROM statement WHERE " + which, arguments: arguments)
            }
            let positions = try Self.sourcePositions(of: statements, sources: sources, in: db)
            var counts: [String: Int] = [:]
            for s in statements { if let path = s.source.path { counts[path, default: 0] += 1 } }
            for source in sources {
                try db.cachedStatement(
                    sql: "INSERT OR REPLACE INTO source_file (path, size, modified, statements) VALUES (?, ?, ?, ?)"
                ).execute(
                    arguments: [
                        source.fingerprint.path, source.fingerprint.size, source.fingerprint.modified,
                        counts[source.fingerprint.path] ?? 0,
                    ])
            }
            let outcomes = try zip(encoded, positions).map { item, position -> InsertOutcome in
                let s = item.statement
                let document = item.document
                // Cached statements: preparing each SQL again for every statement was a tenth of the writer's
                // time. A statement already there (the same text) is left as it is.
                try db.cachedStatement(
                    sql: """
                        INSERT INTO statement (id, title, display_title, date_iso, date_first, date_last,
                        date_precision, date_inferred,
                          speaker, role, country, forum, meeting_type, agenda, kind, publisher, url, source_path,
                          family, language,
                          imported_at, meeting_symbol, words, source_position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(id) DO NOTHING
                        """
                ).execute(arguments: [
                    s.id.rawValue, s.title?.value, item.displayTitle, s.date?.value.iso, s.date?.value.firstDay,
                    s.date?.value.lastDay,
                    s.date?.value.precision.rawValue, s.date?.provenance.isInferred ?? false,
                    s.speaker?.value, s.role?.value, s.country?.value, s.forum?.value, s.meetingType?.value,
                    s.agenda?.value,
                    s.kind?.value, s.source.publisher?.value, s.source.url?.value, s.source.path, s.source.family,
                    s.language?.value,
                    now, s.meetingSymbol?.value, item.words, position,
                ])
                guard db.changesCount > 0 else {
                    // Kept through a change of its file: its place in the file may have moved.
                    if let path = s.source.path, orphans[path] != nil {
                        try db.execute(
                            sql: "UPDATE statement SET source_position = ? WHERE id = ? AND source_path = ?",
                            arguments: [position, s.id.rawValue, path])
                    }
                    return .alreadyPresent
                }
                let rowid = db.lastInsertedRowID
                try db.cachedStatement(
                    sql: "INSERT INTO statement_text (id, title, body, document) VALUES (?, ?, ?, ?)"
                ).execute(
                    arguments: [rowid, s.title?.value, item.body, document])
                for t in s.themes {
                    try db.cachedStatement(
                        sql: "INSERT INTO statement_theme (statement_id, theme, count) VALUES (?, ?, ?)"
                    ).execute(
                        arguments: [s.id.rawValue, t.theme, t.count])
                }
                try Self.storeSituations(s.situations ?? [], ofRow: rowid, in: db)
                try db.cachedStatement(sql: "INSERT INTO statement_echo_prints (statement_rowid, prints) VALUES (?, ?)")
                    .execute(arguments: [rowid, EchoPrints.encode(item.echoPrints)])
                for m in s.mentions {
                    try db.cachedStatement(
                        sql: "INSERT INTO statement_mention (statement_id, name, kind, count) VALUES (?, ?, ?, ?)"
                    ).execute(
                        arguments: [s.id.rawValue, m.name, m.kind.rawValue, m.count])
                }
                try linkVersions(of: s, body: item.body, in: db)
                return .inserted
            }
            try Self.reapplyCorrections(encoded, outcomes, positions, orphans: orphans, in: db)
            return outcomes
        }
    }

    /// Each statement's place among those its file gives, in reading order. A file's statements may span
    /// batches (a large table): a batch that does not start the file goes on from the places stored.
    static func sourcePositions(
        of statements: [Statement], sources: [SourceUpdate], in db: Database
    ) throws -> [Int?] {
        let starting = Set(sources.map(\.fingerprint.path))
        var next: [String: Int] = [:]
        return try statements.map { s -> Int? in
            guard let path = s.source.path else { return nil }
            if next[path] == nil {
                next[path] =
                    starting.contains(path)
                    ? 0
                    : try Int.fetchOne(
                        db, sql: "SELECT MAX(source_position) + 1 FROM statement WHERE source_path = ?",
                        arguments: [path]) ?? 0
            }
            defer { next[path]! += 1 }
            return next[path]
        }
    }

    /// The user's corrections applied to what a batch newly stored: those of statements a changed file
    /// now gives in another text, carried to their new reading (`CorrectionHeirs`), and any kept by id.
    private static func reapplyCorrections(
        _ encoded: [EncodedStatement], _ outcomes: [InsertOutcome], _ positions: [Int?],
        orphans: [String: [CorrectionHeirs.Reading]], in db: Database
    ) throws {
        var inserted: [String] = []
        var read: [String: [CorrectionHeirs.Reading]] = [:]
        for (i, item) in encoded.enumerated() where outcomes[i] == .inserted {
            let id = item.statement.id.rawValue
            inserted.append(id)
            if let path = item.statement.source.path, orphans[path]?.isEmpty == false {
                read[path, default: []].append(.init(id: id, position: positions[i], body: item.body))
            }
        }
        for (path, lost) in orphans where !lost.isEmpty {
            try carryCorrections(of: lost, to: read[path] ?? [], in: db)
        }
        for id in try corrected(among: inserted, in: db) { try reapplyCorrections(of: id, in: db) }
    }

    /// Files the statement stored as row `rowid` under its situations.
    static func storeSituations(_ list: [SituationMatch], ofRow rowid: Int64, in db: Database) throws {
        for m in list {
            try db.cachedStatement(
                sql: """
                    INSERT OR REPLACE INTO statement_situation (statement_rowid, situation, rule, confidence, evidence,
                    reason)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                rowid, m.name, m.provenance.rule, m.provenance.confidence,
                m.provenance.evidence, m.provenance.reason,
            ])
        }
    }

    /// Links a new statement to others by the same speaker within three days that quote the same
    /// sentences: a wire story and the mission's text of one speech. Only those few candidates are
    /// compared, so this costs little even in a large library.
    private func linkVersions(of s: Statement, body: String, in db: Database) throws {
        guard let speaker = s.speaker?.value, let date = s.date?.value, date.precision == .day,
            let day = DayNumber.of(iso: date.firstDay)
        else { return }
        // A research corpus records each speech once, so two of its speeches are never versions of one
        // another: only other sources are compared (at 106,000 Council speeches, comparing each with the same
        // speaker's others of that week was a twentieth of the import's work, and never linked two of them).
        let ownCorpus = s.source.isResearchCorpus ? s.source.family : ""
        let candidates = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT s.id, s.rowid FROM statement s
                    WHERE s.speaker = ? AND s.date_first BETWEEN ? AND ? AND s.date_precision = 'day' AND s.id <> ?
                    AND s.family <> ?
                    """),
            arguments: [speaker, DayNumber.iso(day - 3), DayNumber.iso(day + 3), s.id.rawValue, ownCorpus])
        guard !candidates.isEmpty else { return }
        let mine = Shingles.of(body)
        recentShingles.keep(mine, for: s.id.rawValue)
        for row in candidates {
            let other: String = row[0]
            let theirs = try recentShingles.shingles(of: other) {
                Shingles.of(
                    try String.fetchOne(
                        db.cachedStatement(sql: "SELECT body FROM statement_text WHERE id = ?"),
                        arguments: [row[1] as Int64]) ?? "")
            }
            let shared = mine.intersection(theirs).count
            guard shared >= 2 else { continue }
            for (a, b) in [(s.id.rawValue, other), (other, s.id.rawValue)] {
                try db.cachedStatement(
                    sql: "INSERT OR REPLACE INTO statement_link (a, b, kind, shared) VALUES (?, ?, 'same speech', ?)"
                ).execute(arguments: [a, b, shared])
            }
        }
    }

    /// Shingles of statements compared lately, by id: an import meets the same speaker's statements of
    /// nearby days again and again. Touched only inside writes, which GRDB runs one at a time.
    private let recentShingles = ShingleCache(capacity: 1000)

    public func links(of id: StatementID) throws -> [StatementLink] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.display_title, s.date_iso, s.date_inferred, s.speaker, s.forum, s.country, s.kind,
                    l.shared, s.publisher
                    FROM statement_link l JOIN statement s ON s.id = l.b WHERE l.a = ? ORDER BY s.date_first
                    """, arguments: [id.rawValue]
            ).map { row in
                StatementLink(
                    other: StatementSummary(
                        id: StatementID(row[0]), title: row[1],
                        date: (row[2] as String?).flatMap(StatementDate.init(iso:)),
                        dateInferred: row[3], speaker: row[4], forum: row[5], country: row[6], kind: row[7]),
                    sharedPassages: row[8], publisher: row[9])
            }
        }
    }

    public func statement(id: StatementID) throws -> Statement? {
        try read { db in
            guard let stored = try StoredStatement.load(id, in: db) else { return nil }
            var s = stored.statement
            // Stored before situations were kept in documents: the table has them (`assignSituations`).
            if s.situations == nil { s.situations = try Self.storedSituations(ofRow: stored.rowid, in: db) }
            return s
        }
    }

    public func resolve(idPrefix: String) throws -> StatementID {
        let prefix = idPrefix.lowercased().filter { $0.isHexDigit }
        guard !prefix.isEmpty else { throw RostrumError.notFound(idPrefix) }
        let ids = try read { db in
            try String.fetchAll(
                db, sql: "SELECT id FROM statement WHERE id >= ? AND id < ? LIMIT 2", arguments: [prefix, prefix + "g"])
        }
        guard let first = ids.first else { throw RostrumError.notFound(idPrefix) }
        guard ids.count == 1 else { throw RostrumError.ambiguousID(idPrefix, matches: ids.count) }
        return StatementID(first)
    }

    public func totalCount() throws -> Int {
        try read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM statement") ?? 0 }
    }

    /// The facet index at the library's current version (rebuilt after any write), or nil to use SQL.
    func withIndex<T>(
        _ filter: StatementFilter, _ body: (FacetIndex, FacetIndex.Compiled) throws -> T
    ) throws -> T? {
        let text = try filter.text.map { $0.trimmed }.flatMap { $0.isEmpty ? nil : try FullTextQuery.prepare($0) }
        return try run(filter) { db -> T? in
            let version = try Int64.fetchOne(db, sql: "SELECT version FROM library_version") ?? 0
            indexLock.lock()
            defer { indexLock.unlock() }
            if indexUnavailable { return nil }
            if index?.version != version {
                if let cached = try FacetIndex.cached(db: db, version: version) {
                    index = cached
                } else {
                    index = try FacetIndex(db: db, version: version)
                    guard let built = index else {
                        indexUnavailable = true
                        return nil
                    }
                    keep(built)
                }
            }
            var rows: Set<Int64>?
            if let text {
                if let cached = lastSearch, cached.query == text, cached.version == version {
                    rows = cached.rows
                } else {
                    rows = Set(
                        try Int64.fetchAll(
                            db, sql: "SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?", arguments: [text]))
                    lastSearch = (text, version, rows!)
                }
            }
            // "Just imported" narrows like a search: to the rows stored since the moment.
            if let since = filter.importedSince {
                let recent = Set(
                    try Int64.fetchAll(
                        db, sql: "SELECT rowid FROM statement WHERE imported_at >= ?", arguments: [since]))
                rows = rows.map { $0.intersection(recent) } ?? recent
            }
            return try body(index!, index!.compile(filter, textRows: rows))
        }
    }

    /// Stores a freshly built index for the next start, in the background and only if no write came
    /// meanwhile; a failure costs only a rebuild next time.
    private func keep(_ built: FacetIndex) {
        let pool = self.pool
        DispatchQueue.global(qos: .utility).async { try? Self.store(built, in: pool) }
    }

    /// Stores the index now (after an import, so the next start finds it).
    func keepIndexNow() throws {
        indexLock.lock()
        let built = index
        indexLock.unlock()
        if let built { try Self.store(built, in: pool) }
    }

    private static func store(_ built: FacetIndex, in pool: DatabasePool) throws {
        try pool.write { db in
            guard try Int64.fetchOne(db, sql: "SELECT version FROM library_version") == built.version,
                try Int64.fetchOne(db, sql: "SELECT version FROM facet_index_cache") != built.version
            else { return }
            try built.store(in: db)
        }
    }

    public func count(_ filter: StatementFilter) throws -> Int {
        if let n = try withIndex(filter, { index, c in index.count(c) }) { return n }
        let w = try FilterSQL(filter)
        return try run(filter) { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM statement s WHERE \(w.sql)", arguments: w.arguments) ?? 0
        }
    }

    public func page(
        _ filter: StatementFilter, sort: StatementSort, offset: Int, limit: Int
    ) throws -> [StatementSummary] {
        if sort == .relevance, filter.text?.trimmed.isEmpty == false {
            return try summaries(Array(ids(filter, sort: .relevance).dropFirst(offset).prefix(limit)))
        }
        if let ids = try withIndex(filter, { index, c in index.page(c, sort: sort, offset: offset, limit: limit) }) {
            return try summaries(ids)
        }
        let w = try FilterSQL(filter)
        let order =
            sort != .dateDescending
            ? "s.date_first IS NULL, s.date_first ASC, s.id" : "s.date_first IS NULL, s.date_first DESC, s.id"
        return try run(filter) { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.id, s.display_title, s.date_iso, s.date_inferred, s.speaker, s.forum, s.country, s.kind
                    FROM statement s WHERE \(w.sql) ORDER BY \(order) LIMIT ? OFFSET ?
                    """, arguments: w.arguments + [limit, offset]
            ).map { row in
                StatementSummary(
                    id: StatementID(row[0]), title: row[1], date: (row[2] as String?).flatMap(StatementDate.init(iso:)),
                    dateInferred: row[3], speaker: row[4], forum: row[5], country: row[6], kind: row[7])
            }
        }
    }

    public func ids(_ filter: StatementFilter, sort: StatementSort) throws -> [StatementID] {
        if let ids = try withIndex(filter, { index, c in index.ids(c, sort: sort) }) {
            return try ordered(ids, filter, sort)
        }
        let w = try FilterSQL(filter)
        let order =
            sort != .dateDescending
            ? "s.date_first IS NULL, s.date_first ASC, s.id" : "s.date_first IS NULL, s.date_first DESC, s.id"
        let ids = try run(filter) { db in
            try String.fetchAll(
                db, sql: "SELECT s.id FROM statement s WHERE \(w.sql) ORDER BY \(order)", arguments: w.arguments
            ).map { StatementID($0) }
        }
        return try ordered(ids, filter, sort)
    }

    public func snapshot(
        _ filter: StatementFilter, granularity: TimelineGranularity, sort: StatementSort
    ) throws -> FilterSnapshot {
        if let snapshot = try withIndex(
            filter,
            { index, c -> FilterSnapshot in
                let pass = index.snapshot(c, granularity: granularity, positions: true)
                return FilterSnapshot(
                    count: pass.count, facets: pass.facets, bins: pass.bins,
                    ids: index.ids(ofPositions: index.order(pass.positions, sort)))
            })
        {
            var ranked = snapshot
            ranked.ids = try ordered(snapshot.ids, filter, sort)
            return ranked
        }
        var facets: [Facet: [FacetCount]] = [:]
        for facet in Facet.allCases { facets[facet] = try facetCounts(facet, filter: filter) }
        return FilterSnapshot(
            count: try count(filter), facets: facets, bins: try timeline(filter, granularity: granularity),
            ids: try ids(filter, sort: sort))
    }

    /// List rows for ids, in the order given; read in slices to keep SQL variables few.
    public func summaries(_ ids: [StatementID]) throws -> [StatementSummary] {
        guard !ids.isEmpty else { return [] }
        var byID: [String: StatementSummary] = [:]
        try read { db in
            for slice in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                let marks = slice.map { _ in "?" }.joined(separator: ",")
                for row in try Row.fetchAll(
                    db,
                    sql: """
                        SELECT id, display_title, date_iso, date_inferred, speaker, forum, country, kind FROM statement
                        WHERE id IN (\(marks))
                        """, arguments: StatementArguments(slice.map(\.rawValue)))
                {
                    byID[row[0]] = StatementSummary(
                        id: StatementID(row[0]), title: row[1],
                        date: (row[2] as String?).flatMap(StatementDate.init(iso:)),
                        dateInferred: row[3], speaker: row[4], forum: row[5], country: row[6], kind: row[7])
                }
            }
        }
        return ids.compactMap { byID[$0.rawValue] }
    }

    public func facetCounts(_ facet: Facet, filter: StatementFilter) throws -> [FacetCount] {
        if let counts = try withIndex(filter, { index, c in index.facetCounts(facet, c) }) { return counts }
        var scope = filter
        if facet != .theme { scope.setValues([], of: facet) }
        if facet == .situation {
            let w = try FilterSQL(scope)
            return try run(filter) { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT t.situation, COUNT(*) AS n FROM statement_situation t JOIN statement s ON s.rowid =
                        t.statement_rowid
                        WHERE \(w.sql) GROUP BY t.situation ORDER BY n DESC, 1 ASC
                        """, arguments: w.arguments
                ).map { FacetCount(value: $0[0], count: $0[1]) }
            }
        }
        let w = try FilterSQL(scope)
        let sql: String
        if facet == .theme && scope.isThemesOnly {
            // Only themes chosen: the theme table alone answers, without touching statement rows.
            let chosen = scope.themes.sorted()
            let inner = chosen.map { _ in "t.statement_id IN (SELECT statement_id FROM statement_theme WHERE theme = ?)"
            }
            sql =
                "SELECT t.theme, COUNT(*) AS n FROM statement_theme t "
                    + "WHERE \(inner.isEmpty ? "1" : inner.joined(separator: " AND ")) GROUP BY t.theme"
            return try run(filter) { db in
                try Row.fetchAll(db, sql: sql + " ORDER BY n DESC, 1 ASC", arguments: StatementArguments(chosen)).map {
                    FacetCount(value: $0[0], count: $0[1])
                }
            }
        } else if facet == .theme {
            sql =
                "SELECT t.theme, COUNT(*) AS n FROM statement_theme t JOIN statement s ON s.id = t.statement_id "
                    + "WHERE \(w.sql) GROUP BY t.theme"
        } else {
            let column = FilterSQL.column(facet)
            sql =
                "SELECT s.\(column), COUNT(*) AS n FROM statement s "
                    + "WHERE \(w.sql) AND s.\(column) IS NOT NULL GROUP BY s.\(column)"
        }
        return try run(filter) { db in
            try Row.fetchAll(db, sql: sql + " ORDER BY n DESC, 1 ASC", arguments: w.arguments).map {
                FacetCount(value: $0[0], count: $0[1])
            }
        }
    }

    public func timeline(_ filter: StatementFilter, granularity: TimelineGranularity) throws -> [TimelineBin] {
        if let bins = try withIndex(filter, { index, c in index.timeline(c, granularity: granularity) }) { return bins }
        let w = try FilterSQL(filter)
        // A date less precise than the bins keys a bin of its own precision ("2023" among months).
        let own = "CASE s.date_precision WHEN 'year' THEN 4 WHEN 'month' THEN 7 ELSE 10 END"
        let n = "min(\(granularity.prefixLength), \(own))"
        let coarser = "\(own) < \(granularity.prefixLength)"
        return try run(filter) { db in
            var bins: [String: TimelineBin] = [:]
            var order: [String] = []
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT substr(s.date_first, 1, \(n)) AS bin, COUNT(*), SUM(s.date_inferred), SUM(\(coarser))
                    FROM statement s WHERE \(w.sql) AND s.date_first IS NOT NULL GROUP BY bin ORDER BY bin
                    """, arguments: w.arguments)
            {
                let key: String = row[0]
                bins[key] = TimelineBin(key: key, count: row[1], inferred: row[2], imprecise: row[3], themes: [:])
                order.append(key)
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT substr(s.date_first, 1, \(n)) AS bin, t.theme, COUNT(*) FROM statement s
                    JOIN statement_theme t ON t.statement_id = s.id WHERE \(w.sql) AND s.date_first IS NOT NULL
                    GROUP BY bin, t.theme
                    """, arguments: w.arguments)
            {
                bins[row[0] as String]?.themes[row[1]] = row[2]
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT substr(s.date_first, 1, \(n)) AS bin, t.situation, COUNT(*) FROM statement s
                    JOIN statement_situation t ON t.statement_rowid = s.rowid WHERE \(w.sql) AND
                    s.date_first IS NOT NULL
                    GROUP BY bin, t.situation
                    """, arguments: w.arguments)
            {
                bins[row[0] as String]?.situations[row[1]] = row[2]
            }
            return order.compactMap { bins[$0] }
        }
    }

    /// Runs a read, turning an FTS5 error that slipped past `FullTextQuery` into a plain sentence (not
    /// "fts5: syntax error near ...").
    private func run<T>(_ filter: StatementFilter, _ body: (Database) throws -> T) throws -> T {
        do { return try read(body) } catch let error as DatabaseError where error.message?.contains("fts5") == true
        {
            throw RostrumError.invalidSearch(
                query: filter.text ?? "", reason: Self.plainReason(fts5: error.message ?? ""))
        }
    }

    /// FTS5's message in words: "fts5: syntax error near \")\"" becomes "it could not be read near “)”".
    static func plainReason(fts5 message: String) -> String {
        if let near = message.range(of: "syntax error near ") {
            let token = message[near.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return token.isEmpty ? "it could not be read" : "it could not be read near “\(token.prefix(20))”"
        }
        return "the search engine could not read it"
    }
}

/// A filter as an SQL condition over `statement s`, with its arguments.
struct FilterSQL {
    var sql: String
    var arguments: StatementArguments

    static func column(_ facet: Facet) -> String {
        switch facet {
        case .forum: return "forum"
        case .speaker: return "speaker"
        case .country: return "country"
        case .kind: return "kind"
        case .theme: return "theme"
        case .situation: return "situation"
        }
    }

    init(_ filter: StatementFilter) throws {
        var parts = ["1"]
        var args: [any DatabaseValueConvertible] = []
        for facet in [Facet.forum, .speaker, .country, .kind] {
            let values = filter.values(of: facet).sorted()
            guard !values.isEmpty else { continue }
            parts.append("s.\(FilterSQL.column(facet)) IN (\(values.map { _ in "?" }.joined(separator: ",")))")
            args += values
        }
        // "IN (subquery)" lets SQLite look up just the statements that carry the theme, by key, instead of
        // testing every statement row (which is large: it holds the text).
        for theme in filter.themes.sorted() {
            parts.append("s.id IN (SELECT statement_id FROM statement_theme WHERE theme = ?)")
            args.append(theme)
        }
        if !filter.situations.isEmpty {
            let marks = filter.situations.map { _ in "?" }.joined(separator: ",")
            parts.append("s.rowid IN (SELECT statement_rowid FROM statement_situation WHERE situation IN (\(marks)))")
            args += filter.situations.sorted()
        }
        if filter.undated { parts.append("s.date_first IS NULL") }
        if let since = filter.importedSince {
            parts.append("s.imported_at >= ?")
            args.append(since)
        }
        if let from = filter.from {
            parts.append("s.date_last >= ?")
            args.append(from)
        }
        if let to = filter.to {
            parts.append("s.date_first <= ?")
            args.append(to)
        }
        if let text = filter.text?.trimmed, !text.isEmpty {
            parts.append("s.rowid IN (SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?)")
            args.append(try FullTextQuery.prepare(text))
        }
        sql = parts.joined(separator: " AND ")
        arguments = StatementArguments(args)
    }
}

/// A bounded memory of shingle sets (about 600 hashes a statement), the oldest forgotten first.
final class ShingleCache: @unchecked Sendable {  // used by one writer at a time
    private var sets: [String: Set<UInt64>] = [:]
    private var order: [String] = []
    private var oldest = 0
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func keep(_ shingles: Set<UInt64>, for id: String) {
        guard sets.updateValue(shingles, forKey: id) == nil else { return }
        order.append(id)
        if order.count - oldest > capacity {
            sets[order[oldest]] = nil
            oldest += 1
        }
        if oldest > capacity {
            order.removeFirst(oldest)
            oldest = 0
        }
    }

    func shingles(of id: String, make: () throws -> Set<UInt64>) rethrows -> Set<UInt64> {
        if let known = sets[id] { return known }
        let made = try make()
        keep(made, for: id)
        return made
    }
}

/// Moves the WAL's pages into the library file on a connection and a queue of its own, after every few
/// batches, so the writer never stops for the file sync a checkpoint ends with. A passive checkpoint
/// takes no lock a writer or a reader needs; one that fails is simply tried again later.
final class Checkpointer: @unchecked Sendable {  // state guarded by lock
    private let path: String
    private let queue = DispatchQueue(label: "io.github.rostrum.checkpoint", qos: .utility)
    private let lock = NSLock()
    private var connection: DatabaseQueue?
    private var running = false
    private var writes = 0
    /// Checkpoints that ran to the end: a failure is otherwise silent (the writer's backstop covers it),
    /// so the tests count these.
    private var finished = 0
    var completed: Int {
        lock.lock()
        defer { lock.unlock() }
        return finished
    }
    /// About 40 MB of WAL at an import's batch size.
    private let writesPerCheckpoint = 8

    init(path: String) { self.path = path }

    /// Waits until a checkpoint under way has finished.
    func waitUntilIdle() { queue.sync {} }

    func wrote() {
        lock.lock()
        writes += 1
        guard writes >= writesPerCheckpoint, !running else {
            lock.unlock()
            return
        }
        writes = 0
        running = true
        lock.unlock()
        queue.async { [self] in
            do {
                if connection == nil { connection = try DatabaseQueue(path: path) }
                try connection?.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
                lock.lock()
                finished += 1
                lock.unlock()
            } catch {
                // Busy or closed: the next write asks again, and the writer's own checkpoint is the backstop.
            }
            lock.lock()
            running = false
            lock.unlock()
        }
    }
}
