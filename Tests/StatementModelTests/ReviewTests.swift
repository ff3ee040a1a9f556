import XCTest

@testable import StatementModel

/// The reviews every text passes: what a reader would say of each text, in several languages.
final class KindReviewTests: XCTestCase {
    func testQuestionAndAnswerTurnsMakeATranscript() {
        let s = Fixture.read(
            """
            Regular Press Conference of the Ministry's Spokesperson

            Reporter: Can you tell us more about the minister's visit next week and what is on the agenda?
            Spokesperson: The minister will hold talks on trade, climate and the situation in the region with his counterpart.
            Reporter: Will the two sides sign any agreement during the visit, as some reports suggest?
            Spokesperson: I have no information to release at the moment; please follow our announcements.
            """)
        assertField(s.kind, "transcript", inferred: true)
        assertField(s.forum, "Press conference", inferred: true)
    }

    func testTheFirstPersonInsideQuotesIsTheQuotedSpeakers() {
        let s = Fixture.read(
            """
            Un test réussi pour la présidence

            Pour l'ambassadeur Exemple Nom, la présidence du pays au Conseil durant tout le mois de novembre a été une réussite à tout point de vue, et les membres du Conseil ont salué le choix des thèmes débattus pendant le mois.

            Dans son discours de synthèse prononcé devant ses pairs, l'ambassadeur a dressé un bilan positif. « C'est la dernière fois que je prends la parole au nom de notre présidence, et je remercie nos partenaires », a-t-il dit devant les délégations réunies pour la dernière séance du mois.
            """)
        XCTAssertEqual(s.kind?.value, "news report")
    }

    func testAFormOfAddressMakesASpeech() {
        let s = Fixture.read(
            "Господин Председатель,\n\nМы благодарим брифинговавших за содержательные выступления.\n\nБлагодарю Вас.")
        assertField(s.kind, "speech", inferred: true)
    }

    func testReportedWordsMakeANewsReportWhateverTheHeadlineSays() {
        let s = Fixture.read(
            """
            Le discours de l'ambassadeur sur la crise

            L'ambassadeur a souligné que la paix passe par le dialogue entre toutes les parties concernées par cette crise.
            « Nous devons agir ensemble », a-t-il déclaré devant la presse, ajoutant que son pays était prêt à aider.
            Selon lui, la communauté internationale doit redoubler d'efforts pour éviter une nouvelle escalade.
            """)
        assertField(s.kind, "news report", inferred: true)
    }

    func testALetterAndAMeetingRecord() {
        let letter = Fixture.read(
            "Letter dated 3 March 2021 from the Permanent Representative addressed to the President of the Security Council\n\nI have the honour to transmit herewith the statement of my Government.\n\n(Signed) A. Person"
        )
        assertField(letter.kind, "letter", inferred: true)
        let record = Fixture.read(
            "S/PV.9000\n\nThe meeting was called to order at 10.05 a.m.\n\nAdoption of the agenda\n\nThe agenda was adopted."
        )
        assertField(record.kind, "meeting record", inferred: true)
    }
}

final class SpeakerAndForumReviewTests: XCTestCase {
    func testANameAfterATitleOfAddressInTheHeadline() {
        let s = Fixture.read(
            "Statement by H.E. Ms. Example Person, Ambassador, at the Human Rights Council\n\nMr. President,\n\nThank you."
        )
        assertField(s.speaker, "Example Person", inferred: true)
    }

    func testAPostIsNotAName() {
        let s = Fixture.read(
            "Statement by Permanent Representative at the Security Council\n\nMr. President, thank you.")
        XCTAssertNotEqual(s.speaker?.value, "Permanent Representative")
    }

    func testAKnownPersonInNativeScriptGivesTheTablesName() {
        let s = Fixture.read("联合国安理会举行会议\n\n新华社联合国3月1日电 中国常驻联合国代表张军1日在安理会发言，呼吁各方保持克制。他表示，对话是唯一出路。")
        assertField(s.speaker, "Zhang Jun", inferred: true)
    }

