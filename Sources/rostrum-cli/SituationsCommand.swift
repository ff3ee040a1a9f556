import ArgumentParser
import Foundation
import StatementModel

struct SituationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "situations",
        abstract: "Statements per situation and agenda item under the filters (each filing is inferred).",
        discussion: """
            Prints a count, the kind (country or thematic) and the name of every situation in the table,
            most statements first. --assign files statements stored before Rostrum found situations;
            --refile files every statement again with today's table (names added since the library was
            filled), keeping what a corpus's own topic columns filed, and prints what changed.
            """)
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions
    @Flag(name: .long, help: "File the statements stored before situations were found, then print the counts.")
    var assign = false
    @Flag(name: .long, help: "File every statement again with today's table, then print what changed and the counts.")
    var refile = false
    @Flag(name: .long, help: "Also list situations no statement is filed under.") var all = false

    func validate() throws {
        if assign && refile { throw ValidationError("--refile files every statement: --assign is not needed with it.") }
    }

    func run() throws {
        let library = try options.open()
        let finder = library.reader.situationFinder
        if assign {
            let n = try withProgress { update in
                try library.store.assignSituations(
                    batchSize: 500, find: { finder.situations(of: $0) }, progress: update)
            }
            Terminal.err("Read \(n) statements stored before situations were found.")
        }
        if refile {
            let summary = try withProgress { update in try library.refileSituations(progress: update) }
            Terminal.err(Self.describe(summary))
        } else if try reporting({ try library.situationsOutOfDate() }) {
            Terminal.err(
                "The library was filed under situations with an earlier table: "
                    + "`rostrum-cli situations --refile` files it again with this version's.")
        }
        let counts = try reporting { try library.store.facetCounts(.situation, filter: try filters.filter()) }
        let byName = Dictionary(counts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        let catalog = library.reader.reference.situations.situations
        for s in catalog.sorted(by: { (byName[$0.name] ?? 0, $1.name) > (byName[$1.name] ?? 0, $0.name) })
        where all || byName[s.name] != nil {
            print("\(byName[s.name] ?? 0)\t\(s.kind)\t\(s.name)")
        }
    }

    /// Runs `work` with a terminal progress line (count, rate, time left) fed by its `(done, total)` reports.
    private func withProgress<T>(_ work: (_ update: (Int, Int) -> Void) throws -> T) throws -> T {
        let progress = ProgressMeter(unit: "statements")
        let start = Date()
        let result = try reporting {
            try work { done, total in
                progress.update(
                    ImportProgress(done: done, total: total, elapsed: Date().timeIntervalSince(start), currentFile: ""))
            }
        }
        progress.finish()
        return result
    }

    static func describe(_ r: RefiledSituations) -> String {
        var lines = [
            "Read \(r.read) statements: \(r.changed) filed differently, \(r.reworded) filed alike for other reasons."
        ]
        if r.keptFromCorpus > 0 {
            lines.append("Kept \(r.keptFromCorpus) as their corpus's topic columns filed them.")
        }
        for (name, change) in r.mostChanged { lines.append("  \(change)\t\(name)") }
        return lines.joined(separator: "\n")
    }
}
