import Foundation
import XCTest

@testable import RostrumViewModel
@testable import StatementModel

/// The list's rows are read off the main thread: a row not read yet says "Loading…" (never its id), its block
/// is read once however often it is drawn, the next block is read ahead, and a block read for an older list
/// is dropped.
final class RowCacheTests: XCTestCase, @unchecked Sendable {
    func testRowsAreReadInBlocksOffTheMainThreadAndTheListIsToldWhenTheyCome() throws {
        try MainActor.assumeIsolated {
            let (library, dir) = try TestLibrary.empty()
            _ = try CorpusGenerator(count: 450, seed: 5, layout: .unsc, reference: library.reader.reference)
                .write(to: dir.appendingPathComponent("corpus"))
            _ = library.importFiles([dir.appendingPathComponent("corpus")])
            let ids = try library.store.ids(StatementFilter(), sort: .dateAscending)
            XCTAssertEqual(ids.count, 450)
            let held = HeldScheduler()
            let cache = RowCache(store: library.store, scheduler: held)
            var told = 0
            cache.onLoaded = { told += 1 }

            XCTAssertEqual(cache.summary(at: 10, in: ids).title, "Loading…", "nothing read yet: the row waits")
            XCTAssertEqual(cache.summary(at: 11, in: ids).title, "Loading…")
            XCTAssertEqual(held.pending, 1, "one read for the block, however many of its rows are drawn")
            held.runAll()
            XCTAssertEqual(told, 1, "the list is told once the block is read")
            let title = try XCTUnwrap(library.store.summaries([ids[10]]).first?.title)
            XCTAssertEqual(cache.summary(at: 10, in: ids).title, title)
            XCTAssertEqual(held.pending, 0, "a row read is not asked for again")

            // Near the end of its block, the next block is read ahead.
            _ = cache.summary(at: RowCache.block - 10, in: ids)
            XCTAssertEqual(held.pending, 1)
            held.runAll()
            let ahead = cache.summary(at: RowCache.block + 5, in: ids).title
            XCTAssertNotEqual(ahead, "Loading…", "read before it was drawn")

            // A block asked for the list before a change (a new search, another library version) is not used.
            _ = cache.summary(at: 420, in: ids)
            cache.clear()
            held.runAll()
            XCTAssertEqual(told, 2, "the late block of the older list is dropped")
            XCTAssertEqual(cache.summary(at: 420, in: ids).title, "Loading…")
            held.runAll()
            XCTAssertNotEqual(cache.summary(at: 420, in: ids).title, "Loading…")
        }
    }
}
