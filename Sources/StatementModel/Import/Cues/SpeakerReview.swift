import Foundation

/// Checks the speaker a family read and, where there is none, looks for a known person (the envoys
/// table's names and aliases, native scripts included) in the headline, the opening lines and the lead,
/// and for a post held by one person at a time (the Secretary-General) on the statement's date. Every
/// value found here is inferred, with the place it was found.
struct SpeakerReview {
    let doc: AnnotatedText
    let envoys: EnvoyTable
    let countries: CountryCodes
    let gazetteer: Gazetteer
    let kinds: KindLexicon
    let currentYear: Int
    let reference: ReferenceData
    /// The lines with text; the opening ones less the salutations (a name in "Mr. President, Philemon
    /// Yang," is the addressee's); the first long paragraphs. Worked out once a statement.
    let filled: [TextLine]
    let headLines: [TextLine]
    private let leadLines: [TextLine]

    init(doc: AnnotatedText, reference: ReferenceData) {
        self.doc = doc
        envoys = reference.envoys
        countries = reference.countries
        gazetteer = reference.gazetteer
        kinds = reference.kinds
        currentYear = reference.currentYear
        self.reference = reference
        let filled = doc.lines.filter { !$0.isBlank }
        self.filled = filled
        // The opening lines, menus left out: a site's navigation laid out one item a line may fill the first
        // sixteen lines by itself.
        // Navigation comes before the content: below the first paragraph, short lines are a signature block.
        let firstProse = filled.firstIndex { $0.trimmed.count > 200 } ?? filled.count
        let texts = filled.prefix(min(60, firstProse)).map(\.trimmed)
        headLines = Array(
            filled.prefix(60).enumerated().filter { i, line in
                !ForumReview.isMenu(line.trimmed)
                    && !(i < firstProse && Self.isMenuWord(line.trimmed)
                        && TitleReview.inVerticalMenu(line.trimmed, lines: texts))
            }.map(\.element).prefix(16)
        ).filter {
            $0.trimmed.count <= 400 && reference.kinds.count(.address, in: KindLexicon.fold($0.trimmed)) == 0
        }
        leadLines = Array(filled.prefix(30).filter { $0.trimmed.count > 400 }.prefix(3))
    }

    /// "PhD Srdjan Darmanovic" → "Srdjan Darmanovic": a degree before a name is no part of it.
    static func withoutDegree(_ c: SpeakerCandidate) -> SpeakerCandidate {
        var c = c
        while let first = c.name.split(separator: " ").first, c.name.split(separator: " ").count > 2,
            ["phd", "ph.d.", "prof.", "professor", "dr.", "dr"].contains(first.lowercased())
        {
            let cut = (String(first) + " ").utf16.count
            c.name = String(c.name.dropFirst(first.count + 1))
            c.range = NSRange(location: c.range.location + cut, length: max(0, c.range.length - cut))
        }
        return c
    }

    /// "Faure Essozimna GNASSINGBE" → "Faure Essozimna Gnassingbe": capitals in a name are typography.
    static func titleCased(_ name: String) -> String {
        // Each part of a hyphenated name too: "THOMAS-GREENFIELD" → "Thomas-Greenfield".
        name.split(separator: " ").map { w in
            // Initials stay as they are ("J.G."), and so does a regnal number ("Albert II").
            guard w.count > 1, !isInitials(w), !isRegnalNumber(w), w == w.uppercased(), w.contains(where: \.isLetter)
            else {
                return String(w)
            }
            return w.split(separator: "-", omittingEmptySubsequences: false)
                .map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
        }.joined(separator: " ")
    }

    /// A Roman numeral as monarchs' names carry one ("II", "XVI").
    static func isRegnalNumber<S: StringProtocol>(_ w: S) -> Bool {
        w.count <= 5 && w.allSatisfy { "IVX".contains($0) }
    }

    /// A paragraph of running text: 200 characters, or 80 in a script that writes a word in one or two.
    static func isProse(_ line: String) -> Bool {
        line.count > 200
            || line.count > 80 && line.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count > 60
    }

    /// Run-together initials: "J.G.", "A.B.C.".
    static func isInitials<S: StringProtocol>(_ w: S) -> Bool {
        w.count >= 2 && w.count.isMultiple(of: 2)
            && w.enumerated().allSatisfy { $0.offset % 2 == 1 ? $0.element == "." : $0.element.isUppercase }
    }

    /// Words that make a "name" a post or a heading instead ("Permanent Representative", "Weekly Media Briefing").
    static let notNames: Set<String> = [
        "secretario", "secretaria", "presidente", "presidenta", "président", "présidente",
        "secrétaire", "ministro", "ministra", "ministre", "embajador", "embajadora", "ambassadeur", "excelencia",
        "excellence",
        "señor", "señora", "monsieur", "madame", "representante", "représentant", "representative", "ambassador",
        "minister", "spokesperson", "spokesman", "briefing",
        "weekly", "media", "excellency", "president", "secretary", "general", "deputy", "permanent", "mission",
        "delegation",
        "chargé", "charge", "affaires", "foreign", "external", "affairs", "statement", "remarks", "prime", "vice",
        "head", "chair", "coordinator", "coordinador", "coordinadora", "coordenador", "coordenadora", "coordonnateur",
        "político", "política", "politique", "conselheiro", "consejero", "conseiller", "embaixador", "embaixadora",
        "canciller", "chanceler", "delegado", "delegada", "délégué", "secretário", "ministre-conseiller",
        // Posts that precede a name in headlines ("United Nations Special Envoy for Syria Geir O. Pedersen").
        "envoy", "enviado", "enviada", "envoyé", "envoyée", "special", "especial", "spécial", "commissioner",
        "director", "directeur", "directora", "united", "nations", "unidas", "unies", "eu", "hr", "un", "onu",
        "alterna", "alterno", "alternate", "suplente", "adjunta", "adjunto", "adjoint", "adjointe",
        // The rest of a ministry's or a mission's name ("Minister of Foreign Affairs and International Cooperation",
        // "Embaixador Permanente de Moçambique").
        "permanente", "cooperation", "cooperación", "coopération", "cooperação", "international", "internacional",
        "internationale", "trade", "development", "integration", "relations", "relaciones", "relações",
        "exteriores", "étrangères", "estrangeiros", "extérieures", "commerce", "comercio", "worship", "culto",
        "diaspora", "expatriates", "emigrants", "francophonie", "negócios", "asuntos",
        // What a post's holder issues or heads ("UNDP Administrator", "New Year's Message").
        "administrator", "administradora", "administrador", "administrateur", "message", "mensaje", "messaggio",
        // A body's name ("Legislative Assembly of Tonga"), and the verbs a headline capitalises after a name
        // ("President Heine Addresses the 57th Session ...").
        "assembly", "legislative", "parliament", "council", "addresses", "delivers", "speaks", "urges", "calls",
        "meets", "attends", "opens", "tells", "says", "highlights", "stresses", "welcomes", "launches", "joins",
        "leads", "chairs", "reaffirms", "underscores", "presents", "receives",
    ]

