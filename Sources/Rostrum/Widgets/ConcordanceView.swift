import CGtk
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// Key words in context, in the list's place: a phrase, how to sort, then one line per occurrence with the
/// match in the middle (the words before it right-aligned, those after it left-aligned, so the matches line up),
/// and the words that most often stand near it. A line opens its statement at the occurrence.
@MainActor
final class ConcordanceView {
    struct Actions {
        var phrase: (String) -> Void
        var sort: (Concordance.Sort) -> Void
        var open: (Int) -> Void
        var close: () -> Void
        var export: () -> Void
        var split: (Facet?) -> Void
    }

    let widget: Widget
    let entry: Widget
    private let summary: Widget
    private let collocates: Widget
    private let list: KeyedListView
    private let sortChoice: StringDropDown
    /// The trend on the timeline: one line, or one per speaker, country, forum or kind.
    private let splitChoice: StringDropDown
    private let splitNote: Widget
    private var shownSplit: Facet??
    private var lines: [Concordance.Line] = []
    private var shownSort: Concordance.Sort?
    private var settingText = false

    init(actions: Actions) {
        var linesRef: () -> [Concordance.Line] = { [] }
        list = KeyedListView(
            setup: {
                let row = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
                UI.margins(row, 4)
                let line = gtk_center_box_new()!
                let left = UI.label("", classes: ["kwic-context"])
                gtk_label_set_xalign(opaque(left), 1)
                gtk_label_set_ellipsize(opaque(left), PANGO_ELLIPSIZE_START)
                let match = UI.label("", classes: ["kwic-match"])
                let right = UI.label("", classes: ["kwic-context"])
                gtk_label_set_xalign(opaque(right), 0)
                UI.ellipsize(right)
                for side in [left, right] { UI.expand(side, v: false) }
                gtk_center_box_set_start_widget(opaque(line), left)
                gtk_center_box_set_center_widget(opaque(line), match)
                gtk_center_box_set_end_widget(opaque(line), right)
                let meta = UI.label("", classes: ["dim-label", "caption"])
                UI.ellipsize(meta)
                UI.append(row, line, meta)
                return row
            },
            bind: { row, position in
                let lines = linesRef()
                guard lines.indices.contains(position) else { return }
                let l = lines[position]
                let line = gtk_widget_get_first_child(row)!
                UI.setText(gtk_center_box_get_start_widget(opaque(line))!, l.left)
                UI.setText(gtk_center_box_get_center_widget(opaque(line))!, l.match)
                UI.setText(gtk_center_box_get_end_widget(opaque(line))!, l.right)
                let date = l.date.map { DateText.long($0) } ?? tr("Undated")
                let who = StatementSummary.who(l.speaker, l.country)
                UI.setText(
                    gtk_widget_get_next_sibling(line)!,
                    [date, who.isEmpty ? nil : who, l.title]
                        .compactMap { $0 }.joined(separator: " · "))
                // TRANSLATORS: a line in context read aloud: the words before, the match, the words after, the date.
                UI.setAccessibleLabel(row, tr("{0} [{1}] {2}, {3}", l.left, l.match, l.right, date))
            }, fillOffScreenWhenIdle: true, selected: actions.open)
        entry = gtk_search_entry_new()
        setProperty(entry, "placeholder-text", string: tr("Word or phrase (a final * ends a word)"))
        UI.setAccessibleLabel(entry, tr("Key words in context: word or phrase"))
        UI.expand(entry, v: false)
        sortChoice = StringDropDown(accessibleLabel: tr("Sort the lines")) { i in
            actions.sort(ConcordanceModel.sorts[i].0)
        }
        sortChoice.set(ConcordanceModel.sorts.map(\.1), selected: 0)
        let back = UI.button(icon: "go-previous-symbolic", tooltip: tr("Back to the list (Esc)"), classes: ["flat"]) {
            actions.close()
        }
        UI.setAccessibleLabel(back, tr("Close key words in context"))
        let top = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        UI.margins(top, 4)
        let export = UI.button(icon: "document-save-symbolic", tooltip: tr("Export the lines (.csv or .jsonl)"),
                               classes: ["flat"]) { actions.export() }
        UI.setAccessibleLabel(export, tr("Export the lines in context"))
        UI.append(top, back, entry, sortChoice.widget, export)
        splitChoice = StringDropDown(accessibleLabel: tr("Trend lines on the timeline")) { i in
            actions.split(ConcordanceModel.splits[i].0)
        }
        // One line, so the lines in context keep their room: the whole note in its tooltip.
        splitNote = UI.label("", classes: ["dim-label", "caption"])
        UI.ellipsize(splitNote)
        UI.tooltipWhenEllipsized(splitNote)
        gtk_label_set_xalign(opaque(splitNote), 0)
        UI.expand(splitNote, v: false)
        let trendRow = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        UI.margins(trendRow, 4)
        UI.append(trendRow, UI.label(tr("Trend"), classes: ["dim-label"]), splitChoice.widget, splitNote)
        summary = UI.label("", classes: ["dim-label", "caption"], wrap: true)
        gtk_label_set_xalign(opaque(summary), 0)
        UI.margins(summary, 4)
        collocates = UI.label("", classes: ["caption"], wrap: true, selectable: true)
        gtk_label_set_xalign(opaque(collocates), 0)
        UI.margins(collocates, 6)
        UI.setAccessibleLabel(collocates, tr("Words near it"))
        let scroller = UI.scrolled(list.view)
        UI.expand(scroller)
        UI.setAccessibleLabel(list.view, tr("Key words in context"))
        widget = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(widget, top, trendRow, summary, scroller, gtk_separator_new(GTK_ORIENTATION_HORIZONTAL), collocates)
        gtk_widget_set_size_request(widget, 300, -1)
        linesRef = { [weak self] in self?.lines ?? [] }
        Signal.connect(entry, .searchChanged) { [weak self] in
            guard let self else { return }
            guard !self.settingText else { return }
            actions.phrase(Entry.text(self.entry))
        }
        Signal.connect(entry, .stopSearch) { actions.close() }
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    func render(_ model: ConcordanceModel) {
        let text = Entry.text(entry)
        if text.trimmingCharacters(in: .whitespaces) != model.phrase {
            // Replacing the text empties the entry first, and an empty search entry reports at once: that
            // report is ours, not the user's, and would clear the phrase.
            settingText = true
            gtk_editable_set_text(opaque(entry), model.phrase)
            settingText = false
        }
        if model.sort != shownSort, let i = ConcordanceModel.sorts.firstIndex(where: { $0.0 == model.sort }) {
            shownSort = model.sort
            sortChoice.set(ConcordanceModel.sorts.map(\.1), selected: i)
        }
        if model.split != shownSplit, let i = ConcordanceModel.splits.firstIndex(where: { $0.0 == model.split }) {
            shownSplit = model.split
            splitChoice.set(ConcordanceModel.splits.map(\.1), selected: i)
        }
        UI.setText(splitNote, model.trendNote ?? "")
        UI.setText(summary, model.summary)
        UI.setText(collocates, model.collocateLine ?? "")
        UI.show(collocates, model.collocateLine != nil)
        let newLines = model.result?.lines ?? []
        if newLines != lines {
            lines = newLines
            list.setKeys(newLines.indices.map { "\($0)" })
        }
    }

    func focus() {
        gtk_widget_grab_focus(entry)
        gtk_editable_select_region(opaque(entry), 0, -1)
    }
}
