import XCTest

@testable import StatementModel

/// Rules read off the labelled sets' misses in session 15, each checked on a text of its own: whose site a
/// page is, a letter's shape, a delivery date under a later posting date, a forum a story is filed under,
/// the Secretary-General's messages in further languages.
final class SiteAndShapeRulesTests: XCTestCase {
    private let story = """
        The delegation took part in the debate and its head said the country would keep working with all partners.
        He recalled the commitments made last year, said the country had met most of them, and said it would report
        on the rest before the end of the session, as the chair had asked.
        """

    func testAStateMastheadOrACopyrightHolderMakesAThirdPersonStoryAPressRelease() {
        let byMasthead = Fixture.read(
            """
            Republic of Exampleland
            Office of the President

            Home | News | Speeches | Contact

            President addresses the Human Rights Council

            \(story)
            """)
        assertField(byMasthead.kind, "press release", inferred: true)
        let byCopyright = Fixture.read(
            """
            Home | News | Speeches | Contact

            Minister addresses the Human Rights Council

            \(story)

            © 2024 Government of Exampleland | Ministry of Information
            """)
        assertField(byCopyright.kind, "press release", inferred: true)
    }

    func testAnInstitutionsOwnNewsServicePublishesNewsReports() {
        let s = Fixture.read(
            """
            UN News
            Global perspective Human stories

            Home | Peace and Security | Climate

            Council hears of the mission's progress

            \(story)

            © United Nations
            """)
        assertField(s.kind, "news report", inferred: true)
    }

    func testALetterIsKnownByItsGreetingAndItsClosing() {
        let s = Fixture.read(
            """
            Blog of a friendship society

            Home | Letters | Contact

            The foreign minister answers the Council's president

            Exampleville, 7 de diciembre de 2023

            Estimado Señor Presidente:

            Hago referencia a su comunicación sobre la resolución adoptada por el Consejo y le expreso el \
            rechazo de mi Gobierno.

            Mi país seguirá defendiendo la paz y el bienestar de su pueblo.

            Atentamente,

            Juan Ejemplo
            Ministro de Relaciones Exteriores
            """)
        assertField(s.kind, "letter", inferred: true)
    }

    func testAPlaceLineAfterLeDatesTheWordsUnderTheSitesDate() {
        let s = Fixture.read(
            """
            Exampleland Daily - all the news

            Jeudi 30 Juin 2022

            Déclaration de l'Ambassadeur, Représentant permanent auprès des Nations Unies

            New York, le 29 juin 2022

            Monsieur le Président,

            Le Gouvernement prend acte de la résolution que le Conseil vient d'adopter et en dit ses réserves.
            """)
        XCTAssertEqual(s.date?.value.iso, "2022-06-29")
        XCTAssertEqual(s.date?.provenance.isInferred, true)
    }

    func testAHeadingNamingTheSpeechDatesItUnderALaterPostingDate() {
        let s = Fixture.read(
            """
            Ein Blog über Außenpolitik

            Veröffentlicht am 27. September 2024

            Rede des Außenministers vor dem UN-Sicherheitsrat am 24. September 2024. (Eigene Übersetzung)

            Herr Präsident, wir stehen hier, weil der Krieg weitergeht und die Charta verletzt wird.
            """)
        XCTAssertEqual(s.date?.value.iso, "2024-09-24")
    }

    func testPersianAndCzechDatesAreRead() {
        XCTAssertEqual(DateFinder.fullDates(in: "نیویورک، 23 اکتبر 2025").first?.date?.iso, "2025-10-23")
        XCTAssertEqual(DateFinder.fullDates(in: "۲۴ اکتبر ۲۰۲۵").first?.date?.iso, "2025-10-24")
        XCTAssertEqual(DateFinder.fullDates(in: "Aktuality 24. 10. 2022").first?.date?.iso, "2022-10-24")
    }

    func testATraditionalScriptDatelineInBracketsDatesTheStory() {
        let s = Fixture.read(
            """
            某報
            當前報章2023年09月21日
            聯合國大會一般性辯論在紐約開幕
            【新華社聯合國9月19日電】第78屆聯合國大會一般性辯論19日在紐約聯合國總部\
            開幕，各國元首將就可持續發展等議題闡述立場。
            """)
        XCTAssertEqual(s.date?.value.iso, "2023-09-19")
    }