    func review(_ s: inout Statement) {
        // A country or an organisation is not a person ("Explanation of Vote by Sierra Leone").
        if let speaker = s.speaker?.value,
            !Self.isName(speaker) || countryWord(speaker)
                || gazetteer.isOrganisationName(speaker)
        {
            s.notes.append("“\(speaker)” was read as the speaker but is a post or a heading, not a name")
            s.speaker = nil
        }
        guard s.speaker == nil else { return }
        // A record speaks in many voices, its president's and each speaker's: no one of them is its speaker.
        guard s.kind?.value != "meeting record" else { return }
        // A release or a record speaks of many people: a person outside its headline counts less.
        // One that names a single person by title ("Speaking for Malta, H.E. Vanessa Frazier, ...") is about
        // that person's words, as a mission's release about its ambassador is; the UN's coverage of a meeting
        // (its symbol, SC/9460) names the others by their country.
        let institutional =
            ["press release", "meeting record"].contains(s.kind?.value ?? "")
            && (peopleNamedByTitle() != 1 || Self.unSymbol.firstMatch(in: doc.text) != nil)
        // Presiding officers a speech addresses ("Mr. President", "Señor Presidente") are not its speaker.
        let skip = addressed ? presiding(on: s.date?.value) : []
        var found: [SpeakerCandidate] = []
        // A known person the headline or the first paragraph names is likely the speaker; one a later paragraph
        // names (a Q&A's answer, a story's second paragraph) is as likely someone spoken of.
        let firstProse = headLines.firstIndex { Self.isProse($0.trimmed) }
        let opening = firstProse.map { Array(headLines[...$0]) } ?? headLines
        let deeper = firstProse.map { Array(headLines[($0 + 1)...]) } ?? []
        found += honorificName(in: opening, rule: "speaker.honorific-name.heading", score: 0.7)
        found += honorificName(in: deeper, rule: "speaker.honorific-name.lead", score: 0.55)
        found += knownPerson(in: opening, rule: "speaker.known-name.heading", score: 0.72, skipping: skip)
        found += knownPerson(in: deeper + leadLines, rule: "speaker.known-name.lead", score: 0.6, skipping: skip)
        found += honorificName(in: leadLines, rule: "speaker.honorific-name.lead", score: 0.55)
        found += [roleName(in: Array(headLines) + leadLines)].compactMap { $0 }
        found +=
            bylines() + turnLabels() + declinedNames(in: opening, score: 0.72)
            + declinedNames(in: deeper + leadLines, score: 0.6) + kindOfNameHeadlines()
            + kindByPostThenName()
            + genitiveHeadings(in: Array(headLines))
            + namesBeforePosts() + kindByPersonLines() + arabicNames(in: Array(headLines) + leadLines)
            + namePostVerbOpenings() + surnamesBeforeTitles(in: Array(headLines) + leadLines)
            + surnamesAfterTitles(
                in: Array(headLines) + Array(filled.prefix(30)), date: s.date?.value, headline: s.title?.value)
            + hanPostNames(in: opening) + possessiveHeadlines(in: Array(headLines)) + speakerFields()
            + headlineSurnames(headline: s.title?.value, in: Array(headLines) + leadLines)
            + headlineLeader(headline: s.title?.value)
        if [nil, "news report"].contains(s.kind?.value) { found += quoteAttributions(date: s.date?.value) }
        found += [soleHolder(s)].compactMap { $0 }
        found += postHolders(in: Array(headLines), date: s.date?.value)
        found += missionHeads(in: Array(headLines) + Array(filled.prefix(30)), date: s.date?.value)
        // The page's own country, from its masthead: read once, for the post's holder and for the ballot.
        let masthead = CountryReview.mastheadCountry(
            in: doc, publisher: s.source.publisher?.value, reference: reference)
        found += nationalPostHolders(in: Array(headLines), date: s.date?.value, masthead: masthead)
        // A speech a site posts may be signed at its foot, the post under the name: worth less than a name
        // in its headline, more than one the speech only mentions.
        if s.kind?.value == "speech" {
            found += signatures(postBelowOnly: true).map {
                var c = $0
                c.score = 0.62
                c.reason = c.reason.replacingOccurrences(of: "the letter is signed", with: "the speech is signed")
                return c
            }
        }
        // A letter names its addressee at the top and its writer at the foot.
        if s.kind?.value == "letter" {
            let signed = signatures()
            if !signed.isEmpty {
                found =
                    found.map {
                        var c = $0
                        c.score *= 0.6
                        return c
                    } + signed
            }
        }
        // A country or an organisation is never a person, whichever rule proposed it.
        // Nor is a body ("Conselho de Segurança" after "embaixador … junto do"): a name that is a forum's goes.
        found.removeAll { c in
            // A possessive is no part of a name ("New Year's Message").
            countryWord(c.name) || gazetteer.isOrganisationName(c.name)
                || c.name.split(separator: " ").contains { $0.hasSuffix("'s") || $0.hasSuffix("’s") }
                || reference.forums.all(in: c.name).contains { $0.range.length * 2 >= (c.name as NSString).length }
        }
        // The dignitaries a speech greets before it begins ("- The Honourable Mia Amor Mottley, Prime Minister",
        // "Sua Excelência …, Ministro da Justiça;") are its audience, never its speaker.
        let greeted = salutationBlock()
        found.removeAll { c in greeted.contains { NSLocationInRange(c.range.location, $0) } }
        // A photo's caption names who is pictured ("The Secretary-General during his address. Photo: AFP"): the
        // story's subject as often as someone else, so worth less than a name the story itself gives.
        let captions = filled.prefix(60).filter { Self.photoCredit.firstMatch(in: $0.text) != nil }.map(\.range)
        found = found.map { c in
            guard captions.contains(where: { NSLocationInRange(c.range.location, $0) }) else { return c }
            var pictured = c
            pictured.score -= 0.1
            pictured.reason += " (in a photo's caption)"
            return pictured
        }
        if addressed { found = found.map { greetedOfficer($0, s) } }
        let ballot = SpeakerBallot(
            doc: doc, pageCountry: masthead,
            ownMasthead: filled.prefix(8).contains { TitleReview.isMasthead($0.trimmed) },
            countryOf: { [countries = CountryReview(doc: doc, reference: reference)] in countries.country(in: $0)?.0 },
            knownCountries: { [envoys] in envoys.terms(of: $0).map(\.country) },
            headlineRange: titleLineRange(s), institutional: institutional,
            meetingCoverage: Self.unSymbol.firstMatch(in: doc.text) != nil)
        guard let (chosen, confidence) = ballot.choose(found) else { return }
        let winner = Self.withoutDegree(chosen)
        s.speaker = Attributed(
            winner.name,
            doc.provenance(
                .inferred, rule: winner.rule, confidence: confidence, range: winner.range,
                reason: winner.reason))
        if s.country == nil, winner.role == nil,
            let (country, range) = CountryReview(doc: doc, reference: reference).countryAround(winner.range),
            !reference.envoys.terms(of: winner.name).contains(where: { $0.country != country })
        {
            s.country = Attributed(
                country,
                doc.provenance(
                    .inferred, rule: "speaker.country-beside-name", confidence: min(0.7, confidence),
                    range: range, reason: "the words beside the speaker's name give \(country)"))
        }
        if s.role == nil, let role = winner.role {
            let (post, country) = SpeakerCues.normalizedRole(role.text, gazetteer: gazetteer)
            s.role = Attributed(
                post,
                doc.provenance(
                    .inferred, rule: winner.rule + ".role", confidence: confidence - 0.05,
                    range: role.range, reason: "the line beside the name gives the post"))
            if s.country == nil, let country {
                s.country = Attributed(
                    country,
                    doc.provenance(
                        .inferred, rule: winner.rule + ".country", confidence: confidence - 0.1, range: role.range,
                        reason: "the speaker's post names \(country)"))
            }
        }
    }

