import Foundation

/// The forum, when the family's English cues found none or only a guess: a UN press release's symbol
/// (SC/, GA/, HRC/), an exchange with the press (a transcript, or a story whose lead has the speaker
/// talking to reporters), the debate on the Council's reform (held in the General Assembly, though it
/// names the Council), else the first forum the opening lines name in any of the six UN languages
/// (`Resources/forums.tsv`), menus and link lists passed over. Always inferred.
struct ForumReview {
    let doc: AnnotatedText
    let lexicon: ForumLexicon

    /// A press release's symbol (SC/15432, GA/SHC/4216) or a verbatim record's (S/PV.4739, A/64/PV.62).
    private static let releaseSymbol = Pattern(
        // The Peacebuilding Commission's early releases have two digits ("CCP/34"); the others three or more.
        #"\b(SC|GA|HRC|ECOSOC|CS|AG|DC|PBC|CCP)(?:/[A-Z]{2,4})?/(?:\d{3,6}|(?<=(?:PBC|CCP)/)\d{2})\b"#
            + #"|\b(S)/PV\.\d{3,5}\b|\b(A)/\d{2}/PV\.\d{1,3}\b"#)
    private static let symbolForums = [
        "SC": "Security Council", "CS": "Security Council", "GA": "General Assembly", "AG": "General Assembly",
        "HRC": "Human Rights Council", "ECOSOC": "ECOSOC", "PBC": "Peacebuilding Commission",
        // The Peacebuilding Commission's releases in French ("CCP/34": Commission de consolidation de la paix).
        "CCP": "Peacebuilding Commission",
        "S": "Security Council", "A": "General Assembly",
    ]
    private static let pressCue = Pattern(
        #"(?i)\b(?:told reporters|told journalists|press conference|news conference|press briefing|media briefing|"#
            + #"stakeout|doorstop|briefed reporters|conférence de presse|point de presse|rueda de prensa|"#
            // A bare "брифинг" is as often the Council's own meeting ("заседание в формате
            // брифинга").
            + #"conferencia de prensa|пресс-конференци\w*|журналистам|брифинг"#
            + #"\w* для (?:журналистов|прессы|СМИ)|"#
            + #"брифинг\w* официального представителя|ежедневн\w+ бр"#
            + #"ифинг\w*)|记者会|答记者问|مؤتمر صحفي|للصحفيين"#
            + #"|(?i)\b(?:to|with|before|told) (?:the )?(?:reporters|journalists|press|media)\b|\breporters at\b"#
            + #"|(?i)\b(?:ante la prensa|a la prensa|a los periodistas|à la presse|aux journalistes|прессе)\b"#
            // Further languages: "devant la presse", "conference de presse" in capitals without the accent,
            // German, Italian, Portuguese, Turkish, Dutch, Indonesian, Japanese and Korean press conferences.
            + #"|(?i)\b(?:devant la presse|conference de presse|pressekonferenz\w*|pressegespräch\w*|"#
            + #"conferenza stampa|coletiva de imprensa|entrevista coletiva|basın toplantı\w*|persconferentie|"#
            // Japanese as HanScript reads it (記者会見, 報道陣 in simplified characters).
            + #"konferensi pers|con i giornalisti|ai giornalisti|alla stampa|aos jornalistas|à imprensa|"#
            + #"vor journalisten|vor der presse)|记者会见|报道阵|기자회견"#
            + #"|记者提问|会见记者|向记者|对记者|对媒体|向媒体|接受媒体|回答记者|吹风会"#
            + #"|(?i)\b(?:noon|daily|regular|weekly|spokesperson['’]s|spokesman['’]s) briefing|"#
            + #"briefing by the (?:spokesperson|spokesman)"#
    )
    /// Words that put a statement in a forum rather than name it as a topic: a meeting, a session, a
    /// debate (after the name), or being at, in, before or addressing it (before the name).
    private static let meetingAfter = Pattern(
        #"^\W{0,3}(?:\w+\W+){0,3}?(?:meeting|session|debate|briefing|consultations|vote|chamber|"#
            // The body doing what bodies do where words are said: "the Council met", "sesiona de urgencia".
            + #"met|meets|held|holds|convened|adopted|voted|elected|élu\w*|eligió|избрал\w*|sesiona|se reúne|"#
            + #"se reunió|aprobó|adoptó|votó|s'est réuni|"#
            + #"a adopté|se réunit|провел\w*|провёл|собрал\w*|принял\w*|заседа"#
            + #"ни\w*|сессии|会议|会上|审议|جلسة|réunion|"#
            + #"séance|débat|sesión|reunión|debate)"#
            // Hungarian: "az ENSZ-közgyűlés általános vitájában" (in its general debate), "ülésén" (at its
            // meeting).
            + #"|^\W{0,3}(?:\w+\W+){0,2}?(?:vitá\w*|ülés\w*)"#
            // Chinese: the body then its meeting or debate within the clause
            // ("安理会就…举行公开辩论会"), not what it
            // "will hold" (将举行), a resolution it adopted (通过的决议) or a clause further on.
            + #"|^[^。！？，,；\n]{0,30}(?<!将)(?:举行|公开会|会议|通过(?!的)|辩论)"#,
        caseInsensitive: true)
    private static let venueBefore = Pattern(
        #"(?:\b(?:at|in|to|before|told|tells?|warns?|addressing|addressed|briefed|briefs?|briefing|urges?|urged|asked|"#
            + #"asks|calls? on|called on|members of|(?:meeting|session|debate|briefing|consultations) of|"#
            // "the open debate held by the United Nations Security Council on youth".
            + #"(?:meeting|session|debate|briefing|consultations) (?:held|convened|organi[sz]ed|hosted) by|en|ante|al|"#
            + #"au|à|devant|lors d'une réunion du|réunion du|séance du|(?:reunión|sesión|réunion|séanc"#
            + #"e|débat|debate|"#
            // Plurals too: "57° período de sesiones de la Asamblea General", "lors des débats de l'Assemblée".
            + #"reuniones|sesiones|réunions|séances|débats|debates|"#
            // French "session" too: "à la tribune de la 77ème session de l'Assemblée générale".
            + #"sessão|reunião|session)(?:\s+(?:de\s+|da\s+|do\s+|la\s+)?[\p{L}\d.ºª-]+){0,3}\s+(?:del|du|de la|"#
            + #"de l['’]|da|do)|на|в|перед|заседани[еиюя]|сессии|засіданн"#
            + #"я|засіданні|im|vor dem|"#
            + #"in der Sitzung des|"#
            + #"na reunião do|perante o|"#
            // An elided article ends the words before the name with its apostrophe ("de l'Assemblée").
            + #"أمام|في|جلسة|اجتماع|انتخبت|اعتمدت|"#
            + #"عقدت|عقد|أقرت|صوتت)(?:\W+|(?<=['’]))"#
            // A session's number may stand between ("на 75-й Генеральной Ассамблее", "at the
            // 79th General Assembly").
            + #"(?:the\W+|a\W+|le\W+|la\W+|el\W+|l'|UN\W+|U\.N\.\W+|United Nations\W+|ООН\W+|"#
            + #"\d{1,3}(?:-?(?:й|я|е|го|ой|ом)|e|ème|st|nd|rd|th|ª|º|\.ª|\.°)?\s+){0,3}"#
            // "à la tribune de la 71e Assemblée générale", "from the rostrum of the 79th General Assembly".
            + #"|\b(?:tribune|rostrum|podium|tribuna|estrado)\s+(?:of the|de la|de l'|du|del|de|da|do)\s+"#
            + #"(?:\d{1,3}(?:e|ème|st|nd|rd|th|ª|º|\.ª)?\s+)?"#
            // A meeting's labelled field: "会议：人权理事会第55届会议", "Meeting: Human Rights Council,
            // 55th session".
            + #"|^\s*(?:会议|Meeting|Event|Forum|Occasion|Réunion|Événement|Reunión|Evento|Заседа"#
            + #"ние|Мероприятие|"#
            + #"الاجتماع)\s*[:：]\s*"#
            // "在安理会", "在第73届联大": at (the session's number between).
            + #"|在(?:联合国|聯合國|日内瓦|日內瓦|纽约|紐約)?(?:第\d{1,3}届)?|(?:^|\s)[بل"#
            + #"]|(?:^|\s)ل?أعضاء\W+)$"#,
        caseInsensitive: true)
    private static let reformDebate = Pattern(
        #"(?i)(?:reform of the|membership of the|representation on and increase in the membership of the|"#
            + #"increase in the membership of the|seats? on the|expansion of the|réforme du|reforma del|"#
            + #"реформ\w* Совета Безопасности|安理会改革|إصلاح مجلس ال"#
            + #"أمن)\s*(?:UN\s+|United Nations\s+)?Security Council|"#
            + #"Security Council reform|Intergovernmental Negotiations|\bIGN\b"#
            // The Assembly's item "Question of equitable representation on and increase in the membership".
            + #"|(?i)equitable representation on|representación equitativa|représentation équitable|"#
            + #"справедлив\w* представительств\w*|التمثيل العادل|公平任职"#
            + #"|安理会改革|政府间谈判|إصلاح مجلس الأمن|реформ\w* Совета "#
            + #"Безопасности|реформ\w* СБ ООН|"#
            + #"межправительственн\w+ переговор\w+"#
            // The same in the other languages, and the Council's business the Assembly holds: its elections
            // and its annual report.
            + #"|(?i)réforme(?:\s+[\w']+){0,3}?\s+du Conseil de sécurité|élargissement du Conseil de sécurité|"#
            + #"reforma(?:\s+\w+){0,3}?\s+del Consejo de Seguridad|comprehensive reform of the Security Council|"#
            + #"ampliación del Consejo de Seguridad|"#
            + #"election of (?:the )?(?:five )?non-permanent members of the Security Council|"#
            + #"élection (?:de cinq|des) membres non permanents du Conseil de sécurité|"#
            + #"elección de (?:cinco|los) miembros no permanentes del Consejo de Seguridad|"#
            + #"(?<!draft )\b(?:annual )?report of the Security Council\b(?! mission)|"#
            + #"rapport du Conseil de sécurité\b(?! sur sa mission)|"#
            // The Secretary-General's report on the work of the Organization is an Assembly item too.
            + #"report of the Secretary-General on the work of the Organization|"#
            + #"Memoria del Secretario General sobre la labor|"#
            + #"rapport du Secrétaire général sur l'activité de l'Organisation|"#
            + #"доклад Генерального секретаря о работе Организации"#
    )

    func review(_ s: inout Statement) {
        // A forum the source states stays; one a cue read from a heading may give way to these.
        guard s.forum?.provenance.basis != .stated else { return }
        decide(&s)
        refineToOrgan(&s)
    }

    /// "The Executive Board" on WFP's page, "le Conseil exécutif" beside "UNESCO", "la Asamblea General" under
    /// the OAS's masthead: the organ, when no forum was found or only its organisation was.
    private func refineToOrgan(_ s: inout Statement) {
        guard s.forum == nil || s.forum?.provenance.isInferred == true else { return }
        let organs = lexicon.organs
        let filled = doc.lines.filter { !$0.isBlank }
        let lines = filled.prefix(30).filter { $0.trimmed.count <= 1_000 && !Self.isMenu($0.trimmed) }
        let context = ([s.title?.value ?? ""] + filled.prefix(8).map(\.trimmed)).joined(separator: "\n")
        for line in lines {
            guard let (forum, range) = organs.organ(in: line.text, context: context) else { continue }
            // Only none gives way, or a forum that is the organ's organisation ("UNESCO" → its Board), or one
            // read from the organ's bare title ("Asamblea General" under the OAS's masthead).
            if let current = s.forum?.value, current != forum,
                !organs.organs.contains(where: {
                    $0.forum == forum
                        && ($0.organisations.contains(current) || lexicon.first(in: $0.phrase)?.forum == current)
                })
            {
                return
            }
            s.forum = Attributed(
                forum,
                doc.provenance(
                    .inferred, rule: "forum.organ-of-organisation", confidence: 0.55,
                    range: doc.range(range, inLine: line),
                    reason: "the page names the organ by its title and its organisation beside it"))
            return
        }
    }

    private func decide(_ s: inout Statement) {
        let filled = doc.lines.filter { !$0.isBlank }
        // A PDF's title in capitals may run long ("STATEMENT ON BEHALF OF ... DURING THE 55TH PLENARY MEETING").
        var head = filled.prefix(14).filter {
            $0.trimmed.count <= 400 || $0.trimmed.count <= 800 && PDFTextCleaner.isCapitalsHeading($0.trimmed)
        }
        // The headline counts wherever it sits: under an embassy's addresses it may be the twentieth line.
        if !head.contains(where: { holdsTitle($0, s) }),
            let headline = filled.prefix(40).first(where: { holdsTitle($0, s) && $0.trimmed.count <= 400 })
        {
            head.append(headline)
        }
        // A release's symbol sits under the site's masthead and menus: it is looked for a little further down.
        let headText = filled.prefix(24).filter { $0.trimmed.count <= 400 }.map(\.text).joined(separator: "\n")
        if let m = Self.releaseSymbol.firstMatch(in: headText),
            let forum = Self.symbolForums[m.group(1) ?? m.group(2) ?? m.group(3) ?? ""]
        {
            return set(
                forum, &s, rule: "forum.release-symbol", 0.85, "the release's symbol “\(m.value)”",
                evidenceIn: Array(filled.prefix(24)),
                Self.releaseSymbol)
        }
        let lead = filled.prefix(30).filter { Self.isProse($0.trimmed) }.prefix(4)
        if s.kind?.value == "transcript"
            || (s.kind?.value == "news report"
                && lead.contains { Self.pressCue.firstMatch(in: HanScript.simplified($0.text)) != nil })
        {
            // A transcript is a press event's when it says so, or when reporters' questions make its turns;
            // a meeting's or a think tank's transcript is not.
            let cueLines = Array(head) + Array(lead)
            if cueLines.contains(where: { Self.pressCue.firstMatch(in: HanScript.simplified($0.text)) != nil })
                || s.kind?.value == "transcript"
                    && filled.prefix(60).contains { Self.reporterTurn.firstMatch(in: $0.text) != nil }
            {
                return set(
                    "Press conference", &s, rule: "forum.press", 0.7, "an exchange with the press",
                    evidenceIn: cueLines, Self.pressCue)
            }
        }
        // A speech, a release or a story on the Council's reform belongs to the Assembly's debate; a letter, an
        // interview or a text of no known kind (another parliament's, a chair's circular) only names it.
        if ["speech", "news report", "press release", "transcript"].contains(s.kind?.value ?? ""),
            head.contains(where: { Self.reformDebate.firstMatch(in: HanScript.simplified($0.text)) != nil })
        {
            return set(
                "General Assembly", &s, rule: "forum.council-reform-debate", 0.65,
                "the Council's reform, its elections and its annual report are the General Assembly's business",
                evidenceIn: Array(head), Self.reformDebate)
        }
        // A letter or an interview is addressed to a body or speaks of one; it is delivered in none. A forum a
        // headline's "to the President of the Security Council" gave a letter goes.
        if let kind = s.kind?.value, ["letter", "interview"].contains(kind), let f = s.forum, f.provenance.isInferred {
            s.notes.append(
                kind == "letter"
                    ? "“\(f.value)” is the body the letter is addressed to, not a forum it was delivered in"
                    : "“\(f.value)” is what the interview speaks of, not a forum it was given in")
            s.forum = nil
            s.meetingType = nil
        }
        guard s.forum == nil, !["letter", "interview"].contains(s.kind?.value ?? "") else { return }
        // A forum's name is as often the subject of a text as the place its words were said: a mention the
        // words around put the statement in ("told the Security Council", "at a Security Council meeting")
        // wins over the first mention. A news report counts only those. Menus, mastheads and link lists
        // (one item a line, as un.org lays out its sections) are passed over.
        let texts = filled.prefix(24).map(\.trimmed)
        let named = mentions(
            in: head.filter {
                !Self.isMenu($0.trimmed) && !TitleReview.isMasthead($0.trimmed)
                    && !TitleReview.inVerticalMenu($0.trimmed, lines: texts)
            })
        // A story's long first paragraph places its words as often as its headline does ("a abordé à la tribune
        // de la 71e Assemblée générale ..."): there only a placing mention counts.
        // Below a long menu laid out one item a line, a short first paragraph is past the opening lines too.
        let leadNamed = mentions(
            in: Array(lead.prefix(2)).filter { line in
                line.trimmed.count > 400 || !head.contains { $0.range == line.range }
            })
        // A story names the Council as often for what is asked of it, what it will do or a seat in it ("asked
        // the Security Council to adopt", "will hold a meeting", "a seat in the Council"): those mentions do
        // not place a news report's words in it.
        let story = ["news report", "press release"].contains(s.kind?.value ?? "")
        var placed = (named + leadNamed).first {
            places(in: $0.0.text, at: $0.1.range)
                && !(story && Self.namesBusiness(in: $0.0.text, at: $0.1.range))
        }
        // A release reports a forum's work as often as it places words in it: only a placed mention counts.
        // A release may name in its headline the body whose work it reports ("Human Rights Council concludes
        // its session"): that one counts.
        // A message is read out or published; the body its headline names is not where it was delivered.
        let message = Self.messageTitle.firstMatch(in: s.title?.value ?? "") != nil
        // A transcript that is no press event's (a meeting's, a think tank's) is placed only where it says so.
        let reporting = ["news report", "press release", "transcript"].contains(s.kind?.value ?? "") || message
        // A story's headline that opens on a body doing its work ("Human Rights Council concludes its session")
        // files the story under it, unless it says what the body will do or is asked to do.
        let inHeadline = named.first {
            holdsTitle($0.0, s)
                && (s.kind?.value == "press release"
                    || $0.1.range.location <= 4 && !Self.namesBusiness(in: $0.0.text, at: $0.1.range))
        }
        guard var (line, found) = placed ?? (reporting ? inHeadline : named.first) else {
            if s.kind?.value == "speech" { councilByPresidency(filled, &s) }
            if s.kind?.value == "speech", s.forum == nil { assemblyAddressed(&s) }
            if story { storyAboutOneForum(named: named, lead: Array(lead), &s) }
            return
        }
        // A body a sentence only names ("upon the authority of the Security Council.") gives way to the assembly
        // the speech addresses as "this Assembly".
        if placed == nil, !reporting, s.kind?.value == "speech", Self.isSentence(line.trimmed) {
            assemblyAddressed(&s)
            if s.forum != nil { return }
        }
        // Other organisations have a General Assembly too (the OAS's "Asamblea General"): on a page whose opening
        // lines name a regional organisation first, an Assembly the line does not call the UN's is that
        // organisation's, not the UN's.
        if found.forum == "General Assembly", Self.unNamed.firstMatch(in: line.text) == nil,
            let own = named.first(where: { lexicon.regional.contains($0.1.forum) }),
            own.0.range.location < line.range.location
                || own.0.range.location == line.range.location && own.1.range.location < found.range.location
        {
            (line, found) = own
            placed = nil
        }
        s.forum = Attributed(
            found.forum,
            doc.provenance(
                .inferred, rule: placed != nil ? "forum.lexicon.placed" : "forum.lexicon.heading",
                confidence: placed != nil ? 0.65 : 0.5, range: doc.range(found.range, inLine: line),
                reason: placed != nil
                    ? "the opening lines place the statement in the \(found.forum)"
                    : "the page's opening lines name the \(found.forum)"))
    }

    /// A story whose headline names one forum, and no other, and whose first paragraphs name it again, is
    /// about words said there ("Morocco calls for the Human Rights Council to stay apolitical" … "at the close
    /// of the Council's 25th session"): a weaker reading than a placing mention, shown so.
    private func storyAboutOneForum(
        named: [(TextLine, (forum: String, range: NSRange))], lead: [TextLine], _ s: inout Statement
    ) {
        let inHeadline = named.filter { holdsTitle($0.0, s) }
        guard let (line, hit) = inHeadline.first,
            Set(named.map(\.1.forum)) == [hit.forum],
            !Self.namesBusiness(in: line.text, at: hit.range)
        else { return }
        let again = mentions(in: lead).contains { $0.1.forum == hit.forum && $0.0.range != line.range }
        // And the story tells of a meeting or of words given in one, not of a seat, a presidency or a letter.
        guard again, lead.contains(where: { Self.meetingWord.firstMatch(in: $0.text) != nil }) else { return }
        s.forum = Attributed(
            hit.forum,
            doc.provenance(
                .inferred, rule: "forum.story-headline", confidence: 0.45, range: doc.range(hit.range, inLine: line),
                reason: "the headline names the \(hit.forum) and no other forum, and the story names it again"))
    }

    /// Words for a sitting or for words given at one, in the six languages and a few others.
    private static let meetingWord = Pattern(
        #"(?i)\b(?:session|sitting|meeting|debate|briefing|séance|réunion|débat|discours|prise de parole|"#
            + #"s'exprimant|s'exprimait|sesión|reunión|intervención|sessão|reunião|Sitzung|"#
            + #"заседани\w*|выступ\w*|toplant\w*|oturum\w*|konuştu)\b|会议|会上|发言|讲话|"#
            + #"جلسة|الجلسة|كلمته|كلمتها"#)

    /// The United Nations named, in the six languages: an Assembly so named is the UN's.
    static let unNamed = Pattern(
        #"(?i)United Nations|\bUN\b|\bU\.N\.|Nations Unies|\bONU\b|Naciones Unidas|Organización de las Naciones|"#
            + #"ООН|Организации Объединенных Наций|联合国|聯合國|联大|"#
            + #"الأمم المتحدة"#)

    /// The forums the lexicon finds in lines, less the speaker's group ("on behalf of the Group of 77") and
    /// other bodies called councils ("ECOWAS Mediation and Security Council").
    private func mentions(in lines: [TextLine]) -> [(TextLine, (forum: String, range: NSRange))] {
        lines.flatMap { line in lexicon.all(in: line.text).map { (line, $0) } }
            .filter { !Self.onBehalf(of: $0.1.range, in: $0.0.text) }
            .filter { !($0.1.forum == "Security Council" && Self.anotherCouncil(at: $0.1.range, in: $0.0.text)) }
    }

    /// The Security Council alone changes its president every month: a speech that thanks last month's
    /// presidency or welcomes this month's was made in it, though no line names the Council.
    private static let monthlyPresidency = Pattern(
        #"(?i)presiden(?:cy|t)\W+(?:of the Council\W+)?(?:for|in|during|this|of) (?:the month of )?(?:month|January|"#
            + #"February|March|"#
            + #"April|May|June|July|August|September|October|November|December)\b|présidence (?:du|de ce|ce) mois|"#
            + #"(?i)presidencia (?:durante el|de este|este|del) mes|председательств\w* в (?:я"#
            + #"нваре|феврале|марте|"#
            + #"апреле|мае|"#
            + #"июне|июле|августе|сентябре|октябре|ноябре|декабре|"#
            + #"этом месяце)|本月.{0,6}主席|轮值主席|"#
            + #"رئاست\w* .{0,30}لهذا الشهر"#
    )

    private func councilByPresidency(_ lines: [TextLine], _ s: inout Statement) {
        guard lines.prefix(40).contains(where: { Self.monthlyPresidency.firstMatch(in: $0.text) != nil }) else {
            return
        }
        set(
            "Security Council", &s, rule: "forum.monthly-presidency", 0.6,
            "the speech thanks or welcomes a monthly presidency, which only the Security Council has",
            evidenceIn: Array(lines.prefix(40)), Self.monthlyPresidency)
    }

    /// A turn that is a reporter's: "Q:", "Question:", "Journalist:", "Reporter:" and the same in the other
    /// languages, or a spokesperson's own label.
    private static let reporterTurn = Pattern(
        #"(?i)^\s*(?:Q|Question|Questions|Journalist|Reporter|Correspondent|Spokesperson|Spokesman|"#
            + #"Deputy Spokesperson|"#
            + #"Question \(\w+\)|Pregunta|Periodista|Portavoz|Journaliste|Porte-parole|Вопрос|Корре"#
            + #"спондент|Журналист|"#
            + #"Официальный представитель)\s*[:：]|^\s*(?:问|记者|答|س|سؤال|"#
            + #"الصحفي)\s*[:：]"#)

    private static let messageTitle = Pattern(
        #"(?i)^\s*(?:(?:the\s+)?Secretary-General['’]s\s+)?(?:video\s+)?(?:message|mensaje|message|п"#
            + #"ослание|رسالة)\b|"#
            + #"致辞$"#
    )
    private static let behalf = Pattern(
        #"(?i)(?:on behalf of|au nom d[eu]|en nombre de|от имени|باسم)\s+(?:the\s+|la\s+|el\s+|l['’])?$"#)

    private static let compoundBefore = Pattern(#"(?i)(?:\band|\bnational|\bnacional|\bnationale|\bet|\by)\s+$"#)
    private static let nationalAfter = Pattern(
        #"^\s+(?:of\s+(?:the\s+)?(?!United Nations|UN\b|U\.N\.)[\p{Lu}]|(?:России|РФ|Росси"#
            + #"йской|Украины|Беларуси)\b)"#)

    /// A council that shares the name: a regional body's ("Peace and Security Council", "Mediation and Security
    /// Council") or a state's ("Security Council of the Russian Federation", "Совет безопасности
    /// России").
    static func anotherCouncil(at range: NSRange, in line: String) -> Bool {
        let (before, after) = surroundings(of: range, in: line)
        return compoundBefore.firstMatch(in: before) != nil || nationalAfter.firstMatch(in: after) != nil
    }

    static func onBehalf(of range: NSRange, in line: String) -> Bool {
        behalf.firstMatch(in: surroundings(of: range, in: line).before) != nil
    }

    private func holdsTitle(_ line: TextLine, _ s: Statement) -> Bool {
        guard let title = s.title?.value, title.count >= 8 else { return false }
        return line.trimmed == title || line.text.contains(title)
    }

    private func set(
        _ forum: String, _ s: inout Statement, rule: String, _ confidence: Double, _ why: String,
        evidenceIn lines: [TextLine], _ pattern: Pattern
    ) {
        let hit = lines.lazy.compactMap { l in
            pattern.firstMatch(in: HanScript.simplified(l.text)).map { self.doc.range($0.range, inLine: l) }
        }.first
        s.forum = Attributed(
            forum, doc.provenance(.inferred, rule: rule, confidence: confidence, range: hit, reason: why))
    }

    /// Whether the words around a forum's name put the statement in it ("told the Security Council",
    /// "at a Security Council meeting", "在安理会会议上", and the further languages' placing words the lexicon
    /// holds) rather than name it as a topic.
    func places(in line: String, at range: NSRange) -> Bool {
        let (before, after) = Self.surroundings(of: range, in: line)
        return Self.venueBefore.firstMatch(in: before) != nil || Self.meetingAfter.firstMatch(in: after) != nil
            || lexicon.placing.places(before: before, after: after)
    }

    /// The 60 characters (UTF-16 units) before a mention and the 40 after it, which the tests above read (the
    /// tests before it are anchored at its end: "des sièges non permanents supplémentaires au" needs the 60).
    private static func surroundings(of range: NSRange, in line: String) -> (before: String, after: String) {
        let ns = line as NSString
        let beforeStart = max(0, range.location - 60)
        let before = ns.substring(with: NSRange(location: beforeStart, length: range.location - beforeStart))
        let after = ns.substring(from: min(ns.length, range.location + range.length))
        // Traditional characters read as simplified ("舉行" as "举行"): the patterns are written once.
        return (HanScript.simplified(before), HanScript.simplified(String(after.prefix(40))))
    }

    private static let businessBefore = Pattern(
        #"(?:\b(?:asked|asks|request\w*|calls? for|called for|seats?|membership|presidency|запрос\"#
            + #"w*|проведени\w*|"#
            + #"созыв\w*|созва\w*|попроси\w*|мест[оа]?|членств\w*|председ"#
            + #"ательств\w*|sièges?|présidence|asientos?|"#
            + #"escaños?|"#
            + #"presidencia|pidió|pide|assentos?|membres permanents|miembros permanentes|permanent members)|"#
            + #"عضوي\w*|مقعد\w*)\W+(?:\w+\W+){0,4}$"#,
        caseInsensitive: true)
    private static let businessAfter = Pattern(
        #"^\W*(?:ООН\W+)?(?:[\w-]+\W+){0,3}?(?:проведет|проведёт|соберется|"#
            + #"состоится|пройдет|пройдёт|will (?:hold|"#
            + #"meet|convene|vote|take place)|"#
            + #"is (?:due|set|scheduled|expected) to|se reunirá|celebrará|tendrá lugar|tiendra|se réunira|"#
            + #"aura lieu|"#
            + #"votera|votará)"#,
        caseInsensitive: true)

    /// Whether a mention names the forum's business — what is asked of it, what it will do, a seat or the
    /// chair in it — rather than a meeting where words were said.
    static func namesBusiness(in line: String, at range: NSRange) -> Bool {
        let (before, after) = surroundings(of: range, in: line)
        return businessBefore.firstMatch(in: before) != nil || businessAfter.firstMatch(in: after) != nil
    }

    /// "Kurzy.cz    Akcie   Komodity   Měny   Úroky   Zprávy": a saved page's menu whose links the text keeps
    /// apart by runs of spaces, not by a mark; five items or more, each a word or two.
    static func isSpacedMenu(_ line: String) -> Bool {
        guard line.contains("  ") else { return false }
        let items = line.components(separatedBy: "  ").map(\.trimmed).filter { !$0.isEmpty }
        return items.count >= 5 && items.allSatisfy { $0.split(separator: " ").count <= 2 && $0.count <= 24 }
    }

    /// A line of running text: long, or (in scripts without spaces) long enough in characters.
    static func isProse(_ line: String) -> Bool {
        line.count > 80 || line.count > 30 && line.unicodeScalars.contains { $0.value >= 0x3000 && $0.value < 0xA000 }
    }

    /// A menu or a list of links: several short items between separators, and no date among them (a
    /// byline such as "By A. Writer | Xinhua | Updated: 2016-12-06" is not a menu).
    static func isMenu(_ line: String) -> Bool {
        if isSpacedMenu(line) { return true }
        // "UNICEF/UN0464417/El Baba", "S/2023/123": a photo credit or a symbol joins its parts with bare
        // slashes; a menu spaces its separators.
        if !line.contains(where: { "|•·>»".contains($0) }), !line.contains(" /"), !line.contains("/ ") {
            return false
        }
        let items = line.split(whereSeparator: { "|•·>»/".contains($0) }).map { $0.trimmed }.filter { !$0.isEmpty }
        guard items.count >= 3, line.count / items.count < 40 else { return false }
        return !line.contains(where: \.isNumber) || DateFinder.fullDates(in: line).isEmpty
    }
}
