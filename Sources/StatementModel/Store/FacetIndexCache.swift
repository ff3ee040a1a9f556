import Foundation
import GRDB

/// The facet index kept in the library file, so a start reads a few megabytes instead of rebuilding
/// it from every statement and theme row. It is only used for the library version it was built from:
/// any write bumps the version, and the next reader rebuilds and stores it again.
extension FacetIndex {
    /// Bumped when `Entry`'s layout or the encoding changes: an old cache is then ignored.
    static let cacheFormat: Int64 = 3

    /// Reads the cached index for `version`, or nil when there is none for it (or it cannot be read).
    static func cached(db: Database, version: Int64) throws -> FacetIndex? {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT format, stride, entries, ids, names FROM facet_index_cache WHERE version = ?",
                arguments: [version]),
            row["format"] as Int64 == cacheFormat, row["stride"] as Int == MemoryLayout<Entry>.stride,
            let entryBytes = row["entries"] as Data?, let idText = row["ids"] as String?,
            let nameData = row["names"] as Data?,
            let names = try? JSONDecoder().decode([String: [String]].self, from: nameData)
        else { return nil }
        let count = entryBytes.count / MemoryLayout<Entry>.stride
        let entries = entryBytes.withUnsafeBytes { raw in Array(raw.bindMemory(to: Entry.self).prefix(count)) }
        let ids = idText.split(separator: "\n", omittingEmptySubsequences: false).map { StatementID(String($0)) }
        guard ids.count == entries.count else { return nil }
        return FacetIndex(version: version, entries: entries, ids: ids, names: names)
    }

    /// Stores this index for its version, replacing any other.
    func store(in db: Database) throws {
        let entryBytes = entries.withUnsafeBufferPointer { Data(buffer: $0) }
        var named: [String: [String]] = ["theme": themeNames, "situation": situationNames]
        for facet in [Facet.forum, .speaker, .country, .kind] { named[facet.rawValue] = names[facet] ?? [] }
        try db.execute(sql: "DELETE FROM facet_index_cache")
        try db.execute(
            sql:
                "INSERT INTO facet_index_cache (version, format, stride, entries, ids, names) "
                    + "VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [
                version, Self.cacheFormat, MemoryLayout<Entry>.stride, entryBytes,
                ids.map(\.rawValue).joined(separator: "\n"), try JSONEncoder().encode(named),
            ])
    }
}

extension SQLiteStatementStore {
    /// Brings the echo index up to date, then builds the facet index for the library as it is now and stores
    /// it, unless it is stored already. One after the other: built side by side (a core each), the end of a
    /// 106,000-statement import took 3 s less but peaked at 313 MB, over issue 12's 300; one at a time it
    /// peaks at 276.
    public func prepareForReading() throws {
        try catchUpEchoIndex()
        guard try cachedIndexVersion() != libraryVersion() else { return }
        _ = try count(StatementFilter())  // builds the index in memory (and starts keeping it)
        try keepIndexNow()
    }

    /// The library version the stored facet index was built for, if one is stored.
    func cachedIndexVersion() throws -> Int64? {
        try pool.read { try Int64.fetchOne($0, sql: "SELECT version FROM facet_index_cache") }
    }

    /// A number every write to the library moves on: a figure made from it can name the library as it was.
    public func libraryVersion() throws -> Int64 {
        try pool.read { try Int64.fetchOne($0, sql: "SELECT version FROM library_version") ?? 0 }
    }
}
