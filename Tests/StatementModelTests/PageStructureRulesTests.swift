import XCTest

@testable import StatementModel

/// Rules read off the ninth labelled set (pages Rostrum had not seen), each checked on a text of its own: the
/// parts of a page around the statement (a headline over its byline, the links under it), names by title and
/// surname, salutations, re-posted stories.
final class PageStructureRulesTests: XCTestCase {
    func testTheHeadlineOverAStatementByLineIsTheTitleAndNotStatedAsCertain() {
        let s = Fixture.read(
            """
            Permanent Mission of Exampleland to the United Nations
            Home | About | Statements | Contact

            Home > Statements > Explanation of vote on the situation in the Great Lakes

            Explanation of vote on the situation in the Great Lakes

            25 March 2024

            Explanation of vote by Ambassador Jane Roe at the Security Council meeting on the Great Lakes

            Thank you, Madam President.

            My delegation voted in favour of the draft resolution before us, because the people of the region need \
            the Council to speak with one voice on their protection and on the return of those who fled.
            """)
        XCTAssertEqual(s.title?.value, "Explanation of vote on the situation in the Great Lakes")
        XCTAssertEqual(s.title?.provenance.isInferred, true, "two headline-like lines: the choice is a reading")
        XCTAssertEqual(s.speaker?.value, "Jane Roe", "the byline under the headline still names the speaker")
    }

    func testTheLinksUnderAStoryNameNobodyAndLeaveTheBody() {
        let text = """
            Lusa News

            Portugal defends Council reform at the Assembly

            2 October 2012

            Portugal's Permanent Representative, José Filipe Moraes Cabral, told the General Assembly in New York \
            that the Security Council must reflect the world of today, and recalled his country's two years on it.

            The diplomat said Portugal had served its term with rigour and would keep working for a Council that \
            is more representative.

            Related
            - Syria: Ban Ki-moon calls for an end to the violence
            - Timor-Leste: the UN mission prepares its withdrawal

            © Lusa News. All rights reserved.
            """
        let s = Fixture.read(text)
        XCTAssertNotEqual(s.speaker?.value, "Ban Ki-moon", "a related link's headline is another story's")
        XCTAssertFalse(s.body.contains("Timor-Leste"), "the links are no part of the body")
        XCTAssertEqual(s.raw, text, "the raw text keeps everything")
        XCTAssertTrue(s.notes.contains { $0.contains("links to other pages") }, "the note says what was left out")
    }

    func testARelatedLinkInsideTheTextLeavesTheRestOfTheText() {
        let s = Fixture.read(
            """
            Envoy warns of famine in the north

            UNITED NATIONS, 12 March 2024 — The United Nations envoy told reporters on Tuesday that the north of \
            the country faced famine within weeks unless the crossings opened, and that aid convoys had waited at \
            the border for ten days.

            Read also: Council extends the mission's mandate

            The envoy said the parties had agreed in principle to a pause in the fighting, but that nothing had \
            yet changed on the ground for the families waiting for food.
            """)
        XCTAssertTrue(s.body.contains("agreed in principle"), "one link with its headline is no list heading")
    }

    func testProseInALanguageWithoutKnownFunctionWordsIsReadableAndGlyphCodesAreNot() {
        XCTAssertTrue(
            PDFTextCleaner.looksReadable(
                """
                Perserikatan Bangsa-Bangsa harus memperkuat kerja sama dengan organisasi regional dan menjaga \
                perdamaian serta keamanan internasional bagi generasi yang akan datang di seluruh dunia.
                """))
        XCTAssertFalse(
            PDFTextCleaner.looksReadable("jbXdZefg ucXidvtbtwZjxy jbXdZefk mjdjaXq kjbZ bWtoÿeZd ktcdqÿ cjWaZ"))
    }

