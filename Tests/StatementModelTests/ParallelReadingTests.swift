import XCTest

@testable import StatementModel

/// The analysis views read texts on several threads at once. What a user sees must not depend on it: the
/// same lines in the same order, the same counts and collocates, the same trend and comparison as one thread
/// reading everything in order gives. A library of 300 generated speeches is cut into three runs.
final class ParallelReadingTests: XCTestCase {
    static let built: (library: StatementLibrary, store: SQLiteStatementStore, path: String) = {
        let home = Fixture.tempDir("ParallelReadingTests")
        let library = try! Fixture.library(in: home)
        let dir = Fixture.tempDir("ParallelReadingCorpus")
        _ = try! CorpusGenerator(count: 300, seed: 5, layout: .mixed, reference: Fixture.reference).write(to: dir)
        _ = library.importFiles([dir])
        return (library, library.store as! SQLiteStatementStore, home.appendingPathComponent("library.sqlite").path)
    }()
    var store: SQLiteStatementStore { Self.built.store }
    /// The same library, read by one thread in order (the protocol's own one-part reading).
    var oneThread: OneThread { OneThread(store: store) }
    /// Three threads from 20 statements on, so this small library is read in three runs.
    let three = ReadingThreads(count: 3, minimumRun: 20)

    func testRunsJoinedGiveTheOneThreadOrder() throws {
        for filter in [StatementFilter(), StatementFilter(text: "security")] {
            var inOrder: [StatementID] = []
            try store.eachText(filter) {
                inOrder.append($0.summary.id)
                return true
            }
            XCTAssertGreaterThan(inOrder.count, 3 * 20, "enough statements for three runs")
            let parts = try store.eachTextInParts(filter, threads: three, part: { [StatementID]() }) {
                $0.append($1.summary.id)
                return true
            }
            XCTAssertEqual(parts.count, 3)
            XCTAssertEqual(parts.flatMap { $0 }, inOrder)
            // The order comes from the facet index: the same as SQL's, which a store without the index uses.
            var bySQL: [StatementID] = []
            try SQLiteStatementStore(path: Self.built.path, facetIndex: false).eachText(filter) {
                bySQL.append($0.summary.id)
                return true
            }
            XCTAssertEqual(bySQL, inOrder)
        }
    }

    func testKeyWordsInContextAreTheSameOnThreads() throws {
        let query = try XCTUnwrap(PhraseQuery("of the"))
        for sort in [Concordance.Sort.date, .R1] {
            for limit in [0, 50] {
                let threads = try Concordance.compute(
                    query, in: store, filter: StatementFilter(), sort: sort, limit: limit, collocates: true,
                    threads: three)
                let one = try Concordance.compute(
                    query, in: oneThread, filter: StatementFilter(), sort: sort, limit: limit, collocates: true)
                XCTAssertGreaterThan(threads.total, 100)
                XCTAssertEqual(threads.total, one.total)
                XCTAssertEqual(threads.statements, one.statements)
                XCTAssertEqual(threads.lines, one.lines, "sort \(sort), limit \(limit)")
                XCTAssertEqual(threads.collocates, one.collocates)
            }
        }
    }

    func testTrendsAreTheSameOnThreads() throws {
        let query = try XCTUnwrap(PhraseQuery("the council"))
        for split in [nil, Facet.country] {
            for byMonth in [false, true] {
                let threads = try PhraseTrend.compute(
                    query, in: store, filter: StatementFilter(), byMonth: byMonth, split: split, threads: three)
                let one = try PhraseTrend.compute(
                    query, in: oneThread, filter: StatementFilter(), byMonth: byMonth, split: split)
                XCTAssertGreaterThan(threads.points.map(\.hits).reduce(0, +), 100)
                XCTAssertEqual(threads.points, one.points)
                XCTAssertEqual(threads.unplacedHits, one.unplacedHits)
            }
        }
    }

