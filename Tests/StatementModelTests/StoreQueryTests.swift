import XCTest
@testable import StatementModel

/// The queries the window needs, on a small library with known contents.
final class StoreQueryTests: XCTestCase {
    var library: StatementLibrary!
    var store: any StatementStore { library.store }

    static let texts: [String: String] = [
        "a.txt": "Statement by Ambassador Zhang Jun at the Security Council Open Debate on Peacekeeping\n16 February 2022\n\nWe support peacekeeping and multilateralism.",
        "b.txt": "Statement by Ambassador Zhang Jun at the General Assembly Debate on Sanctions\n3 March 2022\n\nUnilateral sanctions hurt development. We oppose sanctions.",
        "c.txt": "Statement by Ambassador Vassily Nebenzia at the Security Council Briefing on Ukraine\n10 March 2021\n\nSanctions and the Cold War mentality must end.",
        "d.txt": "Statement by Ambassador Linda Thomas-Greenfield at the Security Council Briefing on Syria\nMay 2021\n\nHumanitarian aid must reach Syria; counter-terrorism is no excuse.",
        "e.txt": "BEIJING, Feb. 16 (Xinhua) -- China on Wednesday backed peacekeeping in a Security Council briefing, said Zhang Jun, China's permanent representative to the United Nations.",
        "f.txt": "Mr. President,\n\nA text with no date about multilateralism.",
    ]

