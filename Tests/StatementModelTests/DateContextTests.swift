import Foundation
import XCTest

@testable import StatementModel

/// Dates read from the words around them, in fixtures written in the shape of real pages.
final class DateContextTests: XCTestCase {
    func testPublishedBeforeUpdatedOnOneLineIsThePublicationDate() throws {
        let finding = try XCTUnwrap(
            DateFinder.dateLine("Published: 13:57, March 4, 2022 | Updated: 19:26, March 5, 2022 PDF View"))
        XCTAssertEqual(finding.date, StatementDate(year: 2022, month: 3, day: 4))
        XCTAssertFalse(finding.modification, "the label before the first date is 'Published'")
        XCTAssertTrue(DateFinder.dateLine("Updated: 19:26, March 5, 2022")?.modification ?? false)
    }

    func testOrdinalWithCommaAndDashedDayFirstDates() {
        XCTAssertEqual(
            DateFinder.fullDates(in: "تاريخ النشر: 8th, January 2025 GMT").first?.date,
            StatementDate(year: 2025, month: 1, day: 8))
        XCTAssertEqual(
            DateFinder.fullDates(in: "Created: 21-11-2022 21:08 IST").first?.date,
            StatementDate(year: 2022, month: 11, day: 21))
        XCTAssertNil(DateFinder.fullDates(in: "Created: 03-04-2022").first?.date, "3 April or 4 March: left unread")
    }

    func testADatelineOpeningALongParagraphDatesTheStory() {
        let body = String(
            repeating: "El Consejo Permanente se reunió para debatir el proyecto de declaración. ", count: 8)
        let s = Fixture.read("Noticias del continente\n\n(Washington DC, 21/11/2016). " + body)
        XCTAssertEqual(s.date?.value.iso, "2016-11-21")
        XCTAssertEqual(s.date?.provenance.basis, .inferred)
    }

    func testALettersOwnDateIsStated() {
        let s = Fixture.read(
            """
            Letter from Palau to the President of the Security Council

            Letter dated 14 May 2009 from the Permanent Representative of Palau to the United Nations addressed to
            the President of the Security Council

            I have the honour to transmit herewith the position of my Government on the matter now before the
            Council, and would be grateful if it were circulated as a document of the Security Council.
            """)
        assertField(s.date, StatementDate(year: 2009, month: 5, day: 14)!)
    }

    func testADateWithItsRightWeekdayInTheLeadDatesAnUndatedRelease() {
        let long = String(repeating: "The Ambassador set out the position of the Government at length. ", count: 8)
        let s = Fixture.read(
            """
            Ministry of Foreign Affairs

            Home | News | Contact

            Palau speaks for small island States at a virtual meeting

            Palau's Permanent Representative, Ambassador Ngiraked Tellei, took part on Thursday, 18th March 2021, \
            in a virtual meeting of the small island States with the President of the General Assembly. \(long)
            """)
        assertField(s.date, StatementDate(year: 2021, month: 3, day: 18)!, inferred: true)
    }

    func testYearOfADatelineIsTheNearestToADateOnlyMetInTheText() {
        XCTAssertEqual(
            DateReview.year(month: 12, day: 31, nearest: StatementDate(year: 2025, month: 12, day: 29)!), 2025)
        XCTAssertEqual(DateReview.year(month: 12, day: 31, nearest: StatementDate(year: 2026, month: 1, day: 2)!), 2025)
        XCTAssertEqual(
            DateReview.year(month: 12, day: 31, onOrBefore: StatementDate(year: 2026, month: 1, day: 2)!), 2025)
        XCTAssertEqual(
            DateReview.year(month: 1, day: 3, onOrBefore: StatementDate(year: 2026, month: 1, day: 2)!), 2026,
            "a day after the page's date: the agency's clock runs ahead")
    }
}

/// Kind and forum from how a text speaks, in the shape of real news and release pages.
extension DateContextTests {
    func testTheSiteBarsDateAboveTheHeadlineGivesWayToTheStorysOwn() {
        let s = Fixture.read(
            """
            ÖRNEK HABER
            Son Dakika | Gündem | Dünya | Ekonomi | Spor

            10 Mayıs 2024
            İstanbul 16°C · Ankara 16°C · İzmir 19°C

            Dünya

            BM GÜVENLİK KONSEYİ BAŞKANLIĞI RUSYA'YA GEÇTİ

            03 Nisan 2023 Pazartesi 23:00

            Paylaş: Facebook · Twitter · WhatsApp

            Güvenlik Konseyi'nde her ay bir üyenin üstlendiği başkanlık görevi, nisan ayı için Rusya'ya geçti. \
            Rusya'nın BM Daimi Temsilcisi, düzenlediği basın toplantısında iddiaları reddetti ve ayın programını \
            anlattı.
            """)
        assertField(s.date, StatementDate(year: 2023, month: 4, day: 3)!)
        XCTAssertEqual(s.title?.value, "BM GÜVENLİK KONSEYİ BAŞKANLIĞI RUSYA'YA GEÇTİ", "a share bar is no menu")
    }

