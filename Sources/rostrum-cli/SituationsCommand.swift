import ArgumentParser
import Foundation
import StatementModel

struct SituationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "situations",
        abstract: "Statements per situation and agenda item under the filters (each filing is inferred).",
        discussion: """
            Prints a count, the kind (country or thematic) and the name of every situation in the table,
            most statements first. --assign files statements stored before Rostrum found situations.
            """)
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions
    @Flag(name: .long, help: "File the statements stored before situations were found, then print the counts.")
    var assign = false
    @Flag(name: .long, help: "Also list situations no statement is filed under.") var all = false

    func run() throws {
        let library = try options.open()
        if assign {
            let finder = library.reader.situationFinder
            let progress = ProgressMeter(unit: "statements")
            let start = Date()
            let n = try reporting {
                try library.store.assignSituations(batchSize: 500, find: { finder.situations(of: $0) }) { done, total in
                    progress.update(
                        ImportProgress(
                            done: done, total: total, elapsed: Date().timeIntervalSince(start),
                            currentFile: ""))
                }
            }
            progress.finish()
            Terminal.err("Read \(n) statements stored before situations were found.")
        }
        let counts = try reporting { try library.store.facetCounts(.situation, filter: try filters.filter()) }
        let byName = Dictionary(counts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        let catalog = library.reader.reference.situations.situations
        for s in catalog.sorted(by: { (byName[$0.name] ?? 0, $1.name) > (byName[$1.name] ?? 0, $0.name) })
        where all || byName[s.name] != nil {
            print("\(byName[s.name] ?? 0)\t\(s.kind)\t\(s.name)")
        }
    }
}
