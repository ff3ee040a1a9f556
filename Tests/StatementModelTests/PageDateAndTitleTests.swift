import Foundation
import XCTest

@testable import StatementModel

/// Rules read off the tenth labelled set: a page's own date is when it was posted, not when a speech was
/// given; a site's name run onto a headline; a section heading that repeats a part of the `<title>`; a
/// post's date-and-category line; a date heading a standfirst; placing words, headline surnames and kinds in
/// further languages.
final class PageDateAndTitleTests: XCTestCase {
    func readHTML(_ html: String) throws -> Statement {
        let url = Fixture.tempDir().appendingPathComponent("page.html")
        try html.write(to: url, atomically: true, encoding: .utf8)
        return try XCTUnwrap(Fixture.reader.read(fileAt: url).statements.first)
    }

    func speechPage(published: String) -> String {
        """
        <!DOCTYPE html><html><head><title>Address of the Prime Minister to the General Assembly | Government Portal\
        </title><meta property="og:site_name" content="Government Portal">
        <meta property="article:published_time" content="\(published)"></head>
        <body><nav>Home | News | Speeches</nav><article><h1>Address of the Prime Minister to the General Assembly</h1>
        <p>Mr. President, Excellencies, ladies and gentlemen,</p>
        <p>I bring the greetings of the people of Exampleland to this eightieth session of the General Assembly, \
        and I speak for a country that believes the Organization can still deliver on its promise.</p>
        <p>I thank you.</p></article><footer>© Government Portal</footer></body></html>
        """
    }

    func testASpeechDatedByItsPagesPostingDateIsInferredNotCertain() throws {
        let s = try readHTML(speechPage(published: "2025-09-26T08:00:00+02:00"))
        XCTAssertEqual(s.kind?.value, "speech")
        assertField(s.date, StatementDate(year: 2025, month: 9, day: 26)!, inferred: true,
                    "the page went up on the 26th; the words may have been said the day before")
        XCTAssertTrue(s.date?.provenance.reason?.contains("posted") == true, "the reason says so")
    }

    func testANewsStoryKeepsItsPageDateAsStated() throws {
        let s = try readHTML(
            """
            <!DOCTYPE html><html><head><title>Minister meets envoy in the capital</title>
            <meta property="article:published_time" content="2025-09-26T08:00:00+02:00"></head>
            <body><article><h1>Minister meets envoy in the capital</h1>
            <p>The Minister of Foreign Affairs received the United Nations envoy on Friday, the ministry said in a \
            statement, and the two discussed the preparations for the regional conference next month.</p>
            <p>The envoy said the talks had been useful, according to the ministry.</p></article></body></html>
            """)
        XCTAssertEqual(s.kind?.value, "news report")
        assertField(s.date, StatementDate(year: 2025, month: 9, day: 26)!, inferred: false)
    }

    func testAnOpenGraphTitleLosesTheDeclaredSitesName() {
        XCTAssertEqual(
            ArticleExtractor.withoutDeclaredSite("Press Release - Ministry of Foreign Affairs", site: "Ministry of Foreign Affairs"),
            "Press Release")
        XCTAssertEqual(
            ArticleExtractor.withoutDeclaredSite("Council reform - the way ahead", site: "Ministry of Foreign Affairs"),
            "Council reform - the way ahead", "a dash inside a headline is kept when no part is the site")
    }

    func testAPageWithoutAnH1TakesItsOpenGraphTitleLessTheDeclaredSite() throws {
        let page = try XCTUnwrap(HTMLParser.parse(Array(
            """
            <!DOCTYPE html><html><head><title>Press Release – Ministry of Foreign Affairs</title>
            <meta property="og:title" content="Minister leaves for New York - Ministry of Foreign Affairs">
            <meta property="og:site_name" content="Ministry of Foreign Affairs"></head>
            <body><article><p>The Foreign Minister arrived in New York yesterday for the high-level week of the \
            General Assembly, where he will lead the delegation and address the general debate.</p></article>
            </body></html>
            """.utf8)))
        let a = ArticleExtractor.extract(page)
        XCTAssertEqual(a.headline, "Minister leaves for New York")
        XCTAssertEqual(a.headlineSource, "og:title")
    }

