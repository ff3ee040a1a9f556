import ArgumentParser
import Foundation
import StatementModel

/// `rostrum-cli echoes --country China`: passages that several statements repeat.
struct EchoesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "echoes",
        abstract: "Reused talking points: passages of about 20 words or more said again in other statements.",
        discussion: "A passage counts when another statement repeats it verbatim or nearly so (a few words changed, "
            + "inserted or dropped). Formulae that many delegations say on many days (\"I thank the President for "
            + "convening...\") are left out unless --formulae is given. With --of, the echoes of one statement.")
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "The echoes of this statement (an id or its first characters).") var of: String?
    @Option(name: .long, help: "Only passages held by at least this many statements.") var minStatements = 2
    @Option(name: .long, help: "At most this many clusters (0: all).") var limit = 50
    @Flag(name: .long, help: "Also list courtesy formulae.") var formulae = false
    @Flag(name: .long, help: "JSON Lines: one object per cluster.") var json = false

    func run() throws {
        guard minStatements >= 2 else { throw ValidationError("--min-statements: a passage echoes in 2 or more") }
        let library = try options.open()
        let store = library.store
        let filter = try filters.filter()
        let report = try reporting { () -> EchoFinder.Report in
            try store.catchUpEchoIndex(chunk: 20_000, isCancelled: { false })
            if let of {
                let id = try store.resolve(idPrefix: of)
                guard let found = try EchoFinder.echoes(of: id, in: store, includeFormulae: formulae) else {
                    throw RostrumError.notFound("no statement \(of)")
                }
                return found
            }
            return try EchoFinder.clusters(
                in: store, filter: filter, minStatements: minStatements, includeFormulae: formulae)
        }
        let shown = report.clusters.filter { $0.statements >= minStatements }.prefix(limit > 0 ? limit : .max)
        if json {
            print(
                try provenanceLine(
                    command: "echoes", query: of ?? "", filters: filters.summary, options: options, store: store,
                    extra: ["min_statements": minStatements, "formulae": formulae, "clusters": report.clusters.count]))
        }
        for cluster in shown { print(json ? Self.jsonLine(cluster) : Self.text(cluster)) }
        let left = report.formulae > 0 && !formulae ? "; \(report.formulae) formulae left out (--formulae)" : ""
        Terminal.err(
            "\(report.clusters.count) echoed \(report.clusters.count == 1 ? "passage" : "passages")"
                + " (\(report.pairsCompared) pairs of statements compared)\(left)")
    }

    static func who(_ s: StatementSummary) -> String {
        let name = StatementSummary.who(s.speaker, s.country)
        let when = s.date?.iso ?? "undated"
        return (name.isEmpty ? "unknown speaker" : name) + ", " + when + " [\(s.id.rawValue.prefix(8))]"
    }

    static func text(_ c: EchoFinder.Cluster) -> String {
        let passage = c.passage.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var lines = [
            "\(c.statements) statements, \(c.speakers) speakers, \(c.days) days\(c.isFormula ? " (formula)" : "")"
                + ": “\(Terminal.visible(String(passage.prefix(240))))\(passage.count > 240 ? "…" : "")”",
            "  first: " + Terminal.visible(who(c.first.statement)),
        ]
        // A statement that says the passage twice is one line, with how often.
        var seen: [StatementID: Int] = [:]
        for o in c.occurrences { seen[o.statement.id, default: 0] += 1 }
        var listed: Set<StatementID> = [c.first.statement.id]
        if seen[c.first.statement.id, default: 1] > 1 { lines[1] += " (\(seen[c.first.statement.id]!)×)" }
        for o in c.occurrences.dropFirst() where listed.insert(o.statement.id).inserted {
            let times = seen[o.statement.id, default: 1]
            lines.append("  again: " + Terminal.visible(who(o.statement)) + (times > 1 ? " (\(times)×)" : ""))
        }
        return lines.joined(separator: "\n")
    }

    static func jsonLine(_ c: EchoFinder.Cluster) -> String {
        jsonString([
            "passage": c.passage, "statements": c.statements, "speakers": c.speakers, "countries": c.countries,
            "days": c.days, "formula": c.isFormula,
            "occurrences": c.occurrences.map { o -> [String: Any] in
                [
                    "id": o.statement.id.rawValue, "date": o.statement.date?.iso ?? NSNull(),
                    "speaker": o.statement.speaker ?? NSNull(), "country": o.statement.country ?? NSNull(),
                    "offset": o.range.location, "length": o.range.length, "words": o.words,
                ]
            },
        ])
    }
}
