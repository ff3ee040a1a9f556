import XCTest

@testable import StatementModel

/// Rules read off pages Rostrum had not seen (the sixth labelled set), each checked here on a text of its
/// own: what a reader of such a page would notice when the reading goes wrong.
final class UnseenPageRulesTests: XCTestCase {
    func testArabicVerbFirstAttributionNamesTheEnvoyAndHisCountry() {
        let s = Fixture.read(
            """
            مندوب ليبيا: شعبنا رهين لخلافات مجلس الأمن

            28 يونيو 2022

            قال مندوب ليبيا الدائم لدى الأمم المتحدة السفير طاهر السني إن الليبيين يدفعون ثمن الانقسامات داخل مجلس الأمن الدولي.

            ودعا السني الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى التشاور مع الليبيين قبل تعيين أي مبعوث جديد.
            """)
        XCTAssertEqual(s.speaker?.value, "طاهر السني")
        XCTAssertEqual(s.country?.value, "Libya")
    }

    func testAPlaceAndDateLineBeatsThePostingStampOfTheNextDay() {
        let s = Fixture.read(
            """
            Ministry of Foreign Affairs of the Republic of Exampleland

            Statement by the delegation at the Sixth Committee on the rule of law

            03.10.2024.

            New York, 2 October 2024

            Mr. Chair,

            We align ourselves with the statement delivered on behalf of the European Union and add a few words.
            """)
        XCTAssertEqual(s.date?.value.iso, "2024-10-02")
        XCTAssertEqual(s.date?.provenance.isInferred, true, "two dates a day apart: the choice is not certain")
    }

