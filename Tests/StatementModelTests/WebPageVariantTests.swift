import XCTest
@testable import StatementModel

/// Saved web pages of other missions and shapes than the seed.
final class WebPageVariantTests: XCTestCase {
    func page(nav: String = "Home | About Us | News | Statements | Contact",
              crumb: String = "Home > Statements > Ambassador's Remarks", title: String, date: String, body: [String],
              footer: String = "Suggest to a friend", dateFirst: Bool = false) -> Statement {
        let head = dateFirst ? [nav, crumb, date, "", title] : [nav, crumb, title, "", date]
        let s = Fixture.read((head + [""] + body.flatMap { [$0, ""] } + [footer]).joined(separator: "\n"))
        XCTAssertEqual(s.source.family, "webpage", title)
        XCTAssertFalse(s.body.contains(crumb) || s.body.contains(footer) || s.body.contains(nav), "header or footer left in the body of \(title)")
        return s
    }

    let speech = ["Mr. President,", "We support multilateralism and the central role of the United Nations in collective security.", "Thank you."]

    func testDayMonthYearAndStatementByHE() {
        let s = page(title: "Statement by H.E. Ambassador Fu Cong at the General Assembly Debate on the Use of the Veto", date: "16 February 2022", body: speech)
        // The page's date is when the statement was posted: its day, inferred.
        assertField(s.date, StatementDate(year: 2022, month: 2, day: 16)!, inferred: true)
        assertField(s.speaker, "Fu Cong")
        assertField(s.forum, "General Assembly")
        assertField(s.meetingType, "debate")
        assertField(s.agenda, "the Use of the Veto")
        XCTAssertEqual(s.paragraphs, speech)
    }

    func testMonthDayYearAndOpenDebate() {
        let s = page(crumb: "Home » Meetings » Security Council", title: "Remarks by Ambassador Geng Shuang at the Security Council Open Debate on Children and Armed Conflict", date: "February 16, 2022", body: speech)
        assertField(s.date, StatementDate(year: 2022, month: 2, day: 16)!)
        assertField(s.speaker, "Geng Shuang")
        assertField(s.meetingType, "open debate")
        assertField(s.agenda, "Children and Armed Conflict")
    }

    func testSlashDateAndPrintCloseFooter() {
        let s = page(title: "Remarks by Ambassador Dai Bing at the Arria-formula Meeting of the Security Council on Cybersecurity", date: "2022/2/16", body: speech, footer: "Print | Close")
        assertField(s.date, StatementDate(year: 2022, month: 2, day: 16)!)
        assertField(s.speaker, "Dai Bing")
        assertField(s.forum, "Security Council")
        assertField(s.meetingType, "Arria-formula meeting")
        assertField(s.agenda, "Cybersecurity")
    }

    func testLabelledDottedDateAndCopyrightFooter() {
        let s = page(title: "Statement by Counsellor Li Xiaomei at the ECOSOC Humanitarian Affairs Segment", date: "Date: 16.02.2022", body: speech, footer: "Copyright © 2022 The Permanent Mission. All rights reserved.")
        assertField(s.date, StatementDate(year: 2022, month: 2, day: 16)!)
        assertField(s.speaker, "Li Xiaomei")
        assertField(s.forum, "ECOSOC")
        XCTAssertEqual(s.paragraphs.count, 3)
    }

    func testDateLineAboveTheTitle() {
        let s = page(title: "Remarks by Ambassador Zhang Jun at the Security Council Briefing on Afghanistan", date: "2021-09-09 10:05", body: speech, dateFirst: true)
        assertField(s.date, StatementDate(year: 2021, month: 9, day: 9)!)
        assertField(s.meetingType, "briefing")
        assertField(s.agenda, "Afghanistan")
        XCTAssertEqual(s.title?.value, "Remarks by Ambassador Zhang Jun at the Security Council Briefing on Afghanistan")
    }

    func testRoleInTheTitleGivesRoleAndCountry() {
        let s = page(title: "Statement by Ambassador Vassily Nebenzia, Permanent Representative of the Russian Federation to the United Nations, at the UNSC Briefing on Ukraine", date: "23 February 2022", body: speech)
        assertField(s.speaker, "Vassily Nebenzia")
        assertField(s.role, "Permanent Representative of the Russian Federation to the United Nations")
        assertField(s.country, "Russian Federation")
        assertField(s.forum, "Security Council")
        assertField(s.agenda, "Ukraine")
    }

