import Foundation

/// The country a speaker speaks for, when nothing else gave it: the post or the mission named in the
/// headline or the site's own name ("Permanent Representative of Ukraine", "Mission permanente de la
/// France", "Misión Permanente de Cuba"). Inferred, with the words as evidence; not read on news sites,
/// whose furniture names other countries.
struct CountryReview {
    let doc: AnnotatedText
    let reference: ReferenceData

    private static let postOf = Pattern(
        #"\b(?:Permanent Mission|Permanent Representative|Deputy Permanent Representative|Representative|Ambassador|"#
            + #"Embassy|Ministry of Foreign Affairs|Ministry of External Affairs|Mission|Delegation|Government|"#
            + #"Minister of Foreign Affairs|Foreign Minister|Prime Minister|President|(?<!delivered )on behalf|"#
            + #"Permanent Observer Mission|Permanent Observer|Permanent Representation)\s+of\s+(?:the\s+)?"#
            + #"([\p{Lu}][\p{L}'’\-]*(?:\s+(?:(?:and|of|the)\s+){0,2}[\p{Lu}][\p{L}'’\-]*){0,4})"#)
    /// A heading in capitals: "PERMANENT REPRESENTATIVE OF MONGOLIA TO THE UNITED NATIONS".
    private static let postOfCapitals = Pattern(
        #"\b(?:PERMANENT MISSION|PERMANENT REPRESENTATIVE|AMBASSADOR|PERMANENT OBSERVER|MINISTER OF FOREIGN AFFAIRS|"#
            + #"FOREIGN MINISTER|PRIME MINISTER|PRESIDENT)\s+OF\s+(?:THE\s+)?"#
            + #"([\p{Lu}][\p{Lu}'’\-]*(?:\s+[\p{Lu}][\p{Lu}'’\-]*){0,4})"#
    )
    private static let postDe = Pattern(
        #"(?i:\b(?:Mission permanente|Misión Permanente|représentant permanent|représentante permanente|"#
            + #"representante permanente|Ministère des affaires étrangères|Ministerio de Relaciones Exteriores|"#
            + #"Embajada|Ambassade|Gobierno|Gouvernement)\s+(?:de\s+(?:la\s+|l['’]\s*|los\s+|las\s+)?|del\s+|du\s+|"#
            + #"des\s+|d['’]))"#
            + #"([\p{Lu}][\p{L}'’\-]*(?:\s+(?:y\s+|et\s+|de\s+)?[\p{Lu}][\p{L}'’\-]*){0,3})"#)

    func review(_ s: inout Statement) {
        // Any text, news included: the words beside the speaker's name ("Turkish President ...").
        if s.country == nil, let speaker = s.speaker, let evidence = speaker.provenance.evidence,
            let range = doc.range(of: evidence), let (country, at) = countryAround(range),
            !reference.envoys.terms(of: speaker.value).contains(where: { $0.country != country })
        {
            s.country = Attributed(
                country,
                doc.provenance(
                    .inferred, rule: "country.beside-speaker", confidence: min(0.7, speaker.provenance.confidence),
                    range: at, reason: "the words beside the speaker's name give \(country)"))
        }
        guard s.country == nil, s.kind?.value != "news report" else { return }
        let filled = doc.lines.filter { !$0.isBlank && $0.trimmed.count <= 400 }
        for line in filled.prefix(16) + filled.suffix(4) {
            let capitals = line.trimmed == line.trimmed.uppercased()
            for pattern in capitals ? [Self.postOfCapitals] : [Self.postOf, Self.postDe] {
                for m in pattern.matches(in: line.text) {
                    guard let r = m.groupRange(1),
                        let (country, length) = country(in: (line.text as NSString).substring(with: r))
                    else { continue }
                    let range = doc.range(NSRange(location: r.location, length: length), inLine: line)
                    s.country = Attributed(
                        country,
                        doc.provenance(
                            .inferred, rule: "country.post-or-mission", confidence: 0.65, range: range,
                            reason: "the page names “\(m.value.trimmed)”"))
                    return
                }
            }
        }
        // A mission's own page speaks for its country, unless the speaker is known to hold another's post.
        if let country = Self.mastheadCountry(in: doc, publisher: s.source.publisher?.value, reference: reference) {
            let known = s.speaker.map { reference.envoys.terms(of: $0.value).map(\.country) } ?? []
            guard known.isEmpty || known.contains(country) else { return }
            s.country = Attributed(
                country,
                doc.provenance(
                    .inferred, rule: "country.masthead", confidence: 0.6, range: nil,
                    reason: "the page is published by \(country)'s mission, embassy or ministry"))
        }
    }

    /// A mission's or ministry's masthead in the page's first lines: "Permanent Mission of the Philippines
    /// to the United Nations", "UK Mission to the UN Geneva", "Embassy of ... Ethiopia".
    private static let masthead = Pattern(
        // A place may come first ("New York - Représentation permanente du Luxembourg"); a letterhead may
        // mix its capitals ("peRmanent mIssIon of ItalY").
        #"^\s*(?:[\p{L} ]{2,20}\s[-–]\s)?(?i:(?:Permanent\s+)?(?:Observer\s+)?(?:Mission|Representation)|Embassy|"#
            + #"Ministry of Foreign Affairs|Delegation)\s+(?i:of)\s+(?:the\s+)?"#
            + #"([\p{Lu}][\p{L}'’\-]*(?:\s+(?:(?:and|of|the)\s+){0,2}[\p{Lu}][\p{L}'’\-]*){0,5})"#
            + #"|^\s*(?:the\s+)?([\p{Lu}][\p{L}'’\-]*(?:\s+[\p{Lu}][\p{L}'’\-]*){0,3})\s+"#
            + #"(?:(?:Permanent\s+)?Mission\s+to\b|"#
            // "New Zealand Foreign Affairs & Trade", "Norway Ministry of Foreign Affairs".
            + #"(?:Ministry\s+(?:of|for)\s+)?Foreign\s+(?:Affairs|Ministry|Office)\b)"#
            + #"|^\s*(?:[\p{L} ]{2,20}\s[-–]\s)?"#
            + #"(?i:Mission permanente|Misión Permanente|Représentation permanente|"#
            + #"Ambassade|Embajada)\s+"#
            + #"(?:de\s+(?:la\s+|l['’]\s*)?|del\s+|du\s+|des\s+|d['’])"#
            + #"([\p{Lu}][\p{L}'’\-]*(?:\s+(?:y\s+|et\s+|de\s+)?[\p{Lu}][\p{L}'’\-]*){0,3})"#
            // "البعثة الدائمة لدولة الكويت لدى الأمم المتحدة",
            // "الوفد الدائم لدولة قطر".
            + #"|^\s*(?:البعثة|الوفد|الممثلية)\s+(?:الدائمة|الدائم)\s+"#
            + #"(?:لدولة|للمملكة|لجمهورية|للجمهورية)\s+"#
            + #"([\p{Arabic}]+(?:\s+[\p{Arabic}]+){0,3}?)\s+(?:لدى|في|-)"#
            // "Министерство иностранных дел Туркменистана",
            // "Посольство Туркменистана в Украине".
            + #"|^\s*(?:Министерство иностранных дел|МИД|Посольство|"#
            + #"Постоянное представительство)\s+"#
            + #"(?:(?:Республики|Королевства|Государства|Султаната)\s+)?"#
            + #"([\p{Lu}][\p{L}\-]+(?:\s+[\p{Lu}][\p{L}\-]+){0,2})"#
            // "سلطنة عُمان - وزارة الخارجية", "Gobierno de Guatemala", "Government of Fiji".
            + #"|^\s*([\p{Arabic}\p{Mn}]+(?:\s+[\p{Arabic}\p{Mn}]+){0,2})\s*[-–|]\s*وزارة الخارجية"#
            // "وزارة الخارجية المصرية": the state by its adjective.
            + #"|^\s*وزارة (?:الخارجية|"#
            + #"الشؤون الخارجية)(?:\s+و\p{Arabic}+)?\s+"#
            + #"(ال\p{Arabic}+ية)(?!\p{Arabic})"#
            + #"|^\s*(?:Gobierno de(?:\s+la)?|Gouvernement d[eu']\s*|Government of(?:\s+the)?)\s+"#
            + #"([\p{Lu}][\p{L}\-]+(?:\s+[\p{Lu}][\p{L}\-]+){0,2})\s*$"#
            // A bilingual letterhead run into one line puts the English name second ("Rappresentanza permanente
            // d'Italia … Permanent Mission of Italy to the United Nations"): with "to the" it stands anywhere.
            + #"|(?i:Permanent\s+(?:Observer\s+)?(?:Mission|Representation))\s+(?i:of)\s+(?:(?i:the)\s+)?"#
            + #"([\p{Lu}][\p{L}'’\-]*(?:\s+(?:(?i:and|of|the)\s+)?[\p{Lu}][\p{L}'’\-]*){0,5}?)\s+(?i:to\s+the)\b"#)

    /// The country whose mission, embassy or ministry the page's masthead names (first eight lines with text).
    /// The site's name a saved page gives in its metadata (`og:site_name`) is read as one more masthead line.
    static func mastheadCountry(in doc: AnnotatedText, publisher: String? = nil, reference: ReferenceData)
        -> String?
    {
        let review = CountryReview(doc: doc, reference: reference)
        func named(in text: String) -> String? {
            guard let m = masthead.firstMatch(in: text), let words = (1...9).lazy.compactMap({ m.group($0) }).first
            else { return nil }
            return review.country(in: words)?.0 ?? arabicAdjective(words).lazy.compactMap(review.country).first?.0
        }
        // A PDF's letterhead may run into its heading on one long first line: its start is read as well.
        let opening = doc.lines.first { !$0.isBlank }.map { String($0.trimmed.prefix(160)) }
        if let country = publisher.flatMap(named) ?? opening.flatMap(named) { return country }
        let top = Array(doc.lines.lazy.filter({ !$0.isBlank && $0.trimmed.count <= 160 }).prefix(14))
        for (i, line) in top.enumerated() {
            // A page's title line ends with its site's name ("Press Release: … | Permanent Mission of
            // Afghanistan to the United Nations"): each part after a bar or a dash is read as a line of its own.
            let parts = [line.text] + line.text.components(separatedBy: " | ").dropFirst()
                + line.text.components(separatedBy: " – ").dropFirst()
            if let country = parts.lazy.compactMap(named).first { return country }
            // "Ministry of Foreign and Diaspora Affairs" over "Republic of Kenya": the state on the next line.
            if TitleReview.isMasthead(line.trimmed), i + 1 < top.count,
                let (country, length) = review.country(in: top[i + 1].trimmed),
                length == (top[i + 1].trimmed as NSString).length
            {
                return country
            }
        }
        return nil
    }

    /// The names an Arabic adjective of a state may come from: "المصرية" → "مصر",
    /// "الأردنية" → "الأردن", "السورية" → "سوريا".
    static func arabicAdjective(_ word: String) -> [String] {
        guard word.hasSuffix("ية"), word.count > 4 else { return [] }
        let stem = String(word.dropLast(2))
        let bare = stem.hasPrefix("ال") ? String(stem.dropFirst(2)) : stem
        return [stem, bare, bare + "يا"]
    }

    /// The longest run of the captured words that names a country, and its length in UTF-16 units.
    func country(in words: String) -> (String, Int)? {
        var parts = words.split(separator: " ").map(String.init)
        while !parts.isEmpty {
            let candidate = parts.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".,;:'’"))
            if reference.countries.code(forName: candidate) != nil {
                return (reference.countries.canonicalName(candidate), (candidate as NSString).length)
            }
            if let c = reference.gazetteer.country(for: candidate) {
                // The name Rostrum shows (countries.tsv), not the gazetteer's short one ("Palestine").
                let shown = reference.countries.code(forName: c) != nil ? reference.countries.canonicalName(c) : c
                return (shown, (candidate as NSString).length)
            }
            parts.removeLast()
        }
        return nil
    }
}
