import ArgumentParser
import Foundation
import StatementModel
import TimelineChart

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
    @Option(
        name: [.short, .long],
        help: "Save it: .csv or .jsonl for the table, .png, .svg or .pdf for the timeline with the phrase's line.")
    var output: String?

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
        if let output {
            try TrendChart.save(trend, filter: filter, filters: filters.summary, library: library, to: output)
            return
        }
        let shown = trend.points.filter { split == nil || $0.hits > 0 }
        let top = shown.map(\.perTenThousandWords).max() ?? 0
        if json {
            print(
                try provenanceLine(
                    command: "trend", query: phrase, filters: filters.summary, options: options, store: library.store,
                    extra: ["by": by, "split": split?.rawValue ?? NSNull()]))
        }
        for p in shown {
            if json {
                print(Self.jsonLine(p))
                continue
            }
            let bar = String(repeating: "█", count: top > 0 ? Int((p.perTenThousandWords / top * 30).rounded()) : 0)
            let series = p.series.map { Terminal.visible($0) + "\t" } ?? (split == nil ? "" : "-\t")
            print(
                "\(p.period)\t\(series)\(p.hits)\t\(p.statements)\t\(p.words)\t"
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
    @Option(name: [.short, .long], help: "Save the lines as a table: .csv, or .jsonl for JSON Lines.")
    var output: String?

    func run() throws {
        guard let query = PhraseQuery(phrase) else { throw ValidationError("“\(phrase)” has no word to look for") }
        let library = try options.open()
        let filter = try filters.filter()
        let found = try reporting {
            try Concordance.compute(
                query, in: library.store, filter: filter, sort: sort, limit: limit, context: context,
                collocates: collocates)
        }
        if let output {
            let version = try reporting { try library.store.libraryVersion() }
            try save(AnalysisTable(concordance: found, filters: filters.summary, libraryVersion: version), to: output)
            return
        }
        if json {
            print(
                try provenanceLine(
                    command: "kwic", query: phrase, filters: filters.summary, options: options, store: library.store,
                    extra: ["sort": sort.rawValue, "total": found.total, "statements": found.statements]))
        }
        for line in found.lines {
            if json {
                print(Self.jsonLine(line))
                continue
            }
            let date = line.date?.iso ?? "undated"
            let left = Terminal.visible(line.left)
            let right = Terminal.visible(line.right)
            let pad = String(repeating: " ", count: max(0, context - left.count))
            print(
                "\(line.statement.rawValue.prefix(8))\t\(date)\t\(Terminal.visible(line.speaker ?? "-"))\t"
                    + "\(pad)\(left) [\(Terminal.visible(line.match))] \(right)")
        }
        for c in found.collocates.prefix(collocates ? 30 : 0) {
            if json {
                print(
                    jsonString([
                        "collocate": c.word, "together": c.together, "overall": c.overall, "statements": c.statements,
                        "log_likelihood": (c.logLikelihood * 100).rounded() / 100,
                        "log_dice": (c.logDice * 100).rounded() / 100,
                    ]))
            } else {
                print(
                    String(
                        format: "%@\t%d near\t%d in all\t%d statements\tG² %.1f\tlogDice %.2f",
                        Terminal.visible(c.word), c.together, c.overall, c.statements, c.logLikelihood, c.logDice))
            }
        }
        Terminal.err(
            "“\(query.text)”: \(times(found.total)) in \(found.statements) statements; "
                + "\(found.lines.count) lines shown"
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

/// The first line of an analysis's JSON Lines: what was asked, of which library in which state, so a figure
/// can be traced and made again.
func provenanceLine(
    command: String, query: String, filters: String, options: LibraryOptions, store: any StatementStore,
    extra: [String: Any] = [:]
) throws -> String {
    var o: [String: Any] = [
        "rostrum": command, "query": query, "filters": filters, "library": options.libraryPath,
        "library_version": try reporting { try store.libraryVersion() },
        "made": ISO8601DateFormatter().string(from: Date()),
    ]
    o.merge(extra) { a, _ in a }
    return jsonString(o)
}

/// Writes a table where `path` says (CSV, or JSON Lines for .jsonl/.json/.ndjson) and says so on stderr.
func save(_ table: AnalysisTable, to path: String) throws {
    do {
        try table.text(forFile: path).write(toFile: path, atomically: true, encoding: .utf8)
    } catch { throw ioFailure("\(path): \(error.localizedDescription)") }
    Terminal.err("wrote \(path) (\(table.rows.count) rows)")
}

func times(_ n: Int) -> String { n == 1 ? "once" : "\(n) times" }

func jsonString(_ object: [String: Any]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self)
}

/// `rostrum-cli compare --a "--country China" --b "--country 'United States'"`: two groups side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Two groups of statements side by side: theme shares and distinctive words.",
        discussion: "Each group is written as the list's filters, in quotes: --a \"--speaker 'Zhang Jun'\" --b "
            + "\"--speaker 'Linda Thomas-Greenfield' --from 2021\". Words are ranked by log-likelihood, with the log "
            + "ratio (+1: twice as frequent) and the statements each is in; a word must be in "
            + "\(GroupComparison.minimumStatements) statements of its group, twice as frequent there and significant "
            + "at p < 0.001.")
    @OptionGroup var options: LibraryOptions
    // Unconditional: the value itself starts with "--" ("--country China").
    @Option(name: .customLong("a"), parsing: .unconditional, help: "The first group's filters, in quotes.")
    var groupA: String
    @Option(name: .customLong("b"), parsing: .unconditional, help: "The second group's filters, in quotes.")
    var groupB: String
    @Option(name: .long, help: "Words listed for each group.") var top = 20
    @Flag(name: .long, help: "JSON Lines: the groups, the theme shares, then one object per word.") var json = false
    @Option(
        name: [.short, .long],
        help: ArgumentHelp(
            "Save the words as a table (.csv, or .jsonl for JSON Lines) or the comparison as a chart "
                + "(.png, .svg, .pdf)."))
    var output: String?

    func run() throws {
        let filters = try [groupA, groupB].map { text -> StatementFilter in
            do {
                return try FilterOptions.parse(try Self.words(text)).filter()
            } catch let error as ValidationError {
                throw error
            } catch {
                throw ValidationError("“\(text)”: \(FilterOptions.message(for: error))")
            }
        }
        let library = try options.open()
        let result = try reporting { try GroupComparison.compute(filters[0], filters[1], in: library.store, top: top) }
        let themes = try reporting { try GroupComparison.themeShares(filters[0], filters[1], in: library.store) }
        if let output {
            let version = try reporting { try library.store.libraryVersion() }
            if let format = TimelineChart.Format(fileName: output) {
                let made = ISO8601DateFormatter().string(from: Date())
                let chart = ComparisonChart(
                    subtitle: "Rostrum · library version \(version) · made \(made)", groupA: groupA, groupB: groupB,
                    comparison: result, themes: themes)
                do { try chart.write(to: output, format: format) } catch { throw ioFailure("\(error)") }
                return Terminal.err("wrote \(output) (\(format.rawValue.uppercased()))")
            }
            try save(
                AnalysisTable(comparison: result, filters: "a: \(groupA); b: \(groupB)", libraryVersion: version),
                to: output)
            return
        }
        if json {
            print(
                try provenanceLine(
                    command: "compare", query: "", filters: "a: \(groupA); b: \(groupB)", options: options,
                    store: library.store))
            for (name, g) in [("a", result.a), ("b", result.b)] {
                print(jsonString(["group": name, "statements": g.statements, "words": g.words]))
            }
            for t in themes { print(jsonString(["theme": t.theme, "share_a": t.a, "share_b": t.b])) }
            for (side, words) in [("a", result.distinctiveOfA), ("b", result.distinctiveOfB)] {
                for w in words {
                    print(
                        jsonString([
                            "distinctive_of": side, "word": w.word, "count_a": w.countA, "count_b": w.countB,
                            "statements_a": w.statementsA, "statements_b": w.statementsB,
                            "log_likelihood": (w.logLikelihood * 100).rounded() / 100,
                            "log_ratio": (w.logRatio * 100).rounded() / 100,
                        ]))
                }
            }
            return
        }
        print("A: \(Terminal.visible(groupA)) — \(result.a.statements) statements, \(result.a.words) words")
        print("B: \(Terminal.visible(groupB)) — \(result.b.statements) statements, \(result.b.words) words")
        print("\nthemes (share of each group's statements)")
        for t in themes { print(String(format: "%5.1f %%\t%5.1f %%\t%@", t.a * 100, t.b * 100, t.theme)) }
        for (label, words) in [("A", result.distinctiveOfA), ("B", result.distinctiveOfB)] {
            print("\ndistinctive of \(label) (word, count A, count B, statements A, statements B, G², log ratio)")
            for w in words {
                print(
                    String(
                        format: "%@\t%d\t%d\t%d\t%d\t%.1f\t%+.2f", Terminal.visible(w.word), w.countA, w.countB,
                        w.statementsA, w.statementsB, w.logLikelihood, w.logRatio))
            }
        }
    }

    /// A group's filters split as a shell splits them: spaces, and 'single' or "double" quotes around a value.
    static func words(_ text: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character? = nil
        var inWord = false
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(c)
                inWord = true
            }
        }
        guard quote == nil else { throw ValidationError("“\(text)”: a quotation mark is not closed") }
        if inWord { words.append(current) }
        return words
    }
}
