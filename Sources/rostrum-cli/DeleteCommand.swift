import ArgumentParser
import StatementModel

struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Take statements out of the library; prints what was deleted.",
        discussion:
            "Importing their unchanged files again does not bring them back (unchanged files are skipped); "
            + "a changed file is read anew. The tool has no undo.")
    @OptionGroup var options: LibraryOptions
    @Argument(help: "The statements' ids, or enough of their start to be unique.") var ids: [String]

    func validate() throws {
        guard !ids.isEmpty else { throw ValidationError("give the id of at least one statement") }
    }

    func run() throws {
        let store = try options.open().store
        let deleted = try reporting { () -> DeletedStatements in
            // Every id resolved before anything is deleted: a typo deletes nothing.
            var full: [StatementID] = []
            for id in ids {
                let one = try store.resolve(idPrefix: id)
                if !full.contains(one) { full.append(one) }
            }
            return try store.delete(full)
        }
        for (id, title) in zip(deleted.ids, deleted.titles) { print(Terminal.visible("deleted \(id)  \(title)")) }
    }
}
