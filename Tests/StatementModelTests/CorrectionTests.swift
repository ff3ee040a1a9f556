import GRDB
import XCTest

@testable import StatementModel

/// What the user sets right of what Rostrum read, and statements deleted and put back: seen everywhere a
/// statement shows, kept through a re-import of a changed file, undone exactly.
final class CorrectionTests: XCTestCase {
    var library: StatementLibrary!
    var store: any StatementStore { library.store }
    var folder: URL!

    static let zhang = """
        Statement by Ambassador Zhang Jun at the Security Council Open Debate on Peacekeeping
        16 February 2022

        We support peacekeeping and multilateralism.
        """
    static let nebenzia = """
        Statement by Ambassador Vassily Nebenzia at the Security Council Briefing on Ukraine
        10 March 2021

        Sanctions and the Cold War mentality must end.
        """

    override func setUpWithError() throws {
        let dir = Fixture.tempDir()
        folder = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write(Self.zhang, "zhang.txt")
        try write(Self.nebenzia, "nebenzia.txt")
        library = try Fixture.library(in: dir)
        XCTAssertEqual(library.importFiles([folder]).imported.count, 2)
    }

    /// Writes a file of the folder, dated later than any earlier version so an import sees it changed.
    func write(_ text: String, _ name: String, later: Double = 0) throws {
        let file = folder.appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let date = Date().addingTimeInterval(later)
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: file.path)
    }

    func id(speaker: String) throws -> StatementID {
        try XCTUnwrap(store.ids(StatementFilter(speakers: [speaker]), sort: .dateAscending).first)
    }

    func ftsIntegrity() throws {
        let sqlite = try XCTUnwrap(store as? SQLiteStatementStore)
        try sqlite.pool.write { db in
            try db.execute(sql: "INSERT INTO statement_fts (statement_fts, rank) VALUES ('integrity-check', 1)")
        }
    }

    func testACorrectionIsReadBackAsSetByTheUserBesideWhatWasRead() throws {
        let id = try id(speaker: "Zhang Jun")
        let before = try XCTUnwrap(store.statement(id: id))
        try store.correct(id, .country, to: "France")
        try store.correct(id, .date, to: "2024-03")
        let after = try XCTUnwrap(store.statement(id: id))
        XCTAssertEqual(after.country?.value, "France")
        XCTAssertEqual(after.country?.provenance.basis, .user)
        XCTAssertEqual(after.country?.provenance.rule, "user.correction")
        XCTAssertEqual(after.country?.provenance.confidence, 1)
        XCTAssertEqual(after.date?.value.iso, "2024-03")
        XCTAssertEqual(after.date?.value.precision, .month)
        XCTAssertFalse(after.date?.provenance.isInferred ?? true)
        XCTAssertEqual(after.speaker, before.speaker, "a field not corrected is as read")
        let corrections = try store.corrections(of: id)
        XCTAssertEqual(Set(corrections.keys), [.country, .date])
        XCTAssertEqual(corrections[.country]?.value, "France")
        XCTAssertEqual(corrections[.country]?.read, before.country?.value)
        XCTAssertEqual(corrections[.country]?.readProvenance, before.country?.provenance)
        XCTAssertEqual(corrections[.date]?.read, "2022-02-16")
        try store.correct(id, .country, to: "Chile")
        XCTAssertEqual(try store.corrections(of: id)[.country]?.read, before.country?.value, "still what Rostrum read")
    }

    func testACorrectionShowsInFiltersFacetsTimelineSearchAndRows() throws {
        let id = try id(speaker: "Zhang Jun")
        let version = try XCTUnwrap(store as? SQLiteStatementStore).libraryVersion()
        XCTAssertEqual(try store.count(StatementFilter()), 2, "the facet index is built before the correction")
        try store.correct(id, .country, to: "France")
        try store.correct(id, .date, to: "2019")
        try store.correct(id, .title, to: "Remarks on the Zanzibar accord")
        XCTAssertGreaterThan(try XCTUnwrap(store as? SQLiteStatementStore).libraryVersion(), version)
        XCTAssertEqual(try store.ids(StatementFilter(countries: ["France"]), sort: .dateAscending), [id])
        let countries = try store.facetCounts(.country, filter: StatementFilter())
        XCTAssertEqual(countries.first { $0.value == "France" }?.count, 1)
        XCTAssertNil(countries.first { $0.value == "China" }, "no statement is China's any more")
        let years = try store.timeline(StatementFilter(), granularity: .year).map(\.key)
        XCTAssertEqual(years, ["2019", "2021"])
        XCTAssertEqual(try store.ids(StatementFilter(text: "Zanzibar"), sort: .dateAscending), [id])
        let row = try XCTUnwrap(store.summaries([id]).first)
        XCTAssertEqual(row.title, "Remarks on the Zanzibar accord")
        XCTAssertEqual(row.country, "France")
        XCTAssertEqual(row.date?.iso, "2019")
    }

    func testRevertGivesBackWhatWasRead() throws {
        let id = try id(speaker: "Zhang Jun")
        let before = try XCTUnwrap(store.statement(id: id))
        try store.correct(id, .country, to: "France")
        try store.correct(id, .title, to: "Remarks on the Zanzibar accord")
        try store.correct(id, .kind, to: nil)
        XCTAssertNil(try store.statement(id: id)?.kind, "an empty value clears the field")
        for field in [CorrectableField.country, .title, .kind] { try store.revert(id, field) }
        XCTAssertEqual(try store.statement(id: id), before)
        XCTAssertTrue(try store.corrections(of: id).isEmpty)
        XCTAssertEqual(try store.count(StatementFilter(countries: ["France"])), 0)
        XCTAssertEqual(try store.count(StatementFilter(text: "Zanzibar")), 0)
        XCTAssertEqual(try store.summaries([id]).first?.title, before.displayTitle)
    }

    func testABadDateIsRefusedNamingItAndChangesNothing() throws {
        let id = try id(speaker: "Zhang Jun")
        let before = try XCTUnwrap(store.statement(id: id))
        for bad in ["2024-13", "2024-02-30", "March 2024", "24", "2024-3-5"] {
            XCTAssertThrowsError(try store.correct(id, .date, to: bad), bad) { error in
                guard case RostrumError.invalidCorrection = error else { return XCTFail("\(error)") }
                let message = "\(error)"
                XCTAssertTrue(message.contains("date") && message.contains(bad), message)
            }
        }
        XCTAssertEqual(try store.statement(id: id), before)
        XCTAssertTrue(try store.corrections(of: id).isEmpty)
    }

    func testACorrectionSurvivesAReimportOfTheChangedFile() throws {
        let old = try id(speaker: "Zhang Jun")
        let readBefore = try XCTUnwrap(store.statement(id: old))
        try store.correct(old, .role, to: "Special Envoy")
        try store.correct(old, .date, to: "2022-02")
        XCTAssertEqual(library.importFiles([folder]).unchanged, 2)
        XCTAssertEqual(try store.statement(id: old)?.role?.value, "Special Envoy", "an unchanged file is skipped")

        let changed = Self.zhang.replacingOccurrences(of: "16 February 2022", with: "17 February 2022")
            .replacingOccurrences(of: "multilateralism", with: "the Charter")
        try write(changed, "zhang.txt", later: 5)
        let report = library.importFiles([folder])
        XCTAssertEqual(report.imported.count, 1)
        let new = try XCTUnwrap(report.imported.first)
        XCTAssertNotEqual(new, old, "the changed text is a new statement")
        XCTAssertNil(try store.statement(id: old))
        let s = try XCTUnwrap(store.statement(id: new))
        XCTAssertEqual(s.role?.value, "Special Envoy")
        XCTAssertEqual(s.role?.provenance.basis, .user)
        XCTAssertEqual(s.date?.value.iso, "2022-02")
        XCTAssertEqual(s.paragraphs.last, "We support peacekeeping and the Charter.", "the new text was read")
        let corrections = try store.corrections(of: new)
        XCTAssertEqual(corrections[.date]?.read, "2022-02-17", "what Rostrum read is the new reading")
        XCTAssertEqual(corrections[.role]?.read, readBefore.role?.value)
        let february = StatementFilter(from: "2022-02-01", to: "2022-02-28")
        XCTAssertEqual(try store.ids(february, sort: .dateAscending), [new])
        XCTAssertEqual(try store.count(StatementFilter(text: "Charter")), 1)
    }

    /// A table gives many statements: a correction follows the row it was made on, by its place in the file.
    func testACorrectionInATableFollowsItsRowWhenTheTableChanges() throws {
        let rows = ["70,2015,CHN,We support multilateralism.", "71,2016,FRA,Peaceful coexistence.", "72,2017,GBR,Aid."]
        try write((["session,year,country,text"] + rows).joined(separator: "\n") + "\n", "speeches.csv")
        let first = library.importFiles([folder])
        XCTAssertEqual(first.imported.count, 3)
        let france = try XCTUnwrap(store.ids(StatementFilter(countries: ["France"]), sort: .dateAscending).first)
        let china = try XCTUnwrap(store.ids(StatementFilter(countries: ["China"]), sort: .dateAscending).first)
        try store.correct(france, .country, to: "Atlantis")
        try store.correct(china, .speaker, to: "Wang Yi")

        var changed = rows
        changed[1] = "71,2016,FRA,Peaceful coexistence and dialogue."
        try write((["session,year,country,text"] + changed).joined(separator: "\n") + "\n", "speeches.csv", later: 5)
        let second = library.importFiles([folder])
        XCTAssertEqual(second.imported.count, 1, "only the changed row is a new statement")
        let heir = try XCTUnwrap(second.imported.first)
        XCTAssertEqual(try store.statement(id: heir)?.country?.value, "Atlantis")
        XCTAssertEqual(try store.corrections(of: heir)[.country]?.read, "France")
        XCTAssertEqual(try store.ids(StatementFilter(countries: ["Atlantis"]), sort: .dateAscending), [heir])
        XCTAssertEqual(try store.statement(id: china)?.speaker?.value, "Wang Yi", "a kept row keeps its correction")
        XCTAssertEqual(try store.count(StatementFilter(countries: ["United Kingdom"])), 1, "others as read")
    }

    /// A row added above a changed one moves it down: its words, not its place, say which it is.
    func testACorrectionFollowsItsRowByItsWordsWhenARowIsAddedAboveIt() throws {
        let rows = ["70,2015,CHN,We support multilateralism.", "71,2016,FRA,Peaceful coexistence of nations."]
        try write((["session,year,country,text"] + rows).joined(separator: "\n") + "\n", "speeches.csv")
        XCTAssertEqual(library.importFiles([folder]).imported.count, 2)
        let france = try XCTUnwrap(store.ids(StatementFilter(countries: ["France"]), sort: .dateAscending).first)
        try store.correct(france, .country, to: "Atlantis")

        let changed = [rows[0], "73,2018,DEU,Climate finance now.", "71,2016,FRA,Peaceful coexistence of all nations."]
        try write((["session,year,country,text"] + changed).joined(separator: "\n") + "\n", "speeches.csv", later: 5)
        XCTAssertEqual(library.importFiles([folder]).imported.count, 2)
        let atlantis = try store.ids(StatementFilter(countries: ["Atlantis"]), sort: .dateAscending)
        XCTAssertEqual(atlantis.count, 1)
        XCTAssertEqual(try store.statement(id: atlantis[0])?.paragraphs, ["Peaceful coexistence of all nations."])
        XCTAssertEqual(try store.count(StatementFilter(countries: ["Germany"])), 1, "the new row is as read")
    }

    /// A library stored before corrections existed numbers each file's statements by row when it opens.
    func testALibraryFromBeforeCorrectionsNumbersEachFilesStatements() throws {
        let path = Fixture.tempDir().appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(queue, upTo: "v11: echo index")
            try queue.write { db in
                for (id, file) in [("a1", "a.csv"), ("b1", "b.txt"), ("a2", "a.csv"), ("a3", "a.csv")] {
                    try db.execute(
                        sql: """
                            INSERT INTO statement (id, display_title, family, imported_at, source_path)
                            VALUES (?, ?, 'table', 'then', ?)
                            """, arguments: [id, id, file])
                }
            }
        }
        let store = try SQLiteStatementStore(path: path)
        let places = try store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, source_position FROM statement ORDER BY rowid").map {
                "\($0[0] as String)=\($0[1] as Int)"
            }
        }
        XCTAssertEqual(places, ["a1=0", "b1=0", "a2=1", "a3=2"])
    }

    func testDeleteTakesStatementsOutAndRestorePutsThemBackExactly() throws {
        let id = try id(speaker: "Zhang Jun")
        try store.correct(id, .forum, to: "General Assembly")
        let before = try XCTUnwrap(store.statement(id: id))
        let facets = try store.snapshot(StatementFilter(), granularity: .month, sort: .dateAscending)
        let echo = try XCTUnwrap(store.echoSubject(id))
        try store.catchUpEchoIndex(chunk: 100, isCancelled: { false })
        XCTAssertNotNil(try store.rowsSharing(echo.prints, commonAbove: 100).shared[echo.row])

        let deleted = try store.delete([id])
        XCTAssertEqual(deleted.ids, [id])
        XCTAssertEqual(deleted.titles, [before.displayTitle])
        XCTAssertNil(try store.statement(id: id))
        XCTAssertEqual(try store.totalCount(), 1)
        XCTAssertEqual(try store.count(StatementFilter()), 1)
        XCTAssertEqual(try store.count(StatementFilter(text: "peacekeeping")), 0)
        XCTAssertNil(try store.facetCounts(.forum, filter: StatementFilter()).first { $0.value == "General Assembly" })
        XCTAssertEqual(try store.timeline(StatementFilter(), granularity: .year).map(\.key), ["2021"])
        XCTAssertNil(try store.rowsSharing(echo.prints, commonAbove: 100).shared[echo.row], "gone from echoes")
        XCTAssertTrue(try store.corrections(of: id).isEmpty)
        try ftsIntegrity()
        XCTAssertEqual(library.importFiles([folder]).unchanged, 2, "its unchanged file is not read again")
        XCTAssertEqual(try store.totalCount(), 1, "a re-import does not bring a deleted statement back")

        try store.restore(deleted)
        XCTAssertEqual(try store.statement(id: id), before)
        XCTAssertEqual(try store.ids(StatementFilter(text: "peacekeeping"), sort: .dateAscending), [id])
        let again = try store.snapshot(StatementFilter(), granularity: .month, sort: .dateAscending)
        XCTAssertEqual(again.count, facets.count)
        XCTAssertEqual(again.ids, facets.ids)
        XCTAssertEqual(again.bins, facets.bins)
        XCTAssertEqual(again.facets, facets.facets)
        XCTAssertEqual(try store.corrections(of: id)[.forum]?.value, "General Assembly")
        XCTAssertNotNil(try store.rowsSharing(echo.prints, commonAbove: 100).shared[echo.row], "in echoes again")
        try ftsIntegrity()
    }

    func testDeletingAnUnknownIDDeletesNothing() throws {
        let id = try id(speaker: "Zhang Jun")
        XCTAssertThrowsError(try store.delete([id, StatementID("0000000000000000")]))
        XCTAssertNotNil(try store.statement(id: id))
        XCTAssertEqual(try store.totalCount(), 2)
        XCTAssertEqual(try store.delete([id, id]).ids, [id], "an id given twice is deleted once")
        XCTAssertEqual(try store.totalCount(), 1)
    }
}
