import Foundation
import StatementModel

/// What an import from the window says when it ends: every outcome counted on one line (imported ·
/// failed · skipped), then the first failure with its reason, so a failed file is never hidden behind
/// "Imported 1 statement".
package enum ImportSummary {
    package static func headline(_ report: ImportReport) -> String {
        var parts = ["Imported \(report.imported.count) \(report.imported.count == 1 ? "statement" : "statements")"]
        if !report.alreadyPresent.isEmpty { parts.append("\(report.alreadyPresent.count) already in the library") }
        if !report.failed.isEmpty { parts.append("\(report.failed.count) failed") }
        if !report.skipped.isEmpty { parts.append("\(report.skipped.count) skipped") }
        var line = parts.joined(separator: " · ")
        if report.cancelled { line += " — cancelled; what was read before is kept" }
        // A corpus table that could not be read leaves every speech it serves without its metadata.
        if let problem = report.corpusProblems.first {
            line +=
                ", without the corpus's metadata: \((problem.table as NSString).lastPathComponent) could not be read"
        }
        return line
    }

    /// The first failure (or skip) and why, naming the file; nil when every file was read.
    package static func firstProblem(_ report: ImportReport) -> String? {
        let problems = report.failed + report.skipped
        guard let first = problems.first else { return nil }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more)" : ""
        return "\((first.path as NSString).lastPathComponent): \(first.message)\(more)"
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
                    file: "The import stopped", folder: "", outcome: "stopped",
                    reason: "\(stop.reason) (\(stop.filesNotImported) files not imported)"))
        }
        lines += report.corpusProblems.map { line($0.table, "table not read", $0.reason) }
        lines += report.failed.map { line($0.path, "failed", $0.message) }
        lines += report.skipped.map { line($0.path, "skipped", $0.message) }
        lines += report.notes.map { line($0.path, "imported, with a note", $0.message) }
        lines += report.alreadyPresent.map { line($0.path, "already in the library", $0.message) }
        return lines
    }

    /// Whether the Details button has something to show beyond the headline.
    package static func hasDetails(_ report: ImportReport) -> Bool {
        report.stopped != nil || !report.corpusProblems.isEmpty || !report.failed.isEmpty
            || !report.skipped.isEmpty || !report.notes.isEmpty
    }
}