    func testANameAfterAPostInTheLead() {
        let s = Fixture.read(
            """
            Venezuela denuncia sanciones ante la ONU

            El embajador venezolano ante Naciones Unidas, Ejemplo Nombre, afirmó este martes que las medidas coercitivas unilaterales violan la Carta de las Naciones Unidas y dañan a la población.
            """)
        assertField(s.speaker, "Ejemplo Nombre", inferred: true)
    }

    func testTheCouncilsReformIsDebatedInTheAssembly() {
        let s = Fixture.read(
            "Statement at the debate on the question of equitable representation on and increase in the membership of the Security Council\n\nMr. President,\n\nWe support reform."
        )
        assertField(s.forum, "General Assembly", inferred: true)
    }

    func testAForumInAnotherLanguageAndNotFromAMenu() {
        let s = Fixture.read(
            "Accueil | Conseil de sécurité | Assemblée générale | Contact\n\nIntervention de la France au Conseil des droits de l'homme\n\nMonsieur le Président,\n\nMerci."
        )
        assertField(s.forum, "Human Rights Council", inferred: true)
    }

    func testAStoryInTraditionalChineseIsPlacedByTheMeetingItsBodyHeld() {
        let held = Fixture.read(
            "傅聰:預防衝突要標本兼治\n\n新華社聯合國8月21日電 當地時間8月21日，聯合國安理會就“預防衝突、建設和平”舉行公開辯論會。"
                + "中國常駐聯合國代表傅聰在會上發言，他說，各方應標本兼治，著力破解衝突根源。")
        assertField(held.forum, "Security Council", inferred: true)
        // What the Council will hold, or a resolution the Assembly once adopted, places nothing.
        let future = Fixture.read(
            "中國擔任輪值主席國\n\n中新網10月2日電 張業遂介紹說，十月安理會議程比較繁忙，要審議十多個地區熱點問題，還將舉行幾次公開會議。"
                + "他表示中方將與各方加強溝通，推動安理會發揮應有作用，維護國際和平與安全。")
        XCTAssertNil(future.forum)
        let adopted = Fixture.read(
            "外交部發言人答記者問\n\n中新社北京8月5日電 他指出，一九七一年聯大通過的第2758號決議已經在政治、法律和程序上解決了中國的代表權問題，"
                + "任何國家都不應干涉中國內政，這是國際社會的普遍共識。")
        XCTAssertNotEqual(adopted.forum?.value, "General Assembly")
    }

    func testAnotherOrganisationsGeneralAssemblyIsNotTheUNs() {
        // Placed by "período de sesiones de la Asamblea General" — the OAS's Assembly, named on its own page.
        let oas = Fixture.read(
            "ORGANIZACIÓN DE LOS ESTADOS AMERICANOS\nCentro de Noticias · Discursos\n\nPalabras del Secretario General "
                + "en la sesión inaugural del cuadragésimo cuarto período ordinario de sesiones de la Asamblea General\n"
                + "Asunción, Paraguay — 3 de junio de 2014\n\nAgradezco al Presidente y a su gobierno la hospitalidad.")
        XCTAssertNotEqual(oas.forum?.value, "General Assembly")
        // The same words on a UN page are the UN's Assembly.
        let un = Fixture.read(
            "Centro de Información de las Naciones Unidas\n\nResumen del discurso de Ecuador en el 57° período de "
                + "sesiones de la Asamblea General\n20 de septiembre de 2002\n\nEl Presidente de Ecuador afirmó hoy "
                + "que su país apoya el multilateralismo y la reforma de las Naciones Unidas.")
        assertField(un.forum, "General Assembly", inferred: true)
    }

    func testAHungarianStoryIsPlacedByTheAssemblysGeneralDebate() {
        let s = Fixture.read(
            "Szijjártó Péter New Yorkban\n\n2025.09.25.\n\nSzijjártó Péter külügyminiszter az ENSZ-közgyűlés általános "
                + "vitájában arról beszélt, hogy a világ biztonsági helyzete romlik, és Magyarország a béke pártján áll.")
        assertField(s.forum, "General Assembly", inferred: true)
    }

