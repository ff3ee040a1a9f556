import Foundation

/// Which column of a table holds which field. Guessed from the header (`text`, `speech`, `year`,
/// `country`, ...) unless the user names columns (`text=speech_text`).
public struct ColumnMapping: Sendable, Equatable {
    public var columns: [String: String]  // field → column name
    public init(_ columns: [String: String] = [:]) { self.columns = columns }

    public static let fields = [
        "text", "title", "date", "year", "session", "speaker", "role", "country", "forum", "meeting_type", "agenda",
        "kind", "url", "language", "publisher",
    ]
    static let guesses: [String: [String]] = [
        "text": ["text", "body", "speech", "content", "transcript", "speech_text", "statement"],
        "title": ["title", "headline", "name_of_document"],
        "date": ["date", "speech_date", "published", "day"],
        "year": ["year"], "session": ["session"],
        "speaker": ["speaker", "name", "speaker_name", "name of person speaking", "person"],
        "role": ["role", "post", "position", "speaker_role"],
        "country": ["country", "country_name", "iso", "iso_code", "iso code", "iso3", "state", "member_state"],
        "forum": ["forum", "body", "organ"], "meeting_type": ["meeting_type", "meeting"],
        "agenda": ["agenda", "topic", "agenda_item", "subject"], "kind": ["kind", "type", "genre"],
        "url": ["url", "link", "source_url"], "language": ["language", "lang"], "publisher": ["publisher", "source"],
    ]

    /// Parses `field=column` pairs as given on the command line.
    public static func parse(_ pairs: [String]) throws -> ColumnMapping {
        var columns: [String: String] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmed }
            guard parts.count == 2, fields.contains(parts[0]) else {
                throw RostrumError.invalidMapping(
                    "“\(pair)”: write FIELD=COLUMN, with FIELD one of \(fields.joined(separator: ", "))")
            }
            columns[parts[0]] = parts[1]
        }
        return ColumnMapping(columns)
    }

    /// Field → column index for a header: the user's names first, then guesses for the rest.
    func resolve(_ header: [String]) -> [String: Int] {
        let lowered = header.map { $0.trimmed.lowercased() }
        var result: [String: Int] = [:]
        for (field, column) in columns { if let i = lowered.firstIndex(of: column.lowercased()) { result[field] = i } }
        for field in Self.fields where result[field] == nil && columns[field] == nil {
            if let i = Self.guesses[field]!.lazy.compactMap({ lowered.firstIndex(of: $0) }).first(where: {
                !result.values.contains($0)
            }) {
                result[field] = i
            }
        }
        return result
    }
}

/// Any spreadsheet of speeches: CSV (quoted as RFC 4180), TSV (R-style, unquoted) or JSON Lines, one
/// statement a row, the text in one column and metadata in others.
public struct TableImporter: FileImporter {
    public let family = "table"
    public init() {}

    public func claims(_ url: URL) -> Bool {
        ["csv", "tsv", "jsonl", "ndjson"].contains(url.pathExtension.lowercased())
    }

    public func read(_ url: URL, reader: StatementReader) throws -> FileReading {
        if url.pathExtension.lowercased() == "tsv", let head = Self.firstLine(of: url),
            UNSCCorpusImporter.isMetadataTable(DelimitedTable(tsv: head + "\n"))
        {
            return FileReading(skipReason: Self.corpusMetadata)
        }
        let decoded = try reader.decode(fileAt: url)
        let ext = url.pathExtension.lowercased()
        let header: [String]
        let rows: [[String]]
        var endsInQuote = false
        switch ext {
        case "jsonl", "ndjson": (header, rows) = try Self.jsonLines(decoded.text, file: url.lastPathComponent)
        case "tsv":
            let t = DelimitedTable(tsv: decoded.text)
            if UNSCCorpusImporter.isMetadataTable(t) {
                return FileReading(skipReason: Self.corpusMetadata)
            }
            (header, rows) = (t.header, t.rows.map { $0.map(String.init) })
        default:
            let parsed = CSV.parseNoting(decoded.text)
            (header, rows, endsInQuote) = (parsed.header, parsed.rows, parsed.endsInQuote)
        }
        let mapping = reader.tableMapping.resolve(header)
        // A table with no text column may be a corpus's manifest or codebook: skipped, with its reason.
        guard let textColumn = mapping["text"] else {
            return FileReading(
                skipReason:
                    "a table with no text column (columns: \(header.prefix(12).joined(separator: ", "))); "
                        + "name it with --map text=COLUMN",
                skipAsksAction: true)
        }
        var statements: [Statement] = []
        for (index, row) in rows.enumerated() {
            guard textColumn < row.count else { continue }
            let text = row[textColumn].replacingOccurrences(of: "\r\n", with: "\n")
            guard !text.trimmed.isEmpty else { continue }
            var s = reader.read(SourceDocument(path: url.path, text: text, notes: decoded.notes), enrich: false)
            s.source.family = family
            apply(
                row, mapping: mapping, header: header, rowNumber: index + 2, file: url.lastPathComponent, to: &s,
                reader: reader)
            reader.enrich(&s)
            statements.append(s)
        }
        if endsInQuote, !statements.isEmpty {
            statements[statements.count - 1].notes.append(
                "the table ends inside a quoted field (a file cut short?): its last row may be cut too")
        }
        // One with a text column that gives no statement is named as failed, with why.
        if statements.isEmpty {
            throw RostrumError.invalidTable(
                file: url.lastPathComponent,
                reason: rows.isEmpty
                    ? "it has a header and no rows"
                    : "none of its \(rows.count) rows has text in the column “\(header[textColumn])”")
        }
        return FileReading(statements: statements)
    }

