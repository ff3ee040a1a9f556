import ArgumentParser
import Dispatch
import Foundation
import StatementModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import files and folders (recursively).")

    @OptionGroup var options: LibraryOptions
    @Flag(
        name: .long,
        help: ArgumentHelp(
            "List every file: imported (with its statements), already in the library, unchanged or skipped, "
                + "not only the problems."))
    var verbose = false
    @Option(
        name: .customLong("map"),
        help:
            ArgumentHelp(
                "For CSV, TSV and JSON Lines: FIELD=COLUMN (repeatable), e.g. --map text=speech --map date=when. "
                    + "Unnamed fields are guessed from the header.")
    )
    var mappings: [String] = []
    @Argument(help: "Files or folders to import.") var paths: [String]

    func run() throws {
        let mapping = try reporting { try ColumnMapping.parse(mappings) }
        let library = try options.open(seed: false, tableMapping: mapping)
        let cancellation = ImportCancellation()
        // Ctrl+C stops after the current file; what was read so far is stored whole.
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler { cancellation.cancel() }
        interrupt.resume()
        let meter = ProgressMeter()
        let report = library.importFiles(paths.map { URL(fileURLWithPath: $0) }, cancellation: cancellation) {
            meter.update($0)
        }
        meter.finish()
        interrupt.cancel()
        signal(SIGINT, SIG_DFL)

        // Paths and messages come from the files: printed with their control characters made visible.
        for entry in report.failed { Terminal.err(Terminal.fileLine("failed", entry.path, entry.message)) }
        for entry in report.notes { Terminal.err(Terminal.fileLine("note", entry.path, entry.message)) }
        for entry in report.skipped where entry.asksAction && !verbose {
            Terminal.err(Terminal.fileLine("skipped", entry.path, entry.message))
        }
        if verbose {
            for file in report.importedFiles {
                Terminal.err(
                    Terminal.fileLine("imported", file.path)
                        + " (\(file.statements) statement\(file.statements == 1 ? "" : "s"))")
            }
            for entry in report.alreadyPresent {
                Terminal.err(Terminal.fileLine("already in the library", entry.path, entry.message))
            }
            for path in report.unchangedFiles {
                Terminal.err(
                    Terminal.fileLine(
                        "unchanged", path, "not read again (the same size and time as at its last import)"))
            }
            for entry in report.skipped { Terminal.err(Terminal.fileLine("skipped", entry.path, entry.message)) }
        }
        var summary =
            "imported \(report.imported.count), already present \(report.alreadyPresent.count), "
            + "failed \(report.failed.count)"
        if !report.updated.isEmpty { summary += ", updated \(report.updated.count)" }
        if report.unchanged > 0 { summary += ", unchanged \(report.unchanged)" }
        if !report.skipped.isEmpty { summary += ", skipped \(report.skipped.count)" }
        summary += String(format: " (%.1f s)", report.elapsed)
        if report.cancelled { summary += " — cancelled; everything imported before the cancel is kept" }
        if report.stopped != nil { summary += " — stopped" }
        print(summary)
        for line in report.corpusProblemLines { print("warning: " + Terminal.visible(line)) }
        if let stop = report.stopped {
            // One line for the whole import (a full disk used to fail each file on a line of its own), then
            // an exit that says it did not finish.
            let kept = report.imported.count
            let left = stop.filesNotImported
            Terminal.err(
                "rostrum-cli: \(Terminal.visible(options.libraryPath)): the import stopped: "
                    + "\(Terminal.visible(stop.reason)); \(kept) statement\(kept == 1 ? " was" : "s were") stored "
                    + "before it and are kept; \(left) file\(left == 1 ? " was" : "s were") not imported (import "
                    + "again when there is room: files already imported are not read again)")
            throw ExitCode.ioError
        }
        if report.cancelled { throw ExitCode(130) }
        if report.imported.isEmpty && report.alreadyPresent.isEmpty && !report.failed.isEmpty { throw ExitCode(1) }
    }
}

/// Count, rate and time left on standard error: redrawn in place on a terminal, a line every few
/// seconds in a log.
final class ProgressMeter {
    private var lastDraw = Date.distantPast
    private var drew = false
    private let interactive = Terminal.stderrIsTerminal
    private let unit: String

    init(unit: String = "files") { self.unit = unit }

    func update(_ p: ImportProgress) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= (interactive ? 0.1 : 5) || (p.done == p.total && drew) else { return }
        lastDraw = now
        let left = p.remaining.map { String(format: "%.0f s left", $0) } ?? "—"
        let line = String(format: "%d/%d %@ · %.0f %@/s · %@", p.done, p.total, unit, p.rate, unit, left)
        if interactive { FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8)) } else { Terminal.err(line) }
        drew = true
    }

    func finish() { if interactive && drew { FileHandle.standardError.write(Data("\n".utf8)) } }
}