    func testAHeadlinesDateIsNotCertainWhenThePagesIssueDateDiffers() {
        let s = Fixture.read(
            """
            Security Council Open Debate on Upholding the Charter 13 January 2020
            Reference Number: , Press Release Issue Date: Jan 14, 2020
            The presidency opened the month with a debate open to all Member States, and Exampleland was among \
            the delegations that took the floor to speak of the Charter as a shared foundation.
            """)
        XCTAssertEqual(s.date?.provenance.basis, .inferred, "two dates the page gives disagree")
        XCTAssertTrue(s.date?.provenance.reason?.contains("runner-up") ?? false, "the other date is named")
    }
}

final class KindAndForumFormsTests: XCTestCase {
    func testQuestionsOnLinesOfTheirOwnMakeAnInterviewGivenInNoForum() {
        let s = Fixture.read(
            """
            Mission head discusses the upcoming UN Security Council visit
            1 Sep 2016
            Ahead of the arrival of a Security Council delegation, the head of the Mission answered questions.
            What do you expect Council members to focus on while they are here?
            Reports in New York can only tell members so much. Here they can walk through the sites and talk to \
            displaced families about what they need.
            What are you hoping will come out of the meetings?
            Honest conversations. We want members to hear the Government's own concerns about the new mandate.
            Why does the timing matter?
            Our first report on the new mandate is due soon, and members will want to know where talks stand.
            """)
        XCTAssertEqual(s.kind?.value, "interview")
        XCTAssertNil(s.forum, "an interview speaks of the Council; it was not given in it")
    }

    func testAPressConferenceInTraditionalChinese() {
        let s = Fixture.read(
            """
            外交部：安理會應為政治解決危機積累條件
            2022年09月27日 17:25 來源：示例新聞網
            示例網北京9月27日電 在27日下午的外交部例行記者會上，有外國記者問及中方如何看待聯合國安理會舉行的特別會議。發言人回答了提問。
            發言人說，中方重申，尊重各國主權和領土完整、遵守聯合國憲章，這是中方的一貫立場。
            他表示，中國將繼續同國際社會攜手，為局勢降溫出力。
            """)
        XCTAssertEqual(s.forum?.value, "Press conference")
    }

    func testAGermanStoryIsANewsReport() {
        let s = Fixture.read(
            """
            Beispielfunk
            Nachrichten | Politik | Wirtschaft | Kultur
            Präsident beklagt Machtlosigkeit der Vereinten Nationen
            Der Präsident hat bei seiner Rede im Sicherheitsrat eine Machtlosigkeit der Vereinten Nationen beklagt. \
            Die Organisation antworte auf Krisen mit Worten statt mit Lösungen, sagte er in der Sitzung in New York. \
            Das Vetorecht habe die Organisation in eine Sackgasse geführt, betonte der Präsident. Er forderte, der \
            Generalversammlung die Befugnis zu geben, ein solches Veto zu überstimmen, und warnte vor neuen Kriegen \
            in der Region, falls die Staaten nicht handelten. Der Außenminister soll später sprechen.
            """)
        XCTAssertEqual(s.kind?.value, "news report")
    }

    func testAThirdPersonTextWithoutReportingVerbsIsAReport() {
        let s = Fixture.read(
            """
            Политика | Экономика | Общество | В мире

            Постпред Палау при ООН покинул зал на заседании Совета Безопасности

            Постоянный представитель Палау при ООН на заседании Совета Безопасности, посвященном \
            положению в регионе, покинул зал после выступления делегации соседней страны. По словам дипломата, его уход \
            не следует расценивать как демарш. Заседание было созвано по инициативе нескольких членов Совета. \
            Делегации обсуждали гуманитарную обстановку, доступ для помощи и работу миссии. Представители \
            региональных организаций выступили с краткими сообщениями о ходе переговоров и планах на \
            ближайший месяц. Следующее заседание по этому вопросу запланировано на конец квартала.
            """)
        assertField(s.kind, "news report", inferred: true)
        XCTAssertEqual(s.kind?.provenance.rule, "kind.third-person")
        assertField(s.forum, "Security Council", inferred: true)
    }

