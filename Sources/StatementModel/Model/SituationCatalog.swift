import Foundation

/// The situations and agenda items statements are filed under (`Resources/situations.tsv`): each with
/// the UN's agenda titles that belong to it, the names and words that mark it in six languages, and the
/// Security Council resolutions that concern it.
public struct SituationCatalog: Sendable {
    public struct Situation: Sendable {
        public var name: String
        /// `country` (a country or regional situation) or `thematic`.
        public var kind: String
        var agendaTitles: [String]
        var aliases: [String]
        var resolutions: [String]
    }

    public let situations: [Situation]

    public static func parse(_ text: String) -> SituationCatalog {
        var out: [Situation] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5, !f[0].isEmpty else { continue }
            func list(_ i: Int) -> [String] {
                f[i].split(separator: ";").map { KindLexicon.fold(String($0)).trimmed }.filter { $0.count >= 3 }
            }
            out.append(
                Situation(
                    name: f[0].trimmed, kind: f[1].trimmed, agendaTitles: list(2), aliases: list(3),
                    resolutions: f[4].split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }))
        }
        return SituationCatalog(situations: out)
    }
}

/// The one to three situations a statement is about, strongest evidence first: the agenda item its
/// source names, then its headline, then its text (names of places and parties, resolution numbers).
/// A country named once in passing does not make a statement about it. Every one is inferred.
public struct SituationFinder: Sendable {
    public struct Found: Sendable, Equatable {
        public var name: String
        public var score: Double
        public var evidence: String
    }

    let catalog: SituationCatalog

    public init(catalog: SituationCatalog) { self.catalog = catalog }

    public func situations(of s: Statement) -> [Found] {
        let agenda = KindLexicon.fold(s.agenda?.value ?? "")
        let title = KindLexicon.fold(s.title?.value ?? "")
        let body = KindLexicon.fold(String(s.body.prefix(20_000)))
        var found: [Found] = []
        for situation in catalog.situations {
            var score = 0.0
            var evidence = ""
            if !agenda.isEmpty,
                let t = situation.agendaTitles.first(where: {
                    agenda.contains($0) || $0.contains(agenda) && agenda.count > 12
                })
            {
                score += 6
                evidence = "the agenda item “\(t)”"
            }
            if let a = situation.aliases.first(where: { KindLexicon.contains(title, $0) }) {
                score += 3
                if evidence.isEmpty { evidence = "the headline names “\(a)”" }
            }
            let mentions = situation.aliases.reduce(0) { $0 + KindLexicon.occurrences(of: $1, in: body) }
            let resolutions = situation.resolutions.filter { Self.mentionsResolution($0, in: body) }
            score += min(Double(mentions), 8) * 1.0 + Double(resolutions.count) * 3
            if evidence.isEmpty, !resolutions.isEmpty { evidence = "resolution \(resolutions[0])" }
            if evidence.isEmpty, mentions > 0 { evidence = "\(mentions) mentions in the text" }
            // Thematic items are named in passing more often than countries: they need more.
            let needed = situation.kind == "thematic" ? 3.0 : 2.0
            if score >= needed { found.append(Found(name: situation.name, score: score, evidence: evidence)) }
        }
        guard let top = found.map(\.score).max() else { return [] }
        return Array(found.filter { $0.score >= top * 0.4 }.sorted { $0.score > $1.score }.prefix(3))
    }

    /// "resolution 2231", "2231 (2015)", "резолюции 2231", "القرار 2231", "第2231号决议".
    static func mentionsResolution(_ number: String, in folded: String) -> Bool {
        for form in [
            "resolution \(number)", "resolutions \(number)", "\(number) (", "резолюци", "القرار \(number)",
            "第\(number)号", "résolution \(number)", "resolución \(number)",
        ]
        where form != "резолюци" {
            if folded.contains(form) { return true }
        }
        return folded.range(of: "резолюци\\w* \(number)\\b", options: .regularExpression) != nil
    }
}
