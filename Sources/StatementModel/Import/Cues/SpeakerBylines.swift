import Foundation

/// Speakers named the way pages lay them out rather than in a sentence: a byline block (a name on its own
/// line beside a line giving the post, or just above "Thank you, Mr. President"), and the labelled turns
/// of a transcript ("Penny Wong, Foreign Minister: ...").
extension SpeakerReview {
    /// A line that is only a personal name, with "By" or "Delivered by" allowed before it.
    private static let nameLine = Pattern(
        #"^\s*(?:(?:By|Delivered by|Speaker|Par|Por)\s*:?\s+)?((?:[\p{Lu}][\p{L}'’\-]*\.?)"#
            + #"(?:\s+(?:(?:de|da|del|di|van|von|der|bin|ibn|al|el|dos|das|la|"#
            + #"le)\s+)?[\p{Lu}][\p{L}'’\-]*\.?){1,4})\s*,?\s*$"#
    )
    /// Words of a post, in the six languages.
    static let postWords = Pattern(
        #"(?i)\b(?:ambassador|representative|minister|secretary|spokes\w+|envoy|president|charg[ée]e?|director|"#
            + #"commissioner|chair\w*|coordinator|counsel+or|head of|deputy|ambassadeur|ambassadrice|représentant\w*|"#
            + #"directrice|directeur|directora|porte-parole|embaixador\w*|presidente|presidenta|canciller|"#
            + #"ministre|embajador\w*|representante|ministro|portavoz|porte-parole|посол|представ"#
            + #"ител\w*|министр)\b"#
            + #"|مندوب|سفير|وزير|大使|代表|部长|发言人"#)

    /// A name alone on a line, with the post on the line next to it or the speech's first words under it.
    func bylines() -> [SpeakerCandidate] {
        let lines = Array(filled.prefix(30))
        for (i, line) in lines.enumerated() where line.trimmed.count <= 50 {
            guard let m = Self.nameLine.firstMatch(in: line.text), let r = m.groupRange(1),
                let name = bylineName((line.text as NSString).substring(with: r))
            else { continue }
            let neighbours = [i > 0 ? lines[i - 1] : nil, i + 1 < lines.count ? lines[i + 1] : nil].compactMap { $0 }
            let post = neighbours.first { isPostLine($0.trimmed) }
            let address = { (j: Int) -> Bool in
                j >= 0 && j < lines.count && self.kinds.count(.address, in: KindLexicon.fold(lines[j].trimmed)) > 0
            }
            // Inside a run of salutations ("Excelencias, / Distinguidos Delegados. / Señoras y señores."),
            // a line of capitalised words is one more of them.
            let opens = address(i + 1) && !address(i - 1)
            guard post != nil || opens else { continue }
            let range = doc.range(NSRange(location: r.location, length: (name as NSString).length), inLine: line)
            let why =
                post != nil
                ? "a name on its own line beside the post “\(post!.trimmed.prefix(60))”"
                : "a name on its own line above the speech's opening words"
            return [
                SpeakerCandidate(
                    name: name, range: range, rule: "speaker.byline", score: 0.66, reason: why,
                    role: post.map { ($0.trimmed, $0.range) })
            ]
        }
        return namePostLine(in: lines)
    }

    /// A short line that is a name and its post and nothing else: "Ertharin Cousin, Executive Director" in
    /// the box beside a speech.
    private func namePostLine(in lines: [TextLine]) -> [SpeakerCandidate] {
        for line in lines where line.trimmed.count <= 90 {
            guard let comma = line.text.firstIndex(of: ","),
                let name = bylineName(String(line.text[..<comma]).trimmed),
                Self.nameLine.firstMatch(in: String(line.text[..<comma])) != nil
            else { continue }
            let post = String(line.text[line.text.index(after: comma)...]).trimmed
            guard isPostLine(post), post.split(separator: " ").count <= 8 else { continue }
            let start = (line.text as NSString).range(of: String(line.text[..<comma]).trimmed)
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(start, inLine: line), rule: "speaker.byline", score: 0.64,
                    reason: "a line giving only a name and its post, “\(line.trimmed.prefix(60))”",
                    role: (post, line.range))
            ]
        }
        return []
    }

    /// A line that gives a post: short, with the post in its first words, and no "by" naming someone else
    /// ("Statement by Volker Türk, High Commissioner" is a headline, not a byline's second line).
    private func isPostLine(_ text: String) -> Bool {
        guard text.count <= 160, Self.nameLine.firstMatch(in: text) == nil,
            Self.headlineBy.firstMatch(in: text) == nil,
            let m = Self.postWords.firstMatch(in: text)
        else { return false }
        let before = (text as NSString).substring(to: m.range.location)
        return before.split(separator: " ").count <= 3
    }
    private static let headlineBy = Pattern(#"(?i)\b(?:by|par|por|de)\s+(?:H\.E\.|S\.E\.|the|la|el|[\p{Lu}])"#)
    /// Words a personal name never holds: a heading's small words and forms of address.
    private static let headingWords: Set<String> = [
        "on", "of", "for", "and", "to", "in", "at", "with", "from", "madam", "sir", "excellencies", "update",
        "high", "global", "meeting", "session", "council", "commission", "committee", "conference", "item", "agenda",
        "report", "reports", "election", "elections", "highlights", "news", "press", "summary", "programme", "program",
        "event", "events", "calendar", "photo", "video", "statements", "speeches", "documents", "resolution",
        // A heading naming a speech and its speaker in another language ("Выступление Президента
        // Ильхама Алиева").
        "выступление", "заявление", "речь", "обращение", "президента",
        "министра", "посла", "представителя",
        "discurso", "intervención", "declaración", "discours", "allocution", "déclaration", "intervenção", "rede",
    ]

    /// Heads of bodies, written in capitals as a byline ("ГЕНЕРАЛЬНЫЙ СЕКРЕТАРЬ"): a post, not a
    /// name.
    private static let headWords = Pattern(
        #"(?i)\b(?:secrétaire|secretari[oa]|секретар\w*|директор\w*|председат"#
            + #"ел\w*|президент\w*|генеральн\w*)\b"#)

    /// The words of a name line when they are a person's name: no post, body, place or country among them.
    func bylineName(_ written: String) -> String? {
        let words = written.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",")) }
        let particles: Set<String> = [
            "de", "da", "del", "di", "van", "von", "der", "bin", "ibn", "al", "el", "dos", "das",
            "la", "le",
        ]
        let named = words.filter { !particles.contains($0) }
        let allCaps = written == written.uppercased()
        guard named.count >= 2, Self.isName(written), Self.postWords.firstMatch(in: written) == nil,
            Self.headWords.firstMatch(in: written) == nil,
            !named.contains(where: { Self.headingWords.contains($0.lowercased()) }),
            // An acronym among capitalised words is a body ("UNOCHA Charlotte Cans"); all capitals is typography.
            allCaps || !named.contains(where: { $0.count >= 3 && $0 == $0.uppercased() && !Self.isInitials($0) }),
            !named.contains(where: { Self.notNameWords.contains($0.lowercased()) || gazetteer.isCountryName($0) }),
            !named.dropLast().contains(where: countryWord),  // "Rita French": an adjective may end a name
            gazetteer.country(for: written) == nil, !reference.isFurnitureLine(written)
        else { return nil }
        return Self.titleCased(words.joined(separator: " "))
    }

    /// "Penny Wong, Foreign Minister: It's very good to be ...": the first labelled turn whose label gives a post.
    /// A transcript's turn ("Jane Doe, Spokesperson: ...") or a video shot list's soundbite ("4. SOUNDBITE
    /// (English) Taro Kono, Minister for Foreign Affairs, Japan:"), as UNifeed and the agencies write them.
    private static let turnLabel = Pattern(
        #"^\s*(?:\d{1,2}\.\s*(?:SOUNDBITE|SOT)\s*\([^)]{2,30}\)\s*)?"#
            + #"((?:[\p{Lu}][\p{L}'’\-]*\.?)(?:\s+[\p{Lu}][\p{L}'’\-]*\.?){1,3}),\s*([^:]{3,80}):(?:\s|$)"#)

    /// A Russian transcript labels its turns with initials and a surname ("В.Путин: Уважаемые
    /// коллеги").
    private static let initialsTurn = Pattern(
        #"^\s*([А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?"# + #"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?):\s"#)

    /// A verbatim report's turn: "David Campbell Bannerman (ECR). Mr President, I voted ...", "Mr. Name
    /// (Country): Thank you, Madam President" — a name, its group or country in brackets, then the chair
    /// addressed.
    private static let recordTurn = Pattern(
        #"^\s*(?:(?:Mr|Mrs|Ms|M|Mme|Sr|Sra)\.?\s+)?([\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}][\p{L}'’\-]+){1,3})\s*"#
            + #"\(([^)]{1,40})\)\s*[.:]\s+(?:Mr\.?|Madam|Monsieur|Madame|Señor|Señora|Frau|Herr|Thank)\b"#)

    func turnLabels() -> [SpeakerCandidate] {
        for line in filled.prefix(40) {
            guard let m = Self.recordTurn.firstMatch(in: line.text), let r = m.groupRange(1),
                let name = bylineName(m.group(1)!)
            else { continue }
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(r, inLine: line), rule: "speaker.record-turn", score: 0.62,
                    reason: "the text opens with the speaker's turn, “\(m.group(1)!) (\(m.group(2)!.trimmed))”")
            ]
        }
        // The person who takes the most turns among the first forty lines, and the first turn too.
        var turns: [String: (count: Int, range: NSRange)] = [:]
        for line in filled.prefix(40) {
            guard let m = Self.initialsTurn.firstMatch(in: line.text), let r = m.groupRange(1), let label = m.group(1)
            else { continue }
            turns[label, default: (0, doc.range(r, inLine: line))].count += 1
        }
        if let (label, turn) = turns.max(by: { $0.value.count < $1.value.count }), turn.count >= 2 {
            return [
                SpeakerCandidate(
                    name: label, range: turn.range, rule: "speaker.turn-label", score: 0.62,
                    reason: "“\(label)” takes \(turn.count) of the transcript's turns, the most")
            ]
        }
        for line in filled.prefix(40) {
            guard let m = Self.turnLabel.firstMatch(in: line.text), let r = m.groupRange(1), let pr = m.groupRange(2),
                Self.postWords.firstMatch(in: m.group(2)!) != nil, let name = bylineName(m.group(1)!)
            else { continue }
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(r, inLine: line), rule: "speaker.turn-label", score: 0.6,
                    reason: "the first turn of the transcript is labelled “\(m.group(1)!), \(m.group(2)!)”",
                    role: (m.group(2)!.trimmed, doc.range(pr, inLine: line)))
            ]
        }
        return []
    }

    /// "Intervención de Juan Antonio Quintanilla Román, embajador, ...", "Discours de M. Jean Dupont":
    /// a headline naming its kind and then its speaker in French, Spanish or Portuguese.
    private static let kindOfName = Pattern(
        #"^\s*(?:Intervención|Discurso|Declaración|Palabras|Mensaje|Intervention|Discours|Déclaration|Allocution|"#
            + #"Intervenção)\s+(?:de|del|du|de la|da|do)\s+(?:(?:S\.\s?E\.(?:\s?M(?:me)?\.?)?|H\.\s?E\.|M\.|Mme|"#
            + #"Sr\.|Sra\.|Excmo\.|Excma\.|"#
            + #"(?i:señor|señora|embajador|embajadora|ambassadeur|ambassadrice|l'ambassadeur|monsieur|madame))\s+)*"#
            + #"([\p{Lu}][\p{L}'’\-]+(?:\s+(?:(?:de|del|la|y|da|dos|do)\s+)?[\p{Lu}][\p{L}'’\-]+){1,4})"#)

    func kindOfNameHeadlines() -> [SpeakerCandidate] {
        for line in filled.prefix(12) {
            guard let m = Self.kindOfName.firstMatch(in: line.text), let r = m.groupRange(1) else { continue }
            let words = m.group(1)!.split(separator: " ").map(String.init)
            let kept = words.prefix {
                Self.isName($0) && !Self.notNameWords.contains($0.lowercased()) && !countryWord($0)
            }
            guard kept.count >= 2 else { continue }
            let name = kept.joined(separator: " ")
            return [
                SpeakerCandidate(
                    name: name,
                    range: doc.range(NSRange(location: r.location, length: (name as NSString).length), inLine: line),
                    rule: "speaker.kind-of-name", score: 0.75, reason: "the headline is “\(m.value.prefix(60))”")
            ]
        }
        return []
    }

    /// "... HIGHLIGHTS BY PAULINA KUBIAK GREER, SPOKESPERSON FOR ...", "Statement delivered by Rita French,
    /// Human Rights Ambassador": "by", a name, a comma and a post (on the same line or the next).
    private static let byNamePost = Pattern(
        #"(?i:\bby)\s+((?:[\p{Lu}][\p{L}'’\-]*\.?\s+){1,3}[\p{Lu}][\p{L}'’\-]*),\s*(?:the\s+)?(.{0,80})"#)

    func namesBeforePosts() -> [SpeakerCandidate] {
        let lines = Array(filled.prefix(16))
        for (i, line) in lines.enumerated() where line.trimmed.count <= 300 {
            guard let m = Self.byNamePost.firstMatch(in: line.text), let r = m.groupRange(1),
                let name = bylineName(m.group(1)!.trimmed)
            else { continue }
            let post = m.group(2)!.trimmed
            let next = i + 1 < lines.count ? lines[i + 1].trimmed : ""
            guard isPostLine(post) || post.count < 4 && isPostLine(next) || isPostLine(post + " " + next) else {
                continue
            }
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(r, inLine: line), rule: "speaker.by-name-post", score: 0.72,
                    reason: "“by \(m.group(1)!), \(post.prefix(40))”",
                    role: (post, doc.range(m.groupRange(2)!, inLine: line)))
            ]
        }
        return []
    }

    /// "Opening remarks by Ambassador Fatima Kyari Mohammed, Permanent Observer ...": a line naming a
    /// statement's kind and its speaker, wherever in the opening it stands (the family reads only its title).
    func kindByPersonLines() -> [SpeakerCandidate] {
        for line in filled.prefix(12) where line.trimmed.count <= 300 {
            guard let cue = SpeakerCues.title(line.text), let person = cue.person,
                let name = bylineName(Self.titleCased(person.name))
            else { continue }
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(person.nameRange, inLine: line), rule: "speaker.kind-by-person",
                    score: 0.78,
                    reason: "“\(cue.kindWord) by \(person.name)”",
                    role: person.role.map { ($0, doc.range(person.roleRange ?? person.nameRange, inLine: line)) })
            ]
        }
        return []
    }

    /// "Opening Statement by UNRC in the Kyrgyz Republic, Antje Grawe, UN Day 2025": a heading names the kind,
    /// then the post, then after a comma the holder's name.
    private static let kindByPostName = Pattern(
        #"(?i:statement|remarks|speech|address|message|briefing|intervention)\s+(?i:by|of)\s+(?:the\s+)?"#
            + #"[^,]{2,80},\s+([\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}][\p{L}'’\-]+){1,3})\s*(?:,|$|\s(?:at|on|to)\s)"#)

    func kindByPostThenName() -> [SpeakerCandidate] {
        for line in filled.prefix(12) where line.trimmed.count <= 300 {
            guard let m = Self.kindByPostName.firstMatch(in: line.text), let r = m.groupRange(1), let name = m.group(1),
                Self.isName(name), !name.split(separator: " ").contains(where: { countryWord(String($0)) }),
                !gazetteer.isOrganisationName(name), !gazetteer.isPlaceName(name)
            else { continue }
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(r, inLine: line), rule: "speaker.kind-by-post-then-name", score: 0.7,
                    reason: "a heading names the kind and the post, then the holder (“\(m.value.prefix(60))”)")
            ]
        }
        return []
    }

    /// Arabic names a person after the post: "السفير منصور العتيبي", "المندوبة
    /// الدائمة ... السفيرة لانا نسيبة".
    /// The two or three words after the title, up to a word that is no name (a preposition, a verb of saying,
    /// another post), are kept as the text writes them (a native-script name is shown as written).
    private static let arabicTitle = Pattern(
        #"(?:^|\s|[،,:])(?:السفير|السفيرة|الدكتور|الدكتورة|الشيخ|ال"#
            // "السيدة مرفت تلاوي", "السيد …": Mrs and Mr open a name too ("السيد
            // الرئيس" stops at the post).
            + #"شيخة|معالي|سعادة|السيدة|السيد|"#
            // The ministry's full name runs on ("وزير الخارجية والمغتربين", "...
            // والتعاون الدولي").
            // A longer one runs on in "و…" words to a comma ("وزير الشؤون الخارجية
            // والجالية الوطنية …، أحمد عطاف").
            + #"(?:وزير|وزيرة) (?:الخارجية|الشؤون الخارجية)(?: والمغترب"#
            + #"ين| وشؤون المغتربين| والتعاون الدولي|"#
            + #" والتعاون الإفريقي| و[^\s،,]+(?: [^\s،,]+){0,6}?\s*[،,])?|"#
            + #"المتحدث (?:الرسمي )?باسم وزارة الخارجية|المتحدثة (?:ال"#
            + #"رسمية )?باسم وزارة الخارجية|"#
            // "المندوب الإيراني لدى الأمم المتحدة أمير سعيد …": a country's
            // delegate to the UN, then the name.
            + #"(?:المندوب|المندوبة|مندوب|مندوبة)(?: [^\s،,]+){0,2}? لدى (?:ال"#
            + #"أمم المتحدة|المنظمة الدولية)[،,]?)\s+"#
            // Titles come in chains ("السفيرة الشيخة ...", "السفير / د. ..."): the later ones are
            // passed over too.
            + #"(?:/\s*)?(?:(?:معالي|سعادة|فخامة|الشيخة|الشيخ|الدكتورة|"#
            + #"الدكتور|السيدة|السيد|السفيرة|السفير)\s+|"#
            + #"د\s*\.\s*)*"#)
    /// A post a few words before a name: its holder follows.
    private static let arabicPostBefore = Pattern(
        #"(?:الأمين|الأمينة|المدير|المديرة|الممثل|الممثلة|المندوب|"#
            + #"المندوبة|وزير|وزيرة|رئيس|رئيسة|المتحدث|"#
            + #"المتحدثة|المبعوث|المبعوثة|المنسق|المنسقة)(?:\s+\S+){0,3}\s*$"#)
    /// Excellencies, ladies and gentlemen, distinguished audience: the room greeted as a whole.
    private static let arabicRoomGreeting = Pattern(
        #"أصحاب السعادة|أصحاب المعالي|أصحاب الفخامة|"#
            + #"السيدات والسادة|السيدات و السادة|"#
            + #"الحضور الكرام|الحفل الكريم"#)
    /// Words that join an Arabic name's parts ("بن سيف آل ثاني"): a name that has them runs longer.
    private static let arabicNameParticles: Set<String> = ["بن", "بنت", "ابن", "آل", "أبو", "عبد"]
    private static let arabicStop: Set<String> = [
        "في", "من", "إلى", "الى", "على", "عن", "أن", "إن", "ان", "لدى", "قال", "أكد",
        "اكد", "أوضح", "وقال", "مع",
        "المندوب", "المندوبة", "الدائم", "الدائمة", "مندوب", "مندوبة",
        "سفير", "وزير", "رئيس", "الأمين", "العام",
        "خلال", "أمام", "أمس", "اليوم", "الذي", "التي", "بعد", "قبل", "حول",
        "نائب", "الممثل", "ممثل", "الرئيس", "الأمين",
        "المدير", "المديرة", "الوزير", "رئيسة",
        "وزيرة",
        // Verbs a headline puts after the name ("... يعقد مؤتمرا صحفيا").
        "يعقد", "تعقد", "يلقي", "تلقي", "يقول", "تقول", "يؤكد", "تؤكد", "يدعو",
        "تدعو", "يرحب", "ترحب", "يلتقي",
        "تلتقي", "يستقبل", "تستقبل",
    ]

    func arabicNames(in lines: [TextLine]) -> [SpeakerCandidate] {
        // A speech's opening line of address names those it speaks to ("سعادة السيد …،
        // الأمين العام …، أصحاب السعادة"): a line that also greets the room as a whole names
        // no speaker.
        for line in lines where Self.arabicRoomGreeting.firstMatch(in: line.text) == nil {
            for m in Self.arabicTitle.matches(in: line.text) {
                // Mr or Mrs opens a name only after the post it holds ("الأمين التنفيذي
                // لـ"إسكوا" السيدة …"): a speech thanks a briefer so ("أشكر السيد …").
                let opener = m.value.trimmingCharacters(in: CharacterSet(charactersIn: " ،,:"))
                // In a speech to a chair, a Mr or Mrs after a post is a briefer it heard or thanks.
                if opener.hasPrefix("السيد") {
                    guard !addressed else { continue }
                    let start = max(0, m.range.location - 50)
                    let before = (line.text as NSString).substring(
                        with: NSRange(location: start, length: m.range.location - start))
                    guard Self.arabicPostBefore.firstMatch(in: before) != nil else { continue }
                }
                let after = (line.text as NSString).substring(from: m.range.upperBound)
                var words: [String] = []
                var longest = 3
                var parts = after.split(separator: " ", omittingEmptySubsequences: true).prefix(8)
                // A nationality after the post is no part of the name ("وزير الخارجية اللبناني
                // عبد الله بو حبيب").
                if let first = parts.first, first.hasPrefix("ال"), first.hasSuffix("ي") || first.hasSuffix("ية") {
                    parts = parts.dropFirst()
                }
                for w in parts.prefix(7) {
                    let word = String(w)
                    let clean = word.trimmingCharacters(in: CharacterSet(charactersIn: "،,.:؛\"«»()"))
                    guard !clean.isEmpty, !Self.arabicStop.contains(clean),
                        clean.unicodeScalars.allSatisfy({ (0x0600...0x06FF).contains($0.value) }),
                        // After a given name and another, "و" opens the next clause ("… الشيباني
                        // وأطلعهم"), and a preposition joined to the article a phrase ("… بالمنسقة").
                        words.count < 2 || !Self.clauseOpenings.contains(where: { clean.hasPrefix($0) })
                    else { break }
                    words.append(clean)
                    if Self.arabicNameParticles.contains(clean) { longest = 6 }
                    if clean != word { break }  // punctuation ends the name
                    // Family names with the article run on ("ناصر المحمد الأحمد الصباح").
                    if words.count >= longest, !(words.count < 5 && clean.hasPrefix("ال")) { break }
                }
                while let last = words.last, Self.arabicNameParticles.contains(last) { words.removeLast() }
                guard words.count >= 2 else { continue }
                let name = words.joined(separator: " ")
                let r = NSRange(location: m.range.upperBound, length: (name as NSString).length)
                return [
                    SpeakerCandidate(
                        name: name, range: doc.range(r, inLine: line), rule: "speaker.arabic-title-name", score: 0.6,
                        reason: "a name after a title (“\(m.value.trimmed)”)")
                ]
            }
        }
        return []
    }

    /// The signature closing a letter: "(Signed) Name", or a name alone on one of the last lines.
    private static let signed = Pattern(
        #"^\s*\((?:Signed|Signé|Firmado|Подпись)\)\s*(.+)$"#, caseInsensitive: true)
    /// Arabic prefixes that open a clause or a phrase after a name: "و", a preposition joined to the article.
    private static let clauseOpenings = ["و", "بال", "لل", "فال", "كال"]

    /// - Parameter postBelowOnly: only a name whose post follows on the next line (how a speech a site
    ///   posts is signed at its foot: "Discurso por / Name / Embaixador e Representante Permanente …").
    func signatures(postBelowOnly: Bool = false) -> [SpeakerCandidate] {
        // A site's footer may follow the letter: further up, a name line is a signature when its post follows.
        let last = Array(filled.suffix(24))
        for (i, line) in last.enumerated().reversed() where i + 1 < last.count {
            // The post opens the next line ("Embajador, Representante Permanente de la República …"). A PDF's
            // lines may have joined the name to the closing courtesy ("… highest consideration. Zahir Tanin").
            let next = last[i + 1].trimmed
            let ns = line.text as NSString
            let sentenceEnd = ns.range(of: ". ", options: .backwards)
            let start = sentenceEnd.location == NSNotFound ? 0 : sentenceEnd.upperBound
            let signed = ns.substring(from: start).trimmed
            guard signed.count <= 80, Self.nameLine.firstMatch(in: signed) != nil, next.count <= 200,
                let post = Self.postWords.firstMatch(in: next), post.range.location < 12,
                let name = bylineName(Self.titleCased(signed))
            else { continue }
            let at = ns.range(of: signed, options: .backwards)
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(at, inLine: line), rule: "speaker.signature", score: 0.75,
                    reason: "the letter is signed “\(signed)”, “\(next.prefix(50))”")
            ]
        }
        for line in filled.suffix(8).reversed() where !postBelowOnly && line.trimmed.count <= 80 {
            var text = line.trimmed
            var offset = (line.text as NSString).range(of: text).location
            if let m = Self.signed.firstMatch(in: line.text), let r = m.groupRange(1) {
                text = (line.text as NSString).substring(with: r).trimmed
                offset = r.location
            } else if Self.nameLine.firstMatch(in: line.text) == nil {
                continue
            }
            guard let name = bylineName(Self.titleCased(text)) else { continue }
            let r = NSRange(location: max(0, offset), length: (text as NSString).length)
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(r, inLine: line), rule: "speaker.signature", score: 0.75,
                    reason: "the letter is signed “\(text)”")
            ]
        }
        return []
    }

    /// "Alessandra Vellucci, Directrice du Service de l'information ..., a présidé un point de presse": a
    /// sentence opening with a name, a post between commas, then a verb of speaking or chairing.
    private static let nameCommaPostVerb = Pattern(
        // The post may hold commas of its own ("… for the Middle East, Asia and the Pacific …").
        #"^\s*((?:[\p{Lu}][\p{L}'’\-]+\s+){1,3}[\p{Lu}][\p{L}'’\-]+),\s+([^.;:!?]{3,200}?),\s+(?:a |ont |ha )?"#
            + #"(?:présidé|déclaré|dit|indiqué|souligné|said|told|stated|briefed|chaired|welcomed|warned|urged|"#
            + #"stressed|noted|emphasi[sz]ed|underscored|highlighted|called|opened|presented|introduced|"#
            + #"dijo|declaró|señaló|presidió|"#
            + #"заявил\w*|сообщил\w*|отметил\w*|подчеркнул\w*)\b"#)

    func namePostVerbOpenings() -> [SpeakerCandidate] {
        for line in filled.prefix(30) {
            guard let m = Self.nameCommaPostVerb.firstMatch(in: line.text), let r = m.groupRange(1),
                let post = m.group(2), Self.postWords.firstMatch(in: post) != nil, let name = bylineName(m.group(1)!)
            else { continue }
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(r, inLine: line), rule: "speaker.name-post-verb", score: 0.62,
                    reason: "a sentence opens with “\(m.group(1)!), \(post.prefix(40))”",
                    role: (post.trimmed, doc.range(m.groupRange(2)!, inLine: line)))
            ]
        }
        return []
    }
}
