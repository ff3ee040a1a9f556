import Foundation
import StatementModel
import Translations

/// What an import from the window says when it ends: every outcome counted on one line (imported ·
/// failed · skipped), then the first failure with its reason, so a failed file is never hidden behind
/// "Imported 1 statement".
package enum ImportSummary {
    package static func headline(_ report: ImportReport) -> String {
        let imported = report.imported.count
        var parts = [trn("Imported {0} statement", "Imported {0} statements", imported, imported)]
        let present = report.alreadyPresent.count
        if present > 0 {
            parts.append(trn("{0} already in the library", "{0} already in the library", present, present))
        }
        let failed = report.failed.count
        if failed > 0 { parts.append(trn("{0} failed", "{0} failed", failed, failed)) }
        let skipped = report.skipped.count
        if skipped > 0 { parts.append(trn("{0} skipped", "{0} skipped", skipped, skipped)) }
        var line = parts.joined(separator: " · ")
        if report.cancelled { line = tr("{0} — cancelled; what was read before is kept", line) }
        // A corpus table that could not be read leaves every speech it serves without its metadata.
        if let problem = report.corpusProblems.first {
            line = tr(
                "{0}, without the corpus's metadata: {1} could not be read", line,
                (problem.table as NSString).lastPathComponent)
        }
        return line
    }

    /// The first failure (or skip) and why, naming the file; nil when every file was read.
    package static func firstProblem(_ report: ImportReport) -> String? {
        let problems = report.failed + report.skipped
        guard let first = problems.first else { return nil }
        let problem = "\((first.path as NSString).lastPathComponent): \(first.said.translated)"
        let more = problems.count - 1
        return more > 0 ? trn("{0} (and {1} more)", "{0} (and {1} more)", more, problem, more) : problem
    }

    /// One line of the Details dialog: a file (its name, and the folder it is in) and what happened to it.
    package struct Line: Equatable {
        package var file: String
        package var folder: String
        package var outcome: String
        package var reason: String
    }

    /// Every file that was not simply imported, failures first: what the toast's Details button lists. A
    /// stop (a full disk) and unreadable corpus tables come first of all, since they concern many files.
    package static func details(_ report: ImportReport) -> [Line] {
        func line(_ path: String, _ outcome: String, _ reason: String) -> Line {
            let url = URL(fileURLWithPath: path)
            return Line(
                file: url.lastPathComponent, folder: url.deletingLastPathComponent().path, outcome: outcome,
                reason: reason)
        }
        var lines: [Line] = []
        if let stop = report.stopped {
            lines.append(
                Line(
                    file: tr("The import stopped"), folder: "", outcome: tr("stopped"),
                    reason: trn(
                        "{0} ({1} file not imported)", "{0} ({1} files not imported)", stop.filesNotImported,
                        stop.reason, stop.filesNotImported)))
        }
        lines += report.corpusProblems.map { line($0.table, tr("table not read"), $0.reason) }
        lines += report.failed.map { line($0.path, tr("failed"), $0.said.translated) }
        lines += report.skipped.map { line($0.path, tr("skipped"), $0.said.translated) }
        lines += report.notes.map { line($0.path, tr("imported, with a note"), $0.said.translated) }
        lines += report.alreadyPresent.map { line($0.path, tr("already in the library"), $0.said.translated) }
        return lines
    }

    /// Whether the Details button has something to show beyond the headline.
    package static func hasDetails(_ report: ImportReport) -> Bool {
        report.stopped != nil || !report.corpusProblems.isEmpty || !report.failed.isEmpty
            || !report.skipped.isEmpty || !report.notes.isEmpty
    }
}