    func testAStoryWhoseHeadlineNamesOneForumIsFiledUnderIt() {
        let s = Fixture.read(
            """
            Exampleland Press - Accueil | Monde | Politique

            L'Exampleland appelle à la non-politisation du Conseil des droits de l'Homme

            vendredi 28 mars 2014

            Genève - L'Exampleland a plaidé vendredi à Genève pour que le Conseil des droits de l'Homme (CDH) \
            de l'ONU reste à l'abri de toute politisation, estimant que seule une démarche fondée sur le \
            consensus permet de servir durablement la cause des droits de l'Homme dans le monde entier.

            S'exprimant à la clôture de la 25e session du Conseil, l'ambassadeur représentant permanent à \
            Genève a exprimé l'espoir que le CDH reste fidèle à ses principes fondateurs et à sa mission.
            """)
        assertField(s.forum, "Human Rights Council", inferred: true)
        XCTAssertEqual(s.forum?.provenance.rule, "forum.story-headline")
    }

    func testAHeadlineAboutASeatFilesTheStoryUnderNoForum() {
        let s = Fixture.read(
            """
            Exampleland News

            Exampleland takes up its seat as a member of the Security Council

            3 January 2023

            Exampleland's ambassador said at a ceremony in New York that its two years among the elected members \
            would be devoted to peace; the Security Council seat was won in June.

            The ambassador said the country would work with its neighbours, recalled that it had last held a seat \
            two decades ago, and said its priorities would be the protection of civilians, the prevention of \
            conflict and the place of regional organisations, which she said had much to offer.
            """)
        XCTAssertNil(s.forum, "a seat is the Council's business, not a sitting")
    }

    func testTheOASBodiesAreTheirOwnForums() {
        let s = Fixture.read(
            """
            Intervención del Canciller ante el Consejo Permanente de la OEA

            21 de noviembre de 2016

            Señor Presidente del Consejo Permanente, señores representantes:

            Venimos a exponer la posición de nuestro Gobierno sobre la situación en la región.
            """)
        XCTAssertEqual(s.forum?.value, "OAS Permanent Council")
    }

    func testAnOrganNamedByItsTitleBesideItsOrganisationIsTheForum() {
        let s = Fixture.read(
            """
            Opening remarks by the WFP Executive Director at the Second Regular Session of the Executive Board

            10 November 2014

            Thank you, Madame President. Excellencies, allow me to welcome you all to this session of the Board.
            """)
        assertField(s.forum, "WFP Executive Board", inferred: true)
        XCTAssertEqual(s.forum?.provenance.rule, "forum.organ-of-organisation")
        let elsewhere = Fixture.read(
            """
            Opening remarks by the Administrator at the Second Regular Session of the Executive Board

            10 November 2014

            Thank you, Madame President. Excellencies, allow me to welcome you all to this session of the Board.
            """)
        XCTAssertNotEqual(elsewhere.forum?.value, "WFP Executive Board", "no organisation named: no organ")
    }

    func testAnEnvoyNamedByPostIsTheTablesHolderOnTheDate() {
        func story(_ year: Int) -> Statement {
            Fixture.read(
                """
                Brazil calls for restraint in the Council

                5 May \(year)

                The Permanent Representative of Brazil to the United Nations told the Council on Monday that the \
                parties must return to talks, and said her country stood ready to help them find a settlement.
                """)
        }
        assertField(story(2014).speaker, "Antonio Patriota", inferred: true)
        XCTAssertNotEqual(story(2021).speaker?.value, "Antonio Patriota", "another holder's term")
    }

    func testAChineseEnvoysCountryIsTheOneBeforeResidentNotWhereTheMissionSits() {
        let s = Fixture.read(
            """
            某某日報
            2024年7月6日
            中國代表出席聯合國人權會議
            【本報綜合報道】聯合國人權理事會正於日內瓦舉行會議。中國常駐聯合國日\
            內瓦辦事處和瑞士其他國際組織代表李某大使率團出席，並在會上發言。
            李某表示，中方會繼續推進人權事業發展。
            """)
        XCTAssertEqual(s.speaker?.value, "李某")
        assertField(s.country, "China", inferred: true)
    }

