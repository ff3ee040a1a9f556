import ArgumentParser
import Foundation
import StatementModel

extension Facet: ExpressibleByArgument {}
extension Concordance.Sort: ExpressibleByArgument {}

/// `rostrum-cli trend "Cold War mentality" --split country`: a phrase's frequency by year or month.
struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "How often a word or phrase is said, by year or month, raw and per 10,000 words.",
        discussion: "The phrase's words are found in a row, ignoring case and accents; a final * makes the last "
            + "word a prefix (terroris*). Per 10,000 words counts every word of the statements the filters keep in "
            + "that period.")
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions
    @Argument(help: "A word or a phrase, e.g. \"Cold War mentality\".") var phrase: String
    @Option(name: .long, help: "year or month.") var by = "year"
    @Option(name: .long, help: "One line per speaker, country, forum or kind.") var split: Facet?
    @Flag(name: .long, help: "JSON Lines, one object per period (and line).") var json = false

    func run() throws {
        guard let query = PhraseQuery(phrase) else { throw ValidationError("“\(phrase)” has no word to count") }
        guard ["year", "month"].contains(by) else { throw ValidationError("--by \(by): write year or month") }
        if let split, !PhraseTrend.splits.contains(split) {
            throw ValidationError("--split \(split.rawValue): a trend splits by speaker, country, forum or kind")
        }
        let library = try options.open()
        let filter = try filters.filter()
        let trend = try reporting {
            try PhraseTrend.compute(query, in: library.store, filter: filter, byMonth: by == "month", split: split)
        }
        let shown = trend.points.filter { split == nil || $0.hits > 0 }
        let top = shown.map(\.perTenThousandWords).max() ?? 0
        for p in shown {
            if json {
                print(Self.jsonLine(p))
                continue
            }
            let bar = String(repeating: "█", count: top > 0 ? Int((p.perTenThousandWords / top * 30).rounded()) : 0)
            let series = p.series.map { Terminal.visible($0) + "\t" } ?? (split == nil ? "" : "-\t")
            print("\(p.period)\t\(series)\(p.hits)\t\(p.statements)\t\(p.words)\t"
                + String(format: "%.2f", p.perTenThousandWords) + "\t" + bar)
        }
        let hits = trend.points.map(\.hits).reduce(0, +)
        let columns = "\(by)\(split.map { ", " + $0.rawValue } ?? ""), hits, statements, words, per 10,000 words"
        let unit = by == "month" ? "month" : "date"
        let unplaced =
            trend.unplacedHits > 0 ? "; \(trend.unplacedHits) more in statements with no \(unit), not shown" : ""
        Terminal.err(
            "“\(query.text)”: \(times(hits)) in \(trend.points.map(\.statements).reduce(0, +)) statements"
                + " (columns: \(columns))" + unplaced)
    }

    static func jsonLine(_ p: PhraseTrend.Point) -> String {
        var o: [String: Any] = [
            "period": p.period, "hits": p.hits, "statements": p.statements, "words": p.words,
            "per_10000_words": (p.perTenThousandWords * 100).rounded() / 100,
        ]
        if let s = p.series { o["series"] = s }
        return jsonString(o)
    }
}

/// `rostrum-cli kwic "Cold War mentality" --sort R1 --collocates`: every occurrence in its context.
struct KWICCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kwic", abstract: "Key words in context: every occurrence of a word or phrase, one line each.",
        discussion: "Sorted by date or by the words left (L1–L3) or right (R1–R3) of the match. With --collocates, "
            + "the words within five of it, ranked by log-likelihood, with logDice, measured in the statements that "
            + "hold it.")
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions
    @Argument(help: "A word or a phrase, e.g. \"Cold War mentality\".") var phrase: String
    @Option(name: .long, help: "date, L1, L2, L3, R1, R2 or R3.") var sort: Concordance.Sort = .date
    @Option(name: .long, help: "At most this many lines (0: all).") var limit = 100
    @Option(name: .long, help: "Characters of context on each side.") var context = 50
    @Flag(name: .long, help: "Also list the collocates.") var collocates = false
    @Flag(name: .long, help: "JSON Lines: one object per line, then one per collocate.") var json = false

    func run() throws {
        guard let query = PhraseQuery(phrase) else { throw ValidationError("“\(phrase)” has no word to look for") }
        let library = try options.open()
        let filter = try filters.filter()
        let found = try reporting {
            try Concordance.compute(
                query, in: library.store, filter: filter, sort: sort, limit: limit, context: context,
                collocates: collocates)
        }
        for line in found.lines {
            if json {
                print(Self.jsonLine(line))
                continue
            }
            let date = line.date?.iso ?? "undated"
            let left = Terminal.visible(line.left), right = Terminal.visible(line.right)
            let pad = String(repeating: " ", count: max(0, context - left.count))
            print(
                "\(line.statement.rawValue.prefix(8))\t\(date)\t\(Terminal.visible(line.speaker ?? "-"))\t"
                    + "\(pad)\(left) [\(Terminal.visible(line.match))] \(right)")
        }
        for c in found.collocates.prefix(collocates ? 30 : 0) {
            if json {
                print(jsonString([
                    "collocate": c.word, "together": c.together, "overall": c.overall, "statements": c.statements,
                    "log_likelihood": (c.logLikelihood * 100).rounded() / 100,
                    "log_dice": (c.logDice * 100).rounded() / 100,
                ]))
            } else {
                print(String(format: "%@\t%d near\t%d in all\t%d statements\tG² %.1f\tlogDice %.2f",
                             Terminal.visible(c.word), c.together, c.overall, c.statements, c.logLikelihood, c.logDice))
            }
        }
        Terminal.err(
            "“\(query.text)”: \(times(found.total)) in \(found.statements) statements; \(found.lines.count) lines shown"
                + " (sorted by \(sort.rawValue))")
    }

    static func jsonLine(_ l: Concordance.Line) -> String {
        var o: [String: Any] = [
            "id": l.statement.rawValue, "title": l.title, "left": l.left, "match": l.match, "right": l.right,
            "offset": l.offset, "length": l.length,
        ]
        if let d = l.date { o["date"] = d.iso }
        if let s = l.speaker { o["speaker"] = s }
        if let c = l.country { o["country"] = c }
        if let f = l.forum { o["forum"] = f }
        return jsonString(o)
    }
}

func times(_ n: Int) -> String { n == 1 ? "once" : "\(n) times" }

func jsonString(_ object: [String: Any]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
}
