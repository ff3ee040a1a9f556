import CPoppler
import CTesseract
import Foundation

/// The text of a PDF whose pages show letters that its text layer does not hold — a scan, or type drawn
/// with fonts that map to no letters (the Russian Federation's General Debate statement of 2024) — read by
/// optical character recognition: each page drawn by poppler at 300 dpi, its script told by tesseract's
/// orientation-and-script detection on the first page, then every page read in that script's languages.
/// What it reads may misread a letter: the importer says the text came this way.
struct PDFRecognition {
    /// A longer PDF without a text layer is a book or an archive's scan: too slow to read here.
    static let maxPages = 40
    static let dpi = 300.0
    /// A page drawn larger than this on either side is drawn smaller (a poster, a hostile page size).
    static let maxSide = 5_000.0

    let pages: [String]
    /// The script tesseract saw ("Cyrillic") and the languages it read in ("rus").
    let script: String
    let languages: String

    /// The pages' text, or nil when the PDF cannot be drawn or tesseract has no data for it. With
    /// `scansOnly`, a PDF none of whose pages holds an image (shapes only, nothing scanned) is not drawn at all.
    static func read(_ bytes: [UInt8], scansOnly: Bool) -> PDFRecognition? {
        let gbytes = bytes.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(gbytes) }
        guard let doc = poppler_document_new_from_bytes(gbytes, nil, nil) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(doc)) }
        let count = Int(poppler_document_get_n_pages(doc))
        guard count > 0, count <= maxPages, !scansOnly || (0..<count).contains(where: { holdsImage(doc, Int32($0)) })
        else { return nil }
        guard let api = TessBaseAPICreate() else { return nil }
        defer { TessBaseAPIDelete(api) }
        var script = "Latin"
        var languages = ""
        var texts: [String] = []
        for i in 0..<count {
            guard let image = PageImage(doc: doc, index: Int32(i)) else {
                texts.append("")
                continue
            }
            if languages.isEmpty {
                script = detectScript(api, image) ?? "Latin"
                guard let chosen = initialise(api, for: script) else { return nil }
                languages = chosen
            }
            texts.append(recognise(api, image))
        }
        guard !languages.isEmpty else { return nil }
        return PDFRecognition(pages: texts, script: script, languages: languages)
    }

    private static func holdsImage(_ doc: OpaquePointer, _ index: Int32) -> Bool {
        guard let page = poppler_document_get_page(doc, index) else { return false }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        guard let images = poppler_page_get_image_mapping(page) else { return false }
        poppler_page_free_image_mapping(images)
        return true
    }

    /// The languages tesseract reads a script in, as Debian packages their data, most used first.
    static func languages(for script: String) -> [String] {
        switch script {
        case "Cyrillic": return ["rus", "eng"]
        case "Arabic": return ["ara", "eng"]
        case "Han", "HanS", "HanT": return ["chi_sim", "eng"]
        default: return ["eng+fra+spa", "eng"]
        }
    }

    private static func quiet(_ api: OpaquePointer) {
        // tesseract's diagnostics ("Estimating resolution as …") go to stderr otherwise, among the import's lines.
        _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
    }

    private static func detectScript(_ api: OpaquePointer, _ image: PageImage) -> String? {
        guard TessBaseAPIInit3(api, nil, "osd") == 0 else { return nil }
        quiet(api)
        TessBaseAPISetPageSegMode(api, PSM_OSD_ONLY)
        image.give(to: api)
        var degrees: Int32 = 0
        var orientationConfidence: Float = 0
        var name: UnsafePointer<CChar>?
        var confidence: Float = 0
        guard TessBaseAPIDetectOrientationScript(api, &degrees, &orientationConfidence, &name, &confidence) != 0,
            let name
        else { return nil }
        return String(cString: name)
    }

    /// Set up for the first of the script's languages that tesseract has data for.
    private static func initialise(_ api: OpaquePointer, for script: String) -> String? {
        for candidate in languages(for: script) where TessBaseAPIInit3(api, nil, candidate) == 0 {
            quiet(api)
            TessBaseAPISetPageSegMode(api, PSM_AUTO)
            return candidate
        }
        return nil
    }

    /// Below this confidence a word of one or two characters is a logo's or a stamp's speck, not a word.
    static let speckConfidence: Float = 40

    /// The page's words line by line, paragraphs a blank line apart; specks left out (a crest read as "Ме",
    /// "|“": real words score 60–97 here).
    private static func recognise(_ api: OpaquePointer, _ image: PageImage) -> String {
        image.give(to: api)
        guard TessBaseAPIRecognize(api, nil) == 0, let words = TessBaseAPIGetIterator(api) else { return "" }
        defer { TessResultIteratorDelete(words) }
        let layout = TessResultIteratorGetPageIterator(words)
        var paragraphs: [[[String]]] = []
        repeat {
            if paragraphs.isEmpty || TessPageIteratorIsAtBeginningOf(layout, RIL_PARA) != 0 {
                paragraphs.append([[]])
            } else if TessPageIteratorIsAtBeginningOf(layout, RIL_TEXTLINE) != 0 {
                paragraphs[paragraphs.count - 1].append([])
            }
            guard let text = TessResultIteratorGetUTF8Text(words, RIL_WORD) else { continue }
            let word = String(cString: text)
            TessDeleteText(text)
            let speck =
                TessResultIteratorConfidence(words, RIL_WORD) < speckConfidence
                && word.filter(\.isLetter).count <= 2
            if !speck { paragraphs[paragraphs.count - 1][paragraphs[paragraphs.count - 1].count - 1].append(word) }
        } while TessResultIteratorNext(words, RIL_WORD) != 0
        return paragraphs.map { lines in
            lines.map { $0.joined(separator: " ") }.filter { !$0.isEmpty }.joined(separator: "\n")
        }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}

/// One page drawn by poppler on white, in 8-bit grey, as tesseract takes it.
private struct PageImage {
    let grey: [UInt8]
    let width: Int32
    let height: Int32
    let dpi: Int32

    init?(doc: OpaquePointer, index: Int32) {
        guard let page = poppler_document_get_page(doc, index) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var w = 0.0
        var h = 0.0
        poppler_page_get_size(page, &w, &h)
        guard w > 0, h > 0, w.isFinite, h.isFinite else { return nil }
        let scale = min(PDFRecognition.dpi / 72, PDFRecognition.maxSide / max(w, h))
        width = Int32(max(1, (w * scale).rounded()))
        height = Int32(max(1, (h * scale).rounded()))
        dpi = Int32((scale * 72).rounded())
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        poppler_page_render_for_printing(page, cr)
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let (cols, rows) = (Int(width), Int(height))
        var grey = [UInt8](repeating: 255, count: cols * rows)
        grey.withUnsafeMutableBufferPointer { out in
            for y in 0..<rows {
                let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<cols {
                    let p = row[x]
                    let r = (p >> 16) & 0xFF
                    let g = (p >> 8) & 0xFF
                    let b = p & 0xFF
                    out[y * cols + x] = UInt8((r * 30 + g * 59 + b * 11) / 100)
                }
            }
        }
        self.grey = grey
    }

    func give(to api: OpaquePointer) {
        grey.withUnsafeBufferPointer {
            TessBaseAPISetImage(api, $0.baseAddress, width, height, 1, width)
        }
        TessBaseAPISetSourceResolution(api, dpi)
    }
}