    static let corpusMetadata =
        "metadata of the UN Security Council Debates corpus: joined to its speeches, not imported as text"

    /// A table's header line, read without reading the table (a corpus's may be tens of MB).
    static func firstLine(of url: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 64 * 1024), !data.isEmpty else { return nil }
        let end = data.firstIndex(of: 0x0A) ?? data.endIndex
        return String(decoding: data[data.startIndex..<end], as: UTF8.self)
    }

    private func apply(
        _ row: [String], mapping: [String: Int], header: [String], rowNumber: Int, file: String, to s: inout Statement,
        reader: StatementReader
    ) {
        func value(_ field: String) -> (String, Provenance)? {
            guard let c = mapping[field], c < row.count else { return nil }
            let v = row[c].squeezed
            guard !v.isEmpty, v != "NA", v.lowercased() != "null" else { return nil }
            return (
                v,
                Provenance(
                    basis: .stated, rule: "table.column.\(header[c])", confidence: 0.95,
                    evidence: "\(file), row \(rowNumber), column \(header[c])")
            )
        }
        if let (v, p) = value("title") { s.title = Attributed(v, p) }
        if let (v, p) = value("date") {
            if let d = StatementDate(iso: v) ?? DateFinder.fullDates(in: v).first?.date {
                s.date = Attributed(d, p)
            } else {
                s.notes.append("date not read: “\(v)” (\(p.evidence!))")
            }
        }
        if s.date == nil, let (v, p) = value("year"), let y = Int(v), let d = StatementDate(year: y) {
            s.date = Attributed(d, p)
        }
        if let (v, p) = value("speaker") { s.speaker = Attributed(v, p) }
        if let (v, p) = value("role") { s.role = Attributed(v, p) }
        if let (v, p) = value("country") {
            let year = s.date?.value.year
            let name =
                v.count <= 3 && v == v.uppercased()
                ? (reader.reference.countries.name(for: v, year: year) ?? v) : reader.reference.countryName(v)
            s.country = Attributed(name, p)
        }
        if let (v, p) = value("forum") { s.forum = Attributed(v, p) }
        if let (v, p) = value("meeting_type") { s.meetingType = Attributed(v, p) }
        if let (v, p) = value("agenda") { s.agenda = Attributed(v, p) }
        if let (v, p) = value("kind") { s.kind = Attributed(v, p) }
        if let (v, p) = value("url") { s.source.url = Attributed(v, p) }
        if let (v, p) = value("language") { s.language = Attributed(v, p) }
        if let (v, p) = value("publisher") { s.source.publisher = Attributed(v, p) }
        if s.agenda == nil, let (v, p) = value("session"), let n = Int(v) {
            s.agenda = Attributed("Session \(n)", p)
        }
    }

    /// Each line an object; the header is the union of keys in order of first appearance.
    static func jsonLines(_ text: String, file: String) throws -> ([String], [[String]]) {
        var header: [String] = []
        var objects: [[String: Any]] = []
        for (i, line) in text.split(separator: "\n").enumerated() where !line.trimmed.isEmpty {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                throw RostrumError.invalidTable(file: file, reason: "line \(i + 1) is not a JSON object")
            }
            for key in object.keys.sorted() where !header.contains(key) { header.append(key) }
            objects.append(object)
        }
        let rows = objects.map { o in
            header.map { key -> String in
                switch o[key] {
                case let s as String: return s
                case let n as NSNumber: return n.stringValue
                case nil, is NSNull: return ""
                case let other?: return "\(other)"
                }
            }
        }
        return (header, rows)
    }
}

/// RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and newlines.
enum CSV {
    static func parse(_ text: String) -> ([String], [[String]]) {
        let parsed = parseNoting(text)
        return (parsed.header, parsed.rows)
    }

    /// Also says whether the text ended inside a quoted field: a file cut short, whose last row is cut too.
    static func parseNoting(_ text: String) -> (header: [String], rows: [[String]], endsInQuote: Bool) {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending {
                pending = nil
                return p
            }
            return chars.next()
        }
        while let c = next() {
            if quoted {
                if c == "\"" {
                    if let n = chars.next() {
                        if n == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = n
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else {
                switch c {
                case "\"" where field.isEmpty: quoted = true
                case ",":
                    row.append(field)
                    field = ""
                case "\n", "\r\n":
                    row.append(field)
                    field = ""
                    rows.append(row)
                    row = []
                case "\r": break
                default: field.append(c)
                }
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        guard let header = rows.first else { return ([], [], quoted) }
        return (header.map { $0.trimmed }, Array(rows.dropFirst()), quoted)
    }
}
