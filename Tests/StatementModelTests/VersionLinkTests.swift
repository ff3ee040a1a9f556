import Foundation
import XCTest
@testable import StatementModel

/// The same speech twice, as a wire story and as the mission's text: linked, not doubled, not merged.
final class VersionLinkTests: XCTestCase {
    func testWireStoryAndMissionTextAreLinked() throws {
        let dir = Fixture.tempDir()
        try FileManager.default.copyItem(
            at: Fixture.data.appendingPathComponent("002_08fac898d3eaf5b5.txt"),
            to: dir.appendingPathComponent("wire.txt"))
        try """
            Home > The Permanent Mission > Statements
            Remarks by Ambassador Zhang Jun at the Security Council High-level Debate on Drivers of Conflict and Insecurity
            2020-11-03 16:20

            Mr. President,

            We must fully recognize that strengthening collective security is an important means to achieve our own security. We must oppose the frequent resort to or threat of force in international relations. We must reject the Cold War mentality and the forming of exclusive groups.

            Thank you.

            Suggest to a friend
            """.write(to: dir.appendingPathComponent("mission.txt"), atomically: true, encoding: .utf8)
        // The same speaker a day later on something else: not a version.
        try """
            Home > The Permanent Mission > Statements
            Remarks by Ambassador Zhang Jun at the Security Council Briefing on Somalia
            2020-11-04 10:00

            Mr. President, China supports the African Union mission in Somalia and its peacekeeping work.

            Suggest to a friend
            """.write(to: dir.appendingPathComponent("other.txt"), atomically: true, encoding: .utf8)
        let library = try Fixture.library()
        let report = library.importFiles([dir])
        XCTAssertEqual(report.imported.count, 3)
        let rows = try library.store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 10)
        let wire = try XCTUnwrap(rows.first { $0.kind == "news report" })
        let mission = try XCTUnwrap(rows.first { $0.title.contains("Drivers of Conflict") })
        let other = try XCTUnwrap(rows.first { $0.title.contains("Somalia") })
        let links = try library.store.links(of: wire.id)
        XCTAssertEqual(links.map(\.other.id), [mission.id])
        XCTAssertGreaterThanOrEqual(links.first?.sharedPassages ?? 0, 2)
        XCTAssertEqual(try library.store.links(of: mission.id).map(\.other.id), [wire.id], "links go both ways")
        XCTAssertTrue(try library.store.links(of: other.id).isEmpty)
        XCTAssertEqual(try library.store.totalCount(), 3, "versions are kept, each with its own provenance")
    }

    /// A research corpus records each speech once: two of its speeches, the same speaker's on one day (a
    /// Council President's, opening and closing a meeting), are never linked as versions of one another; a
    /// page of the same speech gathered from elsewhere is.
    func testTwoSpeechesOfOneCorpusAreNotVersionsButAPageOfOneIs() throws {
        let words = "We must reject the Cold War mentality and the forming of exclusive groups in this Council, "
            + "and we call on all parties to return to dialogue and to the negotiating table without delay."
        func speech(_ n: Int, family: String, _ text: String) -> Statement {
            var s = Statement(
                id: StatementID(String(format: "%016x", n)),
                source: StatementSource(path: "/speech\(n)", family: family), raw: text, paragraphs: [text])
            let p = Provenance(basis: .stated, rule: "test", confidence: 1)
            s.speaker = Attributed("The President", p)
            s.date = Attributed(StatementDate(iso: "2020-11-03")!, p)
            return s
        }
        let opening = speech(1, family: "unsc-corpus", words + " The meeting is called to order.")
        let closing = speech(2, family: "unsc-corpus", words + " The meeting rose at noon.")
        let page = speech(3, family: "webpage", "Remarks of the President. " + words)
        let store = try SQLiteStatementStore(path: Fixture.tempDir().appendingPathComponent("l.sqlite").path)
        _ = try store.insert([opening, closing, page], sources: [])
        XCTAssertEqual(Set(try store.links(of: opening.id).map(\.other.id)), [page.id])
        XCTAssertEqual(Set(try store.links(of: closing.id).map(\.other.id)), [page.id])
        XCTAssertEqual(Set(try store.links(of: page.id).map(\.other.id)), [opening.id, closing.id])
    }
}