    /// The words per period come from the facet index now: the same sums as the SQL that it replaces.
    func testWordTotalsFromTheIndexEqualThoseInSQL() throws {
        let sql = try SQLiteStatementStore(path: Self.built.path, facetIndex: false)
        let country = try XCTUnwrap(store.facetCounts(.country, filter: StatementFilter()).first?.value)
        for filter in [StatementFilter(), StatementFilter(text: "security"), StatementFilter(countries: [country])] {
            for (byMonth, split) in [(false, nil), (true, nil), (false, Facet.country), (true, Facet.speaker)] {
                func sorted(_ rows: [(period: String?, value: String?, words: Int, statements: Int)]) -> [String] {
                    rows.map { "\($0.period ?? "-") \($0.value ?? "-") \($0.words) \($0.statements)" }.sorted()
                }
                let fromIndex = try store.wordTotals(filter, byMonth: byMonth, split: split)
                XCTAssertFalse(fromIndex.isEmpty)
                XCTAssertEqual(sorted(fromIndex), sorted(try sql.wordTotals(filter, byMonth: byMonth, split: split)))
            }
        }
    }

    func testComparisonsAreTheSameOnThreadsAndFromTheCache() throws {
        // Two groups of about a hundred statements each: the speeches and the news reports.
        let kinds = try store.facetCounts(.kind, filter: StatementFilter()).map(\.value)
        XCTAssertEqual(kinds.count, 2, "\(kinds)")
        let (a, b) = (StatementFilter(kinds: [kinds[0]]), StatementFilter(kinds: [kinds[1]]))
        let one = try GroupComparison.compute(a, b, in: oneThread)
        let cache = WordTallyCache()
        let cold = try GroupComparison.compute(a, b, in: store, cached: cache, threads: three)
        let again = try GroupComparison.compute(a, b, in: store, cached: cache, threads: three)
        XCTAssertGreaterThan(cold.distinctiveOfA.count + cold.distinctiveOfB.count, 0)
        for result in [cold, again] {
            XCTAssertEqual(result.a, one.a)
            XCTAssertEqual(result.b, one.b)
            XCTAssertEqual(result.distinctiveOfA, one.distinctiveOfA)
            XCTAssertEqual(result.distinctiveOfB, one.distinctiveOfB)
        }
        XCTAssertGreaterThan(cold.a.statements, 2 * 20, "group A is read in more than one run")
    }

    /// A group's counts kept for one state of the library are not used once it has changed.
    func testTheCacheForgetsAGroupWhenTheLibraryChanges() throws {
        let dir = Fixture.tempDir()
        let library = try Fixture.library(in: dir)
        let texts = dir.appendingPathComponent("texts")
        try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
        let say = { (name: String, speaker: String, body: String) in
            try "Statement by \(speaker) at the Security Council\n12 March 2021\n\n\(body)\n".write(
                to: texts.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try say("a1.txt", "Ambassador Zhang Jun", "Hegemony and hegemony again. Sovereignty matters.")
        try say("a2.txt", "Ambassador Zhang Jun", "Hegemony is rejected. Sovereignty above all.")
        try say("b1.txt", "Ambassador Linda Thomas-Greenfield", "Climate and climate security. Accountability.")
        try say("b2.txt", "Ambassador Linda Thomas-Greenfield", "Climate action now. Accountability for all.")
        _ = library.importFiles([texts])
        let speakers = try library.store.facetCounts(.speaker, filter: StatementFilter()).map(\.value)
        XCTAssertEqual(speakers.count, 2, "\(speakers)")
        let (a, b) = (StatementFilter(speakers: [speakers[0]]), StatementFilter(speakers: [speakers[1]]))
        let cache = WordTallyCache()
        let before = try GroupComparison.compute(a, b, in: library.store, cached: cache)
        try say("a3.txt", "Ambassador Zhang Jun", "Multilateralism, multilateralism, multilateralism.")
        _ = library.importFiles([texts])
        let after = try GroupComparison.compute(a, b, in: library.store, cached: cache)
        XCTAssertEqual(before.a.statements + before.b.statements + 1, after.a.statements + after.b.statements)
    }
}

/// A store read by one thread, in order: only `eachText`, so the protocol's one-part reading is used.
struct OneThread: StatementTextReading {
    let store: SQLiteStatementStore
    func eachText(_ filter: StatementFilter, _ each: (StatementText) throws -> Bool) throws {
        try store.eachText(filter, each)
    }
    func wordTotals(_ filter: StatementFilter, byMonth: Bool, split: Facet?) throws
        -> [(period: String?, value: String?, words: Int, statements: Int)]
    {
        try store.wordTotals(filter, byMonth: byMonth, split: split)
    }
    func libraryVersion() throws -> Int64 { try store.libraryVersion() }
}
