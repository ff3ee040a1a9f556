import Foundation
import XCTest

@testable import StatementModel

/// Speakers are chosen from every candidate the text offers, weighed against the rest of the text; the
/// fixtures are written here in the shape of real mission, ministry and transcript pages.
final class SpeakerBallotTests: XCTestCase {
    func testBylineBlockGivesSpeakerAndPost() {
        let s = Fixture.read(
            """
            United States Mission to the United Nations

            Home | Remarks and Highlights | Security Council | General Assembly | About Us

            Remarks at a Meeting of the Second Committee on Financing for Development

            Maria T. Okonkwo-Reyes
            Alternate Representative to the Second Committee
            New York, New York
            October 3, 2019

            Thank you, Chair.

            We meet as the gap in financing for the goals widens each year, and the countries that can least \
            afford it carry the heaviest share of it. The United States will keep working with partners here.
            """)
        assertField(s.speaker, "Maria T. Okonkwo-Reyes", inferred: true)
        XCTAssertEqual(s.speaker?.provenance.rule, "speaker.byline")
        assertField(s.role, "Alternate Representative to the Second Committee", inferred: true)
        assertField(s.country, "United States", inferred: true)
    }

    func testTheMissionsOwnRepresentativeBeatsTheCoChairItThanks() {
        let s = Fixture.read(
            """
            Permanent Mission of the Republic of Palau to the United Nations

            Home | Statements | News | Contact

            Palau calls for a fairer Council at the annual debate

            Monday, November 14, 2022

            On the margins of the debate, the Mission took part in the discussion led by the Co-Chairs, \
            Ambassador Ingrid Halvorsen of Norway and Ambassador Tomas Kariuki of Kenya, and thanked them.

            Ambassador Ngiraked Tellei delivered the statement of Palau and said that the small island States \
            had waited long enough for a Council that looks like the membership. Ambassador Tellei urged \
            delegations to agree on concrete steps before the end of the session, and pledged Palau's support.
            """)
        assertField(s.speaker, "Ngiraked Tellei", inferred: true)
        assertField(s.country, "Palau", inferred: true)
    }

