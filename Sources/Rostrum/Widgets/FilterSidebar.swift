import CGtk
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// The topic filter: situations, themes (with their colour), forums, speakers, countries and kinds, each value with
/// the number of statements under the current filter. A click toggles the value.
@MainActor
final class FilterSidebar {
    let widget: Widget
    private let content: Widget
    private let onToggle: (Facet, String) -> Void
    private let onFind: (Facet, String) -> Void
    /// A find box under the heading of each facet with many values (`ExplorerViewModel.findBoxFrom`).
    private var finds: [Facet: Widget] = [:]
    private var valueCounts: [Facet: Int] = [:]

    /// A value's button and the parts of it that change with the counts.
    private struct Entry {
        let widget: Widget
        let count: Widget
        let dot: Widget?
        var row: FacetRow
    }
    private struct Key: Hashable {
        let facet: Facet
        let value: String
    }
    private var entries: [Key: Entry] = [:]
    private var headings: [Facet: Widget] = [:]
    private var shown: [Facet: [FacetRow]] = [:]
    /// Whether the pointer is over the filter: values then keep their places (`FacetOrder`), so a click lands
    /// on the value that was under it; the newest counts in their own order come when it leaves.
    private var pointerInside = false
    private var latest: [Facet: [FacetRow]] = [:]

    init(onToggle: @escaping (Facet, String) -> Void, onFind: @escaping (Facet, String) -> Void) {
        self.onToggle = onToggle
        self.onFind = onFind
        content = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 1)
        UI.margins(content, 8)
        widget = UI.scrolled(content)
        gtk_widget_set_size_request(widget, 220, -1)
        UI.setAccessibleLabel(widget, tr("Topic filter"))
        let motion = gtk_event_controller_motion_new()!
        Signal.connect(motion, .pointerEnter) { [weak self] _, _ in
            guard let self else { return }
            self.pointerInside = true
        }
        let leave: () -> Void = { [weak self] in
            guard let self else { return }
            self.pointerInside = false
            self.show(self.latest)
        }
        Signal.connect(motion, .pointerLeave, leave)
        gtk_widget_add_controller(widget, motion)
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    /// Updated in place: a value keeps its button across changes of counts and filters (only values new to the
    /// list get one), so the keyboard focus stays where it was and a 10,000-statement library's hundreds of
    /// values are not built again each time (that took up to 100 ms a change).
    func render(_ facets: [Facet: [FacetRow]], valueCounts: [Facet: Int]) {
        let findsChanged = valueCounts.mapValues { $0 > ExplorerViewModel.findBoxFrom }
            != self.valueCounts.mapValues { $0 > ExplorerViewModel.findBoxFrom }
        self.valueCounts = valueCounts
        if findsChanged { shown = [:] }  // lay the facets out again, with or without their find boxes
        latest = facets
        guard pointerInside else {
            show(facets)
            return
        }
        var kept: [Facet: [FacetRow]] = [:]
        for (facet, rows) in facets { kept[facet] = FacetOrder.keeping(shown[facet] ?? [], rows) }
        show(kept)
    }

    private func show(_ facets: [Facet: [FacetRow]]) {
        guard facets != shown else { return }
        shown = facets
        var order: [Widget] = []
        var kept: Set<Key> = []
        var listed: Set<Facet> = []
        for facet in Facet.allCases {
            let rows = facets[facet] ?? []
            let findable = (valueCounts[facet] ?? 0) > ExplorerViewModel.findBoxFrom
            // A facet whose find box matches nothing keeps its heading and box, to be typed in again.
            guard !rows.isEmpty || findable else { continue }
            listed.insert(facet)
            order.append(heading(for: facet))
            if findable { order.append(find(for: facet)) }
            for row in rows {
                let key = Key(facet: facet, value: row.value)
                kept.insert(key)
                order.append(entry(for: row, in: facet, key: key).widget)
            }
        }
        for (key, entry) in entries where !kept.contains(key) {
            gtk_box_remove(cast(content), entry.widget)
            entries[key] = nil
        }
        for (facet, heading) in headings where !listed.contains(facet) {
            gtk_box_remove(cast(content), heading)
            headings[facet] = nil
        }
        for (facet, box) in finds
        where !listed.contains(facet) || (valueCounts[facet] ?? 0) <= ExplorerViewModel.findBoxFrom {
            gtk_box_remove(cast(content), box)
            finds[facet] = nil
            onFind(facet, "")  // a box gone finds nothing any more
        }
        arrange(order)
    }

    /// Puts the children in `order`, moving only those out of place.
    private func arrange(_ order: [Widget]) {
        var previous: Widget?
        for child in order {
            let current = previous.map { gtk_widget_get_next_sibling($0) } ?? gtk_widget_get_first_child(content)
            if current != child {
                if gtk_widget_get_parent(child) == nil {
                    gtk_box_insert_child_after(cast(content), child, previous)
                } else {
                    gtk_box_reorder_child_after(cast(content), child, previous)
                }
            }
            previous = child
        }
    }

