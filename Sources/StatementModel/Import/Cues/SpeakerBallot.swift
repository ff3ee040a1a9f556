import Foundation

/// One reading of who speaks: the name, where it was found, by which rule, and how much the rule alone
/// is worth before the rest of the text is heard.
struct SpeakerCandidate {
    var name: String
    /// Where the name stands in the whole text (UTF-16).
    var range: NSRange
    var rule: String
    var score: Double
    var reason: String
    /// The post the same block gives ("Acting Representative to ..."), with where it stands.
    var role: (text: String, range: NSRange)?
}

/// Weighs every candidate speaker against the rest of the text and keeps the best, so no single rule's
/// first hit decides. What counts, beyond each rule's own weight:
/// - two rules naming the same person (corroboration);
/// - the surname said again later (the text is about this person);
/// - a verb of speaking right after the name ("delivers a statement", "said");
/// - a tie to the page's own country, or to another one ("Tarek Albanai of Kuwait" on the Philippine
///   mission's page is a co-chair it thanks, not its speaker);
/// - for releases and records, which speak of many people, a name outside the headline counts less.
/// A winner whose runner-up is nearly as good is kept, but less sure, with the runner-up named.
struct SpeakerBallot {
    let doc: AnnotatedText
    /// The country whose mission or ministry publishes the page, when its masthead says.
    let pageCountry: String?
    /// The page opens with an institution's masthead (a mission, a ministry, an envoy's office): what it
    /// releases is about its own people, unlike a release covering a whole meeting.
    let ownMasthead: Bool
    let countryOf: (String) -> String?
    /// The countries (or "United Nations") whose posts the envoys table knows a person to have held.
    var knownCountries: (String) -> [String]? = { _ in nil }
    /// Releases and meeting records: lines of the headline, where their speaker would be named.
    let headlineRange: NSRange?
    let institutional: Bool
    /// The UN's coverage of a meeting (a release symbol, SC/9460): everyone in it speaks.
    var meetingCoverage = false

    static let threshold = 0.45
    static let closeMargin = 0.08

    func choose(_ candidates: [SpeakerCandidate]) -> (winner: SpeakerCandidate, confidence: Double)? {
        var byName: [String: SpeakerCandidate] = [:]
        var order: [String] = []
        for var c in candidates {
            c.name = Self.withoutHonorifics(c.name)
            // A name has two parts at least ("В.Путин", initial and surname, counts), except in scripts
            // that do not space their names.
            guard
                c.name.split(whereSeparator: { $0 == " " || $0 == "." }).count >= 2
                    || c.name.unicodeScalars.first!.value >= 0x0600
            else {
                continue
            }
            c.score = weighed(c)
            let key = EnvoyTable.fold(c.name)
            if var seen = byName[key] {
                // The same person by a second rule: corroboration, and the earlier mention keeps its place.
                // A rule too weak to name anyone alone confirms nothing; nor does a leader's name being known
                // (heads of state are named on every page about their country, speaking or not).
                let best = max(seen.score, c.score)
                let confirms =
                    min(seen.score, c.score) >= Self.threshold - 0.05
                    && !c.rule.contains("known-leader") && !seen.rule.contains("known-leader")
                if c.score > seen.score {
                    c.range = seen.range.location < c.range.location ? seen.range : c.range
                    seen = c
                }
                seen.score = confirms ? min(0.9, best + 0.05) : best
                byName[key] = seen
            } else {
                byName[key] = c
                order.append(key)
            }
        }
        let ranked = order.compactMap { byName[$0] }.enumerated().sorted {
            $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset
        }.map(\.element)
        guard var winner = ranked.first, winner.score >= Self.threshold else { return nil }
        var confidence = min(0.85, winner.score)
        if ranked.count > 1, ranked[1].score >= Self.threshold, winner.score - ranked[1].score < Self.closeMargin {
            confidence = min(confidence, 0.5)
            winner.reason += "; nearly as likely: \(ranked[1].name) (\(ranked[1].reason))"
        }
        return (winner, confidence)
    }

