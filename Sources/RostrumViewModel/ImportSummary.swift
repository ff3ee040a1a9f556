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
}
