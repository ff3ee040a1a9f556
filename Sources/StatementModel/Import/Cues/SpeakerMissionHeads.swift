import Foundation

/// A text that names a country's envoy to the UN by post and not by name ("the Permanent Representative of
/// Portugal to the United Nations", "el embajador de Uruguay ante la ONU",
/// "постпред России при ООН",
/// "مندوب ليبيا الدائم لدى الأمم المتحدة"): the envoys table's one Permanent
/// Representative of that country on the text's date, when there is exactly one.
extension SpeakerReview {
    private static let missionHead = Pattern(
        #"(?i)\b(?:permanent representative|ambassador|représentante? permanente?|ambassadeur|ambassadrice|"#
            + #"representante permanente|embajadora?|embaixadora?)\s+(?:of|for|de|du|d['’]|do|da)\s+(?:la\s+|"#
            + #"l['’]|"#
            + #"the\s+)?([\p{Lu}][\p{L}'’\-]*(?:\s+(?:and|the|of|et|y|e|de|del)?\s*[\p{Lu}][\p{L}'’\-]*){0,4})\s+"#
            + #"(?:to the (?:United Nations|UN)\b|at the (?:United Nations|UN)\b|auprès de l['’]ONU|"#
            + #"auprès des Nations [Uu]nies|à l['’]ONU|ante (?:la ONU|las Naciones Unidas)|en la ONU|"#
            + #"junto (?:d[ao]s? )?(?:Nações Unidas|ONU)|na ONU)"#
            + #"|(?:постоянный представитель|"#
            + #"постпред)\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+при ООН"#
            + #"|مندوب\s+(\S+(?:\s\S+)?)\s+(?:الدائم\s+)?لدى الأمم المتحدة"#)

    func missionHeads(in lines: [TextLine], date: StatementDate?) -> [SpeakerCandidate] {
        guard let date else { return [] }
        let countries = CountryReview(doc: doc, reference: reference)
        for line in lines where line.trimmed.count <= 2_000 {
            for m in Self.missionHead.matches(in: line.text) {
                guard let written = m.group(1) ?? m.group(2) ?? m.group(3),
                    let country = countries.country(in: written)?.0 ?? russianCountry(written)
                else { continue }
                let post = "Permanent Representative of \(country) to the United Nations"
                let holders = Set(
                    envoys.envoys.filter { $0.post == post && $0.covers(date, currentYear: currentYear) }.map(\.name))
                guard holders.count == 1, let name = holders.first else { continue }
                return [
                    SpeakerCandidate(
                        name: name, range: doc.range(m.range, inLine: line),
                        rule: "speaker.post-holder.permanent-representative", score: 0.56,
                        reason: "the text names \(country)'s envoy to the UN by post (“\(m.value.prefix(60))”), "
                            + "which \(name) held on \(date.iso) (envoys table)")
                ]
            }
        }
        return []
    }

    /// A country's name in the genitive, as Russian writes it after a post ("России", "Казахстана").
    private func russianCountry(_ written: String) -> String? {
        guard countryWord(written) else { return nil }
        let stems = [
            String(written.dropLast()), String(written.dropLast()) + "я", String(written.dropLast(2)) + "ия",
        ]
        let countries = CountryReview(doc: doc, reference: reference)
        return stems.lazy.compactMap { countries.country(in: $0)?.0 }.first
    }
}
