import Foundation

/// Organs texts name by their bare title on pages that name their organisation elsewhere ("the Executive
/// Board" on WFP's page, "la Asamblea General" under the OAS's masthead), from `Resources/forum-organs.tsv`.
public struct ForumOrgans: Sendable {
    struct Organ: Sendable {
        var phrase: String
        var organisations: [String]
        var forum: String
    }
    let organs: [Organ]

    public init(rows: [(phrase: String, organisations: [String], forum: String)] = []) {
        organs = rows.map { Organ(phrase: $0.phrase, organisations: $0.organisations, forum: $0.forum) }
    }

    public static func parse(_ text: String) -> ForumOrgans {
        var rows: [(String, [String], String)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            guard f.count >= 3, !f[0].isEmpty, !f[2].isEmpty else { continue }
            rows.append((f[0], f[1].split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }, f[2]))
        }
        return ForumOrgans(rows: rows)
    }

    /// The organ a line names, when its organisation is named in that line or in `context` (the headline and
    /// the page's opening lines), with where the organ's title stands in the line.
    func organ(in line: String, context: String) -> (forum: String, range: NSRange)? {
        let ns = line as NSString
        for organ in organs {
            let r = ns.range(of: organ.phrase, options: [.caseInsensitive, .diacriticInsensitive])
            guard r.location != NSNotFound,
                organ.organisations.contains(where: { Self.names($0, in: line) || Self.names($0, in: context) })
            else { continue }
            return (organ.forum, r)
        }
        return nil
    }

    /// Whether a text names an organisation: an abbreviation in capitals as a word, a name in any case.
    private static func names(_ organisation: String, in text: String) -> Bool {
        let capitals = organisation == organisation.uppercased() && organisation.count <= 6
        let options: String.CompareOptions = capitals ? [] : [.caseInsensitive, .diacriticInsensitive]
        var from = text.startIndex
        while let r = text.range(of: organisation, options: options, range: from..<text.endIndex) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
            from = r.upperBound
        }
        return false
    }
}
