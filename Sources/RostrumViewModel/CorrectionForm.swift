import Foundation
import StatementModel
import Translations

/// What the "Correct This Statement" dialog shows: each field the user may correct, its value now, and for a
/// field already corrected what Rostrum had read, so it can be put back.
package struct CorrectionForm: Equatable {
    package struct Row: Equatable {
        package var field: CorrectableField
        package var label: String
        /// The value as it stands (corrected or read), as the user would type it.
        package var value: String
        /// For a corrected field: "Rostrum read: 3 November 2020" (or "Rostrum read nothing").
        package var readLine: String?
        /// What the entry says when empty: how to type this field.
        package var hint: String
    }

    package var statement: StatementID
    package var rows: [Row]

    package static let labels: [CorrectableField: String] = [
        .title: tr("Title"), .date: tr("Date"), .speaker: tr("Speaker"), .role: tr("Role"), .country: tr("Country"),
        .forum: tr("Forum"), .meeting: tr("Meeting"), .symbol: tr("Symbol"), .kind: tr("Kind"),
    ]

    /// The fields as named inside a sentence ("Corrected the date, speaker"), apart from the labels, which begin
    /// with a capital that not every language drops.
    package static let names: [CorrectableField: String] = [
        .title: tr("title"), .date: tr("date"), .speaker: tr("speaker"), .role: tr("role"), .country: tr("country"),
        .forum: tr("forum"), .meeting: tr("meeting"), .symbol: tr("symbol"), .kind: tr("kind"),
    ]

    package init(_ s: Statement, corrections: [CorrectableField: Correction]) {
        statement = s.id
        rows = CorrectableField.allCases.map { field in
            let readLine = corrections[field].map { c in
                c.read.map { tr("Rostrum read: {0}", $0) } ?? tr("Rostrum read nothing here")
            }
            return Row(
                field: field, label: Self.labels[field] ?? field.rawValue, value: s.correctableText(field) ?? "",
                readLine: readLine, hint: field == .date ? tr("YYYY-MM-DD, YYYY-MM or YYYY") : "")
        }
    }

    /// The fields whose typed value differs from what they hold (blanks around it ignored).
    package func changes(_ typed: [CorrectableField: String]) -> [CorrectableField: String] {
        var changed: [CorrectableField: String] = [:]
        for row in rows {
            guard let value = typed[row.field]?.trimmingCharacters(in: .whitespacesAndNewlines) else { continue }
            if value != row.value.trimmingCharacters(in: .whitespacesAndNewlines) { changed[row.field] = value }
        }
        return changed
    }
}
