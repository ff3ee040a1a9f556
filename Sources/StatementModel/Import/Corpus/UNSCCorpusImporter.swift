import Foundation

/// The UN Security Council Debates corpus (Schoenfeld et al.): one file a speech, named
/// `UNSC_<year>_SPV.<meeting>[ResumptionN]_spch<NNN>.txt`, with metadata tables (`speaker.tsv`,
/// `meta.tsv`, or releases' variants) in the corpus's folders. A speech opens with the form of address
/// ("Mr. Churkin (Russian Federation) (spoke in Russian):"), which gives the speaker, the country and the
/// language of delivery when the metadata does not.
public struct UNSCCorpusImporter: FileImporter {
    public let family = "unsc-corpus"
    static let publisher = "UN Security Council Debates corpus (Schoenfeld et al.)"
    static let fileName = Pattern(
        #"^UNSC_(\d{4})_SPV\.(\d+|\d{4}_\d+)(?:Resumption(\d+))?_spch(\d+)\.txt$"#, caseInsensitive: true)
    /// "Mr. Churkin (Russian Federation) (spoke in Russian):", "The President (spoke in Chinese):" — the
    /// brackets of the language of delivery are never read as a country.
    static let label = Pattern(
        #"^\s*((?:The (?:Acting )?President|The (?:Deputy )?Secretary-General)|"#
            + #"(?:Mr|Ms|Mrs|Miss|Dame|Sir|Lord|Baroness|Dr|Archbishop|Cardinal|Prince|Princess|Sheikh|Sheikha|King|"#
            + #"Queen|General|Bishop|Monsignor|Judge)\.?\s+[^():\n]{1,60}?)\s*"#
            + #"(?:\((?!\s*[Ss]poke in )([^()\n]{2,80})\))?\s*(?:\(\s*[Ss]poke in ([A-Za-z]+)\s*\))?\s*:\s*"#
    )
    private let metadata = CorpusCache<MetadataIndex>()
    /// Tables that could not be read: said in the import's summary, not in one line of a long log.
    let problems: CorpusProblemLog
    /// Per speech folder, the tables that serve it (nil: none).
    private let tablesFor = CorpusCache<MetadataIndex>()

    public init(problems: CorpusProblemLog = CorpusProblemLog()) { self.problems = problems }

    public func claims(_ url: URL) -> Bool { Self.fileName.firstMatch(in: url.lastPathComponent) != nil }

    public func forgetCorpusTables() {
        metadata.removeAll()
        tablesFor.removeAll()
    }

    /// The speaker tables of a corpus folder: each row once, its values interned (a speaker, a country,
    /// a meeting's topic repeat over thousands of rows), found by speech file name. At 106,000 speeches
    /// this is what an import keeps in memory the longest.
    struct MetadataIndex: Sendable {
        var rows: [MetadataRow] = []
        var byFile: [String: Int32] = [:]
        var isEmpty: Bool { rows.isEmpty }
        subscript(file: String) -> MetadataRow? { byFile[file].map { rows[Int($0)] } }
    }

    struct MetadataRow: Sendable {
        var date: String?, year: Int?, month: Int?, day: Int?
        var speaker: String?, country: String?, role: String?, participantType: String?, topic: String?, spv: String?
        /// The topic and agenda columns as the corpus fills them ("Items relating to Ukraine", "Ukraine"),
        /// what situations are found from first.
        var topics: [String] = []
    }

    public func read(_ url: URL, reader: StatementReader) throws -> FileReading {
        let decoded = try reader.decode(fileAt: url)
        let m = Self.fileName.firstMatch(in: url.lastPathComponent)!
        let year = Int(m.group(1)!)!
        let meeting = m.group(2)!
        let symbol =
            meeting.contains("_")
            ? "S/\(meeting.replacingOccurrences(of: "_", with: "/"))"
            : "S/PV.\(meeting)"
                + (m.group(3).map { " (Resumption \($0))" } ?? "")
        let cleaned = VerbatimCleaner.clean(decoded.text)
        var s = Statement(
            id: StatementID.forContent(decoded.text), source: StatementSource(path: url.path, family: family),
            raw: decoded.text, paragraphs: [])
        s.notes = decoded.notes
        let corpus = Provenance(
            basis: .stated, rule: "unsc-corpus.file-name", confidence: 0.95, evidence: url.lastPathComponent)
        s.forum = Attributed("Security Council", corpus)
        s.kind = Attributed("speech", corpus)
        s.meetingSymbol = Attributed(symbol, corpus)
        s.source.publisher = Attributed(Self.publisher, corpus)

        // The form of address opens the first line.
        var body = cleaned
        if let first = Self.firstNonBlankLine(of: cleaned), let l = Self.label.firstMatch(in: first.text) {
            let offsets = ScalarOffsets(first.text)
            let span = offsets.span(l.range)
            let p = Provenance(
                basis: .stated, rule: "unsc-corpus.speaker-label", confidence: 0.9,
                span: TextSpan(start: first.scalarOffset + span.start, end: first.scalarOffset + span.end),
                evidence: l.value.trimmed)
            s.speaker = Attributed(l.group(1)!.squeezed, p)
            if let country = l.group(2) { s.country = Attributed(reader.reference.countryName(country), p) }
            if let language = l.group(3) { s.deliveryLanguage = Attributed(language.capitalized, p) }
            body = String(cleaned[String.Index(utf16Offset: first.utf16Offset + l.range.upperBound, in: cleaned)...])
        }
        s.paragraphs = ParagraphSplitter.paragraphs(from: body)

        let row = metadataRow(for: url, meeting: meeting, speech: m.group(4)!)
        if let row { apply(row, to: &s, reader: reader, file: url.lastPathComponent) }
        if s.date == nil, let d = StatementDate(year: year) {
            s.date = Attributed(
                d,
                Provenance(
                    basis: .stated, rule: "unsc-corpus.file-name-year", confidence: 0.9,
                    evidence: url.lastPathComponent,
                    reason: "no metadata row for this speech: only the year in the file name is known"))
        }
        reader.enrich(&s, topics: row?.topics ?? [])
        return FileReading(statements: [s])
    }

    /// The first line with more than whitespace, and where it starts (UTF-16 and scalar offsets): only
    /// that line is looked at, so the rest of the text is not cut into lines here.
    static func firstNonBlankLine(of text: String) -> (text: String, utf16Offset: Int, scalarOffset: Int)? {
        var start = text.startIndex
        while start < text.endIndex {
            let end = text.utf8[start...].firstIndex(of: 0x0A) ?? text.endIndex
            let line = text[start..<end]
            if !line.trimmed.isEmpty {
                return (
                    String(line), text.utf16.distance(from: text.startIndex, to: start),
                    text.unicodeScalars.distance(from: text.startIndex, to: start)
                )
            }
            guard end < text.endIndex else { break }
            start = text.utf8.index(after: end)
        }
        return nil
    }

    private func apply(_ row: MetadataRow, to s: inout Statement, reader: StatementReader, file: String) {
        func stated(_ column: String) -> Provenance {
            Provenance(basis: .stated, rule: "unsc-corpus.metadata.\(column)", confidence: 0.95, evidence: file)
        }
        if let y = row.year, let d = StatementDate(year: y, month: row.month, day: row.day) {
            s.date = Attributed(d, stated("date"))
        } else if let text = row.date, let d = DateFinder.fullDates(in: text).first?.date {
            s.date = Attributed(d, stated("date"))
        }
        if let speaker = row.speaker { s.speaker = Attributed(speaker, stated("speaker")) }
        if let country = row.country {
            s.country = Attributed(reader.reference.countryName(country), stated("country"))
        }
        if let role = row.role { s.role = Attributed(role, stated("role")) }
        if let topic = row.topic { s.agenda = Attributed(topic, stated("topic")) }
    }

    /// The metadata row of a speech, from the first tables found in the folders above it.
    private func metadataRow(for url: URL, meeting: String, speech: String) -> MetadataRow? {
        // Which tables serve a folder is worked out once a folder, not once a speech.
        let folder = url.deletingLastPathComponent()
        guard let index = tablesFor.value(for: folder.path, load: { nearestIndex(above: folder) }) else { return nil }
        let name = url.lastPathComponent
        if let row = index[name] { return row }
        if let r = name.range(of: "_spch"), let n = Int(speech) {
            let base = String(name[..<r.lowerBound])
            for key in [Self.speechFile(base, n, width: 3), Self.speechFile(base, n, width: 4)] {
                if let row = index[key] { return row }
            }
        }
        return nil
    }

    /// The first speaker tables found in a folder or the six above it.
    private func nearestIndex(above folder: URL) -> MetadataIndex? {
        var dir = folder
        for _ in 0..<7 {
            let index = metadata.value(for: dir.path) { Self.loadIndex(near: dir, problems: problems) }
            if let index, !index.isEmpty { return index }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    /// Every speaker table in `dir` or its `Metadata` folder, keyed by speech file name.
    static func loadIndex(near dir: URL, problems: CorpusProblemLog = CorpusProblemLog()) -> MetadataIndex? {
        let fm = FileManager.default
        var tables: [URL] = []
        for folder in [dir, dir.appendingPathComponent("Metadata"), dir.appendingPathComponent("metadata")] {
            let names = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
            tables += names.filter { $0.lowercased().hasSuffix(".tsv") && !$0.hasPrefix(".") }.sorted().map {
                folder.appendingPathComponent($0)
            }
        }
        var index = MetadataIndex()
        var interned: [Substring: String] = [:]
        func intern(_ value: String?) -> String? {
            guard let value else { return nil }
            if let shared = interned[Substring(value)] { return shared }
            interned[Substring(value)] = value
            return value
        }
        for table in tables {
            // The file's bytes are let go once decoded: a 106,000-row table is 15 MB, and every copy
            // alive at once raised the import's peak memory.
            let text: String
            do { text = try TextDecoder.decode(try FileBytes.read(table), limit: nil).text } catch {
                problems.add(CorpusProblem(table: table.path, reason: "\(error)"))
                continue
            }
            let t = DelimitedTable(tsv: text)
            guard let speakerColumn = t.column("speaker") else { continue }
            let file = t.column("filename")
            let base = t.column("basename")
            let number = t.column("speech", "speech_number")
            guard file != nil || (base != nil && number != nil) else { continue }
            let cols = (
                date: t.column("date"), year: t.column("year"), month: t.column("month"), day: t.column("day"),
                country: t.column("speaker_country", "country", "country_org"), role: t.column("role", "role_in_un"),
                type: t.column("participanttype"), topic: t.column("topic", "agenda_item1"),
                spv: t.column("spv", "meeting_symbol"),
                topics: ["topic", "topic2", "subtopic", "agenda_item2", "agenda_item3"].compactMap { t.column($0) }
            )
            index.rows.reserveCapacity(index.rows.count + t.rowCount)
            index.byFile.reserveCapacity(index.byFile.count + t.rowCount)
            t.forEachRow { r in
                func v(_ c: Int?) -> String? { intern(DelimitedTable.value(r, c)) }
                // One key a row: the table's file name, else the speech file's name made from the meeting
                // and the number with three digits (a lookup tries the file's own name, then that form).
                let key: String
                if let f = DelimitedTable.value(r, file) {
                    key = (f as NSString).lastPathComponent
                }  // unique: not interned
                else if let b = v(base), let n = v(number).flatMap({ Int($0) }) {
                    key = speechFile(b, n, width: 3)
                } else {
                    return
                }
                guard index.byFile[key] == nil else { return }
                index.byFile[key] = Int32(index.rows.count)
                index.rows.append(
                    MetadataRow(
                        date: v(cols.date), year: v(cols.year).flatMap { Int($0) },
                        month: v(cols.month).flatMap { Int($0) },
                        day: v(cols.day).flatMap { Int($0) }, speaker: v(speakerColumn), country: v(cols.country),
                        role: v(cols.role), participantType: v(cols.type), topic: v(cols.topic), spv: v(cols.spv),
                        topics: cols.topics.compactMap { v($0) }))
            }
        }
        return index
    }

    /// `UNSC_2014_SPV.7138_spch002.txt` from its meeting's base name and the speech number.
    static func speechFile(_ base: String, _ number: Int, width: Int) -> String {
        let digits = String(number)
        return base + "_spch" + String(repeating: "0", count: max(0, width - digits.count)) + digits + ".txt"
    }

    /// Whether a table is a speaker or meeting table of this corpus (imported by joining, not as text).
    static func isMetadataTable(_ t: DelimitedTable) -> Bool {
        (t.column("speaker") != nil && (t.column("filename") != nil || t.column("basename") != nil))
            || (t.column("basename") != nil && t.column("num_speeches") != nil)
    }
}