    override func setUpWithError() throws {
        let dir = Fixture.tempDir()
        let files = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        for (name, text) in Self.texts { try text.write(to: files.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        library = try Fixture.library(in: dir)
        let report = library.importFiles([files])
        XCTAssertEqual(report.imported.count, 6, "\(report.failed)")
    }

    func titles(_ f: StatementFilter, sort: StatementSort = .dateAscending) throws -> [String] {
        try store.page(f, sort: sort, offset: 0, limit: 100).map { $0.speaker ?? "-" }
    }

    func testPageIsSortedByDateWithUndatedLast() throws {
        let rows = try store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 100)
        XCTAssertEqual(rows.map { $0.date?.iso ?? "none" }, ["2021-03-10", "2021-05", "2022-02-16", "2022-02-16", "2022-03-03", "none"])
        XCTAssertEqual(rows.filter(\.dateInferred).count, 1, "the wire story's year is inferred")
        let newest = try store.page(StatementFilter(), sort: .dateDescending, offset: 0, limit: 2)
        XCTAssertEqual(newest.first?.date?.iso, "2022-03-03")
        let second = try store.page(StatementFilter(), sort: .dateAscending, offset: 1, limit: 1)
        XCTAssertEqual(second.first?.date?.iso, "2021-05")
    }

    func testFacetFiltersCombine() throws {
        XCTAssertEqual(try store.count(StatementFilter(forums: ["Security Council"])), 4)
        XCTAssertEqual(try store.count(StatementFilter(forums: ["Security Council", "General Assembly"])), 5)
        XCTAssertEqual(try store.count(StatementFilter(forums: ["Security Council"], speakers: ["Zhang Jun"])), 2)
        XCTAssertEqual(try store.count(StatementFilter(countries: ["Russian Federation"])), 1)
        XCTAssertEqual(try store.count(StatementFilter(kinds: ["news report"])), 1)
        XCTAssertEqual(try store.count(StatementFilter(themes: ["Sanctions"])), 2)
        XCTAssertEqual(try store.count(StatementFilter(themes: ["Sanctions", "Cold War mentality and bloc politics"])), 1, "themes combine with and")
    }

    func testDateRangeOverlaps() throws {
        XCTAssertEqual(try store.count(StatementFilter(from: "2021-05-15", to: "2021-12-31")), 1, "a month-precision date overlaps the range")
        XCTAssertEqual(try store.count(StatementFilter(from: "2022-01-01", to: "2022-12-31")), 3)
        XCTAssertEqual(try store.count(StatementFilter(from: "2023-01-01")), 0)
    }

    func testFullTextSearch() throws {
        XCTAssertEqual(try store.count(StatementFilter(text: "peacekeeping")), 2)
        XCTAssertEqual(try store.count(StatementFilter(text: "\"Cold War mentality\"")), 1)
        XCTAssertEqual(try store.count(StatementFilter(text: "sanction*")), 2)
        XCTAssertEqual(try store.count(StatementFilter(text: "sanctions NOT development")), 1)
        XCTAssertEqual(try store.count(StatementFilter(text: "counter-terrorism")), 1, "a hyphenated word is searched as a phrase")
        XCTAssertEqual(try store.count(StatementFilter(forums: ["Security Council"], text: "peacekeeping")), 2)
        XCTAssertEqual(try store.count(StatementFilter(text: "Syria")), 1, "titles are searched too")
    }

    func testBrokenQueriesSayWhatIsWrong() throws {
        for (query, words) in [("\"unclosed", "quotation"), ("AND AND", "AND"), ("peace OR", "after"), ("(peace", "parenthesis"), ("peace)", "parenthesis")] {
            XCTAssertThrowsError(try store.count(StatementFilter(text: query)), query) { error in
                guard case RostrumError.invalidSearch(let q, let reason) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(q, query)
                XCTAssertTrue(reason.contains(words), reason)
            }
        }
    }

    func testFacetCountsLeaveTheirOwnSelectionOut() throws {
        let filter = StatementFilter(forums: ["General Assembly"])
        let forums = try store.facetCounts(.forum, filter: filter)
        XCTAssertEqual(forums.first, FacetCount(value: "Security Council", count: 4), "other forums stay visible to click")
        let speakers = try store.facetCounts(.speaker, filter: filter)
        XCTAssertEqual(speakers, [FacetCount(value: "Zhang Jun", count: 1)])
        let themes = try store.facetCounts(.theme, filter: StatementFilter(forums: ["Security Council"]))
        XCTAssertEqual(themes.first { $0.value == "Peacekeeping" }?.count, 2)
        XCTAssertNil(themes.first { $0.value == "Development and connectivity" }, "only the General Assembly text mentions development")
    }

    func testTimelineBins() throws {
        let years = try store.timeline(StatementFilter(), granularity: .year)
        XCTAssertEqual(years.map(\.key), ["2021", "2022"])
        XCTAssertEqual(years.map(\.count), [2, 3])
        XCTAssertEqual(years[1].inferred, 1)
        XCTAssertEqual(years[1].themes["Peacekeeping"], 2)
        let months = try store.timeline(StatementFilter(), granularity: .month)
        XCTAssertEqual(months.map(\.key), ["2021-03", "2021-05", "2022-02", "2022-03"])
        let days = try store.timeline(StatementFilter(forums: ["Security Council"]), granularity: .day)
        XCTAssertEqual(days.first { $0.key.hasPrefix("2021-05") }?.imprecise, 1, "a month-only date is flagged in a day bin")
    }

    func testReimportFindsEverythingPresent() throws {
        let dir = Fixture.tempDir()
        for (name, text) in Self.texts { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let report = library.importFiles([dir])
        XCTAssertEqual(report.imported.count, 0)
        XCTAssertEqual(report.alreadyPresent.count, 6)
        XCTAssertEqual(try store.totalCount(), 6)
    }

    func testUnchangedFilesAreNotReadAndChangedOnesAreReplaced() throws {
        let dir = Fixture.tempDir()
        let file = dir.appendingPathComponent("changing.txt")
        try "Mr. President,\n\nWe support peacekeeping.".write(to: file, atomically: true, encoding: .utf8)
        let first = library.importFiles([dir])
        XCTAssertEqual(first.imported.count, 1)
        let again = library.importFiles([dir])
        XCTAssertEqual(again.unchanged, 1)
        XCTAssertTrue(again.imported.isEmpty && again.alreadyPresent.isEmpty)
        try "Mr. President,\n\nWe support peacekeeping and the Belt and Road Initiative.".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file.path)
        let changed = library.importFiles([dir])
        XCTAssertEqual(changed.updated.count, 1)
        XCTAssertEqual(changed.imported.count, 1)
        XCTAssertEqual(try store.totalCount(), 7, "the changed file replaced its statement instead of adding one")
        XCTAssertEqual(try store.count(StatementFilter(text: "\"Belt and Road\"")), 1)
        XCTAssertNil(try store.statement(id: first.imported[0]), "the old version is gone")
    }

    func testStatementRoundTripsWithProvenance() throws {
        let id = try XCTUnwrap(store.page(StatementFilter(kinds: ["news report"]), sort: .dateAscending, offset: 0, limit: 1).first?.id)
        let s = try XCTUnwrap(store.statement(id: id))
        XCTAssertEqual(s.date?.provenance.isInferred, true)
        XCTAssertNotNil(s.date?.provenance.reason)
        XCTAssertEqual(try store.resolve(idPrefix: String(id.rawValue.prefix(6))), id)
        XCTAssertThrowsError(try store.resolve(idPrefix: "zzzz"))
    }

    /// The stored document leaves the paragraphs out when the body gives them back; whatever the
    /// paragraphs hold (line breaks, empty ones, none), a statement comes back exactly as it went in.
    func testEveryStatementComesBackExactly() throws {
        for id in try store.ids(StatementFilter(), sort: .dateAscending) {
            let s = try XCTUnwrap(store.statement(id: id))
            XCTAssertFalse(s.paragraphs.isEmpty)
            XCTAssertEqual(s.paragraphs.joined(separator: "\n\n"), s.body)
        }
        var shapes: [Statement] = []
        for (i, paragraphs) in [["one", "two"], ["with\na break", "and\n\ntwo"], ["", "empty first", ""], [""], [], ["a\n", "b"]].enumerated() {
            var s = Fixture.read("Shape \(i) of paragraphs, about sanctions.")
            s.id = StatementID("shape\(i)")
            s.paragraphs = paragraphs
            shapes.append(s)
        }
        XCTAssertEqual(try store.insert(shapes, sources: []), Array(repeating: .inserted, count: shapes.count))
        for s in shapes { XCTAssertEqual(try store.statement(id: s.id), s, "paragraphs \(s.paragraphs)") }
    }

    /// Checkpoints run on their own connection after every few writes; one that failed would go
    /// unnoticed (the writer's backstop would take over at 400 MB), so they are counted here.
    func testCheckpointsRunBesideTheWriter() throws {
        let sqlite = try XCTUnwrap(store as? SQLiteStatementStore)
        let before = sqlite.checkpointer.completed
        for i in 0..<16 {
            var s = Fixture.read("Batch \(i) of a long import, about sanctions and peacekeeping.")
            s.id = StatementID("checkpoint\(i)")
            XCTAssertEqual(try store.insert([s], sources: []), [.inserted])
        }
        sqlite.checkpointer.waitUntilIdle()
        XCTAssertGreaterThan(sqlite.checkpointer.completed, before)
        XCTAssertEqual(try store.count(StatementFilter(text: "long import")), 16)
    }

    func testAFailingBatchStoresNothing() throws {
        var bad = Fixture.read("A brand new statement about sanctions.")
        bad.themes.append(bad.themes[0])  // the same theme twice breaks a key: the batch must roll back whole
        let good = Fixture.read("Another new statement about peacekeeping.")
        XCTAssertThrowsError(try store.insert([good, bad], sources: []))
        XCTAssertEqual(try store.totalCount(), 6)
        XCTAssertNil(try store.statement(id: good.id))
    }
}