    /// Titles of address that some pages write into the name itself ("Shri Arindam Bagchi").
    private static let honorificWords: Set<String> = [
        "shri", "smt", "smt.", "sri", "shrimati", "hon", "hon.", "honourable", "honorable", "senator", "sheikh",
        "h.e.", "s.e.", "dr", "dr.", "prof", "prof.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "sr.", "sra.",
        "don", "doña", "dom", "dona",
    ]

    static func withoutHonorifics(_ name: String) -> String {
        let words = name.split(separator: " ")
        let kept = words.drop { honorificWords.contains($0.lowercased()) || $0.lowercased() == "the" }
        return kept.count >= 2 ? kept.joined(separator: " ") : name
    }

    private func weighed(_ c: SpeakerCandidate) -> Double {
        var score = c.score
        let speaks = speaksHere(c)
        let again = recurs(c)
        // One the release has speak ("…, Luca Beccari, ha preso la parola") and names again is its subject, not
        // a name in its account of a meeting.
        if institutional, let h = headlineRange, NSIntersectionRange(h, c.range).length == 0 {
            score *= pageCountry != nil || ownMasthead || speaks && again && !meetingCoverage ? 0.8 : 0.3
        }
        if again { score += 0.08 }
        if speaks { score += 0.1 }
        if isAddressed(c) { score -= 0.4 }
        if isRepresented(c) { score -= 0.35 }
        if let page = pageCountry {
            if let tie = tiedCountry(c) {
                score += tie == page ? 0.1 : -0.3
            } else if let held = knownCountries(c.name), !held.isEmpty, !held.contains(page) {
                // Known to the envoys table for another state's posts or the UN's: on a mission's or a
                // ministry's page, more likely someone it reports on than its own speaker.
                score -= 0.15
            }
        }
        return score
    }

    /// The surname is said again elsewhere in the text.
    private func recurs(_ c: SpeakerCandidate) -> Bool {
        // A name in Han script is written without spaces: the whole name is looked for ("李明").
        guard let surname = c.name.split(separator: " ").last.map(String.init),
            surname.count > 2 || surname.count == 2 && surname.unicodeScalars.allSatisfy({ $0.value >= 0x3000 })
        else { return false }
        var from = 0
        while let r = doc.range(of: surname, after: from) {
            if NSIntersectionRange(r, c.range).length == 0 { return true }
            from = r.upperBound
        }
        return false
    }

    private static let speakingVerb = Pattern(
        #"^[\s,]*(?:\([^)]{0,40}\)\s*)?(?:,[^,]{0,80},\s*)?(?:delivers|delivered|said|says|stated|told|addressed|"#
            + #"spoke|"#
            + #"stressed|underlined|noted|briefed|declared|a déclaré|a dit|a souligné|dijo|declaró|afirmó|"#
            + #"заявил|"#
            + #"сказал|ha dichiarato|ha detto|ha affermato|ha sottolineato|ha preso la parola|afirmou|declarou|"#
            + #"disse|"#
            + #"sagte|erklärte|betonte)\b"#
            + #"|^[^。，]{0,12}?(?:表示|说|說|指出|强调|強調)"#
    )

    private func speaksHere(_ c: SpeakerCandidate) -> Bool {
        let after = doc.ns.substring(
            with: NSRange(
                location: c.range.upperBound, length: min(120, doc.ns.length - c.range.upperBound)))
        if Self.speakingVerb.firstMatch(in: after) != nil { return true }
        // Arabic puts the verb first: "قال مندوب ليبيا الدائم لدى الأمم المتحدة
        // السفير طاهر السني إن ...".
        let start = max(0, c.range.location - 100)
        let before = doc.ns.substring(with: NSRange(location: start, length: c.range.location - start))
        return Self.arabicVerbBefore.firstMatch(in: before) != nil
            || Self.invertedVerbBefore.firstMatch(in: before) != nil
    }