    func testARussianHeadlineDeclinesTheCouncilsName() {
        let s = Fixture.read(
            """
            Выступление Постоянного представителя на заседании Совета Безопасности ООН по Сирии

            Уважаемый господин Председатель,

            Мы внимательно выслушали брифинг и хотели бы высказать несколько соображений о положении дел. \
            Положение в стране остается тяжелым, и гуманитарная обстановка требует постоянного внимания \
            Совета. Мы призываем все стороны соблюдать договоренности, обеспечить доступ гуманитарных \
            грузов и вернуться к политическому процессу под эгидой ООН, который остается единственным путем \
            к устойчивому урегулированию. Благодарю за внимание.
            """)
        assertField(s.forum, "Security Council", inferred: true)
    }

    func testASecretaryGeneralsStatementReleaseIsASpeech() {
        let s = Fixture.read(
            """
            SG/SM/99999
            12 May 2021

            Secretary-General, in Message, Calls for Renewed Commitment to Peacekeeping

            Following is UN Secretary-General's message for the day:

            Today we honour the women and men who serve under the blue flag, and we remember those who gave \
            their lives. I thank every country that contributes troops and police, and I call on all parties \
            to respect the safety of peacekeepers.
            """)
        assertField(s.kind, "speech", inferred: true)
    }
}

final class ForumBusinessTests: XCTestCase {
    func testTheCouncilsElectionsAreTheAssemblysBusiness() {
        let s = Fixture.read(
            """
            Permanent Mission of Palau to the United Nations

            Statement at the Election of non-permanent members of the Security Council

            Mr. President,

            Palau congratulates the States elected today and thanks every delegation that supported our region's candidates.
            """)
        assertField(s.forum, "General Assembly", inferred: true)
    }

    func testALetterToTheCouncilWasNotDeliveredInIt() {
        let s = Fixture.read(
            """
            Letter dated 3 May 2019 from the Permanent Representative of Palau addressed to the President of the Security Council

            I have the honour to transmit herewith a letter from my Government on the matter before the Council. \\
            I should be grateful if the present letter could be circulated as a document of the Security Council.

            (Signed) Ngiraked Tellei
            """)
        assertField(s.kind, "letter", inferred: true)
        XCTAssertNil(s.forum, "a letter is addressed to the Council, not delivered in it")
    }
}

final class DateFormsTests: XCTestCase {
    func testWeekdaysInTheOtherLanguagesMarkTheSitesClock() {
        XCTAssertEqual(Weekday.number(named: "السبت"), 7)
        XCTAssertEqual(Weekday.number(named: "miércoles"), 4)
        XCTAssertEqual(Weekday.number(named: "пятницу"), 6)
        XCTAssertNil(Weekday.number(named: "Mansour"))
    }

    func testADatelinesTwoDigitYear() {
        let s = Fixture.read(
            """
            Политика | Экономика | Общество

            Палау выдвинула свою кандидатуру в Совет Безопасности

            Нгерульмуд, 26.09.18 /Кабар/. Палау выдвинула свою кандидатуру в непостоянные члены Совета \\
            Безопасности ООН, сообщил глава государства, выступая на общих прениях Генеральной Ассамблеи.
            """)
        assertField(s.date, StatementDate(year: 2018, month: 9, day: 26)!)
    }
}

final class ReleaseHeaderTests: XCTestCase {
    func testAReleasesHeaderFieldsAboveTheHeadlineDateIt() throws {
        let html = """
            <html lang="fr"><head><title>Le Conseil adopte une résolution | Couverture des réunions</title></head><body>
            <header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/cs">Conseil de sécurité</a></li></ul></nav></header>
            <main><div class="press-header"><div class="field">CS/9999</div><div class="field">28/04/2004</div>
            <div class="field">Communiqué de presse</div><div class="field">4956ème séance – après-midi</div></div>
            <article><h1>LE CONSEIL ADOPTE UNE RÉSOLUTION SUR LA NON-PROLIFÉRATION</h1>
            <div class="body"><p>Le Conseil de sécurité a adopté aujourd'hui à l'unanimité une résolution qui demande aux États \
            de prendre des mesures contre la prolifération des armes de destruction massive et de leurs vecteurs.</p>
            <p>Il crée un comité chargé d'examiner l'application de la résolution pendant une période de deux ans.</p></div>
            </article></main></body></html>
            """
        let url = Fixture.tempDir().appendingPathComponent("cs9999.html")
        try html.write(to: url, atomically: true, encoding: .utf8)
        let s = try XCTUnwrap(Fixture.reader.read(fileAt: url).statements.first)
        assertField(s.date, StatementDate(year: 2004, month: 4, day: 28)!)
        assertField(s.kind, "press release")
        assertField(s.forum, "Security Council")
        XCTAssertFalse(s.paragraphs.contains("CS/9999"), "the symbol heads the release; it is not its text")
    }
}