    func testAChinesePostThenANameThenWhenNamesTheSpeaker() {
        let observer = Fixture.read(
            """
            要闻国际
            2024年09月12日
            代表首次坐前排
            按照联合国大会此前通过的一项决议，巴勒斯坦常驻联合国观察员里亚德·曼\
            苏尔10日出席联大会议时，不再坐在会场后排。曼苏尔说，这是历史性的一天\
            。
            """)
        XCTAssertEqual(observer.speaker?.value, "里亚德·曼苏尔")
        let spokesperson = Fixture.read(
            """
            人权理事会下周首开会
            2006年06月14日
            本报北京6月13日专电 外交部发言人姜瑜今天在例行记者会上宣布，人权理事会\
            首届会议将于下周召开。姜瑜介绍说，会议将讨论工作方法。
            """)
        XCTAssertEqual(spokesperson.speaker?.value, "Jiang Yu")
    }

    func testAHeadingThatNamesThePostThenTheHolderNamesTheSpeakerNotTheMinisterGreeted() {
        let s = Fixture.read(
            """
            Opening Statement by the UN Resident Coordinator in Exampleland, Maria Exemplar, UN Day 2025

            24 October 2025, 6 PM, National Theatre

            Excellency Minister Kulubayev,

            Dear friends and colleagues,

            Eighty years ago the Charter was signed, and every year since we have gathered to renew its promise \
            together.
            """)
        XCTAssertEqual(s.speaker?.value, "Maria Exemplar")
    }

    func testAMonarchsTitleAndRegnalNumberNameTheSpeakerNotTheOneRepresented() {
        let prince = Fixture.read(
            """
            Le Prince Albert II plaide pour un multilatéralisme renforcé à l'ONU

            Publié le 25 septembre 2025

            Ce mercredi, le Prince Albert II a pris la parole devant l'Assemblée générale. Il était \
            accompagné de la représentante permanente, Isabelle Exemple, et de la ministre.
            """)
        XCTAssertEqual(prince.speaker?.value, "Albert II")
        let heir = Fixture.read(
            """
            Allocution de S.A.S. le Prince Héréditaire Albert lors du débat général de la 48ème session

            27 septembre 1993

            Monsieur le Président, je voudrais tout d'abord vous féliciter de votre élection à la présidence.
            """)
        XCTAssertEqual(heir.speaker?.value, "Prince Albert", "an heir's title is no part of his name")
        let represented = Fixture.read(
            """
            Assemblée générale : le Président Jean Exemple se fait représenter par le ministre des Relations \
            extérieures, Paul Modèle

            30 septembre 2020

            Le ministre des Relations extérieures, Paul Modèle, a prononcé le discours du pays devant \
            l'Assemblée générale réunie en format virtuel.
            """)
        XCTAssertNotEqual(represented.speaker?.value, "Jean Exemple")
    }

    func testTheSecretaryGeneralsMessageInAPersianOrJapaneseHeadlineNamesHim() {
        let persian = Fixture.read(
            """
            United Nations Iran

            1 Jan 2019 - News

            پیام دبیرکل سازمان ملل متحد به مناسبت سال جدید میلادی

            شهروندان عزیز جهان، برای همه شما سالی سرشار از شادی و \
            صلح آرزو می کنم و از خطرهایی گفتم که هنوز پابرجا هستند.
            """)
        XCTAssertEqual(persian.speaker?.value, "António Guterres")
        let japanese = Fixture.read(
            """
            ウクライナでの戦争に関する国連事務総長発言(ニューヨーク、2022年3月28日)

            ニュース

            戦争は一か月を過ぎ、民間人の犠牲は増え続けています。私は即時の停戦を\
            求めます。
            """)
        XCTAssertEqual(japanese.speaker?.value, "António Guterres")
    }

    func testAKnownNameDeepInTheFirstParagraphIsAMentionNotTheSubject() {
        let s = Fixture.read(
            """
            Agence de presse d'Exampleland

            Bilan de l'Assemblée générale : un cap franchi

            Exampleville, 25 septembre (AEP) : L'Exampleland reprend peu à peu sa place sur la scène \
            internationale, et le Secrétaire général de l'ONU, Antonio Guterres, a salué les efforts \
            accomplis.

            Au terme de cette Assemblée, le Président Jean Exemple a tenu un point de presse pour en dresser le bilan.

            Sur la question des îles, le Président Jean Exemple a indiqué que les démarches diplomatiques ont \
            été engagées.
            """)
        XCTAssertNotEqual(s.speaker?.value, "António Guterres")
    }
}