    func testAPersonAddressedIsNotTheSpeaker() {
        let s = Fixture.read(
            """
            Opening remarks at the joint consultations

            Your Excellency Hanna Tetteh, Special Envoy for the Horn of Africa, esteemed partners,

            As we open these consultations I wish to thank our partners for the work of the past year and to \
            set out what the region expects from the next one. We shall speak of mediation, of resources and of \
            the displaced, who are many and who wait for us to act together. Much remains to be done by all.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Hanna Tetteh", "the envoy is greeted, not speaking")
    }

    func testTranscriptTurnLabelGivesSpeakerWithoutHonorific() {
        let s = Fixture.read(
            """
            Transcript of the Weekly Media Briefing by the Official Spokesperson

            Shri Vikram Anand Rao, Official Spokesperson: Good afternoon, and thank you for coming. I have no \
            announcements today, so we go straight to your questions.

            Question: Sir, on the visit next week, can you confirm the dates?

            Shri Vikram Anand Rao, Official Spokesperson: The dates will be announced in due course.
            """)
        assertField(s.speaker, "Vikram Anand Rao", inferred: true)
        assertField(s.role, "Official Spokesperson", inferred: true)
    }

    func testTwoCandidatesNearlyAsGoodAreShownAsUnsure() throws {
        let s = Fixture.read(
            """
            Joint statement on the humanitarian corridor

            Delivered by Ambassador Lena Marwick and Ambassador Ruben Aldecott

            We speak together today about the corridor, which must stay open for the convoys that carry food and \
            medicine to the towns cut off since the spring. Both our Governments will keep funding the work.
            """)
        let speaker = try XCTUnwrap(s.speaker, "one of the two is the speaker, named as unsure")
        XCTAssertLessThanOrEqual(speaker.provenance.confidence, 0.5, "a close runner-up makes the choice unsure")
        XCTAssertTrue(speaker.provenance.reason?.contains("nearly as likely") ?? false, speaker.provenance.reason ?? "")
    }

    func testMastheadIsNeverTheTitle() {
        let s = Fixture.read(
            """
            Office of the Special Envoy of the Secretary-General for the Lakes Region

            Home | About | Press releases | Contact

            Special Envoy visits three capitals to prepare the regional summit

            Nairobi, 8 October 2020 - The Special Envoy travelled this week to three capitals of the region to \
            prepare the summit planned for next year, meeting heads of State and ministers along the way.
            """)
        assertField(s.title, "Special Envoy visits three capitals to prepare the regional summit")
    }
}

/// Speakers named the way other languages and page layouts name them.
final class SpeakerFormsTests: XCTestCase {
    func testRussianInitialsAndADeclinedSurnameFindTheEnvoy() {
        let s = Fixture.read(
            """
            Постоянное представительство Российской Федерации при ООН

            Выступление Постоянного представителя В.И.Чуркина на заседании Совета Безопасности ООН по Сирии

            Уважаемый господин Председатель,

            Мы внимательно выслушали брифинг и хотели бы высказать несколько соображений о положении дел.
            """)
        assertField(s.speaker, "Vitaly Churkin", inferred: true)
        XCTAssertEqual(s.speaker?.provenance.rule, "speaker.known-name.declined")
    }

    func testSpanishHeadlineNamingKindThenSpeaker() {
        let s = Fixture.read(
            """
            Intervención de Marta Lucía Sepúlveda Ortiz, embajadora, representante permanente, en el Debate General

            Señora Presidenta:

            Agradecemos la actualización oral y reiteramos nuestra posición de principio sobre la cooperación.
            """)
        assertField(s.speaker, "Marta Lucía Sepúlveda Ortiz", inferred: true)
    }

    func testAnAdjectiveMayEndAName() {
        let s = Fixture.read(
            """
            Statement for the General Debate on Item 4, delivered by the UK's Human Rights Ambassador, Rita French.

            Rita French

            Thank you, Mr President.

            We remain concerned by the reports before this Council and call for access for the mechanisms.
            """)
        assertField(s.speaker, "Rita French", inferred: true)
    }

    func testOnBehalfOfTheEuropeanUnionGivesItsCountry() {
        let s = Fixture.read(
            """
            EU Statement – UN General Assembly: Debate on the Report of the Security Council

            Statement on behalf of the European Union and its Member States by H.E. Ms. Karin Lindqvist

            Mr President,

            The European Union thanks the President of the Council for presenting the annual report today.
            """)
        assertField(s.country, "European Union", inferred: true)
        assertField(s.speaker, "Karin Lindqvist", inferred: true)
    }

    func testCountryFromTheWordsBesideTheSpeakersName() {
        let s = Fixture.read(
            """
            Markets | World | Politics | Sport

            Kazakh president urges Council reform in Assembly speech

            Published: 2023-09-19

            Kazakh President Tokayev Kassym-Jomart told the General Assembly on Tuesday that the Council no \
            longer reflects the world it was made for, and called for a larger and more representative body. \
            He said the veto should be limited in cases of mass atrocities.
            """)
        assertField(s.country, "Kazakhstan", inferred: true)
    }

    func testAnObserverMissionsMastheadGivesTheShownCountryName() {
        let s = Fixture.read(
            """
            Permanent Observer Mission of the State of Palestine to the United Nations

            Home | Statements | Letters | Contact

            Statement at the Security Council open debate on the situation in the Middle East

            Mr. President,

            We thank you for convening this debate, and we thank the Special Coordinator for his briefing.
            """)
        assertField(s.country, "Palestine, State of", inferred: true)
    }

    func testTraditionalChineseNamesFindTheEnvoy() {
        let s = Fixture.read(
            """
            國際 | 兩岸 | 財經 | 體育

            中國常駐聯合國代表張軍表示安理會應推動停火

            2023年11月02日

            中國常駐聯合國代表張軍表示,中方擔任安理會輪值主席期間,會把推動停火作為首要任務,並與各方加強協調。
            """)
        assertField(s.speaker, "Zhang Jun", inferred: true)
    }

    func testThePersonASpokespersonSpeaksForIsNotTheSpeaker() {
        let s = Fixture.read(
            """
            Spokesperson's Briefing – Thursday, 9 June 2022

            NOON BRIEFING HIGHLIGHTS BY MARTA OYELARAN-VOSS,
            SPOKESPERSON FOR GENERAL ASSEMBLY PRESIDENT ABDULLA SHAHID

            The President will travel to Geneva next week, where he will meet heads of agencies and address \
            an event on the recovery from the pandemic. He will also hold a town hall with staff of the \
            offices there, the Spokesperson said, and will return to New York at the end of the week.
            """)
        assertField(s.speaker, "Marta Oyelaran-Voss", inferred: true)
    }

    func testPeopleGreetedInASalutationListAreNotTheSpeaker() {
        let s = Fixture.read(
            """
            Opening remarks by Ambassador Amina Dembélé-Sow, Permanent Observer of the African Union to the United Nations

            - Mr. Tayé-Brook Zerihoun, Assistant Secretary-General for Political Affairs,
            - Ms. Bintou Keita, Assistant Secretary-General for Peacekeeping Operations,

            Distinguished participants, it is an honour to open this workshop on the cooperation between our two \
            councils, and I thank every one of you for making the journey to be with us today.
            """)
        assertField(s.speaker, "Amina Dembélé-Sow", inferred: true)
    }

    func testAnArabicNameAfterTheAmbassadorsTitle() {
        let s = Fixture.read(
            """
            المحلية

            بالاو تحقق إنجازات خلال عضويتها في مجلس الأمن

            نيويورك - أكد مندوب بالاو الدائم لدى الأمم المتحدة السفير نغيراكيد تيلي أن بلاده سجلت إنجازات \
            دبلوماسية مهمة خلال عضويتها في المجلس. وقال تيلي إن الوفد عمل مع جميع الأعضاء من أجل التوافق.
            """)
        assertField(s.speaker, "نغيراكيد تيلي", inferred: true)
    }

    func testALettersWriterSignsAtItsFoot() {
        let s = Fixture.read(
            """
            Letter to the Secretary-General

            Su Excelencia
            Sr. António Guterres
            Secretario General de las Naciones Unidas
            Nueva York

            Excelencia:

            Tengo el honor de dirigirme a usted para transmitirle la posición de mi Gobierno sobre el asunto que \
            examina el Consejo, y le agradecería que la presente carta se distribuyera como documento oficial.

            Aprovecho la oportunidad para reiterarle las seguridades de mi más alta consideración.

            Ngiraked Tellei
            """)
        XCTAssertEqual(s.kind?.value, "letter")
        assertField(s.speaker, "Ngiraked Tellei", inferred: true)
    }

    func testAHeadOfStatesPostThenName() {
        let s = Fixture.read("""
            Address by the President of the Republic of Palau at the General Debate of the 77th session

            President of the Republic of Palau Surangel Whipps addressed the 77th session of the General Assembly.

            "Mr. President, Heads of delegations, I wish Mr. Csaba Kőrösi every success in his presidency."
            """)
        assertField(s.speaker, "Surangel Whipps", inferred: true)
    }

    func testASentenceOpeningWithNameAndPostBeforeAVerb() {
        let s = Fixture.read("""
            Point de presse

            Marie-Claire Dufresne, Directrice du Service de l'information à Genève, a présidé un point de presse \
            auquel ont participé des porte-parole de plusieurs institutions. Elle a donné les annonces habituelles \
            sur les réunions prévues au Palais des Nations, et rappelé le calendrier de la semaine suivante.
            """)
        assertField(s.speaker, "Marie-Claire Dufresne", inferred: true)
    }

    func testAStorysSpeakerIsThePersonItQuotesFirstNotAKnownEnvoyItMentions() {
        let s = Fixture.read(
            """
            KIVU MATIN
            Politique | Économie | Sécurité | Société
            Accueil > Politique
            Le Conseil de sécurité se penche sur la RDC ce mois-ci
            Publié le mer 07/03/2018 - 16:05 | Par la rédaction
            Le Conseil de sécurité tiendra plusieurs séances ce mois de mars sur la situation dans l'est du pays.
            « Nous entrons dans la phase où le mandat de la Mission sera revu », a expliqué Aline Mukendi, \
            porte-parole de la Mission, lors du point de presse hebdomadaire à Kinshasa.
            Elle a ajouté que la Représentante spéciale, Leila Zerrougui, présenterait le rapport devant le Conseil.
            © 2018 KIVU MATIN – Tous droits réservés
            """)
        assertField(s.speaker, "Aline Mukendi", inferred: true)
        XCTAssertEqual(s.speaker?.provenance.rule, "speaker.quote-attribution")
    }

    func testASurnameAfterAQuoteIsTheFullNameTheStoryGaveEarlier() {
        let s = Fixture.read(
            """
            EL DIARIO DEL NORTE
            Internacional
            Reunión de urgencia en la ONU sobre Venezuela
            Por Redacción · 5 enero 2026
            En la reunión del Consejo de Seguridad, la jefa de asuntos políticos Rosemary DiCarlo leyó un texto \
            del secretario general, António Guterres.
            “Me inquieta que la situación empeore y lo que eso significaría para toda la región”, dijo Guterres.
            © 2026 El Diario del Norte
            """)
        assertField(s.speaker, "António Guterres", inferred: true)
    }

    func testAPostBeforeTheNameInAHeadlineIsPassedOver() {
        let s = Fixture.read(
            """
            Statement of UNRWA Deputy Commissioner-General Mira Haldorsen to the Security Council
            20 February 2023
            Madame President, Members of the Council,
            The Commissioner-General, Philippe Lazzarini, regrets that he could not join you today. Refugees in \
            the region are losing hope, and the Agency's services are at risk without predictable funding.
            I thank you.
            """)
        assertField(s.speaker, "Mira Haldorsen", inferred: true)
        assertField(s.role, "UNRWA Deputy Commissioner-General", inferred: true)
    }

    func testRunTogetherInitialsAParticleAndAFormalCountryName() {
        let s = Fixture.read(
            """
            Press Briefing on Programme of Work for March
            Briefing by Pieter J.G. van Meerdervoort,
            Permanent Representative of the Kingdom of the Netherlands to the United Nations in New York.
            New York, 1 March 2018
            Good afternoon! It is an honour for us to hold the presidency of the Council this month.
            """)
        assertField(s.speaker, "Pieter J.G. van Meerdervoort", inferred: true)
        assertField(s.country, "Netherlands", inferred: true)
    }

    func testASpanishPostWithDelGivesTheCountry() {
        let s = Fixture.read(
            """
            Intervención del Representante Permanente del Perú ante la ONU, Embajador Mario Quispe Tello
            Nota de prensa
            Señor Presidente: el Perú reitera su compromiso con la Carta y con la solución pacífica de las \
            controversias, y hace un llamado al diálogo.
            """)
        assertField(s.country, "Peru", inferred: true)
    }

    func testRunTogetherTitlesOfAddressInAFrenchHeadline() {
        let s = Fixture.read(
            """
            Discours de S.E.M. Amadou Kouyaté lors du lancement de la campagne pour un siège au Conseil de sécurité
            Discours · Octobre 2016
            Mesdames et Messieurs les Ministres ;
            Nous lançons aujourd'hui officiellement notre campagne, et je remercie le Secrétaire général, Antonio \
            Guterres, pour son écoute attentive de nos préoccupations.
            """)
        assertField(s.speaker, "Amadou Kouyaté", inferred: true)
    }

    func testAnArabicMinistersLongTitleAndAClauseAfterTheName() {
        let s = Fixture.read(
            """
            وفد مجلس الأمن يختتم زيارته
            دمشق-وكالة
            وصعد أعضاء الوفد في ختام برنامجهم إلى الجبل، حيث رافقهم وزير الخارجية والمغتربين سامر خليل العبدالله وأطلعهم على معالم المدينة.
            """)
        XCTAssertEqual(s.speaker?.value, "سامر خليل العبدالله")
    }

    func testAKnownNameInALaterAnswerDoesNotBeatTheIntervieweeTheStandfirstNames() {
        let s = Fixture.read(
            """
            EL DIARIO
            “Hay miembros de primera y de segunda en el Consejo”
            El embajador de Exampleland ante Naciones Unidas, Tomás Quiroga Vélez, repasa el programa de junio, el \
            mes en que su país conduce los debates del máximo órgano de seguridad del mundo, y lo que espera de él.
            Foto: Tomás Quiroga Vélez, embajador de Exampleland ante la ONU, preside una sesión del Consejo. / ONU
            ¿Qué temas priorizó su país para junio?
            Junio siempre es un mes cargado. El martes tuvimos una sesión sobre diplomacia preventiva con la \
            presencia del secretario general António Guterres, y el 13 trataremos la acción contra las minas, que \
            tanto importa a los países que salen de un conflicto armado y a sus poblaciones rurales.
            """)
        XCTAssertNotEqual(s.speaker?.value, "António Guterres", "named in an answer, not the one answering")
    }

    func testTheSGsRemarksAreTheSecretaryGeneralsAndTheChairHeGreetsIsNot() {
        let s = Fixture.read(
            """
            The SG's Remarks at the Security Council debate on Somalia
            6 Mar 2012
            New York, 5 March 2012 – I am grateful for this chance to brief the Security Council on Somalia.
            I am glad to see His Excellency Henry Exampleton, the Minister responsible for Africa, in the chair.
            Somalia has reached a decisive point, and the peace process has fresh energy since I last spoke to you.
            """)
        assertField(s.speaker, "Ban Ki-moon", inferred: true)
    }

    func testAFrenchMinistersLongPostBeforeTheName() {
        let s = Fixture.read(
            """
            Exampleland : le mandat au Conseil de sécurité a été fidèle aux valeurs des Nations unies
            Publié le : lundi, 29 septembre 2025 22:41
            NEW YORK - Le ministre d'Etat, ministre des Affaires étrangères, de la Communauté nationale à l'étranger \
            et des Affaires africaines, Karim Benamor, a dressé lundi à New York le bilan du mandat de son pays au \
            Conseil de sécurité, un mandat placé sous le signe de la défense des causes justes, a-t-il déclaré.
            """)
        assertField(s.speaker, "Karim Benamor", inferred: true)
    }

    func testAnArabicMinistersTitleRunningOnToAComma() {
        let s = Fixture.read(
            """
            الوزير يرافع من أجل الشراكة بين مجلس الأمن والجامعة العربية
            من منبر الحوار في نيويورك، طالب وزير الشؤون الخارجية والجالية الوطنية بالخارج، كريم بن عمر، بشراكة أمتن بين الهيئتين.
            وقال بن عمر إن المرحلة الحرجة تستوجب التنسيق.
            """)
        XCTAssertEqual(s.speaker?.value, "كريم بن عمر")
    }

    func testAReleaseAboutOnePersonsWordsNamesThem() {
        let s = Fixture.read(
            """
            Security Council Open Debate on Upholding the Charter
            Press Release Issue Date: Jan 14, 2020
            The presidency opened the month with a debate open to all Member States on upholding the Charter.
            Speaking for Exampleland, H.E. Maria Exampleton, Ambassador and Permanent Representative of \
            Exampleland to the United Nations, described the Charter as a shared foundation of the Organization.
            She told the Council that Exampleland would keep investing in the United Nations system.
            """)
        assertField(s.speaker, "Maria Exampleton", inferred: true)
    }

    func testALetterOnASiteIsSignedAboveTheSitesFooter() {
        let s = Fixture.read(
            """
            Documentos » Exampleland
            Carta de Exampleland al Secretario General y al Presidente del Consejo de Seguridad
            RED EJEMPLO | CAPITAL | 11 DE ABRIL DE 2018
            Siguiendo instrucciones de mi Gobierno, me dirijo a ustedes porque se anuncia un ataque armado contra \
            mi país, al que se busca dar cobertura con acusaciones que nadie ha verificado.
            Les agradecería que la presente carta se distribuyera como documento del Consejo de Seguridad.
            Rafael Quintero Salas
            Embajador, Representante Permanente de Exampleland ante las Naciones Unidas
            Traducción
            Red Ejemplo
            Documentos adjuntos
            Esta nota es parte de la sección Documentos.
            En la misma sección
            Resolución 2401 del Consejo de Seguridad sobre la tregua humanitaria
            Red Ejemplo · ¿Quiénes somos? · Contacto
            """)
        XCTAssertEqual(s.kind?.value, "letter")
        assertField(s.speaker, "Rafael Quintero Salas", inferred: true)
        XCTAssertNil(s.forum, "a letter to the Council was not delivered in it")
    }

    func testAPDFLetterWhoseNameRanIntoTheClosingCourtesy() {
        let s = Fixture.read(
            """
            5 February 2010
            Excellency,
            I would like to offer Member States some guidance on the road to an early reform of the Council.
            Please accept, Excellency, the assurances of my highest consideration. Omar Exampleton
            Ambassador and Permanent Representative of Exampleland to the United Nations
            """)
        XCTAssertEqual(s.kind?.value, "letter")
        assertField(s.speaker, "Omar Exampleton", inferred: true)
    }

    func testAFrenchHeadOfStatesPostBeforeTheName() {
        let s = Fixture.read(
            """
            Discours de la présidente de la Confédération Maria Exempla au Conseil de sécurité de l'ONU
            Monsieur le Président, Mesdames et Messieurs,
            La Suisse est honorée de présider ce débat consacré à la paix et à la sécurité internationales.
            """)
        assertField(s.speaker, "Maria Exempla", inferred: true)
    }

    func testAHeadingInCapitalsGivesNameWithoutTitleAndTheCountry() {
        let s = Fixture.read(
            """
            STATEMENT BY H.E. MR. BATBOLD ERDENE
            PERMANENT REPRESENTATIVE OF MONGOLIA TO THE UNITED NATIONS
            7 November 2016
            Mr. President,
            Mongolia welcomes the resumption of the negotiations on the reform of the Security Council.
            """)
        assertField(s.speaker, "Batbold Erdene", inferred: true)
        assertField(s.country, "Mongolia", inferred: true)
    }

    func testAMinistrysMastheadNamedByItsCountryFirst() {
        let s = Fixture.read(
            """
            New Zealand Foreign Affairs & Trade
            Home / Media and Resources / Ministry Statements & Speeches / General Assembly debate on the veto
            Statement delivered by H.E. Mr. Tane Exampleton, Permanent Representative
            Mr. President, New Zealand thanks you for convening this debate on the use of the veto.
            """)
        assertField(s.country, "New Zealand", inferred: true)
    }

    func testAnAmbassadorInTheFirstParagraphBeatsAPresidentInALaterOne() {
        let s = Fixture.read(
            """
            O Exemplo
            Início | Política | Sociedade | Economia
            Exemplolândia toma posse como membro não-permanente do Conselho de Segurança da ONU
            3 de Janeiro de 2023
            Foi numa cerimónia ao fim do dia, na sede das Nações Unidas em Nova Iorque, que o país ocupou \
            formalmente a sua cadeira no Conselho. A bandeira foi colocada à entrada da sala pelo Embaixador \
            Paulo Exemplar, que discursou em seguida perante os membros.
            Na sua intervenção, o representante alertou para a expansão de grupos armados extremistas e defendeu \
            uma resposta concertada da comunidade internacional, como tem insistido o Presidente Mário Modelo \
            desde a candidatura do país, apresentada há dois anos em Nova Iorque perante os Estados membros.
            """)
        assertField(s.speaker, "Paulo Exemplar", inferred: true)
    }

    func testAGermanPostBeforeTheName() {
        let s = Fixture.read(
            """
            UNO-Sicherheitsrat für Beispielstaat "handlungsunfähig"
            20. September 2023, 17:52 · APA
            Außenminister Markus Beispielmann (ÖVP) hat bei einer Sitzung des UNO-Sicherheitsrats in New York eine \
            grundlegende Reform des Gremiums verlangt, wie er vor Journalisten betonte.
            Bei einem Treffen mit UNO-Generalsekretär António Guterres am Vortag warb er für Reformen des Rates, \
            die Afrika stärker verankern und das Vetorecht begrenzen sollten, wie es in der Mitteilung hieß.
            """)
        assertField(s.speaker, "Markus Beispielmann", inferred: true)
    }

    func testAChineseNameBetweenThePostAndTheVerb() {
        let s = Fixture.read(
            """
            中国代表：示例问题是中国内政
            出版：2019-09-06 18:45
            6日，中国常驻联合国日内瓦办事处代表李明在日内瓦对记者表示，他不认为人权理事会适合讨论这一问题。
            李明说，中方将把重点放在发展权等议题上，希望各方通过对话与合作解决分歧。
            相关文章：联合国人权事务高级专员巴切莱特访问中国
            """)
        XCTAssertEqual(s.speaker?.value, "李明")
    }

    func testAnArabicMinistersHonorificAndNationalityStayOutOfTheName() {
        let s = Fixture.read(
            """
            كلمة أمام الجمعية العامة
            28 سبتمبر 2024
            تنشر الوزارة فيما يلي نص الكلمة التي ألقاها معالي السيد سالم بن حمد بن راشد المثالي وزير الخارجية أمام الجمعية العامة.
            """)
        XCTAssertEqual(s.speaker?.value, "سالم بن حمد بن راشد المثالي")
        let t = Fixture.read(
            """
            لقاء في نيويورك
            والتقى وزير الخارجية اللبناني سمير خليل المثالي بالمنسقة الخاصة في نيويورك.
            """)
        XCTAssertEqual(t.speaker?.value, "سمير خليل المثالي")
    }

    func testARussianHeadingNamingASpeechIsNoByline() {
        let s = Fixture.read(
            """
            Выступление Президента Ивана Примерова
            Президент Иван Примеров выступил на общих прениях 72-й сессии Генеральной Ассамблеи ООН.
            Уважаемый господин Председатель! Уважаемые главы государств!
            """)
        XCTAssertNotEqual(s.speaker?.value, "Выступление Президента Ивана Примерова")
    }

    func testTheSGsRemarksUnderAHeadlineInAnotherLanguage() {
        let s = Fixture.read(
            """
            Выступление на открытии Глобальной конференции по устойчивому транспорту
            26.11.2016 | Заявления
            The SG's Remarks at Opening Session of the Global Sustainable Transport Conference
            Для меня большая радость снова оказаться в Ашхабаде.
            """)
        assertField(s.speaker, "Ban Ki-moon", inferred: true)
    }

    func testMastheadsInRussianArabicAndSpanishGiveTheCountry() {
        let ru = Fixture.read(
            """
            Посольство Туркменистана в Примерии
            Министерство иностранных дел Туркменистана
            Главная | О посольстве | Новости | Контакты
            Министр выступил на общих прениях Генеральной Ассамблеи
            Уважаемый господин Председатель! Мы поддерживаем усилия Организации по укреплению мира.
            """)
        assertField(ru.country, "Turkmenistan", inferred: true)
        let ar = Fixture.read(
            """
            سلطنة عُمان - وزارة الخارجية
            الرئيسية > الأخبار > كلمات وبيانات
            كلمة أمام الدورة التاسعة والسبعين للجمعية العامة
            السيد الرئيس، نؤمن بأن الحوار هو الطريق الوحيد المستدام لحل النزاعات.
            """)
        assertField(ar.country, "Oman", inferred: true)
        let es = Fixture.read(
            """
            Gobierno de Guatemala
            Inicio | Gobierno | Ministerios | Noticias | Contacto
            Discurso ante la Asamblea General de las Naciones Unidas
            Señor Presidente: nuestro país reafirma su compromiso con la Carta.
            """)
        assertField(es.country, "Guatemala", inferred: true)
    }

    func testAPossessiveHeadlineAfterAPost() {
        let s = Fixture.read(
            """
            Home > Media Centre > Speeches > English
            HON. ATTORNEY-GENERAL TEVITA EXAMPLE-RAMA'S NATIONAL STATEMENT AT THE HIGH-LEVEL POLITICAL FORUM
            17/07/2019
            Madam President; Distinguished delegates; Ladies and gentlemen.
            """)
        assertField(s.speaker, "Tevita Example-Rama", inferred: true)
        let t = Fixture.read(
            """
            Foreign Minister delivers Exampleland's speech before the General Assembly
            The Minister addressed the Assembly on the need for dialogue.
            """)
        XCTAssertNil(t.speaker, "a country's speech names no person")
    }

    func testAPagesSpeakerField() {
        let s = Fixture.read(
            """
            DISCOURS
            Speaker:
            Andrei Exemplu, ministre des Affaires étrangères
            Date:
            08/29/16
            Bonjour à tous ! Monsieur le Président, mesdames et messieurs les ambassadeurs.
            """)
        assertField(s.speaker, "Andrei Exemplu", inferred: true)
    }

    func testABodysNameAfterAPostIsNoSpeaker() {
        let s = Fixture.read(
            """
            ONU: país defende lugar permanente para África no Conselho de Segurança
            Nova Iorque, 02 out (Lusa) - O embaixador junto do Conselho de Segurança fez hoje um balanço positivo do \
            mandato no Conselho de Segurança, que termina em dezembro, e defendeu uma reforma do órgão.
            """)
        XCTAssertNotEqual(s.speaker?.value, "Conselho de Segurança")
    }
}
