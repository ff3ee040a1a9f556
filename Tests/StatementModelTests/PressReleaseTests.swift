import Foundation
import XCTest
@testable import StatementModel

/// A press release of a meeting becomes its summary plus one statement per speaker, all of one meeting.
final class PressReleaseTests: XCTestCase {
    static let release = """
        Security Council
        8755TH MEETING (AM)
        SC/14456
        4 March 2021

        Regional Organizations Vital Partners in Preventing Conflict, Speakers Tell Security Council

        The Security Council today held an open debate on cooperation between the United Nations and regional organizations, hearing from more than 40 speakers.

        ZHANG JUN (China) said that regional organizations play an irreplaceable role in maintaining peace. He called for support to the African Union.

        He added that the Council should respect the sovereignty of the countries concerned.

        LINDA THOMAS-GREENFIELD (United States) said that sanctions remain an important tool.

        The representative of France stressed the role of peacekeeping operations in Africa.

        The meeting began at 10:05 a.m. and ended at 1:10 p.m.
        """

    func testOneStatementPerSpeakerLinkedToTheMeeting() throws {
        let url = Fixture.tempDir().appendingPathComponent("sc14456.txt")
        try Self.release.write(to: url, atomically: true, encoding: .utf8)
        let statements = try Fixture.reader.read(fileAt: url).statements
        XCTAssertEqual(statements.count, 4, statements.map(\.displayTitle).joined(separator: " | "))
        let release = statements[0]
        assertField(release.kind, "press release")
        assertField(release.title, "Regional Organizations Vital Partners in Preventing Conflict, Speakers Tell Security Council")
        assertField(release.forum, "Security Council")
        assertField(release.meetingType, "open debate")
        assertField(release.meetingSymbol, "S/PV.8755")
        assertField(release.date, StatementDate(year: 2021, month: 3, day: 4)!, inferred: false)
        XCTAssertTrue(release.paragraphs.first?.hasPrefix("The Security Council today held") ?? false)

        let zhang = statements[1]
        assertField(zhang.speaker, "Zhang Jun", inferred: true)
        assertField(zhang.country, "China")
        assertField(zhang.kind, "speech summary")
        assertField(zhang.meetingSymbol, "S/PV.8755")
        assertField(zhang.date, StatementDate(year: 2021, month: 3, day: 4)!)
        assertField(zhang.role, "Permanent Representative of China to the United Nations", inferred: true)
        XCTAssertEqual(zhang.paragraphs.count, 2, "a turn runs on until the next speaker")
        assertField(statements[2].speaker, "Linda Thomas-Greenfield")
        assertField(statements[2].country, "United States")
        XCTAssertNil(statements[3].speaker)
        assertField(statements[3].country, "France")
        XCTAssertEqual(Set(statements.map(\.id)).count, 4)

        let library = try Fixture.library()
        let report = library.importFiles([url.deletingLastPathComponent()])
        XCTAssertEqual(report.imported.count, 4)
        XCTAssertEqual(try library.store.count(StatementFilter(speakers: ["Zhang Jun"])), 1)
    }

    func testATextWithoutTurnsStaysWhole() throws {
        let url = Fixture.tempDir().appendingPathComponent("short.txt")
        try "SC/14457\n5 March 2021\n\nThe Security Council today adopted resolution 2567 unanimously.".write(to: url, atomically: true, encoding: .utf8)
        XCTAssertEqual(try Fixture.reader.read(fileAt: url).statements.count, 1)
    }
}
