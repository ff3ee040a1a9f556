import CGtk
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// "Correct This Statement": an entry per field the user may fix (title, date, speaker, ...), and under each
/// field already corrected what Rostrum had read, with a button to put it back. Enter or Save applies.
@MainActor
enum CorrectionDialog {
    struct Actions {
        /// Applies the typed values, then tells what is wrong (the dialog comes back with it) or nil.
        var save: ([CorrectableField: String], @escaping (String?) -> Void) -> Void
        var revert: (CorrectableField) -> Void
    }

    static var explanation: String {
        tr("What you set is marked “set by you” and kept when the file is imported again.")
    }

    static func present(
        parent: Widget, form: CorrectionForm, typed: [CorrectableField: String] = [:], problem: String? = nil,
        actions: Actions
    ) {
        let dialog = adw_message_dialog_new(
            cast(parent), tr("Correct This Statement"),
            problem.map { UI.escape($0) } ?? Self.explanation)!
        adw_message_dialog_set_body_use_markup(cast(dialog), 0)
        adw_message_dialog_add_response(cast(dialog), "cancel", tr("Cancel"))
        adw_message_dialog_add_response(cast(dialog), "save", tr("Save"))
        adw_message_dialog_set_response_appearance(cast(dialog), "save", ADW_RESPONSE_SUGGESTED)
        adw_message_dialog_set_default_response(cast(dialog), "save")
        adw_message_dialog_set_close_response(cast(dialog), "cancel")
        let grid = gtk_grid_new()!
        gtk_grid_set_column_spacing(cast(grid), 12)
        gtk_grid_set_row_spacing(cast(grid), 6)
        var entries: [(CorrectableField, Widget)] = []
        var line: Int32 = 0
        for row in form.rows {
            let label = UI.label(row.label, classes: ["dim-label"], xalign: 1)
            let entry = gtk_entry_new()!
            gtk_editable_set_text(opaque(entry), typed[row.field] ?? row.value)
            gtk_entry_set_placeholder_text(cast(entry), row.hint)
            gtk_entry_set_activates_default(cast(entry), 1)
            gtk_editable_set_width_chars(opaque(entry), 44)
            gtk_widget_set_hexpand(entry, 1)
            UI.setAccessibleLabel(entry, row.label)
            gtk_grid_attach(cast(grid), label, 0, line, 1, 1)
            gtk_grid_attach(cast(grid), entry, 1, line, 1, 1)
            entries.append((row.field, entry))
            line += 1
            if let readLine = row.readLine {
                gtk_grid_attach(cast(grid), readRow(readLine, field: row.field, dialog: dialog, actions), 1, line, 1, 1)
                line += 1
            }
        }
        adw_message_dialog_set_extra_child(cast(dialog), grid)
        Signal.connect(dialog, .messageResponse) { response in
            guard response == "save" else { return }
            var values: [CorrectableField: String] = [:]
            for (field, entry) in entries { values[field] = Entry.text(entry) }
            actions.save(values) { problem in
                guard let problem else { return }
                present(parent: parent, form: form, typed: values, problem: problem, actions: actions)
            }
        }
        gtk_window_present(cast(dialog))
    }

    /// "Rostrum read: 2020-11-03" and a Revert button, under a corrected field.
    private static func readRow(
        _ text: String, field: CorrectableField, dialog: Widget, _ actions: Actions
    ) -> Widget {
        let box = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        let read = UI.label(text, classes: ["dim-label", "caption"])
        UI.ellipsize(read)
        UI.expand(read, v: false)
        let revert = UI.button(label: tr("Revert"), classes: ["flat", "caption"]) {
            actions.revert(field)
            gtk_window_close(cast(dialog))
        }
        UI.setAccessibleLabel(revert, revertLabel(field))
        UI.append(box, read, revert)
        return box
    }

    /// "Revert the date to what Rostrum read": the Revert button's accessible name.
    private static func revertLabel(_ field: CorrectableField) -> String {
        switch field {
        case .title: return tr("Revert the title to what Rostrum read")
        case .date: return tr("Revert the date to what Rostrum read")
        case .speaker: return tr("Revert the speaker to what Rostrum read")
        case .role: return tr("Revert the role to what Rostrum read")
        case .country: return tr("Revert the country to what Rostrum read")
        case .forum: return tr("Revert the forum to what Rostrum read")
        case .meeting: return tr("Revert the meeting to what Rostrum read")
        case .symbol: return tr("Revert the symbol to what Rostrum read")
        case .kind: return tr("Revert the kind to what Rostrum read")
        }
    }
}
