import CGtk
import GtkKit
import RostrumViewModel
import Translations

/// From and To boxes at the top of the topic filter: the dates the list is filtered to, typed (a year, a month
/// or a day) or as the timeline's drag-select set them. Enter applies; a date that cannot be read turns the
/// box red and says why in its tooltip, and the filter stays as it was.
@MainActor
final class DateRangeBar {
    let widget: Widget
    private let from: Widget
    private let to: Widget
    /// Applies the two boxes; returns what is wrong, if anything.
    private let onApply: (String, String) -> String?

    init(onApply: @escaping (String, String) -> String?) {
        self.onApply = onApply
        from = gtk_entry_new()!
        to = gtk_entry_new()!
        widget = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        UI.margins(widget, 8)
        gtk_widget_set_margin_bottom(widget, 0)
        let boxes = [
            (from, tr("From date"), tr("From: a year, a month or a day; Enter filters the list")),
            (to, tr("To date"), tr("To: a year, a month or a day; Enter filters the list")),
        ]
        for (entry, name, tooltip) in boxes {
            gtk_entry_set_placeholder_text(cast(entry), name)
            gtk_editable_set_width_chars(opaque(entry), 10)
            gtk_widget_set_hexpand(entry, 1)
            UI.setAccessibleLabel(entry, name)
            gtk_widget_set_tooltip_text(entry, tooltip)
            Signal.connect(entry, .activate) { [weak self] in self?.apply() }
            UI.append(widget, entry)
        }
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    private func apply() {
        let problem = onApply(Entry.text(from), Entry.text(to))
        for entry in [from, to] {
            UI.setClass(entry, "error", problem != nil)
            gtk_widget_set_tooltip_text(entry, problem ?? tr("A year, a month or a day; Enter filters the list"))
        }
    }

    /// Shows the filter's dates, unless the user is typing in a box.
    func render(from first: String?, to last: String?) {
        for (entry, value) in [(from, first), (to, last)] where gtk_widget_has_focus(entry) == 0 {
            if Entry.text(entry) != (value ?? "") { gtk_editable_set_text(opaque(entry), value ?? "") }
        }
    }
}
