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

    func render(_ facets: [Facet: [FacetRow]]) {
        UI.removeChildren(content)
        for facet in Facet.allCases {
            let rows = facets[facet] ?? []
            guard !rows.isEmpty else { continue }
            UI.append(content, UI.label(facet.title, classes: ["heading", "facet-heading"]))
            for row in rows { UI.append(content, button(for: row, in: facet)) }
        }
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