    func testASectionHeadingThatRepeatsAPartOfTheTitleIsTheHeadline() throws {
        let s = try readHTML(
            """
            <html><head><title>Centre - 57th session of the General Assembly - Summaries of statements</title></head>
            <body><p class="menu">Introduction | President | <b>Summaries of statements</b></p>
            <h2>Summaries of statements</h2>
            <p>20 September 2002</p>
            <p>The President of Exampleland told the Assembly that inequality between nations was the first threat \
            to peace, and asked for fairer access to markets for the goods of developing countries.</p>
            </body></html>
            """)
        XCTAssertEqual(s.title?.value, "Summaries of statements")
    }

    func testAPostsDateAndCategoryLineIsNoHeadline() {
        XCTAssertTrue(TitleReview.datedMetaLine("September 18, 2023 Press Release"))
        XCTAssertTrue(TitleReview.datedMetaLine("Monday, September 18, 2023 Breaking News"))
        XCTAssertFalse(TitleReview.datedMetaLine("Minister addresses the Assembly on 18 September 2023"))
        XCTAssertFalse(
            TitleReview.datedMetaLine("18 September 2023: the Minister addresses the Assembly on climate and peace"))
    }

    func testADateHeadingAStandfirstDatesTheStatement() {
        let s = Fixture.read(
            """
            Mission in Exampleland
            Home | About | Media Centre | Contact

            Media Centre > Statements

            Head of mission briefs the Security Council

            4 December 2014 - Statement by the Special Representative of the Secretary-General for Exampleland, \
            Jane Roe, to the United Nations Security Council in New York:

            Mr. President, Excellencies,

            Six months have passed since the elections, and the new institutions are expected to be constituted in \
            the coming days. I urge the leaders to complete this work in a spirit of inclusiveness.

            Thank you, Mr. President.
            """)
        XCTAssertEqual(s.date?.value, StatementDate(year: 2014, month: 12, day: 4))
    }

    func testPlacingWordsInFurtherLanguagesPutAStoryInTheForum() {
        let placing = Fixture.reference.forums.placing
        XCTAssertTrue(placing.places(before: "Rais Obama, akilihutubia ", after: ""), "Swahili: while addressing")
        XCTAssertTrue(placing.places(before: "이재명 대통령이 ", after: "에서 기조연설을 했다"), "Korean: at, keynote")
        XCTAssertTrue(placing.places(before: "Ministr promluvil na zasedání ", after: ""), "Czech: at the session")
        XCTAssertTrue(placing.places(before: "ขึ้นกล่าวในการอภิปรายทั่วไปของการประชุม", after: ""), "Thai, no spaces")
        XCTAssertFalse(placing.places(before: "o papel do ", after: " na região"), "a body named as a topic")
        XCTAssertFalse(placing.places(before: "reforma v ", after: ""), "a bare preposition is not enough")
    }

    func testASwahiliStoryOfAnAddressIsFiledUnderTheAssembly() {
        let s = Fixture.read(
            """
            DW Kiswahili

            Habari | Afrika | Ulimwengu | Michezo

            Rais wa Exampleland ahutubia Umoja wa Mataifa

            24.09.2009

            Rais wa Exampleland, akilihutubia Baraza Kuu la Umoja wa Mataifa mjini New York, amesema dunia \
            inahitaji ushirikiano mpya ili kukabiliana na mabadiliko ya tabianchi na umaskini.

            Alisema nchi yake iko tayari kufanya kazi na mataifa yote.
            """)
        XCTAssertEqual(s.forum?.value, "General Assembly")
        XCTAssertEqual(s.forum?.provenance.isInferred, true)
    }

    func testAHeadlineSurnameNamesThePersonTheLeadGivesInFull() {
        let s = Fixture.read(
            """
            Exampleland News    Markets   Money   Rates   News   Business   Jobs   Forum

            World | 24.02.2023 21:14:00

            Minister Kowalsky speaks again at the Security Council

            Exampleland's head of diplomacy Jan Kowalsky spoke on 24 February at the Security Council for the second \
            time in half a year, in the debate on Ukraine, in which the Secretary of State Antony Blinken also took \
            part. The ministry said the statement showed the country's commitment.

            Mr. President, thank you for this opportunity to speak in this debate.
            """)
        XCTAssertEqual(s.title?.value, "Minister Kowalsky speaks again at the Security Council",
                       "neither the menu nor the section-and-time line is the headline")
        XCTAssertEqual(s.speaker?.value, "Jan Kowalsky", "the headline's surname, in full in the lead")
        XCTAssertEqual(s.speaker?.provenance.isInferred, true)
    }