    func testAJapaneseSurnameBeforeATitleIsTheKnownEnvoy() {
        let s = Fixture.read(
            "安保理改革に関する会合における石兼大使によるステートメント\n\nCo-Chairs,\n\nJapan supports the reform of the Council.")
        assertField(s.speaker, "Kimihiro Ishikane", inferred: true)
        let unknown = Fixture.read(
            "安保理改革に関する会合における山川大使によるステートメント\n\nCo-Chairs,\n\nJapan supports the reform of the Council.")
        XCTAssertNil(unknown.speaker, "a surname no envoy of the table has stays unread")
    }

    func testAnArabicNameAfterChainedTitlesIsReadWhole() {
        let s = Fixture.read(
            "ألقت سعادة السفيرة الشيخة مثال أحمد بن سيف آل ثاني، المندوبة الدائمة، كلمة أمام مجلس الأمن اليوم حول الوضع في الشرق الأوسط وأكدت دعم الحل السياسي."
        )
        XCTAssertEqual(s.speaker?.value, "مثال أحمد بن سيف آل ثاني")
    }

    func testAnArabicLineOfAddressNamesNoSpeaker() {
        // A speech opens by greeting the Secretary-General, the President and the room: none of them speaks.
        let greeting = "سعادة السيد مثال مثالي ، "
            + "الأمين العام للأمم المتحدة ، "
            + "سعادة السفير آخر أحمد ، "
            + "رئيس الجمعية العامة ، أصحاب السعادة ،"
        let text = "يعيش بلدنا هذه الأيام أزمة تهدد وجوده."
        let s = Fixture.read(greeting + "\n\n" + text)
        XCTAssertNil(s.speaker, "\(s.speaker?.value ?? "")")
        // Without the room's greeting, the same words are a byline.
        let byline = "كلمة سعادة السفير آخر أحمد ، "
            + "المندوب الدائم" + "\n\n" + text
        XCTAssertEqual(Fixture.read(byline).speaker?.value, "آخر أحمد")
    }

    func testArabicTitlesWithADoctorsMarkAndASpokespersonsPost() {
        let s = Fixture.read(
            "بيان البعثة الدائمة يلقيه سعادة المندوب الدائم السفير / د . مثال بن محمد الاسم\n\nالسيد الرئيس،\n\nنشكركم."
        )
        XCTAssertEqual(s.speaker?.value, "مثال بن محمد الاسم")
        let t = Fixture.read(
            "المتحدث باسم وزارة الخارجية مثال مثالي يعقد مؤتمرا صحفيا اعتياديا\n\nس: هل لديكم تعليق؟\nج: نرحب بذلك.\nس: وماذا عن الزيارة؟\nج: سنعلن التفاصيل."
        )
        XCTAssertEqual(t.speaker?.value, "مثال مثالي")
    }

    func testAnEgyptianSpellingOfAKnownNameIsKnown() {
        let s = Fixture.read(
            "أكد السفير السعودى لدى الأمم المتحدة عبد الله المعلمى فى تصريحات للصحفيين أن انتخاب المملكة لعضوية مجلس الأمن يعكس سياستها، وقال إن بلاده ستعمل مع جميع الأعضاء."
        )
        XCTAssertEqual(s.speaker?.value, "Abdallah Al-Mouallimi")
    }

    func testABylineNamingAPostGivesItsHolderOnTheDate() {
        let s = Fixture.read(
            """
            Security Council Meeting on Cooperation with Regional Organisations
            OIC Secretary General - 2013-10-28
            Mr. President,
            My thanks go as well to H.E. Mr. Ban Ki-moon, Secretary-General of the United Nations, for his efforts to give greater substance to the ties between our two organisations over the years.
            """)
        assertField(s.speaker, "Ekmeleddin İhsanoğlu", inferred: true)
        XCTAssertTrue(s.speaker?.provenance.reason?.contains("2013-10-28") ?? false)
    }

