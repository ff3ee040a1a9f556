import Foundation
import XCTest

@testable import StatementModel

/// Rules read off the eleventh labelled set: a story whose headline opens on a head of state is about them,
/// not about the Secretary-General it also names; the chair of a meeting is not its speaker; "SEM" and a post
/// between a title and a name; a section's one-word name is no headline; placing words in Japanese, Turkish,
/// Arabic, Icelandic and the French "session de l'Assemblée"; press conferences in further languages; a
/// browser's print stamp dates the printing, not the statement.
final class HeadlineSubjectTests: XCTestCase {
    func testAHeadlineOpeningOnAHeadOfStateNamesThemOverTheSecretaryGeneral() {
        let s = Fixture.read(
            """
            The Daily Courier
            Home | Politics | World | Sport

            Mahamadou Issoufou at the United Nations: talks with Secretary-General António Guterres on Friday

            25 September 2019

            Secretary-General António Guterres opened the general debate on Tuesday with a warning about the \
            climate, before the heads of State took the floor one after another in the Assembly hall.

            The Head of State spoke of the Sahel, where armed groups keep attacking villages, and asked the \
            partners of the region to keep their promises on financing the joint force.
            """)
        XCTAssertEqual(s.speaker?.value, "Mahamadou Issoufou", "the headline is about him")
        XCTAssertEqual(s.speaker?.provenance.isInferred, true)
    }

