import ArgumentParser
import StatementModel

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List statements, sorted by date.")
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions
    @Option(name: .long, help: "At most this many (0: all).") var limit = 100
    @Option(name: .long, help: "Skip this many first.") var offset = 0
    @Flag(name: .long, help: "Newest first.") var newestFirst = false
    @Flag(name: .long, help: "JSON Lines, one object per statement.") var json = false

    func run() throws {
        let library = try options.open()
        try printStatements(
            library: library, filter: try filters.filter(), limit: limit, offset: offset,
            sort: newestFirst ? .dateDescending : .dateAscending, json: json)
    }
}

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Full-text search (FTS5 syntax), with the list's filters.")
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions
    @Argument(help: "The query: words, \"a phrase\", AND, OR, NOT, prefix*.") var query: String
    @Option(name: .long, help: "At most this many (0: all).") var limit = 100
    @Flag(name: .long, help: "Best matches first (FTS5's bm25, title words weighing more), not by date.")
    var best = false
    @Flag(name: .long, help: "JSON Lines, one object per statement.") var json = false

    func run() throws {
        let library = try options.open()
        var filter = try filters.filter()
        filter.text = query
        try printStatements(
            library: library, filter: filter, limit: limit, offset: 0, sort: best ? .relevance : .dateAscending,
            json: json)
    }
}

/// Tab-separated rows (id, date, speaker, forum, title) or JSON Lines; a date marked `~` was inferred.
func printStatements(
    library: StatementLibrary, filter: StatementFilter, limit: Int, offset: Int, sort: StatementSort, json: Bool
) throws {
    let total = try reporting { try library.store.count(filter) }
    let rows = try reporting {
        try library.store.page(filter, sort: sort, offset: offset, limit: limit == 0 ? Int.max : limit)
    }
    for row in rows {
        if json {
            guard let s = try library.store.statement(id: row.id) else { continue }
            print(StatementExport.jsonLine(s, full: false))
        } else {
            let date = (row.date?.iso ?? "undated") + (row.dateInferred ? "~" : "")
            // Fields from files, each kept on its line and in its column: controls, tabs and newlines made visible.
            print(
                [row.id.rawValue, date, row.speaker ?? "-", row.forum ?? "-", row.title].map(Terminal.visible).joined(
                    separator: "\t"))
        }
    }
    if !json {
        Terminal.err(
            "\(rows.count) of \(total) statements"
                + (rows.contains { $0.dateInferred } ? " (~ date inferred: see `show ID`)" : ""))
    }
}