    func testTheSecretaryGeneralWhoseEffortsAreThankedIsNotTheSpeaker() {
        let english = Fixture.read(
            "At the 79th session\n\nWe commend the efforts of Secretary-General António Guterres "
                + "to keep the Organization working for peace in these difficult years.")
        XCTAssertNotEqual(english.speaker?.value, "António Guterres", english.speaker?.provenance.rule ?? "")
        let arabic = Fixture.read(
            "أمام الدورة 79\n\nوأجدد التقدير لجهود الأمين العام السيد "
                + "\"أنطونيو غوتيريش\" المتواصلة"
                + " من أجل إعادة الثقة.")
        XCTAssertNotEqual(arabic.speaker?.value, "António Guterres")
        // Named as the one who speaks, he is still read.
        let speaking = Fixture.read(
            "Remarks at the 79th session\n\nSecretary-General António Guterres told the Assembly that the "
                + "Organization must keep working for peace in these difficult years.")
        XCTAssertEqual(speaking.speaker?.value, "António Guterres")
    }

    func testARussianTranscriptsMostFrequentTurnIsTheSpeaker() {
        let s = Fixture.read(
            """
            Совещание с постоянными членами Совета Безопасности
            П.Примеров: Уважаемые коллеги, добрый вечер! Сегодня основной вопрос нашей повестки.
            В.Вопросова: Разрешите вопрос, прежде чем мы перейдём к основной теме?
            П.Примеров: Пожалуйста.
            В.Вопросова: Как мы относимся к этому предложению?
            П.Примеров: Начну с главного. Мы готовы рассмотреть эту возможность.
            """)
        XCTAssertEqual(s.speaker?.value, "П.Примеров")
    }

    func testASpanishHeadlineWithTitlesBeforeTheName() {
        let s = Fixture.read(
            "Intervención del señor Embajador Ejemplo Nombre Apellido, Representante Permanente Alterno\n\nSeñor Presidente,\n\nColombia agradece la convocatoria."
        )
        XCTAssertEqual(s.speaker?.value, "Ejemplo Nombre Apellido")
    }

    func testANameOnTheLineUnderStatementByIsTheSpeakerNotASalutation() {
        let s = Fixture.read(
            """
            Statement by

            Ambassador Exampla K. Namesson,
            the Permanent Representative of the Republic of Kazakhstan

            Mr. President,

            Kazakhstan is glad to see His Excellency Mr. Otherly Personne, Minister of Foreign Affairs of Jordan, guiding our work this month, and we wish his country success in its presidency.
            """)
        XCTAssertEqual(s.speaker?.value, "Exampla K. Namesson")
    }

    func testAVerbatimReportsTurnAndACapitalsHeadingWithThePostFirst() {
        let turn = Fixture.read(
            "Explanations of vote on relations with the United Nations\n\nExampla Person Namesson (ECR). Mr President, I voted against this report because the Union is not a member of the United Nations."
        )
        XCTAssertEqual(turn.speaker?.value, "Exampla Person Namesson")
        let heading = Fixture.read(
            "STATEMENT BY ITALY'S REPRESENTATIVE AMB. EXAMPLO NAMESSI AT SECURITY COUNCIL'S MEETING\n\nMister Chair,\n\nItaly aligns itself with the statement of the European Union."
        )
        XCTAssertEqual(heading.speaker?.value, "Examplo Namessi")
    }

    func testAFrenchHeadlineNamingAnAgencysHeadGivesTheHolderOnTheDate() {
        let s = Fixture.read(
            "Allocution du Directeur général de l’OMS à la réunion des ministres\n26 juin 2020\n\nMonsieur le Ministre,\n\nJe vous remercie de votre invitation."
        )
        XCTAssertEqual(s.speaker?.value, "Tedros Adhanom Ghebreyesus")
        XCTAssertEqual(s.speaker?.provenance.basis, .inferred)
    }

