import CGtk
import GtkKit
import StatementModel

/// The strip that shows an import running: count, rate, time left, a progress bar and Cancel.
final class ImportBar {
    let widget: Widget
    private let label: Widget
    private let progress: Widget

    init(onCancel: @escaping () -> Void) {
        widget = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        UI.margins(widget, 6)
        // An inscription: its text changes ten times a second, and a label's change lays the whole window out.
        label = UI.inscription(naturalChars: 56)
        gtk_widget_set_hexpand(label, 0)
        progress = gtk_progress_bar_new()
        UI.expand(progress, v: false)
        gtk_widget_set_valign(progress, GTK_ALIGN_CENTER)
        let cancel = UI.button(label: "Cancel", action: onCancel)
        UI.setAccessibleLabel(cancel, "Cancel import")
        UI.append(widget, label, progress, cancel)
        UI.setAccessibleLabel(widget, "Import progress")
        UI.show(widget, false)
    }

    func start() {
        UI.setInscription(label, "Reading files…")
        gtk_progress_bar_set_fraction(opaque(progress), 0)
        UI.show(widget, true)
    }

    func update(_ p: ImportProgress) {
        let left = p.remaining.map { $0 < 1 ? "almost done" : "\(Int($0.rounded())) s left" } ?? ""
        UI.setInscription(label, "Importing \(p.done) of \(p.total) · \(Int(p.rate.rounded())) files/s · \(left)")
        gtk_progress_bar_set_fraction(opaque(progress), p.fraction)
    }

    func finish() { UI.show(widget, false) }
}