    /// A photo credit, which marks a line as a caption.
    private static let photoCredit = Pattern(
        #"(?i)(?:\b(?:photo|foto|fotografía|crédit photo|photo credit|фото)\s*:|\bUN Photo/|\bAFP Photo\b|"#
            + #"\((?:photo|foto)\b|(?:图片来源|图片|照片)\s*[:：]|صورة\s*:)"#)

    private static let unSymbol = Pattern(#"\b(?:SC|GA|HRC|ECOSOC|SG/SM|GA/[A-Z]{2,4}|S/PV\.|A/\d{2}/PV\.)/?\d{3,6}\b"#)

    /// How many people (up to three) the text names after a title of address.
    private func peopleNamedByTitle() -> Int {
        var names: Set<String> = []
        for line in filled.prefix(200) {
            for m in Self.honorificName.matches(in: line.text) {
                if let name = m.group(1) { names.insert(EnvoyTable.fold(name)) }
                if names.count >= 3 { return 3 }
            }
        }
        return names.count
    }

    /// The whole line that holds the title's evidence, for releases whose speaker the headline names.
    private func titleLineRange(_ s: Statement) -> NSRange? {
        filled.first { line(line: $0, holds: s.title) }?.range
    }

    /// Whether a line holds the start of a field's evidence.
    private func line(line: TextLine, holds field: Attributed<String>?) -> Bool {
        guard let start = field?.provenance.span?.start,
            let span = doc.provenance(.stated, rule: "", confidence: 0, range: line.range).span
        else { return false }
        return span.start <= start && start <= span.end
    }

    /// A personal name after a title of address, in any of the languages statements come in.
    private static let honorificName = Pattern(
        #"(?<!\bto\s)(?<!addressed to\s)(?<!dirigida a\s)(?<!adressée à\s)\b(?:H\.\s?E\.|"#
            // "SEM" unpunctuated is how francophone African papers write "Son Excellence Monsieur".
            + #"S\.\s?E\.(?:\s?M(?:me)?\.?)?|SEM(?=\s+\p{Lu})|"#
            + #"(?i:His Excellency|Her Excellency|Ambassador|Son Excellence|"#
            + #"Su Excelencia|"#
            + #"(?:the )?(?:Most|Right) Honourable|(?:the )?Honourable|Rt\.? Hon\.|Sua Excelência|"#
            + #"Excelentísim[oa] Señora?)|Hon\.|Hon['’]ble|S\.\s?Exa?\.?ª?|Его Превосходит"#
            + #"ельство|"#
            + #"Ее Превосходительство|"#
            + #"Amb\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.|Sr\.|Sra\.|Embajador(?:a)?|Embaixador(?:a)?|Excmo\.|Excma\.|M\.|Mme|"#
            + #"Monsieur|Madame|г-н|г-жа|г-на|г-жи|господин|госпожа|President|Prime "#
            + #"Minister|Foreign Minister|King|"#
            + #"Queen|Emir|Crown Prince|Prince|Princess|Sultan|Roi|Reine|Rey|Reina|Président|Presidente|"#
            + #"Premier ministre|Primer Ministro)\s+"#
            + #"(?:(?i:(?:and\s+)?(?:Permanent|Deputy|Alternate)\s+Representative\s+|Ambassador\s+|Ambassadeur\s+|"#
            + #"Ambassadrice\s+|Embajador(?:a)?\s+|Mr\.\s+|Ms\.\s+|Mrs\.\s+|Dr\.\s+|Monsieur\s+|Madame\s+|"#
            + #"Señora?\s+|Senhora?\s+|"#
            // "Her Excellency President Dr. Hilda C. Heine": the post between the title and the name.
            + #"President\s+|Président\s+|Presidente\s+|Prime Minister\s+|Premier ministre\s+|Minister\s+|"#
            + #"))*"#
            + #"([\p{Lu}][\p{L}'’\-]+\.?(?:\s+(?:(?:de|da|del|di|van|von|der|bin|ibn|al|el|y|dos|das|la|"#
            + #"le)\s+)?[\p{Lu}][\p{L}'’\-]*\.?){1,4})"#,
        caseInsensitive: false)

    private static let heirWords: Set<String> = ["héréditaire", "hereditary", "héritier", "heredero"]
    private static let royalTitle = Pattern(#"\b(?:Prince|Princess|King|Queen|Emir|Sultan|Roi|Reine|Rey|Reina)\b"#)

    private func honorificName(in lines: [TextLine], rule: String, score: Double) -> [SpeakerCandidate] {
        var found: [SpeakerCandidate] = []
        for line in lines {
            for m in Self.honorificName.matches(in: line.text) {
                guard let r = m.groupRange(1) else { continue }
                // Named on behalf of, met with ("a joint press conference with H.E. …") or addressed: not the
                // page's own speaker.
                if namedForAnother(before: m.range.location, in: line, alsoWith: true) || addressed(r, in: line) {
                    continue
                }
                var name = (line.text as NSString).substring(with: r)
                // A trailing word that is no name ("Samson, Ambassador" stops at the comma; "Kyslytsya At" at "At").
                // A possessive ends a name ("Prime Minister Modi’s G20 address" names no "Modi’s G").
                var words: [Substring] = []
                // "le Prince Héréditaire Albert": the heir's title goes, and a prince with one name keeps his
                // title in it ("Prince Albert"), as he is known.
                var parts = name.split(separator: " ")
                let heir = parts.first.map { Self.heirWords.contains($0.lowercased()) } ?? false
                if heir {
                    parts.removeFirst()
                    if parts.count >= 1, let title = Self.royalTitle.firstMatch(in: m.value)?.value {
                        parts.insert(Substring(title), at: 0)
                    }
                    name = parts.joined(separator: " ")
                }
                for w in parts {
                    guard Self.isName(String(w)), !Self.notNameWords.contains(w.lowercased()),
                        !["at", "on", "in", "to", "of", "and"].contains(w.lowercased()),
                        w.count >= 2 || w.hasSuffix(".")
                    else { break }
                    if w.hasSuffix("’s") || w.hasSuffix("'s") {
                        words.append(w.dropLast(2))
                        break
                    }
                    // A full stop after a whole word ends the sentence ("Ambassador Bernard. He will be missed");
                    // after an initial or a short form ("J.", "Jr.") it does not.
                    if w.hasSuffix("."), w.count > 4, !w.dropLast().contains(".") {
                        words.append(w.dropLast())
                        break
                    }
                    words.append(w)
                }
                guard words.count >= 2 else { continue }
                name = Self.titleCased(
                    words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".,")))
                // An heir's name as shown is not as written: the evidence is the whole title and name.
                let range = heir ? m.range : NSRange(location: r.location, length: (name as NSString).length)
                // Each later name is worth a little less: the first person a page names is most often its own.
                // One deep in the first paragraph is one it mentions, as in its lead.
                let deep = rule.hasSuffix("heading") && Self.isProse(line.trimmed) && r.location > 100
                found.append(
                    SpeakerCandidate(
                        name: name, range: doc.range(range, inLine: line), rule: rule,
                        score: score - 0.02 * Double(found.count) - (deep ? 0.15 : 0),
                        reason: "a name after a title of address (“\(m.value.prefix(40))”)"))
                if found.count == 6 { return found }
            }
        }
        return found
    }

    /// A post, then the name within a few words: "l'ambassadeur russe à l'ONU, Vassily Nebenzia",
    /// "el embajador venezolano Samuel Moncada", "постпред России при ООН Василий
    /// Небензя".
    private static let postThenName = Pattern(
        #"(?i:\b(?:ambassador|envoy|permanent representative|spokesperson|spokesman|foreign minister|"#
            + #"minister (?:of|for) foreign affairs|secretary of state|prime minister|president of|(?:lieutenant|"#
            + #"major|brigadier)[ -]general|"#
            + #"teniente general|général|генерал-\w+|embajador[a]?|representante permanente|"#
            + #"ministre des affaires étrangères|ministre des relations extérieures|ministre d'[ée]tat|"#
            + #"ministro de relaciones exteriores|canciller|"#
            // German, Italian and Portuguese posts ("Außenminister Alexander Schallenberg (ÖVP) hat …").
            + #"außenminister(?:in)?|bundeskanzler(?:in)?|bundespräsident(?:in)?|(?:uno-|un-)?botschafter(?:in)?|"#
            + #"ministro degli esteri|ambasciat(?:ore|rice)|embaixador(?:a)?|primeiro-ministro|"#
            // A head of state's post in French and Spanish ("la présidente de la Confédération Viola Amherd").
            + #"présidente?(?: de la (?:confédération|république))?|president[ea]?(?: de la (?:república|"#
            + #"nación))?|"#
            + #"ministro dos negócios estrangeiros|ministro das relações exteriores|"#
            + #"minister-counsel+or|counsel+or|coordinator|ambassadeur|ambassadrice|représentante? permanente?|"#
            + #"porte-parole|постпред\w*|постоянн\w+ представител\w+|"#
            + #"специальн\w+ представител\w+|посол|о"#
            + #"фициальн\w+ представител\w+|"#
            // Russian writes heads of state and government and foreign ministers in lower case; only the
            // nominative: "пресс-секретарь президента ..." names the secretary, not the
            // president.
            + #"президент(?!\w)|премьер-министр(?!\w)|министр иностранн"#
            + #"ых дел|глава МИД|"#
            + #"генеральный секретарь(?: ООН)?|secretary-general|secrétaire général|"#
            + #"secretario general))"#
            + #"\b([^.;:!?\n]{0,140})"#)
    private static let onBehalfBefore = Pattern(
        #"(?i)(?:on behalf of|au nom d[eu]|en nombre del?|em nome d[eoa]|от имени|باسم|نيابة عن)\s+"#
            + #"(?:the\s+|la\s+|el\s+|l['’]|o\s+|a\s+|su\s+|my\s+|mon\s+|ma\s+)?$"#)
    /// Runs of two to four capitalised words.
    private static let capitalRun = Pattern(
        #"(?:[\p{Lu}][\p{L}'’\-]+\.?\s+(?:(?:de|da|del|di|van|von|der|bin|ibn|al|el|dos|das)\s+(?:(?:la|los|der|"#
            + #"den)\s+)?)?){1,4}"#
            + #"[\p{Lu}][\p{L}'’\-]+"#)
    /// Words that make a run of capitals a meeting's or a body's name, in six languages.
    static let bodyWords: Set<String> = [
        "conference", "conferencia", "conférence", "conferência", "конференция",
        "конференции", "summit", "cumbre",
        "sommet", "cimeira", "саммит", "committee", "comité", "comisión", "commission", "comissão",
        "комитет",
        "комиссия", "organization", "organisation", "organización", "organização",
        "организация", "forum", "foro",
        "agency", "agencia", "agence", "programme", "program", "programa", "fund", "fondo", "fonds", "union", "unión",
        // The parts of a secretariat ("Departments of Political and Peacebuilding Affairs and Peace Operations").
        "department", "departments", "departamento", "département", "департамент", "operations",
        "operaciones",
        "opérations", "office", "oficina", "bureau", "division", "división", "secretariat", "secretaría",
        "secrétariat",
        // A session's name after a post ("Presidente de este Septuagésimo Noveno Periodo de Sesiones").
        "periodo", "período", "sesiones", "sesión", "sessions", "sessão", "сессии", "сессия",
    ]

    /// Capitalised words that are not names: bodies, places, months.
    static let notNameWords: Set<String> = [
        "un", "onu", "оон", "united", "nations", "naciones", "unidas", "nations", "unies",
        "security", "council", "consejo", "seguridad", "conseil", "sécurité", "совет",
        "безопасности", "организации",
        "объединенных",
        "наций", "general", "assembly", "asamblea", "assemblée", "générale", "генеральной",
        "ассамблеи", "new", "york",
        "nueva", "geneva",
        "ginebra", "genève", "нью-йорк", "женева", "the", "el", "la", "le", "les", "los", "mr", "ms",
        "dr", "sr", "sra",
        "m", "mme",
        "republic", "république", "república", "people's", "kingdom", "states", "federation",
        "российской", "федерации",
        "российская",
        "федерация", "республики", "народной", "китайской", "при", "union",
        "européenne", "europea", "european",
        // A meeting's name after a post ("... of the 57th Session of the Human Rights Council").
        "session", "human", "rights", "debate", "conference", "summit", "meeting", "committee", "forum", "press",
        "release", "releases", "news",
        // The United Nations building as the Italian press calls it ("al Palazzo di Vetro").
        "palazzo", "vetro",
    ]

    private func roleName(in lines: [TextLine]) -> SpeakerCandidate? {
        for line in lines {
            for m in Self.postThenName.matches(in: line.text) {
                guard let after = m.groupRange(1) else { continue }
                // "on behalf of the President, Salvador Sánchez Cerén": the one named is not the one speaking.
                if namedForAnother(before: m.range.location, in: line, alsoWith: false) { continue }
                let window = (line.text as NSString).substring(with: after)
                // A run cut by the window's end may be half a word ("International Peac").
                let cut = (window as NSString).length >= 140
                for run in Self.capitalRun.matches(in: window) where !cut || run.range.upperBound < 140 {
                    guard let name = personalName(in: run.value) else { continue }
                    let start = (run.value as NSString).range(of: name.split(separator: " ")[0].description).location
                    let range = NSRange(
                        location: after.location + run.range.location + max(0, start), length: (name as NSString).length
                    )
                    // "We commend the efforts of Secretary-General António Guterres": spoken of, not speaking.
                    if praised(range, in: line) { continue }
                    return SpeakerCandidate(
                        name: name, range: doc.range(range, inLine: line), rule: "speaker.post-then-name", score: 0.55,
                        reason: "a name after a post (“\(m.value.prefix(50))”)")
                }
            }
        }
        return nil
    }

    /// The personal name in a run of capitalised words, once bodies, places and countries around it go;
    /// names are written in title case here (a run of capitals is a heading or a body's name).
    private func personalName(in run: String) -> String? {
        var words = run.split(separator: " ").map {
            String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
        }
        // A run that names a meeting or a body ("Conferencia de San Francisco") holds no person; nor does one
        // of German nouns, which are capitalised ("Unterstützung Deutschlands").
        guard !words.contains(where: { Self.bodyWords.contains($0.lowercased()) || Self.isGermanNoun($0) }) else {
            return nil
        }
        // "la" only follows "de" in a run ("José de la Gasca"): capitalRun lets no other place have it.
        let particles: Set<String> = [
            "de", "da", "del", "di", "van", "von", "der", "bin", "ibn", "al", "el", "dos", "das", "la",
        ]
        func dropped(_ w: String) -> Bool {
            !particles.contains(w) && (Self.notNameWords.contains(w.lowercased()) || countryWord(w))
        }
        while let w = words.first, dropped(w) || !Self.isName(w) { words.removeFirst() }
        // At the end, only a country's name goes: an adjective there is a surname ("Ambassador, Rita French").
        while let w = words.last,
            Self.notNameWords.contains(w.lowercased()) || gazetteer.isCountryName(w)
                || countries.code(forName: w) != nil
        {
            words.removeLast()
        }
        while let w = words.first, particles.contains(w) { words.removeFirst() }
        // Nor ends with one: "Presidenta Constitucional de la República" names no "Constitucional de".
        while let w = words.last, particles.contains(w) { words.removeLast() }
        // A Russian name is a first name and a surname, with a patronymic between when there are three:
        // words before them are the post's country or region ("президент Казахстана
        // Нурсултан Назарбаев", "… по Центральной Азии Каха Имнадзе").
        if words.count >= 3, words[0].unicodeScalars.first.map({ (0x0400...0x04FF).contains($0.value) }) == true {
            let endings = ["ович", "евич", "ич", "овна", "евна", "ична", "инична"]
            let patronymic = endings.contains { words[words.count - 2].hasSuffix($0) }
            words = Array(words.suffix(patronymic ? 3 : 2))
        }
        // A Russian first name is never an adjective ("стран Центральной Азии" is a region, not a
        // person).
        if let first = words.first, first.unicodeScalars.first.map({ (0x0400...0x04FF).contains($0.value) }) == true,
            ["ной", "ской", "ого", "его", "ому", "ых", "их", "ая", "ое", "ые"]
                .contains(where: { first.hasSuffix($0) })
        {
            return nil
        }
        guard words.count >= 2,
            words.dropLast().allSatisfy({
                particles.contains($0) || Self.isName($0) && !dropped($0) && $0 != $0.uppercased()
            }),
            let last = words.last, Self.isName(last), last != last.uppercased(),
            // "Assistant Secretary-General for the Middle East": a post's region, not a person.
            !gazetteer.isPlaceName(words.joined(separator: " "))
        else {
            return nil
        }
        return words.joined(separator: " ")
    }

    /// A long word with the ending of a German abstract noun ("Unterstützung", "Sicherheit", "Gemeinschaft").
    static func isGermanNoun(_ w: String) -> Bool {
        w.count >= 8 && ["ung", "heit", "keit", "schaft"].contains { w.hasSuffix($0) }
    }

    func countryWord(_ w: String) -> Bool {
        if countries.code(forName: w) != nil || gazetteer.country(for: w) != nil { return true }
        // A country's name declined in Russian ("Казахстана", "России", "Японии") before the
        // person's.
        guard w.unicodeScalars.first.map({ (0x0400...0x04FF).contains($0.value) }) == true, w.count > 3 else {
            return false
        }
        let stems = [String(w.dropLast()), String(w.dropLast()) + "я", String(w.dropLast(2)) + "ия"]
        return stems.contains { countries.code(forName: $0) != nil || gazetteer.country(for: $0) != nil }
    }

    /// A short line in a Latin or Cyrillic script with no comma or full stop, as menu items are written
    /// (a line of Chinese is short without being one).
    static func isMenuWord(_ line: String) -> Bool {
        !line.contains(where: { ",.:;".contains($0) })
            && line.unicodeScalars.allSatisfy { $0.value < 0x0600 || $0.properties.isWhitespace }
    }

    static func isName(_ name: String) -> Bool {
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return !words.isEmpty && !words.contains { notNames.contains($0) }
    }

    /// The known person named first in the headline, else in the opening lines, else in the lead.
    /// The people who preside where speeches are made (the Presidents of the Assembly and the Councils):
    /// a speech names them because it addresses them. (The Secretary-General is addressed too, but speaks
    /// so often that his name is left to the other cues.)
    /// Only those presiding in the text's year, when it is known: a chair of 2010 may speak for their
    /// country in 2025.
    private func presiding(on date: StatementDate?) -> Set<String> {
        Set(
            envoys.envoys.filter { e in
                guard e.post.hasPrefix("President of the") else { return false }
                guard let year = date?.year else { return true }
                return e.start.year <= year && year <= (e.end?.year ?? currentYear)
            }.map(\.name))
    }
    /// In a speech to the chair, the chair and the Secretary-General of its year are greeted, thanked and
    /// congratulated ("mes félicitations à M. Philémon Yang pour son élection"), whatever rule found them:
    /// worth less, unless the headline names them or their post (the Secretary-General's own remarks, "PGA
    /// Remarks at …") or a line names them as the statement's maker ("Remarks by Abdulla Shahid").
    private func greetedOfficer(_ c: SpeakerCandidate, _ s: Statement) -> SpeakerCandidate {
        let mention = ["known-name", "honorific-name", "post-then-name", "quote-attribution", "known-leader"]
        guard let year = s.date?.value.year, mention.contains(where: { c.rule.hasPrefix("speaker." + $0) })
        else { return c }
        let officer = envoys.terms(of: c.name).contains { e in
            (e.post.hasPrefix("President of the") || e.post.hasPrefix("Secretary-General of the United Nations"))
                && e.start.year <= year && year <= (e.end?.year ?? currentYear)
        }
        guard officer else { return c }
        let title = EnvoyTable.fold(s.title?.value ?? "")
        let surname = EnvoyTable.fold(c.name).split(separator: " ").last.map(String.init) ?? ""
        if !surname.isEmpty, title.contains(surname) || Self.officerTitle.firstMatch(in: title) != nil {
            return c
        }
        var greeted = c
        greeted.score -= 0.35
        greeted.reason += " (a presiding officer or the Secretary-General the speech greets)"
        return greeted
    }

    /// The Secretary-General's post or a presiding officer's, as a headline names it (folded: no accents).
    private static let officerTitle = Pattern(
        #"(?i)secretary[- ]general|secretaire general|secretario general|генеральн\w* секретар"#
            + #"|秘书长|الأمين العام"#
            + #"|\bpga\b|president of the (?:general assembly|human rights council|security council)"#
            + #"|president de l'assemblee generale|presidente de la asamblea general"#
            + #"|председател\w* генеральной ассамбле|联大主席"#
            + #"|رئيس الجمعية العامة"#)

    /// Whether the text is a speech addressed to the chair ("Mr. President", "Señor Presidente").
    var addressed: Bool {
        kinds.count(.address, in: KindLexicon.fold(filled.prefix(40).map(\.trimmed).joined(separator: "\n"))) > 0
    }

    /// The known person named first in these lines (the tables' spellings, native scripts too): an envoy
    /// before a leader, who is as often spoken of ("the capture of President Maduro") as speaking.
    private func knownPerson(
        in lines: [TextLine], rule: String, score: Double, skipping skip: Set<String>
    )
        -> [SpeakerCandidate]
    {
        let envoy = firstKnownPerson(in: lines, rule: rule, score: score, skipping: skip.union(envoys.leaderOnlyNames))
        return envoy.isEmpty ? firstKnownPerson(in: lines, rule: rule, score: score, skipping: skip) : envoy
    }

    private func firstKnownPerson(
        in lines: [TextLine], rule: String, score: Double, skipping skip: Set<String>
    )
        -> [SpeakerCandidate]
    {
        for line in lines {
            guard var hit = firstSpelling(in: line, skipping: skip) else { continue }
            // "presented his credentials to the Secretary-General, Mr. António Guterres": the one addressed
            // is not the one the page is about; another known name in the line may be.
            if addressed(hit.range, in: line) {
                guard let next = firstSpelling(in: line, skipping: skip.union([hit.name])),
                    !addressed(next.range, in: line)
                else { continue }
                hit = next
            }
            // One named "on behalf of" or met "with" is not the page's speaker.
            if namedForAnother(before: hit.range.location, in: line, alsoWith: true) { continue }
            var place = rule.hasSuffix("lead") ? "in the story's lead" : "in the headline or opening lines"
            // A head of state or minister is named on many pages besides their own statements.
            let leader = envoys.isLeaderOnly(hit.name)
            // Deep in the first paragraph ("… examined the report of the Secretary-General, Mr. António
            // Guterres, …") a name is one the story mentions, as in its lead, not the one it is about.
            let deep = !rule.hasSuffix("lead") && Self.isProse(line.trimmed) && hit.range.location > 100
            if deep { place = "inside the first paragraph" }
            let weight = (leader ? score - 0.22 : score) - (deep ? 0.12 : 0)
            return [
                SpeakerCandidate(
                    name: hit.name, range: doc.range(hit.range, inLine: line),
                    rule: leader ? rule.replacingOccurrences(of: "known-name", with: "known-leader") : rule,
                    score: weight,
                    reason: "\(hit.name) (\(leader ? "leaders" : "envoys") table) is named \(place)")
            ]
        }
        return []
    }

    /// Whether the words just before `location` say the one named next is spoken for ("on behalf of"), chairs
    /// the meeting ("sous la présidence de M. ...") or, with `alsoWith`, is met with: none is the page's speaker.
    func namedForAnother(before location: Int, in line: TextLine, alsoWith: Bool) -> Bool {
        let before = String((line.text as NSString).substring(to: location).suffix(50))
        let near = String(before.suffix(30))
        return Self.onBehalfBefore.firstMatch(in: near) != nil || Self.chairBefore.firstMatch(in: before) != nil
            || alsoWith && Self.withBefore.firstMatch(in: near) != nil
    }

    /// The chair of the meeting named, a title or two between: "under the presidency of Mr.", "chaired by",
    /// "sous la présidence de M.", "bajo la presidencia de", "под председательством",
    /// "برئاسة".
    private static let chairBefore = Pattern(
        #"(?i)(?:under the (?:presidency|chairmanship) of|chaired by|presided over by|sous la présidence d[eu]|"#
            + #"présidée? par|bajo la presidencia de|presidid[ao] por|sob a presidência d[eoa]|"#
            + #"под председательством|برئاسة)\s+"#
            + #"(?:(?:the|le|la|el|o|a|M\.|Mr\.?|Mme|Ms\.?|Sr\.|Sra\.|г-на|"#
            + #"[SH]\.\s?E\.|SEM|President|Président|Presidente|Ambassador|Ambassadeur|Embajador)\s+){0,3}$"#)

    private static let withBefore = Pattern(#"(?i)\b(?:with|avec|con|com)\s+(?:[SH]\.\s?E\.\s?)?$"#)
    private static let addresseeBefore = Pattern(
        #"(?i)\b(?:to|with|on|à|avec|auprès d[eu]|al|ante|con|a)\s+(?:the\s+|la\s+|le\s+|el\s+)?"#
            + #"(?:UN\s+|United Nations\s+)?(?:Secretary[- ]General|President|Secretario General|Secrétaire g"#
            + #"énéral)"#
            + #"(?:\s+(?:of the United Nations|de l['’]ONU|des Nations Unies|de las Naciones Unidas))?,?\s+"#
            + #"(?:(?:Mr|Mrs|Ms|M|Sr|Sra|H\.E)\.?\s+)?$"#)
    /// The Secretary-General whose efforts a speech praises or thanks ("We commend the efforts of
    /// Secretary-General", "لجهود الأمين العام"): spoken of, not speaking.
    private static let praisedBefore = Pattern(
        #"(?i)(?:efforts of|thank|commend|gratitude to|appreciation (?:of|for|to))\s+(?:the\s+)?"#
            + #"(?:UN\s+|United Nations\s+)?Secretary[- ]General,?\s+(?:(?:Mr|Mrs|Ms|H\.E)\.?\s+)?$"#
            + #"|(?:جهود|لجهود|بجهود|نشكر|أشكر|شكر|نثمن|أثمن)\s+"#
            + #"الأمين العام(?:\s+للأمم المتحدة)?\s*[،,]?\s*(?:السيد\s+)?["«“]?\s*$"#)

    /// Whether the name at `range` is the one a line says something was given to or done with.
    private func addressed(_ range: NSRange, in line: TextLine) -> Bool {
        let before = (line.text as NSString).substring(to: min(range.location, (line.text as NSString).length))
        return Self.addresseeBefore.firstMatch(in: String(before.suffix(90))) != nil || praised(range, in: line)
    }

    private func praised(_ range: NSRange, in line: TextLine) -> Bool {
        let before = (line.text as NSString).substring(to: min(range.location, (line.text as NSString).length))
        return Self.praisedBefore.firstMatch(in: String(before.suffix(90))) != nil
    }

    /// The earliest known spelling in a line, longest at a position; Latin and Cyrillic names as whole words.
    func firstSpelling(in line: TextLine, skipping skip: Set<String>) -> (name: String, range: NSRange)? {
        let folded = EnvoyTable.fold(line.text) as NSString
        guard folded.length == (line.text as NSString).length else { return nil }  // folding changed offsets: skip
        var best: (name: String, range: NSRange)?
        // Matches come in order of position: the first that stands alone wins, the longest at its position.
        envoys.spellingIndex.matches(in: Array((folded as String).utf16)) { p, start in
            if let b = best, start > b.range.location { return false }
            let (spelling, name) = envoys.spellings[p]
            guard spelling.count >= 4 || spelling.unicodeScalars.first!.value >= 0x3000, !skip.contains(name) else {
                return true
            }
            let r = NSRange(location: start, length: spelling.utf16.count)
            let alone = standsAlone(r, in: folded) || declinedEnding(after: r, in: folded, spelling: spelling)
            if alone, best == nil || r.length > best!.range.length { best = (name, r) }
            return true
        }
        return best
    }

    /// Russian declines a name that ends in a consonant by adding a case ending ("Гутерриш" →
    /// "Гутерриша",
    /// "Гутерришем"): the spelling is taken when one such ending, and then no letter, follows it.
    private func declinedEnding(after r: NSRange, in ns: NSString, spelling: String) -> Bool {
        guard let last = spelling.unicodeScalars.last, (0x0430...0x044F).contains(last.value),
            !"аеиоуыэюяй".unicodeScalars.contains(last), r.location == 0 || !isLetter(ns, r.location - 1)
        else { return false }
        for ending in ["ом", "ем", "а", "у", "е"] {
            let n = (ending as NSString).length
            guard r.upperBound + n <= ns.length,
                ns.substring(with: NSRange(location: r.upperBound, length: n)) == ending,
                !isLetter(ns, r.upperBound + n)
            else { continue }
            return true
        }
        return false
    }

    /// A letter of a script that sets words apart by spaces (a Thai or Han name may touch the next word).
    private func isLetter(_ ns: NSString, _ i: Int) -> Bool {
        guard i >= 0, i < ns.length, let u = Unicode.Scalar(ns.character(at: i)) else { return false }
        return CharacterSet.letters.contains(u) && !PhraseIndex.unspaced(ns.character(at: i))
    }

    private func standsAlone(_ r: NSRange, in ns: NSString) -> Bool {
        !isLetter(ns, r.location - 1) && !isLetter(ns, r.upperBound)
    }

    /// A headline whose speaker is the Secretary-General: "Secretary-General's message on ...", "Remarks
    /// by the Secretary-General", and the same in the other five languages.
    private static let secretaryGeneral = Pattern(
        #"(?i)^(?:the\s+)?(?:Secretary-General|SG)['’]s\s|^Secretary-General:|\b(?:Message|Remarks|Statement|"#
            + #"Address|Video message|Opening remarks)\s+(?:of|by)\s+the\s+Secretary-General\b|(?:Message|Discours|"#
            + #"Déclaration|Allocution)\s+du\s+Secrétaire\s+général|(?:Mensaje|Discurso|Declaración|"#
            + #"Palabras)\s+del\s+Secretario\s+General|(?:Послание|Выступление|Заявле"#
            + #"ние|Видеообращение|"#
            + #"Обращение)\s+Генерального\s+секретаря|秘书长.{0,8}(?:致辞|"#
            + #"讲话|发言|贺词|视频)|(?:رسالة|كلمة|بيان)\s+الأمين\s+العام"#
            // "UN Secretary-General's 2019 New Year's Message", "国連事務総長発言", "پیام دبیرکل",
            // Czech and Portuguese as the UN information centres write them.
            + #"|\bSecretary-General['’]s\s+(?:\d{4}\s+)?(?:[\p{L}’']+\s+){0,3}(?:message|remarks|statement|"#
            + #"address)\b"#
            + #"|事務総長.{0,8}(?:発言|メッセージ|声明|挨拶)|پیام\s+دبیرکل|"#
            + #"Poselství\s+generálního\s+tajemníka"#
            + #"|(?:Mensagem|Declaração|Discurso)\s+do\s+Secretário-Geral"#
            + "|" + postAlone
    )
    /// A byline that is the post alone ("ГЕНЕРАЛЬНЫЙ СЕКРЕТАРЬ" under a message's headline); a
    /// briefing's
    /// section can be headed so too, so it counts for less.
    private static let postAlone =
        #"^\s*(?:the\s+|le\s+|el\s+)?(?:UN\s+)?(?:Secretary-General|Secrétaire\s+général|Secretario\s+General|"#
        + #"Генеральный\s+секретарь(?:\s+ООН)?|الأمين\s+العام(?:\s+للأم"#
        + #"م\s+المتحدة)?|联合国秘书长|秘书长)\s*$"#
    private static let postAlonePattern = Pattern("(?i)" + postAlone)
    private static let deputy = Pattern(#"(?i)\bDeputy\b|adjoint|Adjunt|заместител|副秘书长|نائب"#)

    /// A post one person holds at a time, named in the headline, with the date known: its holder then.
    private func soleHolder(_ s: Statement) -> SpeakerCandidate? {
        // The headline, or a heading line near it ("The SG's Remarks at …" under a headline in Russian).
        let headings =
            [s.title?.value].compactMap { $0 } + headLines.prefix(14).map(\.trimmed).filter { $0.count <= 200 }
        guard let date = s.date?.value,
            let title = headings.first(where: {
                Self.secretaryGeneral.firstMatch(in: $0) != nil && Self.deputy.firstMatch(in: $0) == nil
            }),
            let m = Self.secretaryGeneral.firstMatch(in: title)
        else { return nil }
        let holders = envoys.envoys.filter {
            $0.post == "Secretary-General of the United Nations" && $0.covers(date, currentYear: currentYear)
        }
        guard holders.count == 1,
            let line = filled.first(where: {
                $0.trimmed == title || line(line: $0, holds: s.title) && title == s.title?.value
            })
        else { return nil }
        let at = (line.text as NSString).range(of: m.value)
        return SpeakerCandidate(
            name: holders[0].name,
            range: doc.range(at.location == NSNotFound ? NSRange(location: 0, length: 0) : at, inLine: line),
            rule: "speaker.post-holder", score: Self.postAlonePattern.firstMatch(in: title) == nil ? 0.7 : 0.5,
            reason: "the headline names the Secretary-General, and \(holders[0].name) held that post on \(date.iso)")
    }
}
