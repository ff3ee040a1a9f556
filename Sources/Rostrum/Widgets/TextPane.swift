import CGtk
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// One statement: title, a metadata line, the situations it is filed under, what was inferred and why, theme
/// chips, and the body with theme phrases and search hits highlighted. Copying a selection gives the quote
/// with a citation.
@MainActor
final class TextPane {
    let widget: Widget
    private let title: Widget
    private let meta: Widget
    private let situations: Widget
    private let inferred: Widget
    private let inferredSummary: Widget
    /// "Set by you: title, date": the fields the user corrected.
    private let setByYou: Widget
    private let versions: Widget
    /// The statements the links of `versions` open, by the number in their address.
    private var links: [StatementID] = []
    private let chips: Widget
    private let body: Widget
    /// "3 of 17" over the text's top right corner while a search's hits are stepped through.
    private let hitCounter: Widget
    private let buffer: TextBuffer
    private let column: Widget
    private let header: Widget
    /// Scrolls to an occurrence a line of key words in context opened.
    private let reveal: TextReveal
    private var shown: StatementDetail?

    private let onOpen: (StatementID) -> Void

    init(onOpen: @escaping (StatementID) -> Void) {
        self.onOpen = onOpen
        title = UI.label("", classes: ["pane-title"], wrap: true, selectable: true)
        meta = UI.label("", classes: ["dim-label"], wrap: true, selectable: true)
        situations = UI.label("", classes: ["dim-label", "situation-line"], wrap: true, selectable: true)
        inferred = UI.label("", classes: ["inferred-note", "caption"], wrap: true)
        // One line says what was inferred; the rules and reasons open beneath it on demand.
        inferredSummary = gtk_expander_new("")!
        gtk_expander_set_child(opaque(inferredSummary), inferred)
        gtk_widget_add_css_class(inferredSummary, "inferred-note")
        versions = UI.label("", classes: ["caption", "statement-links"], wrap: true)
        // One wrapping label of coloured spans: chips that flow onto as many lines as the pane needs.
        chips = UI.label("", classes: ["theme-chips"], wrap: true)
        body = gtk_text_view_new()
        gtk_text_view_set_editable(cast(body), 0)
        // A caret, though the text is read-only: keyboard users select a quote with Shift+arrows.
        gtk_text_view_set_cursor_visible(cast(body), 1)
        gtk_text_view_set_wrap_mode(cast(body), GTK_WRAP_WORD_CHAR)
        gtk_text_view_set_pixels_below_lines(cast(body), 4)
        gtk_widget_add_css_class(body, "statement-body")
        UI.setAccessibleLabel(body, tr("Statement text"))
        buffer = TextBuffer(view: body)
        // The header above the text; the text in its own scroller, so the text view lays out and scrolls its
        // lines itself (and can scroll to an occurrence: inside a scrolled box it knows only the lines on screen).
        // A long header (notes, many chips) scrolls by itself within two fifths of the pane (`fitHeader`).
        column = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 8)
        UI.margins(column, 18)
        gtk_widget_set_margin_bottom(column, 6)
        // Beside the title: correct what was read wrong (F2), or delete the statement (Undo in its toast). They lie
        // over the header's top right corner and the title keeps clear of them: in a horizontal box GTK 4.8 finds a
        // wrapping label's height by nested searches (a hundred Pango layouts, 5–30 ms at each statement opened).
        let titleButtons = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 4)
        let correct = UI.button(
            icon: "document-edit-symbolic", tooltip: tr("Correct the title, date, speaker… (F2)"), classes: ["flat"]
        ) {}
        gtk_actionable_set_action_name(opaque(correct), CommandTable.action("correct-statement"))
        UI.setAccessibleLabel(correct, tr("Correct this statement"))
        let delete = UI.button(icon: "user-trash-symbolic", tooltip: tr("Delete this statement"), classes: ["flat"]) {}
        gtk_actionable_set_action_name(opaque(delete), CommandTable.action("delete-statement"))
        UI.setAccessibleLabel(delete, tr("Delete this statement"))
        for button in [correct, delete] { gtk_widget_set_valign(button, GTK_ALIGN_START) }
        UI.append(titleButtons, correct, delete)
        setByYou = UI.label("", classes: ["set-by-you", "caption"], wrap: true)
        UI.append(column, title, meta, situations, setByYou, inferredSummary, versions, chips)
        // A floor under the wrapping labels' narrowest width: without one GTK measures it by laying a label's text
        // out a word to a line, at every change of text.
        for label in [title, meta, situations, setByYou, inferred, versions, chips] {
            gtk_label_set_width_chars(opaque(label), 24)
        }
        header = UI.scrolled(Self.overlaid(column, titleButtons, clearing: title))
        gtk_text_view_set_left_margin(cast(body), 18)
        gtk_text_view_set_right_margin(cast(body), 18)
        gtk_text_view_set_bottom_margin(cast(body), 18)
        let text = UI.scrolled(body)
        UI.expand(text)
        hitCounter = UI.label("", classes: ["hit-counter", "caption"])
        gtk_widget_set_halign(hitCounter, GTK_ALIGN_END)
        gtk_widget_set_valign(hitCounter, GTK_ALIGN_START)
        UI.margins(hitCounter, 6)
        gtk_widget_set_tooltip_text(
            hitCounter, tr("Search hits: Enter or Ctrl+G for the next, Shift for the previous"))
        let overlay = gtk_overlay_new()!
        gtk_overlay_set_child(opaque(overlay), text)
        gtk_overlay_add_overlay(opaque(overlay), hitCounter)
        UI.expand(overlay)
        widget = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(widget, header, overlay)
        UI.expand(widget)
        reveal = TextReveal(textView: body)
        UI.setAccessibleLabel(widget, tr("Text pane"))
        Signal.connect(versions, .activateLink) { [weak self] uri in
            guard let self else { return false }
            if let i = Int(uri.dropFirst("open:".count)), self.links.indices.contains(i) {
                self.onOpen(self.links[i])
            }
            return true
        }
        // Copy gives the quote and where it comes from, ready for a paper or a slide.
        Signal.connect(body, .copyClipboard) { [weak self] in
            guard let self else { return }
            guard let detail = self.shown, let selection = self.buffer.selection() else { return }
            Clipboard.setText(detail.quote(selection.text), for: self.body)
            Signal.stopEmission(self.body, .copyClipboard)
        }
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    func focusText() { gtk_widget_grab_focus(body) }

    /// The words selected in the body, if any: what "Add to Story" takes as the card's quote.
    var selectedText: String? { buffer.selection()?.text }

    func render(_ detail: StatementDetail?) {
        guard detail != shown else { return }
        shown = detail
        UI.show(widget, detail != nil)
        guard let detail else { return }
        UI.setText(title, detail.title)
        UI.setText(meta, detail.metaLine)
        UI.setText(situations, detail.situationLine ?? "")
        gtk_widget_set_tooltip_text(situations, detail.situationReasons)
        UI.show(situations, detail.situationLine != nil)
        UI.setText(setByYou, tr("Set by you: {0}", detail.setByYou.map { $0.lowercased() }.joined(separator: ", ")))
        UI.show(setByYou, !detail.setByYou.isEmpty)
        UI.setText(inferred, detail.inferenceNotes.joined(separator: "\n"))
        let summary = tr("Inferred: {0} — details", detail.inferredFields.joined(separator: ", "))
        gtk_expander_set_label(opaque(inferredSummary), summary)
        UI.setAccessibleLabel(inferredSummary, summary)  // an expander is otherwise announced by its class name
        UI.show(inferredSummary, !detail.inferenceNotes.isEmpty)
        // Other versions of the same speech and passages said again elsewhere, each a link to the statement: one
        // wrapping label of links (buttons holding wrapped text were laid out a line short, over the chips).
        let lines =
            detail.versions.map { (tr("Same speech: {0}", $0.label), $0.id) }
            + detail.echoes.map { ($0.label, $0.open) }
        links = lines.map(\.1)
        UI.setMarkup(
            versions,
            lines.enumerated().map { i, line in "<a href=\"open:\(i)\">\(UI.escape(line.0))</a>" }
                .joined(separator: "\n"))
        UI.show(versions, !lines.isEmpty)
        UI.setMarkup(
            chips,
            detail.themes.map { theme in
                // A chip never breaks inside: no-break spaces and a non-breaking hyphen.
                let name = UI.escape(theme.name).replacingOccurrences(of: " ", with: "\u{00A0}")
                    .replacingOccurrences(of: "-", with: "\u{2011}")
                return "<span background=\"\(theme.colour)\" foreground=\"#FFFFFF\" weight=\"bold\">"
                    + "\u{00A0}\(name)\u{00A0}·\u{00A0}\(theme.count)\u{00A0}</span>"
            }.joined(separator: "  "))
        UI.show(chips, !detail.themes.isEmpty)
        buffer.setText(detail.body)
        for h in detail.highlights {
            switch h.kind {
            case .theme(let name, let colour):
                buffer.apply(
                    buffer.tag("theme:" + name, background: Style.rgba(colour, 0.24)), from: h.start, to: h.end)
            case .search:
                buffer.apply(
                    buffer.tag("search", background: "rgba(250,204,21,0.65)", bold: true), from: h.start, to: h.end)
            case .echo:
                buffer.apply(buffer.tag("echo", background: "rgba(145,65,172,0.18)"), from: h.start, to: h.end)
            case .hit:
                buffer.apply(
                    buffer.tag("hit", background: "rgba(234,88,12,0.55)", bold: true, onTop: true),
                    from: h.start, to: h.end)
            }
        }
        UI.setText(hitCounter, detail.hitLine ?? "")
        UI.setAccessibleLabel(hitCounter, detail.hitLine.map { tr("Search hit {0}", $0) } ?? "")
        UI.show(hitCounter, detail.hitLine != nil)
        fitHeader()
        if let focus = detail.focus { reveal.reveal(offset: focus) }
    }

    /// `content` with `buttons` over its top right corner (inside its margins); `label` keeps its text clear of them.
    private static func overlaid(_ content: Widget, _ buttons: Widget, clearing label: Widget) -> Widget {
        let overlay = gtk_overlay_new()!
        gtk_overlay_set_child(opaque(overlay), content)
        gtk_overlay_add_overlay(opaque(overlay), buttons)
        gtk_widget_set_halign(buttons, GTK_ALIGN_END)
        gtk_widget_set_valign(buttons, GTK_ALIGN_START)
        gtk_widget_set_margin_top(buttons, gtk_widget_get_margin_top(content))
        gtk_widget_set_margin_end(buttons, gtk_widget_get_margin_end(content))
        var width: Int32 = 0
        gtk_widget_measure(buttons, GTK_ORIENTATION_HORIZONTAL, -1, nil, &width, nil, nil)
        gtk_widget_set_margin_end(label, width + 4)
        return overlay
    }

    /// The header as tall as its lines at the pane's width, but no more than two fifths of the pane: a scrolled
    /// window cannot ask its child's height for a width itself.
    private func fitHeader() {
        let width = gtk_widget_get_width(widget)
        let height = gtk_widget_get_height(widget)
        var minimum: Int32 = 0
        var natural: Int32 = 0
        if width > 0 { gtk_widget_measure(column, GTK_ORIENTATION_VERTICAL, width, &minimum, &natural, nil, nil) }
        let fitted = width > 0 && height > 0 ? min(natural, max(140, height * 2 / 5)) : 220
        gtk_scrolled_window_set_min_content_height(opaque(header), -1)
        gtk_scrolled_window_set_max_content_height(opaque(header), fitted)
        gtk_scrolled_window_set_min_content_height(opaque(header), fitted)
    }
}
