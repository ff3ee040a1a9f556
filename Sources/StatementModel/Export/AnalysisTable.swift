import Foundation

/// A trend, lines in context or a comparison as a table to save: CSV or JSON Lines, each opening with what was
/// asked of which library in which state (the view, the query, the filters, the library's version, when), so a
/// figure can be traced and made again. The tool and the window write the same files.
public struct AnalysisTable: Sendable {
    /// "trend", "kwic", "compare".
    public var view: String
    public var query: String
    public var filters: String
    public var libraryVersion: Int64
    public var made: Date
    public var columns: [String]
    /// Cells as written: numbers already formatted, empty where unknown.
    public var rows: [[String]]
    /// Columns whose cells are numbers (written as numbers in JSON).
    public var numeric: Set<String>

    /// "# rostrum: trend" … lines, then the header and the rows, every cell quoted; CRLF as RFC 4180 has it.
    public var csv: String {
        let quoted = { (cell: String) in "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let about = provenance.map { "# \($0.key): \($0.value)" }
        let table = ([columns] + rows).map { $0.map(quoted).joined(separator: ",") }
        return (about + table).joined(separator: "\r\n") + "\r\n"
    }

    /// A first object saying what was asked, then one object per row (keys: the columns; empty cells left out).
    public var jsonLines: String {
        func json(_ object: [String: Any]) -> String {
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
            return String(decoding: data, as: UTF8.self)
        }
        var head: [String: Any] = ["rostrum": view]
        for (key, value) in provenance.dropFirst() { head[key] = key == "library_version" ? libraryVersion : value }
        let lines = rows.map { row -> String in
            var o: [String: Any] = [:]
            for (key, cell) in zip(columns, row) where !cell.isEmpty {
                if !numeric.contains(key) {
                    o[key] = cell
                } else if let whole = Int(cell) {
                    o[key] = whole
                } else {
                    o[key] = Double(cell) ?? 0
                }
            }
            return json(o)
        }
        return ([json(head)] + lines).joined(separator: "\n") + "\n"
    }

    /// CSV unless the name ends in .jsonl, .json or .ndjson.
    public func text(forFile name: String) -> String {
        ["jsonl", "json", "ndjson"].contains((name as NSString).pathExtension.lowercased()) ? jsonLines : csv
    }

    private var provenance: [(key: String, value: String)] {
        [
            ("rostrum", view), ("query", query), ("filters", filters), ("library_version", "\(libraryVersion)"),
            ("made", ISO8601DateFormatter().string(from: made)),
        ]
    }
}

extension AnalysisTable {
    private static func number(_ v: Double) -> String { String(format: "%.2f", v) }

    public init(trend: PhraseTrend, filters: String, libraryVersion: Int64, made: Date = Date()) {
        self.init(
            view: "trend", query: trend.query.text, filters: filters, libraryVersion: libraryVersion, made: made,
            columns: ["period", "series", "hits", "statements", "words", "per_10000_words"],
            rows: trend.points.map {
                [$0.period, $0.series ?? "", "\($0.hits)", "\($0.statements)", "\($0.words)",
                    Self.number($0.perTenThousandWords)]
            }, numeric: ["hits", "statements", "words", "per_10000_words"])
    }

    public init(concordance c: Concordance, filters: String, libraryVersion: Int64, made: Date = Date()) {
        self.init(
            view: "kwic", query: c.query.text, filters: filters, libraryVersion: libraryVersion, made: made,
            columns: [
                "id", "date", "speaker", "country", "forum", "title", "left", "match", "right", "offset", "length",
            ],
            rows: c.lines.map {
                [$0.statement.rawValue, $0.date?.iso ?? "", $0.speaker ?? "", $0.country ?? "", $0.forum ?? "",
                    $0.title, $0.left, $0.match, $0.right, "\($0.offset)", "\($0.length)"]
            }, numeric: ["offset", "length"])
    }

    /// The words distinctive of each group, A's first; the groups named in the filters line.
    public init(comparison r: GroupComparison, filters: String, libraryVersion: Int64, made: Date = Date()) {
        let words = r.distinctiveOfA.map { ("a", $0) } + r.distinctiveOfB.map { ("b", $0) }
        self.init(
            view: "compare", query: "", filters: filters, libraryVersion: libraryVersion, made: made,
            columns: [
                "distinctive_of", "word", "count_a", "count_b", "statements_a", "statements_b", "log_likelihood",
                "log_ratio",
            ],
            rows: words.map { side, w in
                [side, w.word, "\(w.countA)", "\(w.countB)", "\(w.statementsA)", "\(w.statementsB)",
                    Self.number(w.logLikelihood), Self.number(w.logRatio)]
            }, numeric: ["count_a", "count_b", "statements_a", "statements_b", "log_likelihood", "log_ratio"])
    }
}
