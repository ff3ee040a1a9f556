import Foundation

/// The shapes statements leave Rostrum in: a CSV table and JSON objects (one per line). The tool and the
/// window both export through here, so a file from either has the same columns and keys.
public enum StatementExport {
    /// The keys every statement object has, `null` where unknown, in this order for CSV.
    public static let keys = [
        "id", "title", "date", "date_precision", "date_inferred", "speaker", "role", "country", "forum",
        "meeting_type", "agenda", "meeting_symbol", "delivery_language", "kind", "publisher", "url", "source_path",
        "language", "themes",
        "situations",
    ]
    public static let csvColumns = keys + ["body"]

    /// The statement as a JSON object; `full` adds provenance, paragraphs, mentions and notes.
    public static func object(_ s: Statement, full: Bool) -> [String: Any] {
        let values: [String: Any?] = [
            "id": s.id.rawValue, "title": s.title?.value, "date": s.date?.value.iso,
            "date_precision": s.date?.value.precision.rawValue,
            "date_inferred": s.date.map { $0.provenance.isInferred },
            "speaker": s.speaker?.value, "role": s.role?.value, "country": s.country?.value, "forum": s.forum?.value,
            "meeting_type": s.meetingType?.value, "agenda": s.agenda?.value, "kind": s.kind?.value,
            "meeting_symbol": s.meetingSymbol?.value, "delivery_language": s.deliveryLanguage?.value,
            "publisher": s.source.publisher?.value, "url": s.source.url?.value, "source_path": s.source.path,
            "language": s.language?.value, "themes": s.themes.map { ["theme": $0.theme, "count": $0.count] },
            // Always inferred: each with how sure and by which rule, so a reader of the file knows.
            "situations": (s.situations ?? []).map { m -> [String: Any] in
                [
                    "situation": m.name, "inferred": true, "rule": m.provenance.rule,
                    "confidence": (m.provenance.confidence * 100).rounded() / 100,
                ]
            },
        ]
        var o = values.mapValues { $0 ?? NSNull() }
        if full {
            o["provenance"] = Dictionary(
                fieldProvenance(s).map { ($0.0, provenanceObject($0.1)) }, uniquingKeysWith: { a, _ in a })
            o["paragraphs"] = s.paragraphs
            o["mentions"] = s.mentions.map { ["name": $0.name, "kind": $0.kind.rawValue, "count": $0.count] }
            o["notes"] = s.notes
            o["family"] = s.source.family
        }
        return o
    }

