import Foundation
import StatementModel
import Translations

/// What the window says about filing a library again with this version's situation table: the offer when the
/// library was filed with another, and the result on one line, the situations most changed named.
package enum RefileSummary {
    package static let offer = tr("Situations were filed by an earlier version of Rostrum")
    package static let offerButton = tr("File Again")

    package static func headline(_ r: RefiledSituations) -> String {
        if r.stopped {
            return trn(
                "Filing stopped after {0} statement: the others keep their earlier situations",
                "Filing stopped after {0} statements: the others keep their earlier situations", r.read, r.read)
        }
        var line = trn(
            "Filed {0} statement again: {1} changed", "Filed {0} statements again: {1} changed", r.read, r.read,
            r.changed)
        let changes = r.mostChanged
        let shown = changes.prefix(3).map { "\($0.change) \($0.name)" }
        if !shown.isEmpty { line += " (" + shown.joined(separator: ", ") + (changes.count > 3 ? ", …" : "") + ")" }
        return line
    }
}
