import CPoppler
import Foundation

/// A PDF statement or record, read through poppler: the text of each page in reading order, cleaned by
/// `PDFTextCleaner`, then read like any text (title, date line, speaker, forum). The PDF's own title and
/// creation date are weak evidence: the creation date only narrows a year the text leaves open.
public struct PDFImporter: FileImporter {
    public let family = "pdf"
    /// PDFs are larger than their text; a statement's PDF is rarely over a few MB.
    static let sizeLimit = 64 * 1_048_576

    /// Whether pages whose letters are only drawn are read by OCR (`PDFRecognition`); the fuzzer leaves it off.
    public let recognisesImages: Bool

    public init(recognisesImages: Bool = true) { self.recognisesImages = recognisesImages }

    public func claims(_ url: URL) -> Bool { url.pathExtension.lowercased() == "pdf" }

    public func read(_ url: URL, reader: StatementReader) throws -> FileReading {
        let bytes = try FileBytes.read(url, limit: Self.sizeLimit)
        let pdf = try PDFDocumentText.read(bytes)
        var cleaned = PDFTextCleaner.clean(pages: pdf.pages)
        let pages = "\(pdf.pages.count) page\(pdf.pages.count == 1 ? "" : "s")"
        var notes = ["text extracted from a PDF of \(pages)"]
        let problem: TextProblem? =
            !cleaned.text.contains(where: { $0.isLetter })
            ? .noTextLayer(pages: pdf.pages.count)
            : PDFTextCleaner.looksReadable(cleaned.text) ? nil : .unreadableFonts
        if let problem {
            // The letters are drawn but not held as text: read off the pages' images, or refused as before.
            // Without a text layer only a scan is worth drawing: a page of shapes holds no letters.
            guard recognisesImages, let read = PDFRecognition.read(bytes, scansOnly: problem != .unreadableFonts)
            else { throw problem }
            cleaned = PDFTextCleaner.clean(pages: read.pages)
            guard cleaned.text.contains(where: { $0.isLetter }), PDFTextCleaner.looksReadable(cleaned.text) else {
                throw problem
            }
            let why = problem == .unreadableFonts ? "its fonts map to no letters" : "it has no text layer (a scan?)"
            notes = [
                "text read by optical character recognition from the images of a PDF of \(pages): \(why); "
                    + "\(read.script) script, read as \(read.languages) (tesseract); a letter may be misread"
            ]
        }
        if !cleaned.removed.isEmpty {
            notes.append(
                "running headers, footers and page numbers removed: "
                    + cleaned.removed.prefix(4).map { "“\($0)”" }.joined(separator: ", "))
        }
        var document = SourceDocument(path: url.path, text: cleaned.text, notes: notes)
        document.created = pdf.created
        var s = reader.read(document, enrich: false)
        s.source.family = family
        Self.readRecordSymbol(in: cleaned.removed, into: &s)
        // A title field of a word or two ("statement", "Microsoft Word - doc1") is a template's, not the text's.
        if s.title == nil, let title = pdf.title, title.count >= 8,
            title.split(separator: " ").count >= 3 || title.unicodeScalars.contains(where: { $0.value >= 0x3000 }),
            PDFTextCleaner.looksReadable(title)
        {
            s.title = Attributed(
                title,
                Provenance(
                    basis: .inferred, rule: "pdf.metadata-title", confidence: 0.5, evidence: title,
                    reason: "the text has no headline; the PDF's own title field names it"))
        }
        var pieces = PressReleaseSplitter.split(s, reference: reader.reference)
        for i in pieces.indices { reader.enrich(&pieces[i]) }
        return FileReading(statements: pieces)
    }

    /// A verbatim record's symbol runs at the head of every page ("S/PV.4739", "A/64/PV.62"), so the
    /// cleaner takes it out as a running header; it still says which body met and which meeting it was.
    private static let recordSymbol = Pattern(#"\b(S/PV\.\d{3,5}|A/(?:ES-\d+/)?\d{2}/PV\.\d{1,3})\b"#)

    static func readRecordSymbol(in removed: [String], into s: inout Statement) {
        guard let m = removed.lazy.compactMap({ recordSymbol.firstMatch(in: $0) }).first, let symbol = m.group(1) else {
            return
        }
        let p = Provenance(
            basis: .inferred, rule: "pdf.running-header-symbol", confidence: 0.85, evidence: symbol,
            reason: "every page is headed “\(symbol)”, a verbatim record's symbol")
        if s.meetingSymbol == nil { s.meetingSymbol = Attributed(symbol, p) }
        if s.forum == nil { s.forum = Attributed(symbol.hasPrefix("S/") ? "Security Council" : "General Assembly", p) }
    }
}

/// What poppler gives of a PDF: each page's text and the document's title and creation date.
struct PDFDocumentText {
    var pages: [String]
    var title: String?
    var created: StatementDate?

    static func read(_ bytes: [UInt8]) throws -> PDFDocumentText {
        var error: UnsafeMutablePointer<GError>?
        let gbytes = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(gbytes) }
        guard let doc = poppler_document_new_from_bytes(gbytes, nil, &error) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "unknown error"
            if let error { g_error_free(error) }
            throw TextProblem.unreadablePDF(message)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(doc)) }
        var result = PDFDocumentText(pages: [])
        for i in 0..<poppler_document_get_n_pages(doc) {
            guard let page = poppler_document_get_page(doc, i) else {
                result.pages.append("")
                continue
            }
            result.pages.append(take(poppler_page_get_text(page)) ?? "")
            g_object_unref(UnsafeMutableRawPointer(page))
        }
        result.title = take(poppler_document_get_title(doc))?.trimmed
        if result.title?.isEmpty == true { result.title = nil }
        let created = poppler_document_get_creation_date(doc)
        if created > 0 {
            let c = Calendar(identifier: .gregorian).dateComponents(
                in: TimeZone(identifier: "UTC")!, from: Date(timeIntervalSince1970: TimeInterval(created)))
            result.created = StatementDate(year: c.year!, month: c.month, day: c.day)
        }
        return result
    }

    /// A string poppler allocated, copied and freed.
    private static func take(_ p: UnsafeMutablePointer<gchar>?) -> String? {
        guard let p else { return nil }
        defer { g_free(p) }
        return String(cString: p)
    }
}