    /// One line of JSON Lines.
    public static func jsonLine(_ s: Statement, full: Bool) -> String {
        let data =
            (try? JSONSerialization.data(
                withJSONObject: object(s, full: full), options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    public static var csvHeader: String { csvColumns.joined(separator: ",") }

    /// One CSV row: every field quoted; themes as "Theme (count); ..."; the body last.
    public static func csvRow(_ s: Statement, includeText: Bool = true) -> String {
        let o = object(s, full: false)
        return (includeText ? csvColumns : keys).map { key -> String in
            let value: String
            switch key {
            case "themes": value = s.themes.map { "\($0.theme) (\($0.count))" }.joined(separator: "; ")
            case "situations":
                value = (s.situations ?? []).map {
                    "\($0.name) (inferred, \(Int(($0.provenance.confidence * 100).rounded()))%)"
                }
                .joined(separator: "; ")
            case "body": value = s.body
            case "date_inferred": value = s.date.map { $0.provenance.isInferred ? "true" : "false" } ?? ""
            default: value = (o[key] as? String) ?? ""
            }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    public enum Format: String, CaseIterable, Sendable {
        case csv, json, markdown
        /// The format a file name asks for (`.csv`, `.jsonl`/`.json`, `.md`), CSV otherwise.
        public init(fileName: String) {
            let ext = (fileName as NSString).pathExtension.lowercased()
            self =
                ["jsonl", "json", "ndjson"].contains(ext) ? .json : ["md", "markdown"].contains(ext) ? .markdown : .csv
        }
    }

    /// The statements with these ids, in order, as one text (the tool's standard output, tests). `filter`
    /// describes the selection for the Markdown heading; `includeText` adds each statement's body.
    public static func write(
        _ ids: [StatementID], from store: any StatementStore, format: Format, includeText: Bool = true,
        filter: String = "all statements"
    ) throws -> String {
        var out = ""
        try stream(ids, from: store, format: format, includeText: includeText, filter: filter) { out += $0 }
        return out
    }

    /// The same text, handed to `emit` a statement at a time as each is read, so an export of 100,000 statements
    /// never holds them all. `step` is told after each statement read (Markdown with the texts reads each twice:
    /// the table, then the texts); `isCancelled` is asked as often, and a yes throws `CancellationError`.
    public static func stream(
        _ ids: [StatementID], from store: any StatementStore, format: Format, includeText: Bool = true,
        filter: String = "all statements", step: () -> Void = {}, isCancelled: () -> Bool = { false },
        into emit: (String) throws -> Void
    ) throws {
        func each(_ body: (Statement) throws -> Void) throws {
            for id in ids {
                if isCancelled() { throw CancellationError() }
                if let s = try store.statement(id: id) { try body(s) }
                step()
            }
        }
        switch format {
        case .csv:
            try emit((includeText ? csvHeader : keys.joined(separator: ",")) + "\r\n")
            try each { try emit(csvRow($0, includeText: includeText) + "\r\n") }
        case .json:
            try each { s in
                var o = object(s, full: false)
                if includeText { o["text"] = s.body }
                let data =
                    (try? JSONSerialization.data(withJSONObject: o, options: [.sortedKeys, .withoutEscapingSlashes]))
                    ?? Data("{}".utf8)
                try emit(String(decoding: data, as: UTF8.self) + "\n")
            }
        case .markdown:
            try emit(MarkdownExport.heading(count: ids.count, filter: filter))
            try each { try emit(MarkdownExport.tableRow($0)) }
            if includeText { try each { try emit(MarkdownExport.section($0)) } }
        }
    }

    /// How many statements `stream` reads for these ids: Markdown with the texts reads them twice.
    public static func steps(_ count: Int, format: Format, includeText: Bool) -> Int {
        format == .markdown && includeText ? 2 * count : count
    }

    public static func fieldProvenance(_ s: Statement) -> [(String, Provenance)] {
        let fields: [(String, Provenance?)] = [
            ("title", s.title?.provenance), ("date", s.date?.provenance), ("speaker", s.speaker?.provenance),
            ("role", s.role?.provenance), ("country", s.country?.provenance), ("forum", s.forum?.provenance),
            ("meeting_type", s.meetingType?.provenance), ("agenda", s.agenda?.provenance), ("kind", s.kind?.provenance),
            ("meeting_symbol", s.meetingSymbol?.provenance), ("delivery_language", s.deliveryLanguage?.provenance),
            ("publisher", s.source.publisher?.provenance), ("url", s.source.url?.provenance),
            ("language", s.language?.provenance),
        ]
        return fields.compactMap { key, p in p.map { (key, $0) } }
    }

    static func provenanceObject(_ p: Provenance) -> [String: Any] {
        var o: [String: Any] = ["basis": p.basis.rawValue, "rule": p.rule, "confidence": p.confidence]
        if let span = p.span { o["span"] = [span.start, span.end] }
        if let e = p.evidence { o["evidence"] = e }
        if let r = p.reason { o["reason"] = r }
        return o
    }
}

/// A Markdown document of statements: a table to cite from, then (optionally) each text as a quote; written a
/// piece at a time.
enum MarkdownExport {
    static func heading(count: Int, filter: String) -> String {
        [
            "# Statements: \(filter)", "",
            "\(count) \(count == 1 ? "statement" : "statements"), exported from Rostrum. "
                + "Dates marked (inferred) were worked out, not stated by the source.",
            "",
            "| Date | Speaker | Country | Forum | Meeting | Title | Themes | Source |",
            "|---|---|---|---|---|---|---|---|",
        ].joined(separator: "\n") + "\n"
    }

    static func tableRow(_ s: Statement) -> String {
        let meeting = [s.meetingType?.value, s.meetingSymbol?.value].compactMap { $0 }.joined(separator: ", ")
        let themes = s.themes.map { "\($0.theme) (\($0.count))" }.joined(separator: ", ")
        return "| \(cell(date(s))) | \(cell(s.speaker?.value)) | \(cell(s.country?.value)) | \(cell(s.forum?.value)) "
            + "| \(cell(meeting)) | \(cell(s.displayTitle)) | \(cell(themes)) "
            + "| \(cell(s.source.publisher?.value ?? s.source.path)) |\n"
    }

    /// The statement's text as a quote under its date and title, a blank line before.
    static func section(_ s: Statement) -> String {
        var out = ["", "## \(date(s)) — \(s.displayTitle)", ""]
        let who = [
            s.speaker?.value, s.role?.value,
            [s.forum?.value, s.meetingType?.value].compactMap { $0 }.joined(separator: " "),
        ]
        .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        if !who.isEmpty { out += ["*\(who)*", ""] }
        for p in s.paragraphs { out += ["> " + p, ">"] }
        if out.last == ">" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    private static func cell(_ v: String?) -> String {
        (v ?? "").replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    private static func date(_ s: Statement) -> String {
        guard let d = s.date else { return "undated" }
        return d.value.iso + (d.provenance.isInferred ? " (inferred)" : "")
    }
}
