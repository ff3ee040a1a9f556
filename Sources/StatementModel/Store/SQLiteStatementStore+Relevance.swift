import GRDB

/// What a search says beyond which statements match: how well each matches (FTS5's bm25, a title's words
/// weighing more than the body's) and the words around its first hit, for the list's rows.
extension SQLiteStatementStore {
    /// Marks around the hit in a snippet: control characters no text keeps (the decoder drops them).
    public static let snippetHitStart = "\u{2}"
    public static let snippetHitEnd = "\u{3}"

    public func rankedIDs(matching search: String) throws -> [StatementID] {
        let query = try FullTextQuery.prepare(search)
        let ids: [String] = try read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT s.id FROM statement_fts f JOIN statement s ON s.rowid = f.rowid
                    WHERE statement_fts MATCH ? ORDER BY bm25(statement_fts, 3.0, 1.0), s.date_first DESC, s.id
                    """, arguments: [query])
        }
        return ids.map { StatementID($0) }
    }

    public func snippets(of ids: [StatementID], matching search: String) throws -> [StatementID: String] {
        guard !ids.isEmpty else { return [:] }
        let query = try FullTextQuery.prepare(search)
        var found: [StatementID: String] = [:]
        try read { db in
            for slice in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                let marks = slice.map { _ in "?" }.joined(separator: ",")
                // Column 1 is the body: the title is on the row already.
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT s.id, snippet(statement_fts, 1, ?, ?, '…', 12) FROM statement_fts f
                        JOIN statement s ON s.rowid = f.rowid WHERE statement_fts MATCH ? AND s.id IN (\(marks))
                        """,
                    arguments: StatementArguments(
                        [Self.snippetHitStart, Self.snippetHitEnd, query] + slice.map(\.rawValue)))
                for row in rows {
                    let text: String? = row[1]
                    if let text, text.contains(Self.snippetHitStart) { found[StatementID(row[0])] = text }
                }
            }
        }
        return found
    }

    /// `ids` in relevance order when the filter searches (those the ranking misses keep their place at the end).
    func ordered(_ ids: [StatementID], _ filter: StatementFilter, _ sort: StatementSort) throws -> [StatementID] {
        guard sort == .relevance, let text = filter.text?.trimmed, !text.isEmpty else { return ids }
        let rank = Dictionary(
            try rankedIDs(matching: text).enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.enumerated().sorted { a, b in
            (rank[a.element] ?? Int.max, a.offset) < (rank[b.element] ?? Int.max, b.offset)
        }.map(\.element)
    }
}
