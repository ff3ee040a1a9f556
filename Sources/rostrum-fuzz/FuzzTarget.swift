import Foundation
import StatementModel

// libFuzzer entry points (issue 17): built only by `scripts/fuzz` (ROSTRUM_FUZZ=1, -sanitize=fuzzer,address),
// which supplies libFuzzer's own main. ROSTRUM_FUZZ_TARGET picks what the bytes are fed to:
//   decoder   TextDecoder.decode: charsets, byte-order marks, binary detection
//   text      a decoded text read by the text families (web page, wire story, plain) and the cues
//   html      a saved web page (libxml2, article extraction, page metadata)
//   pdf       a PDF (poppler, the cleaner of running heads and footers)
//   table     a CSV/TSV table of speeches, and the same bytes as an .xlsx workbook
//   unsc      a Security Council corpus speech
//   unsc-meta the same corpus's speaker table (speaker.tsv), read afresh for one speech beside it
//   ungd      a General Debate corpus speech
//   query     a search as typed: FullTextQuery, then FTS5 over a small library
// A file-based target writes the bytes where its importer looks, as the user's file would be.

/// What every target shares, made once per process: libFuzzer calls the entry point millions of times.
private final class FuzzContext: @unchecked Sendable {
    let target: String
    let reader: StatementReader
    let folder: URL
    private(set) var store: SQLiteStatementStore?

    init() {
        target = ProcessInfo.processInfo.environment["ROSTRUM_FUZZ_TARGET"] ?? "text"
        let paths = RostrumPaths.resolve(libraryOverride: nil)
        guard let reference = try? ReferenceData.load(resources: paths.resources, userThemes: nil, currentYear: 2026)
        else { fatalError("rostrum-fuzz: the reference data in \(paths.resources.path) could not be loaded") }
        // OCR of a PDF's page images takes seconds a page in tesseract, which is not what is fuzzed here.
        reader = StatementReader(reference: reference, recognisesImages: false)
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("rostrum-fuzz-\(target)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The query target searches a library `scripts/fuzz` filled beforehand with the default statements:
        // importing here would count the import's allocations against the first input.
        if target == "query", let path = ProcessInfo.processInfo.environment["ROSTRUM_FUZZ_LIBRARY"] {
            store = try? SQLiteStatementStore(path: path)
        }
    }

    func run(_ bytes: [UInt8]) {
        switch target {
        case "decoder": _ = try? TextDecoder.decode(bytes)
        case "text": readText(bytes)
        case "html": readFile(bytes, named: "page.html")
        case "pdf": readFile(bytes, named: "statement.pdf")
        case "table":
            readFile(bytes, named: "speeches.csv")
            readFile(bytes, named: "speeches.xlsx")
        case "unsc": readFile(bytes, named: "UNSC_2014_SPV.7138_spch002.txt")
        case "unsc-meta": readSpeakerTable(bytes)
        case "ungd": readFile(bytes, named: "Session 70 - 2015/CHN_70_2015.txt")
        case "query": search(bytes)
        default: fatalError("rostrum-fuzz: no target named \(target)")
        }
    }

    private func readText(_ bytes: [UInt8]) {
        guard let decoded = try? TextDecoder.decode(bytes) else { return }
        _ = reader.read(SourceDocument(path: "fuzz.txt", text: decoded.text, notes: decoded.notes))
    }

    private func readFile(_ bytes: [UInt8], named name: String) {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else { return }
        _ = try? reader.read(fileAt: url)
    }

    /// A new importer each time: an importer keeps the tables it has read for as long as it lives.
    private func readSpeakerTable(_ bytes: [UInt8]) {
        let corpus = folder.appendingPathComponent("unsc-meta")
        let speech = corpus.appendingPathComponent("UNSC_2014_SPV.7138_spch002.txt")
        if !FileManager.default.fileExists(atPath: speech.path) {
            try? FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            let text = "Mr. Churkin (Russian Federation) (spoke in Russian): We support the draft resolution.\n"
            FileManager.default.createFile(atPath: speech.path, contents: Data(text.utf8))
        }
        FileManager.default.createFile(atPath: corpus.appendingPathComponent("speaker.tsv").path, contents: Data(bytes))
        _ = try? UNSCCorpusImporter().read(speech, reader: reader)
    }

    private func search(_ bytes: [UInt8]) {
        guard let store, let query = String(validating: bytes, as: UTF8.self) else { return }
        _ = try? store.count(StatementFilter(text: query))
    }
}

private let context = FuzzContext()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    context.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

// SwiftPM links an executable's entry point under the name `<module>_main`; here it hands over to
// libFuzzer's driver, which parses the fuzzer's options and calls the entry point above.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

@_cdecl("rostrum_fuzz_main")
public func rostrumFuzzMain(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
    // The context (reference data, compiled patterns) is made before the first input, so libFuzzer's
    // leak check, which looks at what each input leaves behind, does not count what lives for the run.
    _ = context
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzTestOneInput(data, size) }
}