    func testWordsTheTextWritesInLowerCaseAreNoName() {
        let s = Fixture.read(
            """
            States agree on a shorter agenda for the Assembly

            Member States agreed on Tuesday that the work of the General Assembly needs revitalization, and \
            several member states asked for a shorter agenda and for fewer reports each year.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Member States", "“member states” is written in lower case too")
    }

    func testASpacedMenuIsAMenu() {
        XCTAssertTrue(ForumReview.isMenu("Kurzy.cz    Akcie   Komodity   Měny   Úroky   Zprávy   Podnikání"))
        XCTAssertFalse(ForumReview.isMenu("The Council  met on Tuesday  to discuss the situation in the region"))
    }

    func testASpeechPrintedUnderANewsLeadInKoreanOrThaiIsASpeech() {
        let korean = Fixture.read(
            """
            예시 뉴스

            대통령, 유엔 총회 기조연설

            2025.09.24. 오전 02:40

            의장님, 사무총장님, 각국 대표 여러분, 올해는 유엔이 창설된 지 80년이 되는 해입니다. 저는 오늘 \
            평화와 협력에 대해 말씀드리고자 합니다. 우리는 대화의 길을 멈추지 않겠습니다. 저희 정부는 \
            다자주의를 지지합니다. 우리의 약속은 변함이 없습니다.

            감사합니다.
            """)
        XCTAssertEqual(korean.kind?.value, "speech")
        let thai = Fixture.read(
            """
            ข่าวตัวอย่าง

            ถ้อยแถลงฉบับเต็มของรัฐมนตรีว่าการกระทรวงการต่างประเทศ

            ท่านประธานสมัชชาฯ ท่านผู้มีเกียรติทั้งหลาย คณะผู้แทนที่เคารพ

            กระผมขอแสดงความยินดีกับท่านประธานที่ได้รับเลือกให้ดำรงตำแหน่ง และขอยืนยันว่าประเทศไทยยึดมั่นในระบบพหุภาคี \
            และการระงับข้อพิพาทโดยสันติวิธีตามกฎหมายระหว่างประเทศ
            """)
        XCTAssertEqual(thai.kind?.value, "speech", "Thai writes its words without spaces: the address is found inside")
    }

    func testASpeechThePageSaysWasGivenYesterdayIsDatedTheDayBefore() throws {
        let s = try readHTML(
            """
            <!DOCTYPE html><html><head><title>Exampleland at the 80th General Assembly – Government Portal</title>
            <meta property="og:site_name" content="Government Portal">
            <meta property="article:published_time" content="2025-09-26T07:00:00+02:00"></head>
            <body><article><h1>Exampleland at the 80th General Assembly</h1>
            <p>September 26, 2025 – The Prime Minister addressed the 80th Session of the United Nations General \
            Assembly in New York yesterday. Below is the full statement delivered by the Prime Minister:</p>
            <p>Madam President, Excellencies,</p>
            <p>I warmly congratulate you on your election. My delegation pledges its full support and cooperation \
            throughout your term, and we thank your predecessor for his leadership.</p></article></body></html>
            """)
        XCTAssertEqual(s.kind?.value, "speech")
        assertField(s.date, StatementDate(year: 2025, month: 9, day: 25)!, inferred: true,
                    "posted on the 26th, given “yesterday”")
        XCTAssertEqual(s.date?.provenance.rule, "review.yesterday-before-page-date")
    }

    func testAPostsHolderOrMessageIsNoName() {
        let s = Fixture.read(
            """
            United Nations Information Centre

            Home | News | Messages | Contact

            Secretary-General's New Year's Message

            1 January 2019

            As the new year begins, I send my greetings to people everywhere. We face grave challenges, and we \
            can meet them together: the Organization stands ready to help.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Year's Message")
        XCTAssertFalse(SpeakerReview.isName("Undp Administrator"), "a post is no name")
    }
}
