import CGtk
import GtkKit
import RostrumViewModel
import Translations

/// The import's Details: every file that failed, was skipped or came with a note, named with its folder and
/// the reason, in a dialog over the window (the toast has room for one line only).
@MainActor
enum ImportReportDialog {
    static func present(
        parent: Widget, headline: String, lines: [ImportSummary.Line], showImported: (() -> Void)?
    ) {
        let dialog = adw_message_dialog_new(cast(parent), tr("Import Report"), headline)!
        adw_message_dialog_add_response(cast(dialog), "close", tr("Close"))
        if let showImported {
            adw_message_dialog_add_response(cast(dialog), "show", tr("Show the Imported"))
            Signal.connect(dialog, .messageResponse) { response in if response == "show" { showImported() } }
        }
        adw_message_dialog_set_default_response(cast(dialog), "close")
        adw_message_dialog_set_close_response(cast(dialog), "close")
        let rows = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 10)
        for line in lines { UI.append(rows, row(line)) }
        let scroller = UI.scrolled(rows)
        gtk_scrolled_window_set_propagate_natural_height(opaque(scroller), 1)
        gtk_scrolled_window_set_max_content_height(opaque(scroller), 360)
        gtk_widget_set_size_request(scroller, 520, -1)
        UI.setAccessibleLabel(rows, tr("Files not simply imported"))
        adw_message_dialog_set_extra_child(cast(dialog), scroller)
        gtk_window_present(cast(dialog))
    }

    /// "photo.txt — failed: it is a PNG image, not text" over its folder, dimmed.
    private static func row(_ line: ImportSummary.Line) -> Widget {
        let box = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        let what = UI.label("", wrap: true)
        UI.setMarkup(
            what,
            // TRANSLATORS: a file's name, what became of it ("failed", "skipped"…) and why.
            tr("{0} — {1}: {2}", "<b>\(UI.escape(line.file))</b>", UI.escape(line.outcome), UI.escape(line.reason)))
        UI.setAccessibleLabel(what, tr("{0} — {1}: {2}", line.file, line.outcome, line.reason))
        UI.append(box, what)
        if !line.folder.isEmpty {
            let folder = UI.label(line.folder, classes: ["dim-label", "caption"])
            UI.ellipsize(folder)
            gtk_label_set_ellipsize(opaque(folder), PANGO_ELLIPSIZE_START)
            UI.append(box, folder)
        }
        return box
    }
}
