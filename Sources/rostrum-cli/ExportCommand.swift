import ArgumentParser
import Foundation
import StatementModel

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export the statements under the filters as CSV or JSON Lines.")
    enum Format: String, ExpressibleByArgument { case csv, json }
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "csv or json (JSON Lines).") var format: Format = .csv
    @Option(name: [.short, .long], help: "Write to this file instead of standard output.") var output: String?

    static let columns = ["id", "title", "date", "date_precision", "date_inferred", "speaker", "role", "country", "forum",
                          "meeting_type", "agenda", "kind", "publisher", "url", "source_path", "language", "themes", "body"]

    func run() throws {
        let library = try options.open()
        let filter = try filters.filter()
        let rows = try reporting { try library.store.page(filter, sort: .dateAscending, offset: 0, limit: Int.max) }
        var lines: [String] = format == .csv ? [Self.columns.joined(separator: ",")] : []
        for row in rows {
            guard let s = try library.store.statement(id: row.id) else { continue }
            lines.append(format == .csv ? csvRow(s) : StatementJSON.line(s, full: false))
        }
        let text = lines.joined(separator: "\n") + "\n"
        if let output {
            try text.write(toFile: output, atomically: true, encoding: .utf8)
            Terminal.err("exported \(rows.count) statements to \(output)")
        } else {
            print(text, terminator: "")
        }
    }

    private func csvRow(_ s: Statement) -> String {
        let o = StatementJSON.object(s, full: false)
        return Self.columns.map { key -> String in
            let value: String
            switch key {
            case "themes": value = s.themes.map { "\($0.theme) (\($0.count))" }.joined(separator: "; ")
            case "body": value = s.body
            case "date_inferred": value = s.date.map { $0.provenance.isInferred ? "true" : "false" } ?? ""
            default: value = (o[key] as? String) ?? ""
            }
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }
}
