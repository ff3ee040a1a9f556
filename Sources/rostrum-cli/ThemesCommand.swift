import ArgumentParser
import StatementModel

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes", abstract: "Statements per theme under the filters.")
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions

    func run() throws {
        let library = try options.open()
        let counts = try reporting { try library.store.facetCounts(.theme, filter: try filters.filter()) }
        let byName = Dictionary(counts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        for theme in library.reader.reference.themes.themes {
            print("\(byName[theme.name] ?? 0)\t\(theme.colour)\t\(Terminal.visible(theme.name))")
        }
    }
}