    func testHumanRightsCouncilSession() {
        let s = page(title: "Statement by H.E. Mr. Chen Xu at the 49th Session of the Human Rights Council", date: "1 March 2022", body: speech)
        assertField(s.speaker, "Chen Xu")
        assertField(s.forum, "Human Rights Council")
    }

    func testImpossibleDateIsANoteNotAWrongDate() {
        let s = page(title: "Remarks by Ambassador Zhang Jun at the Security Council", date: "February 30, 2022", body: speech)
        XCTAssertNil(s.date)
        XCTAssertTrue(s.notes.contains { $0.contains("February 30, 2022") }, "\(s.notes)")
    }

    func testMissionNamedInNavigationIsThePublisher() {
        let s = page(nav: "Permanent Mission of the People's Republic of China to the UN | Home | News", title: "Remarks by Ambassador Zhang Jun at the Security Council Debate on Peacekeeping", date: "2022-03-01", body: speech)
        assertField(s.source.publisher, "Permanent Mission of the People's Republic of China to the UN", inferred: false)
    }

    func testTopicWithoutForum() {
        let s = page(title: "Remarks by Ambassador Zhang Jun on the Situation in the Middle East", date: "2022-03-01", body: speech)
        XCTAssertNil(s.forum)
        assertField(s.agenda, "Situation in the Middle East")
    }

    func testURLInFooterIsKept() {
        let s = page(title: "Remarks by Ambassador Zhang Jun at the Security Council", date: "2022-03-01", body: speech, footer: "Source: http://un.china-mission.gov.cn/eng/hyyfy/202203/t20220301.htm")
        assertField(s.source.url, "http://un.china-mission.gov.cn/eng/hyyfy/202203/t20220301.htm")
    }

    func testHardWrappedBodyIsJoined() {
        let s = page(title: "Statement by Ambassador Zhang Jun at the General Assembly", date: "2022-03-01",
                     body: ["Mr. President,", "China firmly supports the United Nations in playing\na central role in international affairs and\nwe call on all to uphold the Charter."])
        XCTAssertEqual(s.paragraphs.count, 2)
        XCTAssertEqual(s.paragraphs[1], "China firmly supports the United Nations in playing a central role in international affairs and we call on all to uphold the Charter.")
    }

    func testAListPageIsReadForItsFirstItemOnly() {
        let text = """
            Permanent Mission of Exampleland to the United Nations
            Home | About | Security Council | Statements | Contact Us

            March 4, 2024

            Explanation of Vote by Exampleland on the Situation in Haiti

            BY
            H.E. JONAS MERIWETHER-OKAFOR
            PERMANENT REPRESENTATIVE

            Thank you, Madam President. Exampleland voted in favour of the draft resolution because the people \
            of Haiti cannot wait any longer for the support the mission will bring.

            Explanation of Vote by Exampleland on the Situation in Haiti Read More »

            Press stakeout of the elected members on Gaza

            Joint statement delivered by H.E. Ambassador Carolyn Rodrigues-Birkett, Permanent Representative of \
            Guyana, at the press stakeout of the elected members. Good morning, I speak on behalf of ten members.

            Press stakeout of the elected members on Gaza Read More »

            Copyright © 2024 Permanent Mission of Exampleland to the United Nations
            """
        let s = Fixture.read(text)
        assertField(s.speaker, "Jonas Meriwether-Okafor", inferred: true)
        XCTAssertEqual(s.kind?.value, "speech", "the second item's stakeout does not make the page a transcript")
        XCTAssertFalse(s.body.contains("Good morning"), "the list's other items stay out of the body")
        XCTAssertEqual(s.raw, text, "the raw text keeps the whole page")
        XCTAssertTrue(s.notes.contains { $0.contains("lists other items") })
    }
    /// A photo's credit line between paragraphs ends nothing; the copyright line at the foot still does.
    func testCreditLineInsideTheTextIsNotTheFooter() {
        let long = [
            "The Ambassador told the Council that the mission's mandate must be renewed without delay, since the "
                + "ceasefire agreed last year had held in most provinces and elections were planned for the spring.",
            "He added that the protection of civilians remained at the heart of the mandate, and asked every party "
                + "to allow humanitarian convoys to reach the displaced in the north-east before the rainy season.",
        ]
        let s = page(
            title: "Statement by H.E. Ambassador Ana Lima at the Security Council", date: "16 February 2022",
            body: ["Mr. President,", "© Photo Agency"] + long,
            footer: "© 2022 Permanent Mission. All rights reserved.")
        XCTAssertEqual(s.paragraphs.suffix(2), long[...])
    }
}