    func testMissionMastheadsInArabicFrenchAndMixedCapitalsGiveTheCountry() {
        for (masthead, country) in [
            ("الوفد الدائم لدولة قطر لدى الأمم المتحدة - نيويورك", "Qatar"),
            ("New York - Représentation permanente du Luxembourg auprès des Nations Unies", "Luxembourg"),
            ("peRmanent mIssIon of ItalY to the UnIted natIons", "Italy"),
        ] {
            let doc = AnnotatedText(masthead + "\n\nStatement on the situation in the Middle East\n\nMr. President,")
            XCTAssertEqual(
                CountryReview.mastheadCountry(in: doc, reference: Fixture.reader.reference), country, masthead)
        }
    }

    func testACountryIsNeverTheSpeaker() {
        let s = Fixture.read(
            "Explanation of Vote by Sierra Leone on the Situation in the Middle East\n\nThank you, Madam President,\n\nSierra Leone voted in favour of the draft resolution."
        )
        XCTAssertNotEqual(s.speaker?.value, "Sierra Leone")
    }

    func testARegionAfterAPostIsNotAPerson() {
        let s = Fixture.read(
            "Сегодня в Нью-Йорке прошел брифинг постоянных представителей стран Центральной Азии при ООН, на котором обсуждались вопросы безопасности и развития региона."
        )
        XCTAssertNotEqual(s.speaker?.value, "Центральной Азии")
    }

    func testAShotListsFirstSoundbiteIsTheSpeaker() {
        let s = Fixture.read(
            """
            UN / EXAMPLE FOREIGN MINISTER
            DATELINE: 15 DECEMBER 2017, NEW YORK CITY
            1. Wide shot, Security Council chamber
            2. SOUNDBITE (English) Example Person, Minister for Foreign Affairs, Japan:
            "We cannot accept these launches."
            3. Med shot, delegates
            """)
        assertField(s.speaker, "Example Person", inferred: true)
        XCTAssertEqual(s.country?.value, "Japan")
    }

    func testARussianPostInLowerCaseBeforeTheNameGivesTheSpeaker() {
        let s = Fixture.read(
            "Об этом президент Пример Примеров сообщил 25 сентября, выступая на 73-й сессии Генеральной Ассамблеи ООН в Нью-Йорке, где он рассказал о кандидатуре страны."
        )
        XCTAssertEqual(s.speaker?.value, "Пример Примеров")
    }

    func testATitleAndAKnownSurnameGiveTheEnvoy() {
        let s = Fixture.read(
            "Statement by EU HR Ashton to the Security Council\n\n13 February 2013, New York - EU HR Ashton briefed the Council on cooperation with regional organisations."
        )
        assertField(s.speaker, "Catherine Ashton", inferred: true)
        let unknown = Fixture.read(
            "Statement by Ambassador Examplesson to the Security Council\n\n13 February 2013, New York - Ambassador Examplesson briefed the Council on cooperation with regional organisations."
        )
        XCTAssertNil(unknown.speaker)
    }

    func testANameInACapitalsHeadingStopsAtThePost() {
        let s = Fixture.read(
            "STATEMENT BY EXAMPLA ZIN EXAMPLE PERMANENT MISSION OF MALAYSIA TO THE UNITED NATIONS AT THE PLENARY MEETING\n\nMr. President,\n\nMalaysia thanks the Secretary-General for his report."
        )
        XCTAssertEqual(s.speaker?.value, "Exampla Zin Example")
    }

    func testAMonthlyPresidencyPutsASpeechInTheSecurityCouncil() {
        let text = """
            Mr. President,

            Let me congratulate Example Land on its presidency for the month of March and thank the briefers.

            We are concerned by the fighting in the region and call on all sides to protect civilians.
            """
        assertField(Fixture.read(text).forum, "Security Council", inferred: true)
        let annual = text.replacingOccurrences(of: "for the month of March", with: "of this session")
        XCTAssertNil(Fixture.read(annual).forum, "a session's president is not the Council's monthly one")
    }

