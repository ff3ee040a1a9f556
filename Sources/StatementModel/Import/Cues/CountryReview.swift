import Foundation

/// The country a speaker speaks for, when nothing else gave it: the post or the mission named in the
/// headline or the site's own name ("Permanent Representative of Ukraine", "Mission permanente de la
/// France", "Misión Permanente de Cuba"). Inferred, with the words as evidence; not read on news sites,
/// whose furniture names other countries.
struct CountryReview {
    let doc: AnnotatedText
    let reference: ReferenceData

    private static let postOf = Pattern(
        #"\b(?:Permanent Mission|Permanent Representative|Deputy Permanent Representative|Representative|Ambassador|Embassy|Ministry of Foreign Affairs|Ministry of External Affairs|Mission|Delegation|Government|Minister of Foreign Affairs|Foreign Minister|Prime Minister|President)\s+of\s+(?:the\s+)?"#
            + #"([\p{Lu}][\p{L}'’\-]*(?:\s+(?:and\s+|of\s+|the\s+)?[\p{Lu}][\p{L}'’\-]*){0,4})"#)
    private static let postDe = Pattern(
        #"(?i:\b(?:Mission permanente|Misión Permanente|représentant permanent|représentante permanente|representante permanente|Ministère des affaires étrangères|Ministerio de Relaciones Exteriores|Embajada|Ambassade|Gobierno|Gouvernement)\s+(?:de\s+(?:la\s+|l['’]\s*|los\s+|las\s+)?|du\s+|des\s+|d['’]))"#
            + #"([\p{Lu}][\p{L}'’\-]*(?:\s+(?:y\s+|et\s+|de\s+)?[\p{Lu}][\p{L}'’\-]*){0,3})"#)

    func review(_ s: inout Statement) {
        guard s.country == nil, s.kind?.value != "news report" else { return }
        let filled = doc.lines.filter { !$0.isBlank && $0.trimmed.count <= 400 }
        for line in filled.prefix(16) + filled.suffix(4) {
            for pattern in [Self.postOf, Self.postDe] {
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
    }

    /// The longest run of the captured words that names a country, and its length in UTF-16 units.
    private func country(in words: String) -> (String, Int)? {
        var parts = words.split(separator: " ").map(String.init)
        while !parts.isEmpty {
            let candidate = parts.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ".,;:'’"))
            if reference.countries.code(forName: candidate) != nil {
                return (reference.countries.canonicalName(candidate), (candidate as NSString).length)
            }
            if let c = reference.gazetteer.country(for: candidate) { return (c, (candidate as NSString).length) }
            parts.removeLast()
        }
        return nil
    }
}
