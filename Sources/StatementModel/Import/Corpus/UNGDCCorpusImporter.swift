import Foundation

/// The UN General Debate corpus (Baturo, Dasandi, Mikhaylov; Jankin et al.): `TXT/Session NN - YYYY/
/// ISO_NN_YYYY.txt`, one file a country's address to a session's general debate, with the speakers
/// workbook (`Speakers_by_session.xlsx`: year, session, ISO code, country, speaker, post) beside it.
public struct UNGDCCorpusImporter: FileImporter {
    public let family = "ungdc-corpus"
    static let publisher = "UN General Debate Corpus (Baturo, Dasandi, Mikhaylov)"
    static let path = Pattern(#"Session (\d{1,2}) - (\d{4})/([A-Za-z]{2,3})_(\d{1,2})_(\d{4})\.txt$"#)
    private let workbooks = CorpusCache<SpeakerIndex>()

    public init() {}

    public func claims(_ url: URL) -> Bool { Self.path.firstMatch(in: url.path) != nil }

    public func forgetCorpusTables() { workbooks.removeAll() }

    struct Speaker: Sendable {
        var name: String?
        var post: String?
    }
    struct SpeakerIndex: Sendable {
        var byCode: [String: Speaker] = [:]  // "CHN-2015"
        var byCountry: [String: Speaker] = [:]  // "china-2015"
        var file: String
    }

    public func read(_ url: URL, reader: StatementReader) throws -> FileReading {
        let decoded = try reader.decode(fileAt: url)
        let m = Self.path.firstMatch(in: url.path)!
        let session = Int(m.group(1)!)!
        let year = Int(m.group(2)!)!
        let code = m.group(3)!.uppercased()
        var s = Statement(
            id: StatementID.forContent(decoded.text), source: StatementSource(path: url.path, family: family),
            raw: decoded.text, paragraphs: ParagraphSplitter.paragraphs(from: VerbatimCleaner.clean(decoded.text)))
        s.notes = decoded.notes
        let fromPath = Provenance(
            basis: .stated, rule: "ungdc-corpus.path", confidence: 0.95,
            evidence: "Session \(m.group(1)!) - \(year)/\(url.lastPathComponent)")
        s.forum = Attributed("General Assembly", fromPath)
        s.meetingType = Attributed("general debate", fromPath)
        s.kind = Attributed("speech", fromPath)
        s.agenda = Attributed("General debate of the \(Self.ordinal(session)) session", fromPath)
        s.source.publisher = Attributed(Self.publisher, fromPath)
        if let date = StatementDate(year: year) { s.date = Attributed(date, fromPath) }
        if let country = reader.reference.countries.name(for: code, year: year) {
            var p = fromPath
            if code == "CHN" && year <= 1971 || code == "RUS" && year <= 1991 {
                p.reason =
                    "the corpus files this delegation's speeches under \(code); "
                    + "in \(year) the seat was held by \(country)"
            }
            s.country = Attributed(country, p)
        } else {
            s.notes.append("unknown country code \(code) in the file name")
        }
        if let index = workbook(near: url) {
            let countryKey = (s.country?.value.lowercased() ?? "") + "-\(year)"
            if let speaker = index.byCode["\(CountryCodes.canonical(code))-\(year)"] ?? index.byCountry[countryKey] {
                let p = Provenance(
                    basis: .stated, rule: "ungdc-corpus.speakers-workbook", confidence: 0.9,
                    evidence: (index.file as NSString).lastPathComponent)
                if let name = speaker.name { s.speaker = Attributed(name, p) }
                if let post = speaker.post { s.role = Attributed(post, p) }
            }
        }
        reader.enrich(&s)
        return FileReading(statements: [s])
    }

    static func ordinal(_ n: Int) -> String {
        let suffix = (11...13).contains(n % 100) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    /// The speakers workbook in the session folder's parents, read once per import.
    private func workbook(near url: URL) -> SpeakerIndex? {
        var dir = url.deletingLastPathComponent().deletingLastPathComponent()
        for _ in 0..<3 {
            let folder = dir
            if let index = workbooks.value(for: folder.path, load: { Self.loadWorkbook(in: folder) }) { return index }
            dir = dir.deletingLastPathComponent()
        }
        return nil
    }

    static func loadWorkbook(in dir: URL) -> SpeakerIndex? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        guard
            let name = names.sorted().first(where: {
                $0.lowercased().hasSuffix(".xlsx") && $0.lowercased().contains("speaker") && !$0.hasPrefix(".")
            }),
            let sheet = try? XLSXSheet(url: dir.appendingPathComponent(name))
        else { return nil }
        // Header names vary between releases: find the row that names a year, then each column by its words.
        guard
            let headerIndex = sheet.rows.prefix(10).firstIndex(where: {
                $0.contains { $0.lowercased().contains("year") }
            })
        else { return nil }
        let header = sheet.rows[headerIndex].map { $0.lowercased() }
        func column(_ words: [String]) -> Int? { header.firstIndex { h in words.contains { h.contains($0) } } }
        guard let yearC = column(["year"]) else { return nil }
        let codeC = column(["iso", "code"])
        let countryC = column(["country"])
        let nameC = column(["name", "speaker"])
        let postC = column(["post", "title", "position"])
        var index = SpeakerIndex(file: dir.appendingPathComponent(name).path)
        for row in sheet.rows[(headerIndex + 1)...] {
            func v(_ c: Int?) -> String? {
                guard let c, c < row.count else { return nil }
                let t = row[c].squeezed
                return t.isEmpty ? nil : t
            }
            guard let yearText = v(yearC), let year = Int(Double(yearText) ?? -1) as Int?, year > 0 else { continue }
            let speaker = Speaker(name: v(nameC), post: v(postC))
            guard speaker.name != nil || speaker.post != nil else { continue }
            if let code = v(codeC) { index.byCode["\(CountryCodes.canonical(code))-\(year)"] = speaker }
            if let country = v(countryC) { index.byCountry["\(country.lowercased())-\(year)"] = speaker }
        }
        return index
    }
}
