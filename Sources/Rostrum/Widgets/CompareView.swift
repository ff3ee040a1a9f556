import CGtk
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// Two groups compared, in the list's place: group A (pinned) and group B (the filter as it is now), each
/// theme's share of both as a pair of bars, and the words most distinctive of each side by side. A word
/// opens key words in context for it in its group.
@MainActor
final class CompareView {
    struct Actions {
        var pinA: () -> Void
        var export: () -> Void
        /// A word of A's list (true) or B's, by its position.
        var openWord: (Bool, Int) -> Void
        var close: () -> Void
    }

    let widget: Widget
    private let summary: Widget
    private let themes: Widget
    private let wordsA: Widget
    private let wordsB: Widget
    private var shown: (themes: [CompareModel.ThemeShare], a: [CompareModel.Row], b: [CompareModel.Row])?

    /// Themes drawn as bars: the ones whose shares differ most.
    static let themesShown = 6

    init(actions: Actions) {
        let back = UI.button(icon: "go-previous-symbolic", tooltip: tr("Back to the list (Esc)"), classes: ["flat"]) {
            actions.close()
        }
        UI.setAccessibleLabel(back, tr("Close the comparison"))
        summary = UI.label("", classes: ["caption"], wrap: true)
        UI.expand(summary, v: false)
        let pin = UI.button(label: tr("Set A to This Filter")) { actions.pinA() }
        gtk_widget_set_tooltip_text(pin, tr("Group A becomes the filter as it is now; then change the filter for B"))
        gtk_widget_set_valign(pin, GTK_ALIGN_START)
        let top = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        UI.margins(top, 4)
        let export = UI.button(icon: "document-save-symbolic", tooltip: tr("Export the words (.csv or .jsonl)"),
                               classes: ["flat"]) { actions.export() }
        UI.setAccessibleLabel(export, tr("Export the comparison"))
        gtk_widget_set_valign(export, GTK_ALIGN_START)
        UI.append(top, back, summary, pin, export)

        themes = gtk_grid_new()
        gtk_grid_set_column_spacing(cast(themes), 8)
        gtk_grid_set_row_spacing(cast(themes), 2)
        UI.setAccessibleLabel(themes, tr("Theme shares of A and B"))
        wordsA = Self.wordList(tr("Words distinctive of A"))
        wordsB = Self.wordList(tr("Words distinctive of B"))
        for (list, ofA) in [(wordsA, true), (wordsB, false)] {
            Signal.connect(list, .rowActivated) { row in
                actions.openWord(ofA, Int(gtk_list_box_row_get_index(cast(row))))
            }
        }
        let columns = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        gtk_box_set_homogeneous(cast(columns), 1)
        UI.append(columns, Self.column(tr("Distinctive of A"), wordsA), Self.column(tr("Distinctive of B"), wordsB))
        let body = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 10)
        UI.margins(body, 8)
        UI.append(body, Self.heading(tr("Themes: share of each group's statements")), themes, columns)
        let scroller = UI.scrolled(body)
        UI.expand(scroller)
        widget = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(widget, top, scroller)
        gtk_widget_set_size_request(widget, 300, -1)
        UI.setAccessibleLabel(widget, tr("Compare two groups"))
        // Esc anywhere in the view goes back to the list.
        let keys = gtk_event_controller_key_new()!
        Signal.connect(keys, .keyPressed) { keyval, _ in
            guard keyval == 0xff1b else { return false }  // GDK_KEY_Escape
            actions.close()
            return true
        }
        gtk_widget_add_controller(widget, keys)
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    func render(_ model: CompareModel) {
        UI.setText(summary, model.summary)
        let next = (Array(model.themes.prefix(Self.themesShown)), model.rows(ofA: true), model.rows(ofA: false))
        if let shown, shown.themes == next.0, shown.a == next.1, shown.b == next.2 { return }
        shown = next
        UI.removeGridChildren(themes)
        for (i, share) in next.0.enumerated() { addTheme(share, row: Int32(i)) }
        fill(wordsA, next.1, group: "A")
        fill(wordsB, next.2, group: "B")
    }

    func focus() { gtk_widget_grab_focus(wordsA) }

    private func addTheme(_ share: CompareModel.ThemeShare, row: Int32) {
        let name = UI.label(share.theme, classes: ["caption"])
        UI.ellipsize(name)
        gtk_widget_set_hexpand(name, 1)
        gtk_grid_attach(cast(themes), name, 0, row, 1, 1)
        for (column, (group, value)) in [("A", share.a), ("B", share.b)].enumerated() {
            let bar = gtk_level_bar_new_for_interval(0, 1)!
            // One colour per group, whatever the share: no "low", "high" or "full" colours.
            for name in ["low", "high", "full"] { gtk_level_bar_remove_offset_value(opaque(bar), name) }
            gtk_level_bar_set_value(opaque(bar), value)
            gtk_widget_add_css_class(bar, "compare-\(group.lowercased())")
            gtk_widget_set_size_request(bar, 70, -1)
            gtk_widget_set_valign(bar, GTK_ALIGN_CENTER)
            let percent = Int((value * 100).rounded())
            // TRANSLATORS: a group ("A" or "B") and its share of a theme's statements, in per cent.
            let percentLabel = UI.label(tr("{0} {1} %", group, percent), classes: ["caption", "facet-count"])
            let cell = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 4)
            UI.append(cell, bar, percentLabel)
            UI.setAccessibleLabel(cell, tr("{0}: {1} {2} per cent", share.theme, group, percent))
            gtk_grid_attach(cast(themes), cell, Int32(column + 1), row, 1, 1)
        }
    }

    private func fill(_ list: Widget, _ rows: [CompareModel.Row], group: String) {
        UI.removeRows(list)
        for row in rows {
            let box = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 1)
            UI.margins(box, 4)
            let detail = UI.label(row.detail, classes: ["dim-label", "caption"], wrap: true)
            UI.append(box, UI.label(row.word, classes: ["row-title"]), detail)
            UI.setAccessibleLabel(box, tr("Distinctive of {0}: {1}, {2}", group, row.word, row.detail))
            gtk_list_box_append(opaque(list), box)
        }
        if rows.isEmpty {
            let none = UI.label(tr("No word stands out."), classes: ["dim-label", "caption"], wrap: true)
            UI.margins(none, 6)
            gtk_list_box_append(opaque(list), none)
        }
    }

    private static func wordList(_ label: String) -> Widget {
        let list = gtk_list_box_new()!
        gtk_list_box_set_selection_mode(opaque(list), GTK_SELECTION_BROWSE)
        gtk_list_box_set_activate_on_single_click(opaque(list), 1)
        gtk_widget_add_css_class(list, "boxed-list")
        gtk_widget_set_tooltip_text(list, tr("Enter or a click: every occurrence of the word in its group"))
        UI.setAccessibleLabel(list, label)
        return list
    }

    private static func column(_ title: String, _ list: Widget) -> Widget {
        let box = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 4)
        UI.append(box, heading(title), list)
        gtk_widget_set_valign(box, GTK_ALIGN_START)
        return box
    }

    private static func heading(_ text: String) -> Widget {
        UI.label(text, classes: ["heading"])
    }
}
