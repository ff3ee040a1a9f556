import CGtk
import GtkKit
import StatementModel

/// The strip that shows long work running (an import, an export): count, rate, time left, a progress bar and
/// Cancel.
final class ProgressStrip {
    /// What runs: the words the strip says and a screen reader reads.
    struct Work {
        let noun: String  // "Import"
        let verb: String  // "Importing"
        let unit: String  // "files"
        let starting: String  // "Reading files…"

        static let importing = Work(noun: "Import", verb: "Importing", unit: "files", starting: "Reading files…")
        static let exporting = Work(
            noun: "Export", verb: "Exporting", unit: "statements", starting: "Reading statements…")
    }

    let widget: Widget
    private let work: Work
    private let label: Widget
    private let progress: Widget

    init(_ work: Work, onCancel: @escaping () -> Void) {
        self.work = work
        widget = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 12)
        UI.margins(widget, 6)
        // An inscription: its text changes ten times a second, and a label's change lays the whole window out.
        label = UI.inscription(naturalChars: 56)
        gtk_widget_set_hexpand(label, 0)
        progress = gtk_progress_bar_new()
        UI.expand(progress, v: false)
        gtk_widget_set_valign(progress, GTK_ALIGN_CENTER)
        let cancel = UI.button(label: "Cancel", action: onCancel)
        UI.setAccessibleLabel(cancel, "Cancel \(work.noun.lowercased())")
        UI.append(widget, label, progress, cancel)
        UI.setAccessibleLabel(widget, "\(work.noun) progress")
        UI.show(widget, false)
    }

    func start() {
        UI.setInscription(label, work.starting)
        gtk_progress_bar_set_fraction(opaque(progress), 0)
        UI.show(widget, true)
    }

    func update(_ p: ImportProgress) {
        let left = p.remaining.map { $0 < 1 ? "almost done" : "\(Int($0.rounded())) s left" } ?? ""
        let rate = "\(Int(p.rate.rounded())) \(work.unit)/s"
        UI.setInscription(label, "\(work.verb) \(p.done) of \(p.total) · \(rate) · \(left)")
        gtk_progress_bar_set_fraction(opaque(progress), p.fraction)
    }

    func finish() { UI.show(widget, false) }
}
