import XCTest
@testable import StatementModel

/// The two statements Rostrum was born from, read exactly as shipped in data/.
final class SeedStatementTests: XCTestCase {
    func seed(_ name: String) throws -> Statement {
        try XCTUnwrap(Fixture.reader.read(fileAt: Fixture.data.appendingPathComponent(name)).statements.first)
    }

    func testWebPageSeed() throws {
        let s = try seed("000_742e4f60b3fb1bf5.txt")
        XCTAssertEqual(s.source.family, "webpage")
        XCTAssertEqual(s.title?.value, "Remarks by Ambassador Zhang Jun at Security Council Debate on Cooperation Between the United Nations and Regional and Subregional Organizations in Maintaining International Peace and Security (CSTO)")
        // "2022-02-16 23:37" under the trail is when the mission posted the remarks: their day, inferred.
        assertField(s.date, StatementDate(year: 2022, month: 2, day: 16)!, inferred: true)
        XCTAssertTrue(s.date?.provenance.reason?.contains("posted") == true)
        XCTAssertEqual(s.date?.value.precision, .day)
        assertField(s.speaker, "Zhang Jun")
        assertField(s.role, "Permanent Representative of China to the United Nations", inferred: true)
        assertField(s.country, "China", inferred: true)
        assertField(s.forum, "Security Council")
        assertField(s.meetingType, "debate")
        XCTAssertEqual(s.agenda?.value.hasPrefix("Cooperation Between the United Nations and Regional"), true)
        assertField(s.kind, "speech")
        assertField(s.source.publisher, "Permanent Mission of China to the United Nations", inferred: true)
        // Navigation, breadcrumb, date line and footer are gone from the body but kept in the raw text.
        XCTAssertEqual(s.paragraphs.first, "Mr. President,")
        XCTAssertEqual(s.paragraphs.last, "I thank you, Mr. President.")
        for junk in ["Home", "Suggest to a friend", "Ambassador Zhang's Activities", "2022-02-16 23:37", "中文"] {
            XCTAssertFalse(s.body.contains(junk), "body still holds \(junk)")
            XCTAssertTrue(s.raw.contains(junk), "raw lost \(junk)")
        }
        let themes = Dictionary(uniqueKeysWithValues: s.themes.map { ($0.theme, $0.count) })
        XCTAssertGreaterThan(themes["Regional organisations"] ?? 0, 5)
        XCTAssertNotNil(themes["Cold War mentality and bloc politics"])
        XCTAssertNotNil(themes["Development and connectivity"])
        let mentions = Set(s.mentions.map(\.name))
        XCTAssertTrue(mentions.isSuperset(of: ["Kazakhstan", "Afghanistan", "Collective Security Treaty Organization", "Shanghai Cooperation Organization"]))
        // Provenance points at the evidence in the raw text.
        let span = try XCTUnwrap(s.date?.provenance.span)
        XCTAssertEqual(String(s.raw.unicodeScalars.dropFirst(span.start).prefix(span.length)), "2022-02-16")
    }

    func testWireSeedInfersTheYearAndSaysSo() throws {
        let s = try seed("002_08fac898d3eaf5b5.txt")
        XCTAssertEqual(s.source.family, "wire")
        assertField(s.date, StatementDate(year: 2020, month: 11, day: 3)!, inferred: true)
        let reason = try XCTUnwrap(s.date?.provenance.reason)
        XCTAssertTrue(reason.contains("Tuesday") && reason.contains("2020") && reason.contains("Zhang Jun"), reason)
        XCTAssertLessThan(s.date!.provenance.confidence, 1)
        assertField(s.speaker, "Zhang Jun", inferred: true)
        assertField(s.role, "Permanent Representative of China to the United Nations")
        assertField(s.country, "China")
        assertField(s.forum, "Security Council")
        assertField(s.meetingType, "high-level debate")
        assertField(s.agenda, "drivers of conflict and insecurity")
        assertField(s.kind, "news report")
        assertField(s.source.publisher, "Xinhua News Agency", inferred: false)
        XCTAssertTrue(s.title?.provenance.isInferred ?? false, "a lead sentence standing in for a headline is inferred")
        XCTAssertFalse(s.body.contains("(Xinhua)"), "the dateline is not body text")
        XCTAssertTrue(s.paragraphs[0].hasPrefix("A Chinese envoy on Tuesday"))
        let themes = Set(s.themes.map(\.theme))
        XCTAssertTrue(themes.isSuperset(of: ["Collective security", "Counter-terrorism and extremism", "Cybersecurity and data security", "Nuclear disarmament", "Cold War mentality and bloc politics"]))
    }

    func testThemeSpansPointAtThePhrases() throws {
        let s = try seed("002_08fac898d3eaf5b5.txt")
        let cyber = try XCTUnwrap(s.themes.first { $0.theme == "Cybersecurity and data security" })
        XCTAssertEqual(cyber.count, cyber.spans.count)
        for span in cyber.spans {
            let text = String(s.paragraphs[span.paragraph].unicodeScalars.dropFirst(span.start).prefix(span.end - span.start)).lowercased()
            XCTAssertTrue(text.contains("cyber") || text.contains("data security") || text.contains("information and communications"), text)
        }
    }

    func testSameTextTwiceHasOneID() throws {
        let a = try seed("000_742e4f60b3fb1bf5.txt")
        let text = try String(contentsOf: Fixture.data.appendingPathComponent("000_742e4f60b3fb1bf5.txt"), encoding: .utf8)
        let b = Fixture.read(text.replacingOccurrences(of: "\n", with: "\r\n") + "\n\n")
        XCTAssertEqual(a.id, b.id)
        XCTAssertNotEqual(a.id, try seed("002_08fac898d3eaf5b5.txt").id)
    }
}
