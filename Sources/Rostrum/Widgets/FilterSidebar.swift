import CGtk
import GtkKit
import RostrumViewModel
import StatementModel

/// The topic filter: situations, themes (with their colour), forums, speakers, countries and kinds, each value with
/// the number of statements under the current filter. A click toggles the value.
final class FilterSidebar {
    let widget: Widget
    private let content: Widget
    private let onToggle: (Facet, String) -> Void

    init(onToggle: @escaping (Facet, String) -> Void) {
        self.onToggle = onToggle
        content = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 1)
        UI.margins(content, 8)
        widget = UI.scrolled(content)
        gtk_widget_set_size_request(widget, 220, -1)
        UI.setAccessibleLabel(widget, "Topic filter")
    }

    /// The buttons on show, each with the facet and value it toggles, in their order.
    private var buttons: [(facet: Facet, value: String, widget: Widget)] = []

    /// Rebuilt on every change of counts; a keyboard user keeps their place: the focus goes back to the
    /// same value's button (or, if it went, to its neighbour in the same facet), and the scroll stays.
    func render(_ facets: [Facet: [FacetRow]]) {
        let focused = UI.focused(among: buttons.map(\.widget), in: widget).flatMap { w in
            buttons.firstIndex { $0.widget == w }
        }
        var place: (Facet, String, Int)?
        if let i = focused {
            let b = buttons[i]
            place = (b.facet, b.value, buttons[..<i].filter { $0.facet == b.facet }.count)
        }
        let offset = UI.scrollOffset(widget)
        UI.removeChildren(content)
        buttons = []
        for facet in Facet.allCases {
            let rows = facets[facet] ?? []
            guard !rows.isEmpty else { continue }
            UI.append(content, UI.label(facet.title, classes: ["heading", "facet-heading"]))
            for row in rows {
                let b = button(for: row, in: facet)
                buttons.append((facet, row.value, b))
                UI.append(content, b)
            }
        }
        if let (facet, value, index) = place { refocus(facet: facet, value: value, index: index) }
        UI.setScrollOffset(widget, offset)
    }

    private func refocus(facet: Facet, value: String, index: Int) {
        let same = buttons.filter { $0.facet == facet }
        let target =
            buttons.first { $0.facet == facet && $0.value == value }?.widget
            ?? (same.isEmpty ? buttons.first?.widget : same[min(index, same.count - 1)].widget)
        if let target { gtk_widget_grab_focus(target) }
    }

    private func button(for row: FacetRow, in facet: Facet) -> Widget {
        let line = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        if facet == .theme {
            UI.append(line, UI.label("●", classes: [Style.themeClass(row.value, dot: true) ?? "dim-label"]))
        } else if let colour = row.colour {
            // A situation's colour on the timeline, while it is stacked by situation.
            let dot = UI.label("")
            UI.setMarkup(dot, "<span foreground=\"\(colour)\">●</span>")
            UI.append(line, dot)
        }
        let name = UI.label(row.value)
        UI.ellipsize(name)
        UI.expand(name, v: false)
        UI.append(line, name, UI.label("\(row.count)", classes: ["dim-label", "facet-count"]))
        let value = row.value
        let b = UI.button(child: line, classes: ["flat", "facet-row"] + (row.selected ? ["chosen"] : [])) {
            [weak self] in
            self?.onToggle(facet, value)
        }
        let noun = row.count == 1 ? "statement" : "statements"
        UI.setAccessibleLabel(
            b, "\(facet.singular): \(row.value), \(row.count) \(noun)\(row.selected ? ", selected" : "")")
        gtk_widget_set_tooltip_text(
            b, row.selected ? "Remove this filter" : "Show only statements with \(row.value)")
        return b
    }
}

extension Facet {
    var singular: String {
        switch self {
        case .situation: return "Situation"
        case .theme: return "Theme"
        case .forum: return "Forum"
        case .speaker: return "Speaker"
        case .country: return "Country"
        case .kind: return "Kind"
        }
    }
}