    func testTheChairOfTheDebateIsNotTheSpeakerAndSEMIsATitle() {
        let s = Fixture.read(
            """
            L'Écho du Fleuve
            Accueil | Politique | Monde

            Discours du Chef de l'État devant l'Assemblée générale

            jeudi, 26 septembre 2019

            Le Président de la République, SEM Amadou Kaboré, a prononcé hier un discours devant la 74ème session \
            de l'Assemblée générale des Nations Unies. Le débat général \
            avait été ouvert le matin sous la présidence \
            de M. Tijjani Muhammad-Bande, Représentant permanent du Nigeria.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Tijjani Muhammad-Bande", "he chaired the debate")
        XCTAssertEqual(s.speaker?.value, "Amadou Kaboré", "“SEM” is a title of address")
    }

    func testAPostBetweenTheTitleAndTheNameIsPassedOver() {
        let s = Fixture.read(
            """
            Office of the President
            Home » Press Releases » President Lomani Addresses the Council

            President Lomani Addresses the Council

            By Office of the President / September 30, 2024 / Press Releases

            Geneva – September 27, 2024 – Her Excellency President Dr. Mere T. Lomani spoke at the session of the \
            Council at the Palais des Nations, setting out the concerns of the islands on the climate.
            """)
        XCTAssertEqual(s.speaker?.value, "Mere T. Lomani", "neither “Lomani Addresses” nor “Press Releases”")
    }

    func testASectionsOneWordNameIsNoHeadline() throws {
        let url = Fixture.tempDir().appendingPathComponent("page.html")
        try """
            <html><head><title>Exampleland at the UN - Discours</title></head>
            <body><h2>Discours</h2>
            <h3>Address by the Minister of Foreign Affairs in the general debate of the General Assembly</h3>
            <p>Mr. President, I have the honour to speak for Exampleland in this general debate, at a time when \
            the Organization is asked to do more with less.</p>
            </body></html>
            """.write(to: url, atomically: true, encoding: .utf8)
        let s = try XCTUnwrap(Fixture.reader.read(fileAt: url).statements.first)
        XCTAssertNotEqual(s.title?.value, "Discours", "the section's name is not the statement's headline")
    }

    func testPlacingWordsOfTheEleventhSetsLanguagesPutAStoryInTheForum() {
        let placing = Fixture.reference.forums.placing
        XCTAssertTrue(placing.places(before: "首相は", after: "で演説しました"), "Japanese: at")
        XCTAssertTrue(placing.places(before: "Cumhurbaşkanı BM ", after: "'na hitap etti"), "Turkish: addressed")
        XCTAssertTrue(
            placing.places(before: "في كلمته أمام الدورة الرابعة والسبعين ", after: ""),
            "Arabic: session")
        XCTAssertFalse(placing.places(before: "首相は", after: "の改革を訴えた"), "a body named as a topic")
    }

    func testAFrenchStoryAtTheAssemblysSessionIsFiledUnderIt() {
        let s = Fixture.read(
            """
            Exampleland Officiel
            Accueil | Politique | Économie

            Le Togo à l'ONU : l'intervention du ministre

            lundi, 26 septembre 2022

            Le ministre des affaires étrangères a pris la parole vendredi à la tribune de la 77ème session de \
            l'Assemblée générale des Nations Unies, a rapporté le gouvernement, et il a parlé de la paix au Sahel.

            Il a ajouté que le pays restait attaché au dialogue, selon le communiqué publié par le ministère.
            """)
        XCTAssertEqual(s.kind?.value, "news report")
        XCTAssertEqual(
            s.forum?.value, "General Assembly",
            "“session de l'Assemblée”: the apostrophe ends the words")
    }

    func testPressConferencesInFurtherLanguages() {
        let german = Fixture.read(
            """
            PRESSEKONFERENZ/101: Statements der Bundeskanzlerin und des Gastes, 12.03.2015

            Mitschrift der Pressekonferenz in Berlin - Donnerstag, 12. März 2015

            BK'in Beispiel: Ich freue mich, dass wir heute über die Arbeit der Vereinten Nationen in Bonn sprechen \
            konnten, und ich danke für den Besuch.

            Frage: Wie geht es mit den Gesprächen weiter?

            BK'in Beispiel: Wir werden die Gespräche fortsetzen.
            """)
        XCTAssertEqual(german.kind?.value, "transcript", "“Mitschrift der Pressekonferenz”")
        XCTAssertEqual(german.forum?.value, "Press conference")
        let turkish = Fixture.read(
            """
            Haber Merkezi

            Büyükelçi dönem başkanlığını anlattı

            03.04.2023

            Büyükelçi, ülkesinin dönem başkanlığına ilişkin düzenlediği \
            basın toplantısında Güvenlik Konseyi'nin \
            bu ayki programını açıkladı ve gazetecilerin sorularını yanıtladı, dedi ve ekledi.

            Büyükelçi, toplantıların çoğunun açık olacağını \
            söyledi ve konseyin çalışmalarını anlattı.
            """)
        XCTAssertEqual(turkish.forum?.value, "Press conference", "“basın toplantısında”: at a press conference")
    }

    func testABrowsersPrintStampDoesNotDateTheStatement() {
        let s = Fixture.read(
            """
            Letters and messages - Presidency of Exampleland
            18/05/2021 14:37
            Archives of the presidency's site (1995-2007), kept for reference
            Presidency | Home · The President · Speeches · Letters

            The President of the Republic
            Capital City, 13 October 2006.

            Mr. Secretary-General,

            It is with great joy that I send you today, in my name and in the name of Exampleland, my warmest \
            congratulations on your election at the head of the Organization.

            example.org/archives/presidency/letters/2006/october/letter-0616.html
            1/1
            """)
        XCTAssertEqual(s.date?.value, StatementDate(year: 2006, month: 10, day: 13)!, "the letter's date line")
        XCTAssertTrue(BrowserPrint.isStamp("8/17/22, 9:14 AM"))
        XCTAssertFalse(BrowserPrint.isPrinted(["Thank you.", "1/1"]), "no address at the foot: no print")
    }

    func testAPrintedPagesStampAndAddressStandApartFromItsText() {
        let page = """
            Statement by the Prime Minister To The Session Of The United Nations General Assembly
            3/14/2011
            Government of Exampleland
            Mr. President,
            I must begin on a sad note, for the man who led our country to independence was buried last \
            Tuesday, and we carry on
            his work and his hopes for this Assembly and for the United Nations in the years to come
            archive.example.gov/primeminister/statements/2007/
            statement_by_the_prime_minister_to_the_session.htm
            1/1
            """
        let text = PDFTextCleaner.clean(pages: [page]).text
        let paragraphs = text.components(separatedBy: "\n\n")
        XCTAssertTrue(paragraphs.contains("3/14/2011"), "the stamp is a line of its own, not the title's end")
        XCTAssertFalse(paragraphs.contains { $0.contains("years to come") && $0.contains("archive.") },
                       "the address is not the speech's last words")
        XCTAssertTrue(TitleReview.isFurniture("https://example.org/?p=7702", publisher: nil), "an address is no title")
    }

    func testASecretaryGeneralsMessageIsASpeechAndAFrenchStoryReportsIt() {
        let message = Fixture.read(
            """
            Centro de Informação das Nações Unidas
            Início | Notícias | Documentos

            Mensagem do Secretário-Geral da ONU para o Dia da ONU

            24 de outubro de 2015

            Há setenta anos, a Carta das Nações Unidas nasceu da vontade de poupar as gerações futuras do \
            flagelo da guerra. Hoje, essa promessa continua a guiar o trabalho da Organização em todo o mundo.
            """)
        XCTAssertEqual(message.kind?.value, "speech", "“Mensagem do Secretário-Geral”")
        let story = Fixture.read(
            """
            Le Quotidien d'Exampleland
            Accueil | Politique | Monde

            L'ambassadeur dresse le bilan de la présidence

            2 décembre 2016

            Les membres ont salué la présidence, tant pour le choix des thèmes débattus que pour la conduite des \
            séances, et l'ambassadeur a plaidé pour un Conseil plus uni. « C'est la dernière fois que je prends la \
            parole au nom de la présidence », a-t-il glissé avant de remercier les membres et le secrétariat.
            """)
        XCTAssertEqual(story.kind?.value, "news report", "“a plaidé”, “a-t-il glissé”: the press reports him")
    }

    func testAMiddleInitialDoesNotHideAKnownLeader() {
        let s = Fixture.read(
            """
            Office of the President

            The President at the Human Rights Council

            Geneva – September 27, 2024 – Her Excellency President Dr. Hilda C. Heine spoke at the session of the \
            Council at the Palais des Nations, setting out the concerns of the islands on the climate.
            """)
        XCTAssertEqual(s.speaker?.value, "Hilda C. Heine")
        XCTAssertEqual(s.country?.value, "Marshall Islands", "the tables know her as “Hilda Heine”")
        XCTAssertEqual(s.country?.provenance.isInferred, true)
    }

    func testASentenceOrAnEditorsLineIsNoHeadline() {
        let chinese = Fixture.read(
            """
            聯合新聞網

            聯大總辯論閉幕 友邦籲讓台灣參與聯合國體系

            為期6天的聯大總辯論期間，多國領袖陸續就重大國際衝突與經貿問題發言。\
            （編輯：陳政一）1140930

            2025-09-30 09:12
            """)
        XCTAssertEqual(
            chinese.title?.value, "聯大總辯論閉幕 友邦籲讓台灣參與聯合國體系",
            "a line with “。” is a sentence")
        let english = Fixture.read(
            """
            Radio Example
            The Voice of Exampleland to the World
            Español | English | Français | Português
            Home > News > International
            Grenada urges UN to respond more urgently to crises
            Edited by Jane Editor
            2023-09-23 13:41:08
            United Nations, September 23 (RE)-- The Prime Minister of Grenada took the rostrum on the fourth day of \
            the session and urged the Organization to respond more urgently to the crises facing small States.
            """)
        XCTAssertEqual(
            english.title?.value, "Grenada urges UN to respond more urgently to crises", "“Edited by” is a byline")
    }

    func testABuildingsNickNameIsNoName() {
        let s = Fixture.read(
            """
            Home » Notizie » Onu, Bianchi: "Serve un Consiglio più rappresentativo"

            Onu, Bianchi: "Serve un Consiglio più rappresentativo"

            Il ministro degli Esteri al Palazzo di Vetro durante la riunione dedicata alla pace

            New York, 20 set. (Agenzia) – Il ministro degli Esteri Marco \
            Bianchi ha detto che vanno difesi i principi \
            della Carta delle Nazioni Unite, e che il Consiglio è "bloccato da decenni", ha aggiunto il ministro.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Palazzo di Vetro", "the UN building, as the Italian press calls it")
    }

    func testAnArabicMinistersHonorificIsNoPartOfHisName() {
        let s = Fixture.read(
            """
            وكالة الأنباء

            الوزير يلقي كلمة بلاده أمام مجلس الأمن

            نيويورك 03 أكتوبر 2024 م - ألقى وزير الشؤون الخارجية \
            والتعاون الدولي معالي السيد خالد محمود سالم كلمة \
            بلاده أمام جلسة مجلس الأمن الدولي، وأكد فيها التزام \
            بلاده بالسلام والاستقرار في المنطقة.
            """)
        XCTAssertEqual(
            s.speaker?.value, "خالد محمود سالم",
            "“معالي السيد” are titles, not the name")
    }
}
