import ArgumentParser
import Foundation
import StatementModel

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic corpus (deterministic for a seed) for tests and benchmarks.")
    @OptionGroup var options: LibraryOptions
    @Option(name: .long, help: "How many statements.") var count: Int
    @Option(name: .long, help: "The random seed; the same seed writes the same corpus.") var seed: UInt64 = 1
    @Option(
        name: .long,
        help: "unsc (the UN Security Council Debates layout, with metadata) or mixed (pages, wire stories, plain text)."
    ) var layout: String = "unsc"
    @Option(name: .long, help: "The folder to write into.") var out: String

    func run() throws {
        guard let layout = CorpusGenerator.Layout(rawValue: layout) else {
            throw ValidationError("--layout \(layout): write unsc or mixed")
        }
        guard count > 0 else { throw ValidationError("--count must be at least 1") }
        let paths = RostrumPaths.resolve(libraryOverride: options.library)
        let reference = try ReferenceData.load(resources: paths.resources, userThemes: nil, currentYear: 2026)
        let start = Date()
        let result = try CorpusGenerator(count: count, seed: seed, layout: layout, reference: reference)
            .write(to: URL(fileURLWithPath: out)) { n in
                if Terminal.stderrIsTerminal { FileHandle.standardError.write(Data("\r\(n)/\(count) files".utf8)) }
            }
        if Terminal.stderrIsTerminal { Terminal.err("") }
        print(
            String(
                format: "wrote %d files, %.1f MB, in %.1f s to %@", result.files, Double(result.bytes) / 1_048_576,
                Date().timeIntervalSince(start), out))
    }
}
