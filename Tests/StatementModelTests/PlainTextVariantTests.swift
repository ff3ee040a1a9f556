import XCTest
@testable import StatementModel

/// Text with few or no cues still imports, with what it cannot find left empty.
final class PlainTextVariantTests: XCTestCase {
    func testNoCuesLeavesFieldsEmpty() {
        let s = Fixture.read("Mr. President,\n\nWe reaffirm our commitment to peacekeeping and to humanitarian aid for all.\n\nThank you.")
        XCTAssertEqual(s.source.family, "plain")
        XCTAssertNil(s.title); XCTAssertNil(s.date); XCTAssertNil(s.speaker); XCTAssertNil(s.forum)
        assertField(s.kind, "speech", inferred: true, "it opens by addressing the chair")
        XCTAssertEqual(s.paragraphs.count, 3)
        XCTAssertEqual(Set(s.themes.map(\.theme)), ["Peacekeeping", "Humanitarian aid"])
        XCTAssertEqual(s.displayTitle, "Mr. President,")
    }

    func testStatementByTitle() {
        let s = Fixture.read("Statement by H.E. Ambassador Zhang Jun at the General Assembly Debate on the Question of Equitable Representation\n\nMr. President,\n\nThank you.")
        assertField(s.speaker, "Zhang Jun")
        assertField(s.forum, "General Assembly")
        assertField(s.meetingType, "debate")
        assertField(s.agenda, "the Question of Equitable Representation")
        assertField(s.role, "Permanent Representative of China to the United Nations", inferred: true)
        XCTAssertEqual(s.paragraphs, ["Mr. President,", "Thank you."])
    }

    func testHardWrappedParagraphs() {
        let s = Fixture.read("The Council must act together and it must act now,\nbecause the situation on the ground does not wait\nfor our deliberations to end.\n\nSecond paragraph here.")
        XCTAssertEqual(s.paragraphs.count, 2)
        XCTAssertTrue(s.paragraphs[0].hasSuffix("for our deliberations to end."))
    }

    func testDateLineNearTheTop() {
        let s = Fixture.read("Collective Security in a Divided World\n16 February 2022\n\nWe stand for common security.")
        assertField(s.title, "Collective Security in a Divided World", inferred: true)
        assertField(s.date, StatementDate(year: 2022, month: 2, day: 16)!, inferred: false)
        XCTAssertEqual(s.paragraphs, ["We stand for common security."])
    }

    func testCRLFLineEndingsFromBytes() throws {
        let bytes = Array("Mr. President,\r\n\r\nWe oppose sanctions.\r\n".utf8)
        let decoded = try TextDecoder.decode(bytes)
        let s = Fixture.read(decoded.text)
        XCTAssertEqual(s.paragraphs, ["Mr. President,", "We oppose sanctions."])
    }

    func testBareCarriageReturns() throws {
        let decoded = try TextDecoder.decode(Array("One.\r\rTwo.".utf8))
        XCTAssertEqual(Fixture.read(decoded.text).paragraphs, ["One.", "Two."])
    }

    func testHyphenatedLineBreakIsMended() {
        let s = Fixture.read("We call for strengthened collective secu-\nrity arrangements in the region and be-\nyond them as well")
        XCTAssertEqual(s.paragraphs, ["We call for strengthened collective security arrangements in the region and beyond them as well"])
        XCTAssertTrue(s.themes.contains { $0.theme == "Collective security" })
    }

    func testChineseText() {
        let s = Fixture.read("2022年2月16日\n\n主席先生，中方赞赏俄罗斯倡议召开此次会议。我们支持集体安全条约组织发挥积极作用，维护地区和平与稳定。")
        assertField(s.language, "zh", inferred: true)
        assertField(s.date, StatementDate(year: 2022, month: 2, day: 16)!)
    }

    func testFrenchText() {
        let s = Fixture.read("Monsieur le Président,\n\nLa France est attachée au multilatéralisme et nous soutenons les efforts des Nations Unies pour la paix et la sécurité dans le monde.")
        assertField(s.language, "fr")
    }

    func testSingleLine() {
        let s = Fixture.read("We support the Belt and Road Initiative.")
        XCTAssertEqual(s.paragraphs, ["We support the Belt and Road Initiative."])
        XCTAssertEqual(s.themes.first?.theme, "Development and connectivity")
    }
}
