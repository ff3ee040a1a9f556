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
            + #"représentante?|ministre|ministro|посол|представитель)\s+(?:of|de|du|de la|del|"#
            + #"d['’])\s+(?:the\s+|la\s+|l['’])?"#
            + #"([\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}][\p{L}'’\-]+){0,2})[^.;:]{0,30}$"#,
        caseInsensitive: true)

    /// Posts in the six UN languages and a few more, as news writes them before a name.
    private static let anyPost = Pattern(
        #"(?i)\b(?:ambassador|envoy|representative|minister|president|embajador\w*|representante|canciller|"#
            + #"ministr[oa]|"#
            + #"president[ea]|ambassadeur|ambassadrice|représentant\w*|ministre|présidente?|embaixador\w*|"#
            + #"посол|постпред\w*|представител\w*|министр\w*|президент\w*|"#
            + #"глав\w+ МИД)\b"#
            + #"|مندوب|المندوب|سفير|السفير|وزير|ممثل|رئيس|代表|大使|部长|"#
            + #"外长|主席|总统"#)
    /// A word before a country that makes it a topic, not the speaker's: "on Ukraine", "sobre Haití".
    private static let topicBefore: Set<String> = [
        "on", "about", "sur", "sobre", "о", "об", "по", "حول", "بشأن", "عن", "in", "en", "в", "to", "à",
        "a",
    ]

    /// "مندوب ليبيا الدائم ... السفير طاهر السني", "президент
    /// Казахстана Нурсултан Назарбаев", "中国常驻联合国代表
    /// 陈旭": a country's name, in any of the six languages, in the name's sentence with a post there too.
    /// The name nearest the speaker's counts.
    private func countryNamedBeforePost(_ before: String, offset: Int) -> (country: String, range: NSRange)? {
        guard Self.anyPost.firstMatch(in: before) != nil else { return nil }
        let ns = before as NSString
        let words = Self.word.matches(in: before).map { (text: $0.value, range: $0.range) }
        for end in words.indices.reversed() {
            // Chinese runs its words together: the country's name is looked for inside the run ("中国常驻…").
            if words[end].text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
                if let found = hanCountry(in: words[end].text) {
                    let at = NSRange(location: words[end].range.location + found.1.location, length: found.1.length)
                    return (found.0, NSRange(location: offset + at.location, length: at.length))
                }
                continue
            }
            for length in (1...3).reversed() where end - length + 1 >= 0 {
                let first = end - length + 1
                let range = NSUnionRange(words[first].range, words[end].range)
                let text = ns.substring(with: range)
                guard let found = country(in: text), found.1 == range.length else { continue }
                if first > 0, Self.topicBefore.contains(words[first - 1].text.lowercased()) { continue }
                return (found.0, NSRange(location: offset + range.location, length: range.length))
            }
        }
        return nil
    }

    private static let word = Pattern(#"[\p{L}\p{M}][\p{L}\p{M}'’\-]*"#)

    /// The last country's name inside a run of Han characters, longest first.
    private func hanCountry(in run: String) -> (String, NSRange)? {
        let chars = Array(run)
        // "中国常驻联合国日内瓦办事处和瑞士其他国际组织代表": the country just before
        // "常驻" (resident) is the envoy's; one named after it is where the mission sits.
        if let resident = chars.firstIndex(where: { $0 == "常" }), resident + 1 < chars.count,
            chars[resident + 1] == "驻" || chars[resident + 1] == "駐"
        {
            for length in stride(from: min(8, resident), through: 2, by: -1) {
                let text = String(chars[(resident - length)..<resident])
                guard let found = country(in: text) ?? country(in: HanScript.simplified(text)) else { continue }
                let start = (String(chars[..<(resident - length)]) as NSString).length
                return (found.0, NSRange(location: start, length: (text as NSString).length))
            }
        }
        for end in stride(from: chars.count, to: 1, by: -1) {
            for length in stride(from: min(8, end), through: 2, by: -1) {
                let text = String(chars[(end - length)..<end])
                guard let found = country(in: text) else { continue }
                let start = (String(chars[..<(end - length)]) as NSString).length
                return (found.0, NSRange(location: start, length: (text as NSString).length))
            }
        }
        return nil
    }

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
        if let named = countryNamedBeforePost(before, offset: offset) { return named }
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
