import StatementModel
import Translations

/// The list's rows under the current filter: every id (cheap, even for 100,000), and the rows' details read
/// in blocks, off the main thread: a row not read yet shows "Loading…" and its block is asked for (and the
/// next one as the reader nears it), and `onLoaded` tells the list to fill its rows again when a block comes.
/// A list so scrolls through a whole corpus without reading it, and without the window waiting on the library.
package final class RowCache {
    package let store: any StatementStore
    private let scheduler: QueryScheduler
    private var loaded: [StatementID: StatementSummary] = [:]
    /// Blocks asked for and not come yet, by their first id (a block is asked for once).
    private var pending: Set<StatementID> = []
    /// Moved on by `clear()`: a block read for the list before it is dropped when it comes.
    private var generation = 0
    package static let block = 200
    /// The search on screen, if any: rows then carry the words around their first hit.
    package var search: String?
    package var onLoaded: () -> Void = {}

    package init(store: any StatementStore, scheduler: QueryScheduler = InlineScheduler()) {
        self.store = store
        self.scheduler = scheduler
    }

    package func summary(at position: Int, in ids: [StatementID]) -> StatementSummary {
        let id = ids[position]
        // Near the end of its block, the next is read ahead (and the one before near its start).
        let offset = position % Self.block
        if offset >= Self.block * 3 / 4 { ask(blockAt: position + Self.block, in: ids) }
        if offset < Self.block / 4 { ask(blockAt: position - Self.block, in: ids) }
        if let s = loaded[id] { return s }
        ask(blockAt: position, in: ids)
        return loaded[id] ?? Self.placeholder(id)  // read at once when the scheduler runs inline (tests, tools)
    }

    /// Reads the block holding `position` unless it is read or being read.
    private func ask(blockAt position: Int, in ids: [StatementID]) {
        guard position >= 0, position < ids.count else { return }
        let start = position / Self.block * Self.block
        let end = min(ids.count, start + Self.block)
        // Asked at every row shown: the block is copied only once it is to be read.
        let first = ids[start]
        guard loaded[first] == nil || loaded[ids[end - 1]] == nil, !pending.contains(first) else { return }
        let block = Array(ids[start..<end])
        pending.insert(first)
        let (store, search, generation) = (self.store, self.search, self.generation)
        scheduler.run(
            { () -> [StatementSummary] in
                let snippets = search.flatMap { try? store.snippets(of: block, matching: $0) } ?? [:]
                return ((try? store.summaries(block)) ?? []).map { s in
                    var s = s
                    s.snippet = snippets[s.id]
                    return s
                }
            },
            then: { [weak self] summaries in
                guard let self, generation == self.generation else { return }
                self.pending.remove(first)
                if self.loaded.count > 20_000 { self.loaded.removeAll(keepingCapacity: true) }
                for s in summaries { self.loaded[s.id] = s }
                // Nothing read (the library busy): the rows stay "Loading…" and are asked for at their next
                // showing; telling the list would make it ask again at once, and again.
                if !summaries.isEmpty { self.onLoaded() }
            })
    }

    /// A row whose statement is being read, or could not be read (the library busy, or the statement replaced
    /// by an import the list has not caught up with): never its id, which means nothing to a reader; asked for
    /// again next time.
    static func placeholder(_ id: StatementID) -> StatementSummary {
        StatementSummary(
            id: id, title: tr("Loading…"), date: nil, dateInferred: false, speaker: nil, forum: nil, country: nil,
            kind: nil)
    }

    package func clear() {
        loaded.removeAll()
        pending.removeAll()
        generation += 1
    }
}

/// The rows as a collection: indexing fetches on demand through the cache.
package struct RowList: RandomAccessCollection {
    package let ids: [StatementID]
    package let cache: RowCache
    package var startIndex: Int { 0 }
    package var endIndex: Int { ids.count }
    package subscript(position: Int) -> StatementSummary { cache.summary(at: position, in: ids) }
}
