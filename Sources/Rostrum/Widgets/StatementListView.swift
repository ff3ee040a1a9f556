import CGtk
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// The statements under the filter, by date: a virtualised `GtkListView`, so 100,000 rows cost only the
/// rows on screen. Each row: title, then date (marked when inferred), speaker and forum.
@MainActor
final class StatementListView {
    let widget: Widget
    private let list: KeyedListView
    private var rows: RowList?
    private let sortButton: Widget
    /// "By date" or "By best match".
    private let orderLabel: Widget
    /// Offered while searching: best matches first.
    private let relevanceButton: Widget
    private var sort: StatementSort = .dateAscending
    /// The list, or in its place what to do when nothing matches (the rest of the window stays put).
    private let pages: Widget
    private let noMatches: Widget

    /// - Parameter onOpen: a row was clicked or Enter pressed on it: on a narrow window the text page follows.
    /// - Parameter onToggleSort: the sort button was clicked (by date, or best match first when `relevance`).
    init(
        onSelect: @escaping (Int) -> Void, onOpen: @escaping () -> Void,
        onToggleSort: @escaping (_ relevance: Bool) -> Void, onClear: @escaping () -> Void
    ) {
        var rowsRef: () -> RowList? = { nil }
        list = KeyedListView(
            setup: {
                let box = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
                UI.margins(box, 6)
                // Inscriptions, not labels: a row's new text is only drawn again, with no layout of the window.
                let title = UI.inscription(classes: ["row-title"])
                let meta = UI.inscription(classes: ["dim-label", "caption"])
                UI.append(box, title, meta)
                return box
            },
            bind: { box, position in
                guard let rows = rowsRef(), rows.indices.contains(position) else { return }
                let row = rows[position]  // fetched now, for the rows on screen only
                let title = gtk_widget_get_first_child(box)!
                let meta = gtk_widget_get_next_sibling(title)!
                UI.setInscription(title, row.title)
                let date =
                    row.date.map { row.dateInferred ? tr("{0} (inferred)", DateText.long($0)) : DateText.long($0) }
                    ?? tr("Undated")
                UI.setInscription(meta, [date, row.speaker, row.forum].compactMap { $0 }.joined(separator: " · "))
                // Touched only while searching: a label's change lays the window out again.
                let snippet = gtk_widget_get_next_sibling(meta) ?? (row.snippet == nil ? nil : Self.snippet(in: box))
                if let snippet {
                    if let text = row.snippet { UI.setMarkup(snippet, Self.snippetMarkup(text)) }
                    let searched = row.snippet != nil
                    if (gtk_widget_get_visible(snippet) != 0) != searched { UI.show(snippet, searched) }
                }
            }, fillOffScreenWhenIdle: true, selected: onSelect)
        let header = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        UI.margins(header, 4)
        orderLabel = UI.label(tr("By date"), classes: ["dim-label"])
        UI.expand(orderLabel, v: false)
        var toggle: () -> Void = {}
        var toggleRelevance: () -> Void = {}
        relevanceButton = UI.button(label: tr("Best Match"), classes: ["flat"]) { toggleRelevance() }
        gtk_widget_set_tooltip_text(relevanceButton, tr("List the best matches of the search first"))
        UI.setAccessibleLabel(relevanceButton, tr("Sort by best match"))
        UI.show(relevanceButton, false)
        sortButton = UI.button(
            icon: "view-sort-ascending-symbolic", tooltip: tr("Oldest first (click for newest first)"),
            classes: ["flat"]
        ) { toggle() }
        UI.setAccessibleLabel(sortButton, tr("Sort by date"))
        UI.append(header, orderLabel, relevanceButton, sortButton)
        let scroller = UI.scrolled(list.view)
        UI.expand(scroller)
        UI.setAccessibleLabel(list.view, tr("Statements"))
        // Seen before the row takes the click (capture), so a click on the selected row opens it too.
        let click = gtk_gesture_click_new()!
        gtk_event_controller_set_propagation_phase(opaque(click), GTK_PHASE_CAPTURE)
        Signal.connect(click, .released) { _, _, _ in onOpen() }
        gtk_widget_add_controller(list.view, opaque(click))
        Signal.connect(list.view, .positionActivated) { _ in onOpen() }
        noMatches = UI.statusPage(
            icon: "edit-find-symbolic", title: tr("No Statements Match"), compact: true,
            child: UI.button(label: tr("Clear Filters"), classes: ["pill"], action: onClear))
        pages = gtk_stack_new()
        gtk_stack_add_named(opaque(pages), scroller, "list")
        gtk_stack_add_named(opaque(pages), noMatches, "none")
        UI.expand(pages)
        widget = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(widget, header, pages)
        gtk_widget_set_size_request(widget, 220, -1)  // the window gives way to the text pane first (`adapt`)
        rowsRef = { [weak self] in self?.rows }
        toggle = { onToggleSort(false) }
        toggleRelevance = { onToggleSort(true) }
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    func render(rows newRows: RowList, sort newSort: StatementSort, searching: Bool, selected: Int?) {
        UI.show(relevanceButton, searching)
        let byRelevance = searching && newSort == .relevance
        UI.setText(orderLabel, byRelevance ? tr("By best match") : tr("By date"))
        UI.setClass(relevanceButton, "suggested-action", byRelevance)
        if newRows.ids != rows?.ids {
            rows = newRows
            list.setKeys(newRows.ids.map(\.rawValue))
        }
        if newSort != sort {
            sort = newSort
            gtk_button_set_icon_name(
                cast(sortButton),
                sort != .dateDescending ? "view-sort-ascending-symbolic" : "view-sort-descending-symbolic")
            gtk_widget_set_tooltip_text(
                sortButton,
                sort != .dateDescending
                    ? tr("Oldest first (click for newest first)") : tr("Newest first (click for oldest first)"))
        }
        list.select(selected)
    }

    /// Says that nothing matches, and why, in the list's place; nil shows the list.
    func showNoMatches(_ description: String?) {
        if let description { adw_status_page_set_description(opaque(noMatches), UI.escape(description)) }
        gtk_stack_set_visible_child_name(opaque(pages), description == nil ? "list" : "none")
    }

    func focus() { gtk_widget_grab_focus(list.view) }

    /// Rows drawn as "Loading…" were read: they are filled again.
    func refreshRows() { list.refresh() }

    /// A snippet's text escaped for markup, its hit in bold.
    /// While searching, a row's third line: the words around the first hit, the hit in bold. Made at a row's first
    /// search only: GTK 4.8's list makes some 200 rows at its start, and each widget of a row costs there and at
    /// each layout of the window.
    private static func snippet(in box: Widget) -> Widget {
        let snippet = UI.label("", classes: ["caption", "row-snippet"])
        gtk_label_set_lines(opaque(snippet), 2)
        gtk_label_set_wrap(opaque(snippet), 1)
        UI.ellipsize(snippet)
        UI.append(box, snippet)
        return snippet
    }

    static func snippetMarkup(_ snippet: String) -> String {
        // The marks are control characters, which escaping turns into character references: swapped for
        // private-use characters first, which it leaves alone.
        let open = "\u{E000}"
        let close = "\u{E001}"
        let marked = snippet.replacingOccurrences(of: SQLiteStatementStore.snippetHitStart, with: open)
            .replacingOccurrences(of: SQLiteStatementStore.snippetHitEnd, with: close)
        return UI.escape(marked).replacingOccurrences(of: open, with: "<b>")
            .replacingOccurrences(of: close, with: "</b>")
    }
}
