import Foundation
import XCTest
@testable import StatementModel

/// The in-memory facet index must answer exactly as SQL does, for every kind of filter.
final class FacetIndexTests: XCTestCase {
    func testIndexAgreesWithSQL() throws {
        let dir = Fixture.tempDir()
        _ = try CorpusGenerator(count: 300, seed: 11, layout: .unsc, reference: Fixture.reference).write(to: dir.appendingPathComponent("corpus/unsc"))
        _ = try CorpusGenerator(count: 150, seed: 12, layout: .mixed, reference: Fixture.reference).write(to: dir.appendingPathComponent("corpus/mixed"))
        try FileManager.default.copyItem(at: Fixture.data, to: dir.appendingPathComponent("seeds"))
        let path = dir.appendingPathComponent("library.sqlite").path
        let indexed = StatementLibrary(store: try SQLiteStatementStore(path: path), reader: Fixture.reader)
        _ = indexed.importFiles([dir.appendingPathComponent("corpus"), dir.appendingPathComponent("seeds")])
        let sql = try SQLiteStatementStore(path: path, facetIndex: false)
        let store = indexed.store

        let countries = try sql.facetCounts(.country, filter: StatementFilter()).map(\.value)
        let themes = try sql.facetCounts(.theme, filter: StatementFilter()).map(\.value)
        XCTAssertGreaterThan(countries.count, 5)
        var filters = [StatementFilter(), StatementFilter(kinds: ["news report"]), StatementFilter(forums: ["Security Council"]),
                       StatementFilter(countries: [countries[0], countries[3]]), StatementFilter(themes: [themes[0]]),
                       StatementFilter(themes: [themes[0], themes[1]], kinds: ["speech"]), StatementFilter(from: "1990-01-01", to: "2005-06-30"),
                       StatementFilter(text: "sanctions"), StatementFilter(themes: [themes[2]], text: "\"collective security\" OR peacekeeping"),
                       StatementFilter(speakers: ["Zhang Jun"]), StatementFilter(themes: ["No such theme"]), StatementFilter(countries: ["Nowhere"])]
        filters.append(StatementFilter(countries: [countries[1]], from: "2000", to: "2023-12-31"))
        let situations = try sql.facetCounts(.situation, filter: StatementFilter()).map(\.value)
        XCTAssertGreaterThan(situations.count, 3, "the generated corpus's topics file speeches under situations")
        filters += [StatementFilter(situations: [situations[0]]), StatementFilter(kinds: ["speech"], situations: Set(situations.suffix(2))),
                    StatementFilter(themes: [themes[0]], situations: [situations[1]]), StatementFilter(situations: ["Nowhere"])]
        var undated = StatementFilter(kinds: ["speech"])
        undated.undated = true
        filters.append(undated)
        undated.kinds = []
        filters.append(undated)
        XCTAssertGreaterThan(try sql.count(undated), 0, "the generated corpus has undated texts")
        try compare(store, sql, filters)

        // The index built above is kept in the library; a new store (a new start) reads it back and
        // must answer the same.
        let cacheWritten = expectation(description: "facet index cache written")
        DispatchQueue.global().async {
            for _ in 0..<100 {
                if (try? sql.cachedIndexVersion()) != nil { cacheWritten.fulfill(); return }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        wait(for: [cacheWritten], timeout: 10)
        XCTAssertEqual(try sql.cachedIndexVersion(), try sql.libraryVersion())
        let version = try sql.libraryVersion()
        let readBack = try XCTUnwrap(try sql.pool.read { try FacetIndex.cached(db: $0, version: version) }, "the stored index reads back")
        XCTAssertEqual(readBack.ids, try sql.ids(StatementFilter(), sort: .dateAscending), "in list order, every statement")
        XCTAssertNil(try sql.pool.read { try FacetIndex.cached(db: $0, version: version + 1) }, "never for another version")
        try compare(try SQLiteStatementStore(path: path), sql, filters)
    }

    private func compare(_ store: any StatementStore, _ sql: SQLiteStatementStore, _ filters: [StatementFilter]) throws {
        for f in filters {
            XCTAssertEqual(try store.count(f), try sql.count(f), "count \(f)")
            for facet in Facet.allCases { XCTAssertEqual(try store.facetCounts(facet, filter: f), try sql.facetCounts(facet, filter: f), "\(facet) \(f)") }
            for g in TimelineGranularity.allCases { XCTAssertEqual(try store.timeline(f, granularity: g), try sql.timeline(f, granularity: g), "\(g) \(f)") }
            let a = try store.snapshot(f, granularity: .month, sort: .dateDescending), b = try sql.snapshot(f, granularity: .month, sort: .dateDescending)
            XCTAssertEqual(a.count, b.count, "snapshot count \(f)")
            XCTAssertEqual(a.facets, b.facets, "snapshot facets \(f)")
            XCTAssertEqual(a.bins, b.bins, "snapshot bins \(f)")
            XCTAssertEqual(a.ids, b.ids, "snapshot ids \(f)")
            for sort in [StatementSort.dateAscending, .dateDescending] {
                XCTAssertEqual(try store.ids(f, sort: sort), try sql.ids(f, sort: sort), "ids \(sort) \(f)")
                XCTAssertEqual(try store.page(f, sort: sort, offset: 3, limit: 50), try sql.page(f, sort: sort, offset: 3, limit: 50), "page \(sort) \(f)")
            }
        }
    }

    func testACachedIndexIsNotUsedAfterAWrite() throws {
        let dir = Fixture.tempDir()
        let path = dir.appendingPathComponent("library.sqlite").path
        let library = StatementLibrary(store: try SQLiteStatementStore(path: path), reader: Fixture.reader)
        _ = library.importFiles([Fixture.data])
        let store = try SQLiteStatementStore(path: path)
        XCTAssertEqual(try store.count(StatementFilter()), 2)
        let peacekeeping = try store.count(StatementFilter(themes: ["Peacekeeping"]))
        for _ in 0..<100 where (try? store.cachedIndexVersion()) == nil { Thread.sleep(forTimeInterval: 0.05) }
        let cachedAt = try XCTUnwrap(store.cachedIndexVersion())
        try "We support peacekeeping.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        _ = library.importFiles([dir.appendingPathComponent("a.txt")])
        XCTAssertGreaterThan(try store.libraryVersion(), cachedAt)
        // A new start after the write: the cache is for an older version, so the index is rebuilt.
        XCTAssertEqual(try SQLiteStatementStore(path: path).count(StatementFilter()), 3)
        XCTAssertEqual(try SQLiteStatementStore(path: path).count(StatementFilter(themes: ["Peacekeeping"])), peacekeeping + 1)
    }

    func testSummariesInTheOrderAsked() throws {
        let library = try Fixture.library()
        _ = library.importFiles([Fixture.data])
        let ids = try library.store.ids(StatementFilter(), sort: .dateDescending)
        XCTAssertEqual(try library.store.summaries(ids).map(\.id), ids)
        XCTAssertEqual(try library.store.summaries(ids.reversed()).map(\.id), ids.reversed())
    }

    func testAnotherWriterIsSeen() throws {
        let dir = Fixture.tempDir()
        let path = dir.appendingPathComponent("library.sqlite").path
        let window = try SQLiteStatementStore(path: path)
        XCTAssertEqual(try window.count(StatementFilter()), 0)
        // The tool writes the same library through its own store.
        let tool = StatementLibrary(store: try SQLiteStatementStore(path: path), reader: Fixture.reader)
        try "We support peacekeeping.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        _ = tool.importFiles([dir.appendingPathComponent("a.txt")])
        XCTAssertEqual(try window.count(StatementFilter(themes: ["Peacekeeping"])), 1, "the window's index follows the library's version")
    }
}