    /// A verb of speaking before the name, as stories invert it ("Lo ha ammesso Angelino Alfano", "a déclaré le
    /// ministre X", "said Ambassador X"): a post of a few words may stand between.
    private static let invertedVerbBefore = Pattern(
        #"(?i)\b(?:said|says|told|added|ha (?:detto|dichiarato|ammesso|affermato|sottolineato|spiegato)|"#
            + #"a (?:déclaré|dit|affirmé|souligné|expliqué)|dijo|declaró|afirmó|señaló|disse|declarou|"#
            + #"afirmou|"#
            + #"заявил|заявила|сказал|сказала)\s+(?:(?:the|il|lo|la|le|l'|el|o|"#
            + #"a)\s+)?(?:[\p{L}'’.\-]+\s+){0,4}$"#)

    /// "Paul Biya se fait représenter … par le ministre …": the one represented does not speak.
    private static let representedAfter = Pattern(
        #"^[\s,]*(?i:se fait représenter|se fera représenter|s'est fait représenter|was represented by|"#
            + #"is represented by|will be represented by|se hizo representar|será representad[oa] por|"#
            + #"se fez representar)"#)

    private func isRepresented(_ c: SpeakerCandidate) -> Bool {
        let after = doc.ns.substring(
            with: NSRange(location: c.range.upperBound, length: min(60, doc.ns.length - c.range.upperBound)))
        return Self.representedAfter.firstMatch(in: after) != nil
    }

    private static let arabicVerbBefore = Pattern(
        #"(?:^|\s)(?:و?قال|و?قالت|أكد|أكدت|أوضح|أوضحت|شدد|شددت|دعا|دعت|"#
            + #"أعلن|أعلنت|صرح|صرحت|و?ألقى|و?ألقت)\s[^.!؟\n]*$"#)

    private static let addressedBefore = Pattern(
        #"(?i:your excellenc(?:y|ies)|dear|thanks?(?: go(?:es)?)?(?: also| as well)? to|thank you,?|grateful to|"#
            + #"addressed to|"#
            + #"adressée à|dirigida a|уважаем\w+)[,:]?\s*(?:H\.\s?E\.\s*)?(?i:Mr\.?|Ms\.?|Mrs\.?|Madam|"#
            + #"Ambassador|"#
            + #"Sr\.|Sra\.)?\s*$"#
            // "Let me thank Under-Secretary-General ...", "told UN Secretary-General ...": the titles between
            // the verb and the name are skipped.
            + #"|(?i:\b(?:thank|thanks|thanked|welcome|welcomed|congratulate|congratulated|wish|told|urged|asked|"#
            + #"called on|met|with|"#
            + #"(?:glad|pleased|happy|delighted) to (?:see|welcome|greet)(?: among us| here| with us)?|"#
            // The person a spokesperson speaks for is not the one speaking.
            + #"spokes\w+ for|porte-parole d[eu]|portavoz de|официальный представитель|"#
            + #"on behalf of|"#
            + #"remercie|agradece|agradezco))\s+(?:(?:the\s+)?(?:[\p{Lu}][\p{L}.\-]*|of|for|the)\s+){0,4}$"#
            // Arabic thanks and greetings, a few words before the name ("أتوجه بالشكر ... إلى
            // سلفكم الدكتور").
            + #"|(?:أشكر|نشكر|بالشكر|أهنئ|نهنئ|بالتهنئة|أرحب|نرحب|شكرا|"#
            + #"شكراً)(?:\s+\S+){0,6}\s*$"#)

    /// The name is spoken to, not by: "Your Excellency Hanna Tetteh, ...", "Dear Mr. ...", "thank ... to".
    private func isAddressed(_ c: SpeakerCandidate) -> Bool {
        // A short line ending in a comma is a salutation ("- Ms. Bintou Keita, Assistant Secretary-General,").
        // The name opens the line, after a dash or a title at most (not "... HIGHLIGHTS BY NAME,").
        let lineRange = doc.ns.lineRange(for: NSRange(location: c.range.location, length: 0))
        let line = doc.ns.substring(with: lineRange).trimmed
        let lead = doc.ns.substring(
            with: NSRange(location: lineRange.location, length: c.range.location - lineRange.location))
        let leadWords = lead.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) }
        if line.count <= 160, let last = line.last, ",;".contains(last), leadWords.count <= 3,
            !leadWords.contains(where: { ["by", "par", "por"].contains($0.lowercased()) }),
            !continuesByline(before: lineRange.location), !standsOverItsPost(after: lineRange)
        {
            return true
        }
        // Only the name's own line: a heading above that ends "... with Regional Organisations" greets no one.
        let start = max(lineRange.location, c.range.location - 60)
        let before = doc.ns.substring(with: NSRange(location: start, length: c.range.location - start))
        return Self.addressedBefore.firstMatch(in: before) != nil
    }

    /// Whether the line before ends a heading's "Statement by" (the name, on a line of its own, follows).
    private static let postOpening = Pattern(
        #"(?i)^(?:the\s+)?(?:permanent|deputy|ambassador|minister|secretary|special|chargé|représentant|"#
            + #"representante|embajador|ambassadeur|постоянн|заместител|министр|посол)"#)

    /// "H.E. Ambassador Riyad Mansour," over "Permanent Observer of the State of Palestine": a byline whose
    /// name line ends in a comma, its post on the next line closing it (a greeting's list goes on instead).
    private func standsOverItsPost(after line: NSRange) -> Bool {
        var start = line.upperBound
        while start < doc.ns.length {
            let next = doc.ns.lineRange(for: NSRange(location: start, length: 0))
            let text = doc.ns.substring(with: next).trimmed
            if !text.isEmpty {
                guard let last = text.last else { return false }
                return text.count <= 160 && !",;".contains(last) && Self.postOpening.firstMatch(in: text) != nil
            }
            start = next.upperBound
        }
        return false
    }

    private func continuesByline(before location: Int) -> Bool {
        var end = location
        // The nearest line above with words (a PDF's heading may stand a blank line apart).
        while end > 0 {
            let previous = doc.ns.lineRange(for: NSRange(location: end - 1, length: 0))
            let text = doc.ns.substring(with: previous).trimmed
            if !text.isEmpty {
                let last = text.lowercased().split(separator: " ").last.map(String.init) ?? ""
                return ["by", "par", "por", "de", "del", "of"].contains(last)
            }
            end = previous.location
        }
        return false
    }

    private static let tie = Pattern(
        #"^\s*(?:,\s*)?(?:of|from|de|du|de la)\s+(?:the\s+|la\s+|"#
            + #"l['’])?([\p{Lu}][\p{L}\-]+(?:\s+[\p{Lu}][\p{L}\-]+){0,3})|^\s*\(([^)]{3,40})\)"#
    )

    /// The country written right after the name: "Tarek Albanai of Kuwait", "Zhang Jun (China)".
    private func tiedCountry(_ c: SpeakerCandidate) -> String? {
        let after = doc.ns.substring(
            with: NSRange(
                location: c.range.upperBound, length: min(60, doc.ns.length - c.range.upperBound)))
        if let m = Self.tie.firstMatch(in: after), let words = m.group(1) ?? m.group(2) {
            // The longest run of the words that names a country (the lookup tries shorter ones itself).
            if let country = countryOf(words) { return country }
        }
        return appositiveCountry(after: c.range)
    }

    private static let appositive = Pattern(#"^\s*,\s*([^,;.]{5,90})"#)
    private static let ofPlace = Pattern(
        #"\b(?:of|for|de|du|des|del)\s+(?:the\s+|la\s+|l['’])?([\p{Lu}][\p{L}\-]+(?:\s+[\p{Lu}][\p{L}\-]+){0,3})"#)

    /// The country the post after the name names: "Zahir Tanin, Permanent Representative of Afghanistan to
    /// the United Nations, ...".
    private func appositiveCountry(after range: NSRange) -> String? {
        let after = doc.ns.substring(
            with: NSRange(location: range.upperBound, length: min(100, doc.ns.length - range.upperBound)))
        guard let post = Self.appositive.firstMatch(in: after)?.group(1) else { return nil }
        for m in Self.ofPlace.matches(in: post) {
            if let words = m.group(1), let country = countryOf(words) { return country }
        }
        return nil
    }
}
