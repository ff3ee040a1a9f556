import XCTest

@testable import StatementModel

#if canImport(Glibc)
    import Glibc
#endif

/// An import beside the window runs on threads of its own below the window's priority (issue 14). What it
/// stores must be what the tool's import stores, and its threads must really run at the lower priority.
final class ImportThreadsTests: XCTestCase {
    private static func niceOfThisThread() -> Int32 {
        getpriority(__priority_which_t(PRIO_PROCESS.rawValue), ImportThreads.threadID()!)
    }

    func testEveryIndexRunsOnceOnThreadsAtTheLowerPriority() {
        let mine = Self.niceOfThisThread()
        let seen = ParallelResults<Int32>(count: 200)
        ImportThreads.background.perform(iterations: 200) { i in
            seen[i] = (seen[i] ?? 0) + 1000 + Self.niceOfThisThread()
        }
        let expected = 1000 + min(19, mine + 10)
        XCTAssertEqual((0..<200).filter { seen[$0] == expected }.count, 200, "each index once, at nice \(mine + 10)")
        XCTAssertEqual(Self.niceOfThisThread(), mine, "the caller's own priority is untouched")
        // A chunk of one large file is read below the window's priority too.
        let one = ParallelResults<Int32>(count: 1)
        ImportThreads.background.perform(iterations: 1) { _ in one[0] = Self.niceOfThisThread() }
        XCTAssertEqual(one[0], min(19, mine + 10))
    }

    func testTheSerialWorkerRunsItsJobsInOrderAndEnds() {
        let worker = ImportThreads.background.serialWorker(label: "test")
        let order = ParallelResults<[Int]>(count: 1)
        order[0] = []
        let done = DispatchSemaphore(value: 0)
        for i in 0..<50 { worker.async { order[0]!.append(i) } }
        worker.async { done.signal() }
        worker.close()
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success)
        XCTAssertEqual(order[0], Array(0..<50))
    }

    func testABackgroundImportStoresWhatTheToolsImportStores() throws {
        let dir = Fixture.tempDir("ImportThreadsCorpus")
        _ = try CorpusGenerator(count: 120, seed: 8, layout: .mixed, reference: Fixture.reference).write(to: dir)
        var listed: [[String]] = []
        for threads in [ImportThreads.foreground, .background] {
            let library = try Fixture.library(in: Fixture.tempDir("ImportThreads\(threads.niceness)"))
            let report = library.importFiles([dir], threads: threads)
            XCTAssertTrue(report.failed.isEmpty, "\(report.failed)")
            XCTAssertGreaterThanOrEqual(report.imported.count, 120)
            let rows = try library.store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 1_000)
            listed.append(
                try rows.map { row in
                    let s = try library.store.statement(id: row.id)!
                    return [row.id.description, s.title?.value, s.speaker?.value, s.date?.value.iso, s.forum?.value]
                        .map { $0 ?? "-" }.joined(separator: " | ") + " | \(s.body.count)"
                })
        }
        XCTAssertEqual(listed[0], listed[1])
    }
}
