import Foundation

/// A byline or headline that names a post and not its holder ("OIC Secretary General - 2013-10-28",
/// "Statement by the Director-General of the World Health Organization"): the envoys table's one holder of
/// that organisation's post on the text's date. The organisation is known by its name, the initials of
/// its name ("OIC") or the gazetteer's aliases of it ("WHO").
extension SpeakerReview {
    private static let heads = [
        "secretary-general", "secretary general", "director-general", "director general", "executive director",
        "high commissioner", "commissioner-general", "administrator", "chairperson", "high representative",
    ]
    /// The same posts as French, Spanish and Russian headlines write them, to the English head of the
    /// envoys table's posts ("Allocution du Directeur général de l'OMS").
    private static let otherHeads: [(String, String)] = [
        ("directeur general", "director-general"), ("directrice generale", "director-general"),
        ("secretaire general", "secretary-general"), ("secretaria general", "secretary-general"),
        ("secretario general", "secretary-general"), ("генеральныи секретарь", "secretary-general"),
        ("генеральныи директор", "director-general"), ("directeur executif", "executive director"),
        ("directrice executive", "executive director"), ("director ejecutivo", "executive director"),
        ("directora ejecutiva", "executive director"), ("commissaire general", "commissioner-general"),
        ("comisionado general", "commissioner-general"), ("haut-commissaire", "high commissioner"),
        ("alto comisionado", "high commissioner"), ("administrateur", "administrator"),
        ("administrador", "administrator"),
    ]

    func postHolders(in lines: [TextLine], date: StatementDate?) -> [SpeakerCandidate] {
        guard let date else { return [] }
        for line in lines where line.trimmed.count <= 200 {
            let folded = EnvoyTable.fold(line.text).replacingOccurrences(of: "-", with: " ")
            let english = Self.heads.first {
                Self.standsAsWord($0.replacingOccurrences(of: "-", with: " "), in: folded)
            }
            let translated = Self.otherHeads.first {
                Self.standsAsWord($0.0.replacingOccurrences(of: "-", with: " "), in: folded)
            }?.1
            guard let head = english ?? translated else { continue }
            let holders = envoys.envoys.filter { envoy in
                guard
                    envoy.country != "United Nations"
                        || !envoy.post.hasPrefix("Secretary-General of the United Nations"),
                    envoy.covers(date, currentYear: currentYear),
                    let org = Self.organisation(ofPost: envoy.post, head: head)
                else { return false }
                return organisationNames(org).contains { Self.names($0, in: line.text) }
            }
            let names = Set(holders.map(\.name))
            guard names.count == 1, let name = names.first else { continue }
            return [
                SpeakerCandidate(
                    name: name, range: line.range, rule: "speaker.post-holder", score: 0.62,
                    reason: "the line names the post (“\(line.trimmed.prefix(60))”), "
                        + "which \(name) held on \(date.iso)")
            ]
        }
        return []
    }

    /// "Secretary-General of the Organisation of Islamic Cooperation" → "Organisation of Islamic Cooperation".
    private static func organisation(ofPost post: String, head: String) -> String? {
        let p = post.hasPrefix("Acting ") ? String(post.dropFirst(7)) : post
        guard
            EnvoyTable.fold(p).replacingOccurrences(of: "-", with: " ")
                .hasPrefix(head.replacingOccurrences(of: "-", with: " ")),
            let of = p.range(of: " of ")
        else { return nil }
        var org = String(p[of.upperBound...])
        if org.hasPrefix("the ") { org = String(org.dropFirst(4)) }
        return org
    }

    /// An organisation's name, its initials ("OIC") and what the gazetteer knows it as.
    private func organisationNames(_ org: String) -> [String] {
        let small: Set<String> = ["of", "the", "and", "for", "on", "in"]
        let initials = String(
            org.split(whereSeparator: { $0 == " " || $0 == "-" }).filter { !small.contains(String($0)) }
                .compactMap(\.first))
        let known = gazetteer.places.first { $0.name == org }?.aliases ?? []
        return [org] + (initials.count >= 3 ? [initials] : []) + known
    }

    /// Whether `name` stands in `text` as a whole word (initials as written, a name ignoring case).
    private static func names(_ name: String, in text: String) -> Bool {
        // Chinese does not space its words: a name stands in the text where it is found.
        if name.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
            return HanScript.simplified(text).contains(name)
        }
        let upper = name == name.uppercased()
        let hay = upper ? text : EnvoyTable.fold(text)
        return standsAsWord(upper ? name : EnvoyTable.fold(name), in: hay)
    }

    private static func standsAsWord(_ phrase: String, in text: String) -> Bool {
        var from = text.startIndex
        while let r = text.range(of: phrase, range: from..<text.endIndex) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false), before != "-" { return true }
            from = r.upperBound
        }
        return false
    }
}
