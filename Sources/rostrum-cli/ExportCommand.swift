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
        let text = try StatementExport.write(
            rows.map(\.id), from: library.store, format: StatementExport.Format(rawValue: format.rawValue)!,
            includeText: includeText, filter: filters.summary)
        if let output {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
            Terminal.err("exported \(rows.count) statements to \(output)")
        } else {
            // On a terminal the export is read, not stored: control characters from the files are shown
            // escaped. Piped or written with -o, the data stays exactly as stored.
            print(isatty(1) == 1 ? VisibleText.escaped(text, multiline: true) : text, terminator: "")
        }
    }
}