    private func find(for facet: Facet) -> Widget {
        if let box = finds[facet] { return box }
        let box = gtk_search_entry_new()!
        setProperty(box, "placeholder-text", string: facet.findLabel + "…")
        UI.setAccessibleLabel(box, facet.findLabel)
        gtk_widget_set_margin_bottom(box, 4)
        Signal.connect(box, .searchChanged) { [weak self] in
            guard let self else { return }
            self.onFind(facet, GtkKit.Entry.text(box))
        }
        finds[facet] = box
        return box
    }

    private func heading(for facet: Facet) -> Widget {
        if let h = headings[facet] { return h }
        let h = UI.label(facet.plural, classes: ["heading", "facet-heading"])
        headings[facet] = h
        return h
    }

    private func entry(for row: FacetRow, in facet: Facet, key: Key) -> Entry {
        guard var entry = entries[key] else {
            let made = button(for: row, in: facet)
            entries[key] = made
            return made
        }
        guard entry.row != row else { return entry }
        // Only what changed: with a screen reader's bus on, every label, tooltip and accessible name set is sent
        // to it, and an import changes the counts of hundreds of values several times a second.
        if entry.row.count != row.count { UI.setText(entry.count, "\(row.count)") }
        if entry.row.selected != row.selected { UI.setClass(entry.widget, "chosen", row.selected) }
        if let dot = entry.dot, entry.row.colour != row.colour {
            UI.setMarkup(dot, row.colour.map { "<span foreground=\"\($0)\">●</span>" } ?? "")
            UI.show(dot, row.colour != nil)
        }
        describe(entry.widget, row, in: facet, tooltip: entry.row.selected != row.selected)
        entry.row = row
        entries[key] = entry
        return entry
    }

    private func button(for row: FacetRow, in facet: Facet) -> Entry {
        let line = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        var dot: Widget?
        if facet == .theme {
            UI.append(line, UI.label("●", classes: [Style.themeClass(row.value, dot: true) ?? "dim-label"]))
        } else {
            // A situation's colour on the timeline, while it is stacked by situation.
            let d = UI.label("")
            if let colour = row.colour { UI.setMarkup(d, "<span foreground=\"\(colour)\">●</span>") }
            UI.show(d, row.colour != nil)
            UI.append(line, d)
            dot = d
        }
        let name = UI.label(row.value)
        UI.ellipsize(name)
        UI.expand(name, v: false)
        let count = UI.label("\(row.count)", classes: ["dim-label", "facet-count"])
        UI.append(line, name, count)
        let value = row.value
        let b = UI.button(child: line, classes: ["flat", "facet-row"] + (row.selected ? ["chosen"] : [])) {
            [weak self] in
            self?.onToggle(facet, value)
        }
        describe(b, row, in: facet)
        return Entry(widget: b, count: count, dot: dot, row: row)
    }

    private func describe(_ b: Widget, _ row: FacetRow, in facet: Facet, tooltip: Bool = true) {
        let n = row.count
        UI.setAccessibleLabel(
            b,
            row.selected
                ? trn(
                    "{0}: {1}, {2} statement, selected", "{0}: {1}, {2} statements, selected", n, facet.singular,
                    row.value, n)
                : trn("{0}: {1}, {2} statement", "{0}: {1}, {2} statements", n, facet.singular, row.value, n))
        guard tooltip else { return }
        gtk_widget_set_tooltip_text(
            b, row.selected ? tr("Remove this filter") : tr("Show only statements with {0}", row.value))
    }
}

extension Facet {
    var singular: String {
        switch self {
        case .situation: return tr("Situation")
        case .theme: return tr("Theme")
        case .forum: return tr("Forum")
        case .speaker: return tr("Speaker")
        case .country: return tr("Country")
        case .kind: return tr("Kind")
        }
    }

    /// The facet's heading in the topic filter (`title`, in the user's language).
    var plural: String {
        switch self {
        case .situation: return tr("Situations")
        case .theme: return tr("Themes")
        case .forum: return tr("Forums")
        case .speaker: return tr("Speakers")
        case .country: return tr("Countries")
        case .kind: return tr("Kinds")
        }
    }

    /// "Find a speaker": the accessible name of the facet's find box (its placeholder ends with "…").
    var findLabel: String {
        switch self {
        case .situation: return tr("Find a situation")
        case .theme: return tr("Find a theme")
        case .forum: return tr("Find a forum")
        case .speaker: return tr("Find a speaker")
        case .country: return tr("Find a country")
        case .kind: return tr("Find a kind")
        }
    }
}
