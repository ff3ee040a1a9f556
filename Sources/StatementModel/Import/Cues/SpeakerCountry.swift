import Foundation

/// The country a speaker speaks for, read from the words right around the name the ballot chose: "Turkish
/// President Recep Tayyip Erdoğan", "Japan's Foreign Minister, Taro Kono", "el embajador de Uruguay, Elbio
/// Rosselli", "Zhang Jun (China)". Only within the name's sentence, and only with a post between the
/// country and the name, so "Ukraine" in "on Ukraine, Ambassador X said" does not count.
extension CountryReview {
    private static let sentenceEnd = Pattern(#"[.!?;:。！？]\s"#)
    /// A country word, a post and then the name: what precedes the name.
    private static let countryPostBefore = Pattern(
        #"([\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}][\p{L}'’\-]+){0,2})(?:['’]s)?\s+(?:[\p{L}\-]+\s+){0,3}?"#
            + #"(?:ambassador|envoy|representative|president|prime minister|minister|foreign minister|king|emir|"#
            + #"premier|chancellor|spokesperson|spokesman|delegate)\b[^.;:]{0,25}$"#,
        caseInsensitive: true)
    /// A post "of/de <country>" then the name: "el embajador de Uruguay, ", "the Permanent Representative of Kenya ".
    private static let postOfCountryBefore = Pattern(
        #"(?:ambassador|envoy|representative|minister|embajador[a]?|representante|ambassadeur|ambassadrice|"#
            + #"représentante?|ministre|ministro|посол|представитель)\s+(?:of|de|du|de la|del|d['’])\s+(?:the\s+|la\s+|l['’])?"#
            + #"([\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}][\p{L}'’\-]+){0,2})[^.;:]{0,30}$"#,
        caseInsensitive: true)

    /// The country the words just before or after the chosen name give, with where they are.
    func countryAround(_ range: NSRange) -> (country: String, range: NSRange)? {
        let ns = doc.ns
        let start = max(0, range.location - 90)
        var before = ns.substring(with: NSRange(location: start, length: range.location - start))
        var offset = start
        if let last = Self.sentenceEnd.matches(in: before).last {
            offset += last.range.upperBound
            before = (before as NSString).substring(from: last.range.upperBound)
        }
        for pattern in [Self.postOfCountryBefore, Self.countryPostBefore] {
            guard let m = pattern.firstMatch(in: before), let r = m.groupRange(1) else { continue }
            var words = (before as NSString).substring(with: r).split(separator: " ").map(String.init)
            while !words.isEmpty {
                let w = words.joined(separator: " ").replacingOccurrences(of: "’s", with: "")
                    .replacingOccurrences(of: "'s", with: "")
                if let c = country(in: w).map({ $0.0 }) ?? reference.gazetteer.country(for: w) {
                    return (c, NSRange(location: offset + r.location, length: r.length))
                }
                words.removeLast()
            }
        }
        // "Zhang Jun (China) said": the country in brackets right after the name.
        let after = ns.substring(
            with: NSRange(location: range.upperBound, length: min(40, ns.length - range.upperBound)))
        if let open = after.firstIndex(of: "("), after[..<open].trimmingCharacters(in: .whitespaces).isEmpty,
            let close = after.firstIndex(of: ")")
        {
            let inner = String(after[after.index(after: open)..<close])
            if let (c, _) = country(in: inner) {
                return (c, NSRange(location: range.upperBound, length: (String(after[...close]) as NSString).length))
            }
        }
        return nil
    }
}
