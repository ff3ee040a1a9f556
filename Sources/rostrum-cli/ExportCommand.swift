import ArgumentParser
import Foundation
import StatementModel

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export the statements under the filters as CSV, JSON Lines or Markdown.")
    enum Format: String, ExpressibleByArgument { case csv, json, markdown }
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "csv, json (JSON Lines) or markdown.") var format: Format = .csv
    @Flag(name: .customLong("text"), inversion: .prefixedNo, help: "Include each statement's text.") var includeText =
        true
    @Option(name: [.short, .long], help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        let library = try options.open()
        let filter = try filters.filter()
        let rows = try reporting { try library.store.page(filter, sort: .dateAscending, offset: 0, limit: Int.max) }
        let format = StatementExport.Format(rawValue: format.rawValue)!
        guard let output else {
            // Streamed as the statements are read, in blocks of 1 MB: memory stays bounded whatever the export's
            // size. On a terminal the export is read, not stored: control characters from the files are shown
            // escaped. Piped, the data stays exactly as stored.
            let terminal = isatty(1) == 1
            var block = Data()
            let standardOutput = FileHandle.standardOutput
            try reporting {
                try StatementExport.stream(
                    rows.map(\.id), from: library.store, format: format, includeText: includeText,
                    filter: filters.summary
                ) { piece in
                    block.append(contentsOf: (terminal ? VisibleText.escaped(piece, multiline: true) : piece).utf8)
                    if block.count >= 1 << 20 {
                        try standardOutput.write(contentsOf: block)
                        block.removeAll(keepingCapacity: true)
                    }
                }
                try standardOutput.write(contentsOf: block)
            }
            return
        }
        // Written to a file as the statements are read, with progress; Ctrl+C stops it and leaves the file as it
        // was before.
        let cancellation = ImportCancellation()
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler { cancellation.cancel() }
        interrupt.resume()
        defer {
            interrupt.cancel()
            signal(SIGINT, SIG_DFL)
        }
        let meter = ProgressMeter(unit: "statements")
        do {
            try reporting {
                try StatementExport.export(
                    rows.map(\.id), from: library.store, format: format, includeText: includeText,
                    filter: filters.summary, toFile: output, progress: meter.update,
                    isCancelled: { cancellation.isCancelled })
            }
            meter.finish()
        } catch is CancellationError {
            meter.finish()
            Terminal.err("rostrum-cli: export cancelled: \(Terminal.visible(output)) was not written")
            throw ExitCode(130)
        }
        Terminal.err("exported \(rows.count) statements to \(output)")
    }
}