    func testAFullStopAfterAWholeWordEndsAName() {
        let s = Fixture.read(
            """
            We will never give up

            Thank you, Mr. President.

            Before I begin, I offer my condolences on the loss of our colleague, Ambassador Bernard. He will be missed around this table, and his delegation is in our thoughts today.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Bernard. He")
        XCTAssertNotEqual(s.speaker?.value, "Bernard He")
    }

    func testAByLineThatIsThePostAloneIsNotAName() {
        let s = Fixture.read(
            """
            ВИДЕООБРАЩЕНИЕ ПО СЛУЧАЮ МЕЖДУНАРОДНОГО ДНЯ

            14.04.2020

            ГЕНЕРАЛЬНЫЙ СЕКРЕТАРЬ

            Весь мир сейчас противостоит пандемии, крупнейшему испытанию со времен Второй мировой войны.
            """)
        // The post alone names its holder on the day, and counts for less than a name would.
        XCTAssertEqual(s.speaker?.value, "António Guterres")
        XCTAssertEqual(s.speaker?.provenance.rule, "speaker.post-holder")
    }

    func testARelatedListRunIntoOneLineIsNeverTheHeadline() {
        let s = Fixture.read(
            """
            MINISTERIO DE RELACIONES EXTERIORES

            Palabras para la reunión del Consejo de Seguridad Roberto Álvarez, 3 de julio de 2024

            Señor presidente,

            Como único vecino terrestre de Haití, mi país sigue soportando una carga desproporcionada.

            · Palabras del canciller ante la Asamblea General de la OEA · Discurso del canciller en el Consejo de Seguridad, 22 de abril de 2024 · Palabras en la reunión ministerial
            """)
        XCTAssertFalse(s.title?.value.contains("·") ?? false, s.title?.value ?? "")
        XCTAssertNotEqual(s.date?.value.iso, "2024-04-22")
    }

    func testAnAcceptingVerbIsNoInterview() {
        let s = Fixture.read(
            """
            中方在人权理事会第55届会议上的发言

            会议：人权理事会第55届会议

            主席先生，

            今年1月，中国接受了第四轮国别人权审议，共收到400多条建议，中国政府认真对待各国提出的合理建议。
            """)
        XCTAssertNotEqual(s.kind?.value, "interview")
        XCTAssertEqual(s.forum?.value, "Human Rights Council")
    }

    func testARussianHeadingsGenitiveNameIsGivenBackInTheNominative() {
        let s = Fixture.read(
            """
            Выступления

            Выступление Президента Республики Молдова Игоря Додона в ходе общих дебатов Генеральной Ассамблеи

            23.09.2020

            Господин Председатель, уважаемые коллеги, мы собрались в год семидесятипятилетия Организации.
            """)
        XCTAssertEqual(s.speaker?.value, "Игорь Додон")
        XCTAssertEqual(SpeakerReview.nominativeGiven("Сергея"), "Сергей")
        XCTAssertEqual(SpeakerReview.nominativeFamily("Полянского"), "Полянский")
    }
    // The eighth set's pages (written anew here): a Commonwealth "Hon.", a ministry's long name, a name
    // given "on behalf of", a speech signed at its foot.

    func testHonAndAMinistrysLongNameLeaveTheMinisterAsSpeaker() {
        let s = Fixture.read(
            """
            Hon. Hamwaka addresses the 79th Session of the UN General Assembly

            Hon. Mulemba Hamwaka, SC, MP, Minister of Foreign Affairs and International Cooperation addressed \
            the general debate of the General Assembly in New York on Saturday, 28 September 2024.

            He commended President Joseph Mwale of a neighbouring country for his mediation.
            """)
        XCTAssertEqual(s.speaker?.value, "Mulemba Hamwaka")
        XCTAssertEqual(s.speaker?.provenance.isInferred, true)
    }

    func testANameGivenOnBehalfOfSomeoneIsNotTheSpeaker() {
        let s = Fixture.read(
            """
            Discurso del Ministro de Relaciones Exteriores en la Asamblea General

            Nueva York, 3 de octubre de 2015

            Señor Presidente:

            Me dirijo a esta Asamblea en nombre del Presidente de la República, Ramón Castillo Ferrer, en un año
            cargado de significado para la Organización.
            """)
        // The minister who speaks is not named on the page, and the one spoken for is not the speaker: no
        // speaker at all is the right reading (no masthead names a country, so no post holder either).
        XCTAssertNil(s.speaker, "Ramón Castillo Ferrer is named as the one spoken for")
    }

    func testASpeechSignedAtItsFootWithThePostBelowNamesItsSpeaker() {
        let s = Fixture.read(
            """
            Discurso

            Discurso de S.Exa o Embaixador Permanente junto às Nações Unidas na cerimónia da bandeira

            03 janeiro 2023

            Senhor Presidente,

            Em nome de Sua Excelência Carlos Mabunda Neto, Presidente da República, agradeço a todos os Estados.

            Muito obrigado.

            Discurso por
            Pedro Tembe Macuácua
            Embaixador e Representante Permanente junto das Nações Unidas
            """)
        XCTAssertEqual(s.speaker?.value, "Pedro Tembe Macuácua")
    }
    func testTheOneCredentialsArePresentedToIsNotThePagesSpeaker() {
        let s = Fixture.read(
            """
            New Permanent Representative to the United Nations in New York

            The new Permanent Representative to the United Nations, Dr. Milan Dragović, presented his Letter of \
            Credentials to the Secretary General of the United Nations, Mr. Antonio Guterres, on 6 July 2023.

            In his remarks, Ambassador Dragović said that he was honoured to serve at the Organization.
            """)
        XCTAssertEqual(s.speaker?.value, "Milan Dragović")
    }

    func testAJointPressConferenceWithAPresidentIsTheSecretaryGeneralsWhereTheSiteSaysSo() {
        let s = Fixture.read(
            """
            CONFÉRENCE DE PRESSE CONJOINTE AVEC S. E. M. JEAN RAKOTOBE, PRÉSIDENT DE LA RÉPUBLIQUE

            Publié le 11 mai 2016 | Catégorie : Discours du Secrétaire général

            [Propos liminaires du Secrétaire général]

            C'est avec une grande joie que je me rends pour la première fois dans ce pays.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Jean Rakotobe", "the one the conference is held with")
        XCTAssertEqual(s.speaker?.value, "Ban Ki-moon")
        XCTAssertEqual(s.speaker?.provenance.isInferred, true)
    }

    func testAnArabicStoryNamesTheDelegateAfterHisPostToTheUN() {
        let s = Fixture.read(
            """
            إيران: دفاعاتنا تصدت لمعظم الصواريخ

            الإثنين 28 أكتوبر 2024

            المندوب الإيراني لدى الأمم المتحدة كريم حسن نوروزي

            شدد كريم حسن نوروزي، المندوب الإيراني لدى الأمم المتحدة، على أن صمت مجلس الأمن يقوض مصداقيته.
            """)
        XCTAssertEqual(s.speaker?.value, "كريم حسن نوروزي")
    }

    func testAChineseNameBeforeItsPostInATitleOrATurnIsTheSpeaker() {
        let title = Fixture.read(
            """
            2022-03-09 09:59 | 稿件來源:觀察者網

            3月8日,代表團官網發佈了《林海大使在人權理事會第49屆會議一般性辯論中的發言》。

            全文如下:

            主席女士:各國應加強團結。
            """)
        XCTAssertEqual(title.speaker?.value, "林海")
        let turn = Fixture.read(
            """
            布希總統在聯合國大會上的講話(全文)

            2007-10-14 15:02:20 作者:國務院 來源:國際信息局

            東部夏令時上午9:57

            布希總統:秘書長先生、主席先生、各位代表:感謝各位讓我有機會在聯合國大會上發言。
            """)
        XCTAssertEqual(turn.speaker?.value, "布希")
    }
}