    func testAHeadlineOpeningWithATitleAndSurnameNamesItsSubjectEvenALeader() {
        let s = Fixture.read(
            """
            Ministry of Foreign and European Affairs of the Republic of Croatia

            Minister Grlić Radman attends UN Security Council meeting on Ukraine

            20 September 2023

            In New York the UN Security Council met on Ukraine and Foreign and European Affairs Minister Gordan \
            Grlić Radman took the floor on behalf of Croatia.

            President Volodymyr Zelenskyy of Ukraine attended the meeting, at which members reviewed the war and \
            the prospects for peace.
            """)
        XCTAssertEqual(s.speaker?.value, "Gordan Grlić Radman")
        XCTAssertEqual(s.speaker?.provenance.isInferred, true)
    }

    func testALineAmongSalutationsIsNoByline() {
        let s = Fixture.read(
            """
            Discurso del Canciller en el debate general de la Asamblea General

            21 de septiembre de 2017

            Señor Presidente,
            Excelencias,
            Distinguidos Delegados.
            Señoras y señores.

            Llego a esta tribuna en horas difíciles para mi país, después de dos sismos que han golpeado a nuestro \
            pueblo, y quiero agradecer la solidaridad de tantas naciones aquí representadas.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Distinguidos Delegados.")
        XCTAssertNotEqual(s.speaker?.value, "Distinguidos Delegados")
        XCTAssertEqual(s.kind?.value, "speech")
    }

    func testAStorysYearlessDatelineLongBeforeThePagesStampIsItsDayAndTheStampNoCertainty() {
        let s = Fixture.read(
            """
            示例新闻网

            首页 | 国内 | 国际

            中国代表介绍担任安理会轮值主席工作

            发布时间:2024-09-14 19:32:49 来源:网络

               中新网 联合国12月1日电 (记者 李明)中国担任联合国安理会11月轮值主席。当地时间11月30日,中国常驻联合国代表张军在纽约联合国总部主持召开总结会,向会员国介绍安理会本月的工作。

               张军说,巴以冲突是本月安理会最紧迫的议题,安理会通过了第2712号决议。
            """)
        XCTAssertNotEqual(s.date?.value.iso, "2024-09-14", "the stamp is the re-post's day")
        XCTAssertEqual(s.date?.value.iso, "2023-12-01")
        XCTAssertEqual(s.date?.provenance.isInferred, true, "the year is a reading, not a statement of the page")
    }

    func testARegionAfterAPostIsNoPerson() {
        let s = Fixture.read(
            """
            Council hears briefing on cooperation with the League of Arab States

            23 January 2025

            Khaled Khiari, UN Assistant Secretary-General for the Middle East, Asia and the Pacific in the \
            Departments of Political and Peacebuilding Affairs and Peace Operations, welcomed the ceasefire and \
            the release of hostages under the deal reached last week.

            Members of the Council stressed the role of regional organisations in preventing conflict.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Middle East")
        XCTAssertNotEqual(s.speaker?.value, "Peace Operations")
    }

    func testAnOpenDebateHeldByTheCouncilPlacesTheStatement() {
        let s = Fixture.read(
            """
            Ministry of Foreign Affairs
            Home
            Ministry
            Foreign Policy
            Consular Affairs
            Diplomatic Missions
            News
            Documents
            Contact

            Home > News

            New York: Exampleland is a reliable partner to the UN

            Published date: 24.04.2018 06:12

            The Minister of Foreign Affairs took part in New York in the open debate held by the United Nations \
            Security Council on youth, peace and security.

            In his statement, the Minister said that young people have much to offer to keeping the peace, and \
            should be given a real place in the processes that decide their future.
            """)
        XCTAssertEqual(s.forum?.value, "Security Council")
    }

    func testTheDignitariesASpeechGreetsAreNotItsSpeaker() {
        let s = Fixture.read(
            """
            United Nations in Exampleland

            Remarks at the United Nations Day Reception

            24 October 2019

            - The Honourable Mia Amor Mottley, Prime Minister of Barbados
            - Senator the Honourable Jerome Walcott, Minister of Foreign Affairs
            - Ambassadors and Members of the Diplomatic Corps
            - United Nations colleagues, ladies and gentlemen,

            Welcome to UN House as we mark the anniversary of the day the Charter entered into force, and thank \
            you all for joining us this evening.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Mia Amor Mottley", "the Prime Minister is greeted, not speaking")
        XCTAssertNotEqual(s.speaker?.value, "Jerome Walcott")
    }

    func testAnExcellencyBylineOverASalutationStillNamesTheSpeaker() {
        let s = Fixture.read(
            """
            Statement at the Security Council open debate on the protection of civilians

            12 May 2023

            H.E. Ambassador Riyad Mansour
            Permanent Observer of the State of Palestine to the United Nations

            Mr. President,
            Excellencies,
            Distinguished delegates,

            I thank you for convening this debate. Civilians continue to pay the highest price of war, and the \
            Council has the duty to protect them wherever they are.
            """)
        XCTAssertEqual(s.speaker?.value, "Riyad Mansour")
    }

    func testARecordHeadedByItsPresidentIsARecordWithNoSpeaker() {
        let s = Fixture.read(
            """
            United Nations                                                S/PV.4011
            Security Council
            Provisional
            4011th Meeting
            Thursday, 10 June 1999, 12.15 p.m.
            New York

            President: Mr. Jagne (Gambia)

            Members: Argentina Mr. Petrella
                     China Mr. Shen Guofang

            The President: I should like to inform the Council that I have received a letter from the \
            representative of a Member State, in which he requests to be invited to participate in the discussion.
            """)
        XCTAssertEqual(s.kind?.value, "meeting record")
        XCTAssertNil(s.speaker, "a record speaks in many voices")
    }

    func testASpeechOpeningOnADayKeepsItsStatedDate() {
        let s = Fixture.read(
            """
            Statement by the Permanent Representative at the Fourth Committee

            New York, 14 September 2024

            On 7 October, the world watched in horror as a wave of violence began whose consequences the peoples \
            of the region still carry today, and my delegation will speak to them.
            """)
        XCTAssertEqual(s.date?.value.iso, "2024-09-14", "a day a sentence names is no dispatch's dateline")
    }

    func testAnExcellencyBylineOverItsPostIsNoGreeting() {
        let s = Fixture.read(
            """
            Statement at the Security Council open debate on the protection of civilians

            12 May 2023

            His Excellency Mr. Riyad Mansour
            Permanent Observer of the State of Palestine to the United Nations,
            at the open debate on the protection of civilians

            Mr. President,
            Excellencies,

            I thank you for convening this debate. Civilians continue to pay the highest price of war, and the \
            Council has the duty to protect them wherever they are.
            """)
        XCTAssertEqual(s.speaker?.value, "Riyad Mansour")
    }

    func testATwoStepTrailIsNavigationAndAQuotedHeadlineIsNot() {
        XCTAssertTrue(WebPageImporter.isShortTrail("News > News and events"))
        XCTAssertFalse(WebPageImporter.isShortTrail("« Assez », dit Guterres"))
        XCTAssertFalse(WebPageImporter.isShortTrail("Guterres: »Wir brauchen Frieden«"))
    }

    func testALinkListIsBlankedWithBlankLinesBetweenItsLinksAndTheFooterStays() throws {
        let links = RelatedLinks(headings: ["related"])
        let text = """
            🇺🇳 The envoy told the Council that the talks would resume next week in Geneva, and that both parties \
            had             agreed to send their delegations; she thanked the members for their support of the \
            mediation and asked them \
            to keep the humanitarian crossings open through the winter months.

            Related

            Council extends the mission's mandate

            Envoy visits the capital

            © Example News 2024. All rights reserved.
            """
        let blanked = try XCTUnwrap(links.blanked(text))
        XCTAssertFalse(blanked.contains("mandate"))
        XCTAssertFalse(blanked.contains("Envoy visits"))
        XCTAssertTrue(blanked.contains("© Example News 2024"), "the footer under the list stays")
        XCTAssertTrue(blanked.contains("talks would resume"), "the text above it stays")
        XCTAssertEqual(
            blanked.unicodeScalars.count, text.unicodeScalars.count, "places in the text stay where they were")
    }

    func testASitesAddressAndMottoIsNoTitle() {
        let s = Fixture.read(
            """
            docshare.com — Free Document Sharing

            Statement of the Minister for Foreign Affairs at the General Debate

            Mr. President, I bring you the greetings of my people and our hope for a more just and peaceful world, \
            one in which the Charter is respected by the strong and the weak alike.
            """)
        XCTAssertNotEqual(s.title?.value, "docshare.com — Free Document Sharing")
    }

    func testADegreeBeforeANameIsNoPartOfIt() {
        let s = Fixture.read(
            """
            New York: Exampleland is a reliable partner to the UN

            24 April 2018

            Minister of Foreign Affairs PhD Srdjan Darmanovic took part in New York in the open debate held by the \
            United Nations Security Council on youth, peace and security.
            """)
        XCTAssertEqual(s.speaker?.value, "Srdjan Darmanovic")
        XCTAssertEqual(s.speaker?.provenance.evidence, "Srdjan Darmanovic", "the place found is the name's")
    }

    func testAGovernmentsOwnNameOverItsPagesIsNoTitle() {
        let s = Fixture.read(
            """
            GOBIERNO DE LA REPÚBLICA DE EXAMPLELANDIA

            Inicio   Noticias   Contacto

            Delegación del país sostuvo reuniones de alto nivel en Ginebra

            La delegación, encabezada por la ministra, se reunió con funcionarios del Consejo de Derechos Humanos \
            para presentar los avances del país en la protección de los derechos de su población.
            """)
        XCTAssertNotEqual(s.title?.value, "GOBIERNO DE LA REPÚBLICA DE EXAMPLELANDIA")
    }

    func testACouncilBriefingInRussianIsNoPressConference() {
        let s = Fixture.read(
            """
            Президент Казахстана открыл заседание Совета Безопасности ООН

            18 января 2018

            Президент Казахстана открыл заседание Совета Безопасности Организации Объединенных Наций в Нью-Йорке. \
            Тема брифинга высокого уровня, который открыл президент, — нераспространение оружия массового \
            уничтожения и меры укрепления доверия.

            По словам президента, страны региона готовы и дальше укреплять доверие и сотрудничество.
            """)
        XCTAssertNotEqual(s.forum?.value, "Press conference", "the Council's briefing is a meeting")
    }

    func testANameLineEndingInACommaOverItsPostIsABylineNotAGreeting() {
        let s = Fixture.read(
            """
            Statement at the Security Council open debate on the protection of civilians

            12 May 2023

            H.E. Ambassador Riyad Mansour,
            Permanent Observer of the State of Palestine to the United Nations

            Mr. President,

            I thank you for convening this debate. Civilians continue to pay the highest price of war, and the \
            Council has the duty to protect them wherever they are.
            """)
        XCTAssertEqual(s.speaker?.value, "Riyad Mansour")
    }

    func testIndonesianAndPortugueseSpeechesAreSpeeches() {
        let id = Fixture.read(
            """
            Kepala Delegasi pada Debat Umum Sidang Majelis Umum

            New York, 2 Oktober 2015

            Yang Terhormat Ketua Sidang,

            Saya menyampaikan salam dari rakyat kami. Kita berkumpul di sini untuk memperkuat perdamaian dan \
            keamanan dunia, dan kami siap bekerja sama dengan semua negara untuk mencapai tujuan tersebut.
            """)
        XCTAssertEqual(id.kind?.value, "speech")
        let pt = Fixture.read(
            """
            Declaração do Secretário-Geral sobre a nomeação do seu sucessor

            Saúdo a decisão da Assembleia Geral de nomear o meu sucessor. Ele conta com o meu apoio total e com a \
            colaboração de toda a minha equipa durante a transição, que começa hoje e termina no fim do ano.
            """)
        XCTAssertEqual(pt.kind?.value, "speech")
    }
}