    func testASpeechThatSpeaksOfThisAssemblyIsTheGeneralAssemblys() {
        let text = """
            Example Land - Minister of Foreign Affairs - 28 September

            Mr. President, excellencies, ladies and gentlemen,

            The United Nations was founded so that disputes are settled by law, not by force.

            Force is lawful only in self-defence or upon the authority of the Security Council, as the Charter says.

            Every member of this Assembly is bound by the Charter, and every one of us must say so.
            """
        let s = Fixture.read(text)
        assertField(s.forum, "General Assembly", inferred: true)
        XCTAssertEqual(s.forum?.provenance.rule, "forum.addressed-assembly")
        XCTAssertEqual(s.forum?.provenance.evidence, "this Assembly")
        // A parliament's speech says "this Assembly" too: with another assembly named, it is not the UN's.
        let parliament = text.replacingOccurrences(
            of: "ladies and gentlemen,", with: "members of the National Assembly,")
        XCTAssertNotEqual(Fixture.read(parliament).forum?.value, "General Assembly")
        XCTAssertNil(Fixture.read(parliament.replacingOccurrences(of: "Security Council", with: "Charter")).forum)
        // Without "this Assembly" the Council, named first, is still read as the page's forum (weakly).
        let council = text.replacingOccurrences(of: "this Assembly", with: "the Organization")
        XCTAssertEqual(Fixture.read(council).forum?.value, "Security Council")
    }

    func testAThinkTanksTranscriptIsNoPressConference() {
        let s = Fixture.read(
            """
            A Conversation With an Example Ambassador
            MODERATOR: Welcome to today's meeting of the council on foreign affairs. Our guest has been ambassador to the United Nations for three years.
            EXAMPLE: Thank you. It is good to be here with members of the council and guests.
            MODERATOR: Let me begin with the war. What can the Security Council do about it?
            EXAMPLE: More than people think, though less than we would like.
            """)
        XCTAssertEqual(s.kind?.value, "transcript")
        XCTAssertNotEqual(s.forum?.value, "Press conference", "no reporter asks, and the text says no press event")
        XCTAssertNotEqual(s.forum?.value, "Security Council", "the Council is spoken of, not met in")
    }

    func testAStoryAboutWhatIsAskedOfTheCouncilIsNotPlacedInIt() {
        let asked = Fixture.read(
            """
            Envoy seeks council statement on missile launches

            WASHINGTON, March 3 (Example) - The United States on Monday asked the United Nations Security Council to adopt a statement on the launches, ambassador Example Person told the agency.
            """)
        XCTAssertEqual(asked.kind?.value, "news report")
        XCTAssertNil(asked.forum, "what is asked of the Council is not where the words were said")
        let told = Fixture.read(
            """
            Envoy warns council on missile launches

            UNITED NATIONS, March 3 (Example) - Ambassador Example Person told the United Nations Security Council on Monday that the launches threaten the region, the agency reported.
            """)
        assertField(told.forum, "Security Council", inferred: true)
    }

    func testARegionalOrANationalSecurityCouncilIsNotTheUNs() {
        let regional = Fixture.read(
            """
            Exampleland Commission
            Opening remarks at the 50th ordinary session of the Mediation and Security Council at ministerial level
            Abuja, 18 June 2023
            Honourable Ministers, the region faces coups and terrorism, and we must act together to restore order.
            """)
        XCTAssertNotEqual(regional.forum?.value, "Security Council")
        let national = Fixture.read(
            """
            Meeting of the Security Council of the Russian Federation
            The President held an operational meeting with the permanent members of the Security Council of the \
            Russian Federation on the situation in the region.
            """)
        XCTAssertNotEqual(national.forum?.value, "Security Council")
    }

    func testASummaryAskingForSeatsInTheCouncilIsNotPlacedInIt() {
        let s = Fixture.read(
            """
            Communiqué de presse
            Débat général : résumé des interventions du 25 septembre
            M. EXEMPLE MARTIN, Ministre des affaires étrangères, a présenté le plan de développement de son pays \
            et appelé à la vigilance autour des élections prévues l'an prochain dans la région.
            En conclusion, le Ministre a demandé pour l'Afrique deux sièges de membres permanents, ainsi que des \
            sièges non permanents supplémentaires au Conseil de sécurité.
            """)
        XCTAssertNotEqual(s.forum?.value, "Security Council", "seats asked for in the Council are its business")
    }
}

