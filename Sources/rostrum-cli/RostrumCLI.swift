import ArgumentParser

@main
struct RostrumCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rostrum-cli",
        abstract: "Import, search and export diplomatic statements in a Rostrum library.",
        discussion:
            "Every command works on the library named by --library, else $ROSTRUM_LIBRARY, "
                + "else ~/.local/share/rostrum/library.sqlite. "
                + "An empty library is filled with the default statements on first use.",
        subcommands: [
            ImportCommand.self, ListCommand.self, SearchCommand.self, ShowCommand.self, EditCommand.self,
            DeleteCommand.self, ThemesCommand.self,
            SituationsCommand.self, ExportCommand.self, TimelineCommand.self, StoryCommand.self, TrendCommand.self,
            KWICCommand.self, CompareCommand.self, EchoesCommand.self, EvaluateCommand.self, GenerateCommand.self,
            BenchmarkCommand.self,
        ]
    )
}
