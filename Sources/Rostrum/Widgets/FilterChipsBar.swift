import CGtk
import GtkKit
import RostrumViewModel
import Translations

/// The active filters as removable chips, "Clear all", the result count and any search error.
@MainActor
final class FilterChipsBar {
    let widget: Widget
    private let chips: Widget
    private let count: Widget
    private let error: Widget
    private let clear: Widget
    private let onRemove: (FilterChip) -> Void

    /// - Parameter accessories: controls at the bar's end (the timeline's undated button and stacking switch).
    init(accessories: [Widget], onRemove: @escaping (FilterChip) -> Void, onClear: @escaping () -> Void) {
        self.onRemove = onRemove
        widget = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        UI.margins(widget, 6)
        count = UI.label("", classes: ["heading"])
        chips = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        error = UI.label("", classes: ["search-error"])
        let spacer = UI.box(GTK_ORIENTATION_HORIZONTAL)
        UI.expand(spacer, v: false)
        clear = UI.button(label: tr("Clear All"), classes: ["flat"], action: onClear)
        UI.setAccessibleLabel(clear, tr("Clear all filters"))
        UI.append(widget, count, chips, error, spacer, clear)
        for a in accessories { UI.append(widget, a) }
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    func render(chips list: [FilterChip], countLine: String, searchError: String?) {
        UI.setText(count, countLine)
        UI.removeChildren(chips)
        for chip in list {
            let box = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 2)
            UI.append(box, UI.label(chip.label))
            let close = UI.button(
                icon: "window-close-symbolic", tooltip: tr("Remove this filter"), classes: ["flat", "circular"]
            ) { [weak self] in
                self?.onRemove(chip)
            }
            UI.setAccessibleLabel(close, tr("Remove filter {0}", chip.label))
            UI.append(box, close)
            gtk_widget_add_css_class(box, "filter-chip")
            gtk_widget_add_css_class(box, "card")
            UI.append(chips, box)
        }
        UI.setText(error, searchError.map { "⚠ " + $0 } ?? "")
        UI.show(error, searchError != nil)
        UI.show(clear, !list.isEmpty)
    }
}
