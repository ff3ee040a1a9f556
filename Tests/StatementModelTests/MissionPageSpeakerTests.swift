import Foundation
import XCTest

@testable import StatementModel

/// Rules read off the labelled sets' speaker misses in session 16, each checked on a text of its own: whose
/// mission a saved page is, from its metadata; a post naming the page's country after a name; a long post
/// between a name and its verb; Russian posts, letterheads and headings.
final class MissionPageSpeakerTests: XCTestCase {
    private func readHTML(_ html: String) throws -> Statement {
        let url = Fixture.tempDir().appendingPathComponent("release.html")
        try html.write(to: url, atomically: true, encoding: .utf8)
        return try XCTUnwrap(Fixture.reader.read(fileAt: url).statements.first)
    }

    /// A mission's release about a whole debate: a UN official the envoys table knows opens it, but the page
    /// is Norway's (its `og:site_name` says so) and the one whose post names Norway is the one it is about.
    private func release(siteName: String?) -> String {
        let meta = siteName.map { #"<meta property="og:site_name" content="\#($0)">"# } ?? ""
        return """
            <!DOCTYPE html><html lang="en"><head><title>Council debate on peace operations</title>\(meta)</head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>
            <h1>Press Release: Security Council holds debate on peace operations</h1>
            <p>The Security Council met on 12 March 2019 for its debate on peace operations. The debate was opened by \
            Mr. Jean-Pierre Lacroix, Under-Secretary-General for Peace Operations, who briefed members on the \
            missions' budgets. H.E. Ambassador Tove Halvorsen, Permanent Representative of Norway to the United \
            Nations, then spoke for her Government.</p>
            <p>Ambassador Halvorsen noted that missions needed clear mandates and steady funding, and that the \
            protection of civilians had to come first in every mandate the Council writes. The Ambassador also \
            spoke of training and of the women who serve in the missions, and thanked the troop contributors.</p>
            </article><footer>Contact</footer></body></html>
            """
    }

    func testAMissionsSiteNameGivesThePageItsCountryAndItsOwnAmbassadorTheFloor() throws {
        let s = try readHTML(release(siteName: "Permanent Mission of Norway to the United Nations"))
        assertField(s.speaker, "Tove Halvorsen", inferred: true)
        assertField(s.country, "Norway", inferred: true)
        XCTAssertEqual(s.source.publisher?.value, "Permanent Mission of Norway to the United Nations")
        // Without the site's name nothing says whose page it is: the UN official who opened the debate is as
        // likely, and nobody is named.
        let anonymous = try readHTML(release(siteName: nil))
        XCTAssertNotEqual(anonymous.speaker?.value, "Jean-Pierre Lacroix")
    }

    func testANameWithALongPostHoldingCommasThenAVerbIsTheSpeaker() {
        let s = Fixture.read(
            """
            Council hears of regional cooperation

            Published: 4 Feb 2025

            Closer work between the regional body and the United Nations can help settle the crises of the region, \
            officials told the Security Council today.

            Marta Quintero, Assistant Secretary-General for Europe, Central Asia and the Americas in the \
            Departments of Political Affairs and Peace Operations, warned that the ceasefire remained fragile. She \
            said the United Nations would widen its support to the talks.
            """)
        assertField(s.speaker, "Marta Quintero", inferred: true)
    }

    func testARussianSpecialRepresentativeAfterARegionIsNamedWithoutTheRegion() {
        let s = Fixture.read(
            """
            Центр провел встречу заместителей министров в Ташкенте

            В Ташкенте завершилась ежегодная встреча заместителей \
            министров иностранных дел, которую организовал \
            Региональный центр ООН. Специальный представитель \
            Генерального секретаря ООН по Центральной Азии Олег \
            Савченко, во вступительном слове высоко оценил развитие \
            регионального сотрудничества и подчеркнул \
            значение водных соглашений.

            Олег Савченко также остановился на вопросах борьбы с \
            терроризмом.
            """)
        assertField(s.speaker, "Олег Савченко", inferred: true)
    }

    func testALetterheadRunIntoItsHeadingGivesTheCountryAndTheDatelineItsMonth() {
        // A PDF's letterhead and heading come out as one line; the dateline gives a month, in Russian.
        let s = Fixture.read(
            """
            Министерство иностранных дел Республики Казахстан \
            Посольство Республики Казахстан в Королевстве \
            Нидерландов Выступление Президента на общих дебатах 74-й \
            сессии Генеральной Ассамблеи ООН

            г. Нью-Йорк, сентябрь 2019 года

            Уважаемый господин Председатель!

            Позвольте поздравить Вас с избранием и пожелать успехов \
            в работе сессии. Наша страна поддерживает \
            усилия Организации по укреплению мира, безопасности и \
            устойчивого развития во всех регионах мира.
            """)
        assertField(s.date, StatementDate(year: 2019, month: 9)!, inferred: false)
        assertField(s.speaker, "Kassym-Jomart Tokayev", inferred: true)
        assertField(s.country, "Kazakhstan", inferred: true)
    }

    func testARussianHeadingsUndeclinedSurnameIsTakenOnlyWhenTheTablesKnowTheName() {
        let known = Fixture.read(
            """
            Выступление Президента Республики Беларусь Александра \
            Лукашенко на саммите тысячелетия

            Уважаемый господин Председатель! Мир стоит перед новыми \
            вызовами, и наша страна готова вместе со всеми \
            государствами искать ответы на них, укрепляя доверие и \
            сотрудничество в рамках Организации.
            """)
        XCTAssertEqual(known.speaker?.value, "Александр Лукашенко")
        let unknown = Fixture.read(
            """
            Выступление Министра иностранных дел Ивана Кузько на \
            открытии конференции

            Уважаемые коллеги! Мир стоит перед новыми вызовами, и \
            наша страна готова вместе со всеми государствами \
            искать ответы на них, укрепляя доверие и сотрудничество \
            в рамках Организации.
            """)
        XCTAssertNotEqual(unknown.speaker?.provenance.rule, "speaker.genitive-heading")
    }

    func testAMinistrysNameInThePagesTitleByItsStatesAdjectiveGivesTheForeignMinister() throws {
        // No `og:site_name`: the title's last part names the site, the state by its adjective ("الأردنية").
        let s = try readHTML(
            """
            <!DOCTYPE html><html lang="ar"><head>
            <title>كلمة السيد وزير الخارجية أمام جلسة مجلس الأمن بشأن \
            الشرق الأوسط - وزارة الخارجية الأردنية</title>
            </head><body><article><h1>كلمة السيد وزير الخارجية أمام جلسة مجلس \
            الأمن بشأن الشرق الأوسط</h1>
            <p>2023-10-24</p><p>شكراً السيد الرئيس،</p>
            <p>نجتمع اليوم والمنطقة تمر بأخطر مرحلة منذ سنوات، ولا بد \
            من وقف فوري لإطلاق النار وإيصال المساعدات \
            الإنسانية دون عوائق، واحترام القانون الدولي الإنساني \
            وحماية المدنيين في كل مكان.</p>
            </article></body></html>
            """)
        XCTAssertEqual(s.source.publisher?.value, "وزارة الخارجية الأردنية")
        XCTAssertEqual(s.source.publisher?.provenance.rule, "html.title-site-name")
        assertField(s.speaker, "Ayman Safadi", inferred: true)
        assertField(s.country, "Jordan", inferred: true)
        XCTAssertEqual(CountryReview.arabicAdjective("السورية"), ["السور", "سور", "سوريا"])
    }

    /// A general debate speech greets the Assembly's president and the Secretary-General of its year by name;
    /// neither is its speaker, whichever rule found them. The president's own remarks are his.
    func testTheOfficersASpeechGreetsAreNotItsSpeakerUnlessTheHeadlineSaysSo() {
        let speech = Fixture.read(
            """
            Statement by the Prime Minister of Portugal at the general debate of the 79th session of the \
            General Assembly

            New York, 26 September 2024

            Mr. President,
            Mr. Secretary-General,
            Excellencies,

            I congratulate the President of the General Assembly, Mr. Philemon Yang, on his election and wish him \
            every success. I thank Secretary-General António Guterres for his tireless work for the reform of the \
            Organization and for peace. Guterres has our full support in the year ahead.

            The world needs a stronger Organization, able to prevent conflicts and to answer the climate crisis.
            """)
        XCTAssertNotEqual(speech.speaker?.value, "Philemon Yang")
        XCTAssertNotEqual(speech.speaker?.value, "António Guterres")
        XCTAssertEqual(speech.speaker?.value, "Luís Montenegro")
        let own = Fixture.read(
            """
            PGA Remarks at the High-level Meeting on Antimicrobial Resistance

            26 September 2024

            Excellencies,

            It is an honour for me, Mr. Philemon Yang, to open this meeting as President of the General Assembly. \
            Resistance to our medicines threatens the progress of a century, and no country can face it alone.
            """)
        XCTAssertEqual(own.speaker?.value, "Philemon Yang")
    }
}