final class TitleReviewTests: XCTestCase {
    func testALongChineseMissionNameIsAMastheadAndAShortChineseHeadlineATitle() {
        let s = Fixture.read(
            """
            中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团
            首页 > 裁军事务 > 发言
            示例大使在裁谈会全会的发言
            2015年7月8日
            主席先生：中国代表团欢迎裁谈会就工作计划开展的讨论，愿与各方一道推动早日达成一致。
            """)
        XCTAssertEqual(s.title?.value, "示例大使在裁谈会全会的发言")
    }

    func testANavigationLinkIsNoTitleAndADashIsNoPartOfOne() {
        let s = Fixture.read(
            """
            EXAMPLE NEWS TRANSCRIPTS
            Return to Transcripts main page
            Ambassador Example Addresses Reporters
            Aired March 10, 2003 - 10:00 ET
            EXAMPLE: Good morning. The Council will meet again this afternoon on the draft resolution.
            """)
        XCTAssertNotEqual(s.title?.value, "Return to Transcripts main page")
        let t = Fixture.read(
            """
            Accueil > Discours
            - Déclaration de M. Jean Exemple sur le rôle de l'ONU après les attentats du 11 septembre
            Monsieur le Secrétaire général, je vous écris pour vous dire notre soutien.
            """)
        XCTAssertEqual(t.title?.value, "Déclaration de M. Jean Exemple sur le rôle de l'ONU après les attentats du 11 septembre")
    }

    func testAMenuIsNotATitle() {
        let s = Fixture.read(
            "Home | About | News | Contact\n\nMinister addresses the conference on disarmament in Geneva\n\n2023-10-23\n\nThe minister said nuclear risks are rising."
        )
        XCTAssertEqual(s.title?.value, "Minister addresses the conference on disarmament in Geneva")
        XCTAssertEqual(s.title?.provenance.basis, .inferred)
    }

    func testAPhotoCreditIsNotAMenuAndASectionLabelIsNotTheKind() {
        let s = Fixture.read(
            """
            Example Agency for Children
            Press release
            Executive Director Example Person's remarks at the open debate on children and armed conflict
            As prepared for delivery
            28 June 2021
            [Photo] A girl stands next to a damaged building.
            AGENCY/UN0464417/Photographer
            "Thank you, Madam President, for bringing us together to speak about children caught up in war and about what the Council can do for them."
            """)
        XCTAssertEqual(
            s.title?.value,
            "Executive Director Example Person's remarks at the open debate on children and armed conflict")
        XCTAssertEqual(s.kind?.value, "speech", "the headline says remarks; 'Press release' only labels the section")
    }
}

final class FurnitureTests: XCTestCase {
    func testADeliveryNoticeIsNeverTheTitleAndTheMenuLeavesTheBody() {
        let s = Fixture.read(
            """
            Élysée Présidence de la République

            Le Président | Actualités | Les Présidents | Contact

            Accueil > Discours > Lettres

            16 décembre 1996 - Seul le prononcé fait foi

            Monsieur le Secrétaire général,

            Je tiens à vous adresser mes félicitations les plus chaleureuses pour votre désignation.
            """)
        XCTAssertNotEqual(s.title?.value, "16 décembre 1996 - Seul le prononcé fait foi")
        XCTAssertEqual(s.date?.value.iso, "1996-12-16")
        XCTAssertFalse(s.paragraphs.contains { $0.contains("Le Président | Actualités") }, "\(s.paragraphs)")
        XCTAssertTrue(s.raw.contains("Le Président | Actualités"), "the raw text keeps everything")
    }
}

final class SituationFinderTests: XCTestCase {
    let finder = SituationFinder(catalog: Fixture.reference.situations)