final class KindEdgeTests: XCTestCase {
    private let long = String(
        repeating: "Delegates and analysts followed the exchanges closely in the chamber that afternoon. ", count: 6)

    func testARelatedStoryNamingAMinistryDoesNotMakeANewsPageARelease() {
        let s = Fixture.read(
            """
            Diario del Golfo
            Nacional | Mundo | Opinión | Deportes

            El Consejo de Seguridad debatió la situación en el Caribe

            El embajador de Palau, Ngiraked Tellei, dijo a la prensa que el Consejo debía actuar. \(long)

            Más noticias
              Cancillería venezolana rechaza nuevas sanciones
              El Caribe se prepara para la temporada de huracanes
            © Diario del Golfo. Todos los derechos reservados.
            """)
        XCTAssertEqual(s.kind?.value, "news report")
    }

    func testAnInterviewPrintedWithoutLabelsIsAnInterview() {
        let s = Fixture.read(
            """
            Интервью Постоянного представителя Палау при ООН агентству

            — Как вы оцениваете итоги года в Совете Безопасности?

            — Год был непростым. Совет редко находил общий язык, но несколько решений удалось принять. \(long)

            — Что ожидать от следующего председательства?

            — Мы рассчитываем на деловой подход и на то, что все члены Совета будут готовы к диалогу.
            """)
        assertField(s.kind, "interview", inferred: true)
    }

    func testAReleaseNamesTheBodyWhoseWorkItReportsInItsHeadline() {
        let s = Fixture.read(
            """
            Press release

            Human Rights Council Concludes Its Sixtieth Regular Session after Adopting Forty Texts

            The Council concluded its session today after adopting forty resolutions and decisions on a wide range \
            of subjects. It elected members of its Advisory Committee and appointed several special procedure \
            mandate holders. The President closed the session and thanked the delegations for their cooperation \
            during five weeks of work, which had included interactive dialogues with more than thirty experts. \(long)
            """)
        assertField(s.kind, "press release", inferred: true)
        assertField(s.forum, "Human Rights Council", inferred: true)
    }
}

final class ForumMentionTests: XCTestCase {
    func testATypographicApostropheStillNamesTheBody() {
        let s = Fixture.read(
            """
            36ème session du Conseil des droits de l’Homme

            Intervention du Représentant permanent

            Monsieur le Président,

            La France salue votre action et celle de vos équipes, et soutient pleinement le mandat du Conseil.
            """)
        assertField(s.forum, "Human Rights Council", inferred: true)
    }

    func testTheGroupASpeakerSpeaksForIsNotTheForum() {
        let s = Fixture.read(
            """
            Statement on behalf of the Group of 77 and China by the Permanent Representative of Palau

            Mr. President,

            I have the honour to speak on behalf of the Group, and I thank you for convening this meeting today.
            """)
        XCTAssertNotEqual(s.forum?.value, "Group of 77 and China")
    }
}

final class BuiltTitleTests: XCTestCase {
    func testASpeechWithoutAHeadlineIsTitledByWhatIsKnown() {
        let p = Provenance(basis: .stated, rule: "corpus", confidence: 1)
        var s = Statement(
            id: "t", source: StatementSource(family: "unsc"), raw: "Mr. President, ...",
            paragraphs: ["Mr. President, the situation in the Sudan requires our attention."])
        s.speaker = Attributed("Zhang Jun", p)
        s.country = Attributed("China", p)
        s.forum = Attributed("Security Council", p)
        s.date = Attributed(StatementDate(year: 1992, month: 6, day: 5)!, p)
        s.meetingSymbol = Attributed("S/PV.3001", p)
        s.agenda = Attributed("Reports of the Secretary-General on the Sudan", p)
        XCTAssertEqual(
            s.displayTitle,
            "Zhang Jun (China) — Security Council, 5 June 1992, S/PV.3001: Reports of the Secretary-General on the Sudan"
        )
        s.speaker = nil
        s.forum = nil
        XCTAssertTrue(s.displayTitle.hasPrefix("Mr. President"), "one field known: the first words stand in")
    }
}
