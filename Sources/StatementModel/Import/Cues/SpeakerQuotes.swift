import Foundation

/// A news story's speaker is the person it quotes first: "…», a expliqué Florence Marchal, porte-parole
/// de …", "“…”, dijo Guterres", "“…,” the envoy said" (no name: nothing), "“…”, — заявил Небензя". The name
/// after a closing quote and a verb of saying is a candidate; a surname alone is the full name the story
/// gave earlier, or the one envoy of that surname in post on the story's date.
extension SpeakerReview {
    private static let verbs =
        #"(?:said|says|added|told|stressed|noted|explained|insisted|warned|declared|"#
        + #"(?:a |ont )?(?:expliqué|déclaré|dit|indiqué|souligné|ajouté|affirmé|estimé|insisté|rappelé|martelé|"#
        + #"précisé|averti)|explique|déclare|souligne|estime|affirme|indique|ajoute|"#
        + #"dijo|afirmó|declaró|señaló|explicó|añadió|indicó|aseguró|subrayó|expresó|agregó|sostuvo|manifestó|"#
        + #"advirtió|insistió|disse|afirmou|declarou|explicou|acrescentou|sublinhou|"#
        + #"заявил[аи]?|сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|добавил[аи]?|сообщил[аи]?|"#
        + #"sagte|erklärte|betonte|fügte)"#
    /// A closing quote, the verb, an optional title of address, then the name (up to four capitalised words).
    private static let quoteVerbName = Pattern(
        #"[”"»“]\s*[,.]?\s*[—–-]?\s*"# + verbs + #"\s+(?:(?:Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra)\.?\s+)?"#
            + #"((?:[\p{Lu}][\p{L}'’\-]+)(?:\s+(?:(?:de|da|del|di|van|von|der|al|el|la|le|dos)\s+)?[\p{Lu}][\p{L}'’\-]+){0,3})"#)
    /// English puts the name first: "“…,” Nebenzia said", "“…,” Vassily Nebenzia told reporters".
    private static let quoteNameVerb = Pattern(
        #"[”"]\s*,?\s*((?:[\p{Lu}][\p{L}'’\-]+)(?:\s+[\p{Lu}][\p{L}'’\-]+){0,3})\s+(?:said|says|added|told|stressed)\b"#)

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
