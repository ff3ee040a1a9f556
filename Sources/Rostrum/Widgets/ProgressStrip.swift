import CGtk
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// The strip that shows long work running (an import, an export): count, rate, time left, a progress bar and
/// Cancel.
@MainActor
final class ProgressStrip {
    /// What runs: the words the strip says and a screen reader reads.
    enum Work {
        /// Files imported; the list's statements exported; a story's PDF drawn, a page a card; the library's
        /// statements filed under situations again.
        case importing, exporting, drawingStory, refiling

        /// The Cancel button's accessible name: "Cancel import".
        var cancelLabel: String {
            switch self {
            case .importing: return tr("Cancel import")
            case .exporting: return tr("Cancel export")
            case .drawingStory: return tr("Cancel the story’s PDF")
            case .refiling: return tr("Cancel filing")
            }
        }
        /// The strip's accessible name: "Import progress".
        var stripLabel: String {
            switch self {
            case .importing: return tr("Import progress")
            case .exporting: return tr("Export progress")
            case .drawingStory: return tr("Story PDF progress")
            case .refiling: return tr("Filing progress")
            }
        }
        /// "Reading files…"
        var starting: String {
            switch self {
            case .importing: return tr("Reading files…")
            case .exporting: return tr("Reading statements…")
            case .drawingStory: return tr("Reading the story’s cards…")
            case .refiling: return tr("Reading statements…")
            }
        }

        /// "Importing 3 of 40"
        func running(_ done: Int, of total: Int) -> String {
            switch self {
            case .importing: return tr("Importing {0} of {1}", done, total)
            case .exporting: return tr("Exporting {0} of {1}", done, total)
            case .drawingStory: return tr("Drawing page {0} of {1}", done, total)
            case .refiling: return tr("Filing {0} of {1} under situations", done, total)
            }
        }

        /// "12 files/s"
        func rate(_ rate: Int) -> String {
            switch self {
            case .importing: return tr("{0} files/s", rate)
            case .exporting, .refiling: return tr("{0} statements/s", rate)
            case .drawingStory: return tr("{0} pages/s", rate)
            }
        }
    }

    let widget: Widget
    /// What runs now: set at each start, so one strip can show an export of the list or of a story.
    private var work: Work
    private let cancel: Widget
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
        cancel = UI.button(label: tr("Cancel"), action: onCancel)
        UI.setAccessibleLabel(cancel, work.cancelLabel)
        UI.append(widget, label, progress, cancel)
        UI.setAccessibleLabel(widget, work.stripLabel)
        UI.show(widget, false)
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    func start(_ work: Work? = nil) {
        if let work, work != self.work {
            self.work = work
            UI.setAccessibleLabel(cancel, work.cancelLabel)
            UI.setAccessibleLabel(widget, work.stripLabel)
        }
        UI.setInscription(label, self.work.starting)
        gtk_progress_bar_set_fraction(opaque(progress), 0)
        UI.show(widget, true)
    }

    func update(_ p: ImportProgress) {
        // The time left follows once the rate says something (`ImportProgress.remaining`).
        let left = p.remaining.map { s in
            s < 1 ? tr("almost done") : trn("{0} s left", "{0} s left", Int(s.rounded()), Int(s.rounded()))
        }
        let parts = [work.running(p.done, of: p.total), work.rate(Int(p.rate.rounded()))] + (left.map { [$0] } ?? [])
        UI.setInscription(label, parts.joined(separator: " · "))
        gtk_progress_bar_set_fraction(opaque(progress), p.fraction)
    }

    func finish() { UI.show(widget, false) }
}
