import StatementModel

/// The list's rows under the current filter: every id (cheap, even for 100,000), and the rows' details
/// fetched in blocks around what is asked for, so a list scrolls through a whole corpus without reading it.
package final class RowCache {
    package let store: any StatementStore
    private var loaded: [StatementID: StatementSummary] = [:]
    package static let block = 200
    /// The search on screen, if any: rows then carry the words around their first hit.
    package var search: String?

    package init(store: any StatementStore) { self.store = store }

    package func summary(at position: Int, in ids: [StatementID]) -> StatementSummary {
        let id = ids[position]
        if let s = loaded[id] { return s }
        let start = max(0, position - Self.block / 4)
        let end = min(ids.count, start + Self.block)
        let missing = ids[start..<end].filter { loaded[$0] == nil }
        let snippets = search.flatMap { try? store.snippets(of: Array(missing), matching: $0) } ?? [:]
        for var s in (try? store.summaries(Array(missing))) ?? [] {
            s.snippet = snippets[s.id]
            loaded[s.id] = s
        }
        if loaded.count > 20_000 { loaded = loaded.filter { ids[start..<end].contains($0.key) } }
        return loaded[id] ?? Self.placeholder(id)
    }

    /// A row whose statement could not be read (the library busy, or the statement replaced by an import the
    /// list has not caught up with): never its id, which means nothing to a reader; asked for again next time.
    static func placeholder(_ id: StatementID) -> StatementSummary {
        StatementSummary(
            id: id, title: "Loading…", date: nil, dateInferred: false, speaker: nil, forum: nil, country: nil,
            kind: nil)
    }

    package func clear() { loaded.removeAll() }
}

/// The rows as a collection: indexing fetches on demand through the cache.
package struct RowList: RandomAccessCollection {
    package let ids: [StatementID]
    package let cache: RowCache
    package var startIndex: Int { 0 }
    package var endIndex: Int { ids.count }
    package subscript(position: Int) -> StatementSummary { cache.summary(at: position, in: ids) }
}
