import Foundation

/// A news story's speaker is the person it quotes first: "…», a expliqué Florence Marchal, porte-parole
/// de …", "“…”, dijo Guterres", "“…,” the envoy said" (no name: nothing), "“…”, — заявил
/// Небензя". The name after a closing quote and a verb of saying is a candidate; a surname alone is the full
/// name the story gave earlier, or the one envoy of that surname in post on the story's date.
extension SpeakerReview {
    private static let verbs =
        #"(?:said|says|added|told|stressed|noted|explained|insisted|warned|declared|"#
        + #"(?:a |ont )?(?:expliqué|déclaré|dit|indiqué|souligné|ajouté|"#
        + #"affirmé|estimé|insisté|rappelé|martelé|"#
        + #"précisé|averti)|explique|déclare|souligne|estime|affirme|indique|ajoute|"#
        + #"dijo|afirmó|declaró|señaló|explicó|añadió|indicó|"#
        + #"aseguró|subrayó|expresó|agregó|sostuvo|manifestó|"#
        + #"advirtió|insistió|disse|afirmou|declarou|explicou|acrescentou|sublinhou|"#
        + #"заявил[аи]?|сказал[аи]?|отметил[аи]?|"#
        + #"подчеркнул[аи]?|добавил[аи]?|сообщил[аи]?|"#
        + #"sagte|erklärte|betonte|fügte)"#
    /// A closing quote, the verb, an optional title of address, then the name (up to four capitalised words).
    private static let quoteVerbName = Pattern(
        #"[”"»“]\s*[,.]?\s*[—–-]?\s*"# + verbs + #"\s+(?:(?:Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra)\.?\s+)?"#
            + #"((?:[\p{Lu}][\p{L}'’\-]+)"#
            + #"(?:\s+(?:(?:de|da|del|di|van|von|der|al|el|la|le|dos)\s+)?[\p{Lu}][\p{L}'’\-]+){0,3})"#
    )
    /// English puts the name first: "“…,” Nebenzia said", "“…,” Vassily Nebenzia told reporters".
    private static let quoteNameVerb = Pattern(
        #"[”"]\s*,?\s*((?:[\p{Lu}][\p{L}'’\-]+)(?:\s+[\p{Lu}][\p{L}'’\-]+){0,3})"#
            + #"\s+(?:said|says|added|told|stressed)\b"#
    )

    /// The first quote the story attributes to a named person.
    func quoteAttributions(date: StatementDate?) -> [SpeakerCandidate] {
        var best: (candidate: SpeakerCandidate, at: Int)?
        for pattern in [Self.quoteVerbName, Self.quoteNameVerb] {
            for line in filled.prefix(40) {
                guard let m = pattern.firstMatch(in: line.text), let r = m.groupRange(1),
                    let name = quotedName(m.group(1)!, date: date)
                else { continue }
                let range = doc.range(r, inLine: line)
                if best == nil || range.location < best!.at {
                    best = (
                        SpeakerCandidate(
                            name: name, range: range, rule: "speaker.quote-attribution", score: 0.76,
                            reason: "the first quote the story attributes (“\(m.value.prefix(60))”)"),
                        range.location
                    )
                }
                break
            }
        }
        return best.map { [$0.candidate] } ?? []
    }

    /// The person a run of capitalised words after a verb of saying names, when it names one.
    private func quotedName(_ run: String, date: StatementDate?) -> String? {
        let words = run.split(separator: " ").map(String.init)
        // A post or a body after the verb ("said Special Envoy …", "dijo el Consejo") is not a name.
        if words.count >= 2 { return bylineName(run) }
        guard let surname = words.first, surname.count > 2, Self.isName(surname),
            !Self.notNameWords.contains(surname.lowercased()), !countryWord(surname)
        else { return nil }
        return fullName(endingWith: surname) ?? envoyBySurname(surname, date: date)
    }

    /// The first full name in the text that ends with the surname ("António Guterres" for "Guterres").
    private func fullName(endingWith surname: String) -> String? {
        let escaped = NSRegularExpression.escapedPattern(for: surname)
        let p = Pattern(#"((?:[\p{Lu}][\p{L}'’\-]+\s+){1,3})"# + escaped + #"\b"#)
        for line in filled {
            for m in p.matches(in: line.text) {
                if let name = bylineName(m.value.trimmed) { return name }
            }
        }
        return nil
    }
}

/// Headlines and labelled fields that name the speaker in other shapes: "HON. ATTORNEY-GENERAL AIYAZ
/// SAYED-KHAIYUM'S NATIONAL STATEMENT AT …" (a possessive before the kind of text), and a page's "Speaker:"
/// field with the name on the next line ("Speaker:" / "Lazăr Comănescu, ministre des Affaires étrangères").
extension SpeakerReview {
    private static let possessiveKind = Pattern(
        #"((?:[\p{Lu}][\p{L}.\-]*\s+){1,5}[\p{Lu}][\p{L}\-]+)['’][sS]\s+(?:[\p{L}]+\s+){0,2}?"#
            + #"(?i:statement|remarks|address|speech|message|intervention|keynote)\b"#)
    private static let speakerLabel = Pattern(
        #"(?i)^\s*(?:speaker|speakers|orateur|oratrice|intervenant|intervenante|ponente|orador|oradora|"#
            + #"выступающий|спикер|المتحدث)\s*[:：]\s*$"#)

    func possessiveHeadlines(in lines: [TextLine]) -> [SpeakerCandidate] {
        for line in lines.prefix(12) where line.trimmed.count <= 300 {
            guard let m = Self.possessiveKind.firstMatch(in: line.text), let r = m.groupRange(1) else { continue }
            // The post before the name goes ("HON. ATTORNEY-GENERAL"): the name is the words after the last post word.
            let words = m.group(1)!.split(separator: " ").map(String.init)
            let lastPost = words.lastIndex {
                let w = $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,"))
                return Self.notNames.contains(w) || Self.notNameWords.contains(w)
                    || w.split(separator: "-").contains { Self.notNames.contains(String($0)) }
                    || ["hon", "attorney", "attorney-general", "h.e"].contains(w)
            }
            let kept = Array(words[(lastPost.map { $0 + 1 } ?? 0)...])
            guard kept.count >= 2, let name = bylineName(Self.titleCased(kept.joined(separator: " "))) else { continue }
            let keptText = kept.joined(separator: " ")
            let at = (line.text as NSString).range(of: keptText, options: [], range: r)
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(at.location == NSNotFound ? r : at, inLine: line),
                    rule: "speaker.possessive-headline", score: 0.74,
                    reason: "the headline is “\(m.value.prefix(60))”")
            ]
        }
        return []
    }

    func speakerFields() -> [SpeakerCandidate] {
        let lines = Array(filled.prefix(30))
        for (i, line) in lines.enumerated()
        where i + 1 < lines.count && Self.speakerLabel.firstMatch(in: line.text) != nil {
            let next = lines[i + 1]
            let written = next.trimmed.split(separator: ",", maxSplits: 1).first.map(String.init)?.trimmed ?? ""
            guard let name = bylineName(Self.titleCased(written)) else { continue }
            let at = (next.text as NSString).range(of: written)
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(at, inLine: next), rule: "speaker.labelled-field", score: 0.8,
                    reason: "the page's “\(line.trimmed)” field names “\(written)”")
            ]
        }
        return []
    }
}
