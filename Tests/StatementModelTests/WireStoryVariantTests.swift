import XCTest
@testable import StatementModel

/// News agency stories with other datelines, agencies, speakers and forums than the seed.
final class WireStoryVariantTests: XCTestCase {
    func story(_ text: String) -> Statement {
        let s = Fixture.read(text)
        XCTAssertEqual(s.source.family, "wire")
        return s
    }

    func testYearInferredFromWeekdayAndTermOnAnotherDate() {
        let s = story("BEIJING, Feb. 16 (Xinhua) -- China on Wednesday urged restraint, said Zhang Jun, China's permanent representative to the United Nations.\nHe spoke at a Security Council briefing.")
        assertField(s.date, StatementDate(year: 2022, month: 2, day: 16)!, inferred: true)
        assertField(s.speaker, "Zhang Jun")
        XCTAssertTrue(s.date!.provenance.rule.contains("weekday"))
    }

    func testDatelineWithYearIsStated() {
        let s = story("GENEVA, 16 February 2022 (Reuters) - The envoy spoke on sanctions, said Jane Roe, Canada's ambassador to the United Nations.")
        assertField(s.date, StatementDate(year: 2022, month: 2, day: 16)!, inferred: false)
        assertField(s.source.publisher, "Reuters")
        assertField(s.country, "Canada")
        assertField(s.role, "Ambassador of Canada to the United Nations")
    }

    func testAmericanDatelineWithYear() {
        let s = story("NEW YORK, March 3, 2021 (AP) — The council met on peacekeeping, said Linda Thomas-Greenfield, the US ambassador to the United Nations.")
        assertField(s.date, StatementDate(year: 2021, month: 3, day: 3)!, inferred: false)
        assertField(s.source.publisher, "Associated Press")
        assertField(s.speaker, "Linda Thomas-Greenfield")
    }

    func testTwoYearsFitSoNoYearIsGuessed() {
        let s = story("MOSCOW, Nov 3 /TASS/. Russian Permanent Representative to the UN Vassily Nebenzia said on Tuesday that sanctions must end.")
        assertField(s.source.publisher, "TASS")
        assertField(s.speaker, "Vassily Nebenzia")
        assertField(s.country, "Russian Federation")
        XCTAssertNil(s.date, "Nov. 3 was a Tuesday in 2020 and 2026, both in his term: no single year")
        XCTAssertTrue(s.notes.contains { $0.contains("2020") && $0.contains("2026") }, "\(s.notes)")
    }

    func testUnknownSpeakerLeavesTheYearOpen() {
        let s = story("UNITED NATIONS, Oct. 5 (Xinhua) -- An envoy on Monday spoke, said John Doe, Ruritania's ambassador to the UN.")
        assertField(s.speaker, "John Doe")
        XCTAssertNil(s.date)
        XCTAssertTrue(s.notes.contains { $0.contains("not in the envoys table") }, "\(s.notes)")
    }

    func testHeadlineAboveTheDatelineIsTheTitle() {
        let s = story("China calls for collective security\n\nUNITED NATIONS, Nov. 3 (Xinhua) -- A Chinese envoy on Tuesday asked countries to embrace collective security, said Zhang Jun, China's permanent representative to the United Nations.")
        assertField(s.title, "China calls for collective security", inferred: false)
        assertField(s.date, StatementDate(year: 2020, month: 11, day: 3)!, inferred: true)
    }

    func testGeneralAssemblyGeneralDebate() {
        let s = story("UNITED NATIONS, Sept. 25, 2021 (Xinhua) -- Wang Yi, China's foreign minister, told the General Assembly's general debate on Saturday that multilateralism matters.")
        assertField(s.forum, "General Assembly")
        assertField(s.meetingType, "general debate")
        assertField(s.speaker, "Wang Yi")
        assertField(s.role, "Foreign Minister of China")
    }

    func testHumanRightsCouncil() {
        let s = story("GENEVA, March 1, 2022 (Xinhua) -- Chen Xu, China's permanent representative to the UN Office at Geneva, said in an address to the Human Rights Council that sovereignty must be respected.")
        assertField(s.forum, "Human Rights Council")
        assertField(s.speaker, "Chen Xu")
        assertField(s.role, "Permanent Representative of China to the UN Office at Geneva")
    }

    func testPressConference() {
        let s = story("BEIJING, Jan. 10, 2022 (Xinhua) -- Wang Wenbin, a spokesperson for China's foreign ministry, told a press conference on Monday that sanctions are counterproductive.")
        assertField(s.forum, "Press conference")
        assertField(s.speaker, "Wang Wenbin")
    }

    func testNameRoleSaidOrder() {
        let s = story("UNITED NATIONS, June 8, 2021 (Xinhua) -- Geng Shuang, China's deputy permanent representative to the UN, said the council must act on humanitarian aid.")
        assertField(s.speaker, "Geng Shuang")
        assertField(s.role, "Deputy Permanent Representative of China to the UN")
        assertField(s.country, "China")
    }

    func testImpossibleDatelineDay() {
        let s = story("UNITED NATIONS, Nov. 31 (Xinhua) -- The envoy spoke on Tuesday, said Zhang Jun, China's permanent representative to the United Nations.")
        XCTAssertNil(s.date)
        XCTAssertTrue(s.notes.contains { $0.contains("Nov. 31") }, "\(s.notes)")
    }
}
