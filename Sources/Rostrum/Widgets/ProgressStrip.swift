import CGtk
import GtkKit
import RostrumViewModel
import StatementModel

/// The strip that shows long work running (an import, an export): count, rate, time left, a progress bar and
/// Cancel.
final class ProgressStrip {
    /// What runs: the words the strip says and a screen reader reads.
    enum Work {
        case importing, exporting

        /// The Cancel button's accessible name: "Cancel import".
        var cancelLabel: String { self == .importing ? tr("Cancel import") : tr("Cancel export") }
        /// The strip's accessible name: "Import progress".
        var stripLabel: String { self == .importing ? tr("Import progress") : tr("Export progress") }
        /// "Reading files…"
        var starting: String { self == .importing ? tr("Reading files…") : tr("Reading statements…") }

        /// "Importing 3 of 40"
        func running(_ done: Int, of total: Int) -> String {
            self == .importing ? tr("Importing {0} of {1}", done, total) : tr("Exporting {0} of {1}", done, total)
        }

        /// "12 files/s"
        func rate(_ rate: Int) -> String {
            self == .importing ? tr("{0} files/s", rate) : tr("{0} statements/s", rate)
        }
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
        let cancel = UI.button(label: tr("Cancel"), action: onCancel)
        UI.setAccessibleLabel(cancel, work.cancelLabel)
        UI.append(widget, label, progress, cancel)
        UI.setAccessibleLabel(widget, work.stripLabel)
        UI.show(widget, false)
    }

    func start() {
        UI.setInscription(label, work.starting)
        gtk_progress_bar_set_fraction(opaque(progress), 0)
        UI.show(widget, true)
    }

    func update(_ p: ImportProgress) {
        let left = p.remaining.map { s in
            s < 1 ? tr("almost done") : trn("{0} s left", "{0} s left", Int(s.rounded()), Int(s.rounded()))
        } ?? ""
        let rate = work.rate(Int(p.rate.rounded()))
        UI.setInscription(label, work.running(p.done, of: p.total) + " · \(rate) · \(left)")
        gtk_progress_bar_set_fraction(opaque(progress), p.fraction)
    }

    func finish() { UI.show(widget, false) }
}