    func testAResolutionNumberAndTheHeadlineFileAStatement() {
        let s = Fixture.read(
            """
            Statement at the Security Council briefing on non-proliferation

            Mr. President, we support the full implementation of resolution 2231 (2015) and urge all parties to return to compliance.
            """)
        // Both what the resolution is about and the agenda item the headline names.
        let found = finder.situations(of: s)
        XCTAssertEqual(Set(found.map(\.name)), ["Iran", "Non-proliferation and disarmament"])
        XCTAssertTrue(found.first { $0.name == "Iran" }?.provenance.reason?.contains("resolution 2231") ?? false)
    }

    func testACountryNamedOnceInPassingDoesNot() {
        let s = Fixture.read(
            "Remarks on peacekeeping\n\nMr. President, peacekeepers serve from Haiti to the Sahel, and we honour them. Peacekeeping needs funding; peacekeeping needs clear mandates; peacekeeping saves lives."
        )
        let names = finder.situations(of: s).map(\.name)
        XCTAssertTrue(names.contains("Peacekeeping"), "\(names)")
        XCTAssertFalse(names.contains("Haiti"), "\(names)")
        XCTAssertLessThanOrEqual(names.count, 3)
    }

    /// A name that is also an ordinary word of a language the table reads names nothing where the word is meant.
    func testShippedNamesThatAreOrdinaryWordsElsewhereAreLeftOut() {
        let texts = [
            "Los paros de transportistas continúan. Una economía sana necesita diálogo; los paros dañan a todos.",
            "Hali ya uchumi ni nzuri sana. Wananchi wamefurahi sana na wanashukuru sana.",
            "It was an odd choice, and odder still, an odd thing to say at an odd hour.",
            "The Ambassador spoke at Columbia University. Columbia students asked about British Columbia.",
        ]
        for text in texts {
            XCTAssertEqual(finder.situations(of: Fixture.read(text)).map(\.name), [], text)
        }
    }

    /// The shipped table names situations in languages beyond the UN's six (texts of our own).
    func testTheShippedNamesInFurtherLanguages() {
        let texts: [(String, String)] = [
            ("Ukraine", "日本はロシアによるウクライナ侵略を強く非難する。ウクライナの主権と領土の一体性を支持する。"),
            ("DPRK", "정부는 북한의 탄도미사일 발사를 규탄했다. 북한은 안보리 결의를 준수해야 한다."),
            ("Ukraine", "Magyarország szerint Ukrajnában mielőbb tűzszünetre van szükség. "
                + "Ukrajna népe sokat szenvedett."),
            ("Syria", "شورای امنیت درباره وضعیت سوریه تشکیل جلسه داد. مردم سوریه به کمک نیاز دارند."),
            ("Syria", "Dewan Keamanan membahas krisis kemanusiaan di Suriah. Rakyat Suriah membutuhkan bantuan."),
        ]
        for (name, text) in texts {
            let found = finder.situations(of: Fixture.read(text)).map(\.name)
            XCTAssertEqual(found.first, name, text)
        }
    }
}

final class PhraseIndexTests: XCTestCase {
    /// The index finds what searching each phrase in turn finds, as whole words, in every script.
    func testTheIndexFindsWhatASearchFinds() {
        let phrases = ["said", "told", "a-t-il déclaré", "по его словам", "表示", "وقال", "mr. president", "q:"]
        let index = PhraseIndex(phrases)
        let texts = [
            "He said it, and she told them; a-t-il déclaré hier.", "saidx unsaid said", "по его словам — да", "他表示支持。",
            "وقال المندوب", "Mr. President, thank you", "q: what? q:",
        ]
        for raw in texts {
            let text = KindLexicon.fold(raw)
            var found: [String] = []
            index.matches(in: Array(text.utf16)) { p, _ in
                found.append(phrases[p])
                return true
            }
            let expected = phrases.flatMap { p in Array(repeating: p, count: KindLexicon.occurrences(of: p, in: text)) }
            XCTAssertEqual(found.sorted(), expected.sorted(), raw)
        }
    }
}
