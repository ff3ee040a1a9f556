import CGtk
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// The story being built: choose or start a story, rename it, and its cards in order — each with its
/// quote, a note field, and buttons to move or remove it; rows can also be dragged into a new order.
@MainActor
final class StoryPanel {
    struct Actions {
        var open: (StoryID) -> Void
        var new: () -> Void
        var delete: () -> Void
        var rename: (String) -> Void
        var move: (Int, Int) -> Void
        var remove: (Int) -> Void
        var note: (String, Int) -> Void
        var present: () -> Void
        var export: () -> Void
    }

    let widget: Widget
    private let chooser: StringDropDown
    private let name: Widget
    private let cards: Widget
    private let hint: Widget
    private let presentButton: Widget
    private let exportButton: Widget
    private var shownStories: [StorySummary] = []
    private var shownStory: Story?
    private var rendered = false
    private let actions: Actions

    init(actions: Actions) {
        self.actions = actions
        var storyIDs: () -> [StorySummary] = { [] }
        chooser = StringDropDown(accessibleLabel: tr("Story")) { index in
            let stories = storyIDs()
            if stories.indices.contains(index) { actions.open(stories[index].id) }
        }
        UI.expand(chooser.widget, v: false)
        let newButton = UI.button(icon: "list-add-symbolic", tooltip: tr("New story")) { actions.new() }
        UI.setAccessibleLabel(newButton, tr("New story"))
        let deleteButton = UI.button(icon: "user-trash-symbolic", tooltip: tr("Delete this story")) {
            actions.delete()
        }
        UI.setAccessibleLabel(deleteButton, tr("Delete story"))
        let top = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 4)
        UI.append(top, chooser.widget, newButton, deleteButton)

        name = Entry.make(placeholder: tr("Story name"), accessibleLabel: tr("Story name"))
        Signal.connect(name, .activate) { [name] in actions.rename(Entry.text(name)) }

        hint = UI.label(
            tr(
                "Select a statement and press Ctrl+D to add it as a card; select words in its text first to add "
                    + "them as a quote."),
            classes: ["dim-label"], wrap: true)
        cards = gtk_list_box_new()
        gtk_list_box_set_selection_mode(opaque(cards), GTK_SELECTION_NONE)
        gtk_widget_add_css_class(cards, "boxed-list")
        UI.setAccessibleLabel(cards, tr("Story cards"))

        presentButton = UI.button(label: tr("Present Story"), classes: ["suggested-action"]) { actions.present() }
        gtk_widget_set_tooltip_text(presentButton, tr("Play the story full screen (Shift+F5)"))
        exportButton = UI.button(label: tr("Export PDF…")) { actions.export() }
        let bottom = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 6)
        UI.append(bottom, presentButton, exportButton)
        // Their labels give way (cut with "…", the whole in the tooltip) rather than widen the sidebar: a longer
        // translation made the sidebar's pages wider than the sidebar, and the filter's counts fell off its edge.
        for button in [presentButton, exportButton] {
            guard let label = gtk_button_get_child(cast(button)) else { continue }
            gtk_label_set_ellipsize(opaque(label), PANGO_ELLIPSIZE_END)
        }
        gtk_widget_set_tooltip_text(exportButton, tr("Export the story as PDF (Ctrl+Shift+P)"))

        let column = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 10)
        UI.margins(column, 10)
        UI.append(column, top, name, hint, cards, bottom)
        widget = UI.scrolled(column)
        UI.setAccessibleLabel(widget, tr("Story panel"))
        storyIDs = { [weak self] in self?.shownStories ?? [] }
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    func render(_ editor: StoryEditor) {
        guard !rendered || editor.stories != shownStories || editor.current != shownStory else { return }
        rendered = true
        shownStories = editor.stories
        let story = editor.current
        chooser.set(
            // TRANSLATORS: a story's name and how many cards it has.
            editor.stories.map { tr("{0} ({1})", $0.name, $0.cardCount) },
            selected: editor.stories.firstIndex { $0.id == story?.id })
        if Entry.text(name) != story?.name ?? "" { Entry.setText(name, story?.name ?? "") }
        UI.show(name, story != nil)
        let cardsChanged = story?.cards != shownStory?.cards || story?.id != shownStory?.id
        shownStory = story
        UI.show(hint, story?.cards.isEmpty ?? true)
        gtk_widget_set_sensitive(presentButton, story?.cards.isEmpty == false ? 1 : 0)
        gtk_widget_set_sensitive(exportButton, story?.cards.isEmpty == false ? 1 : 0)
        guard cardsChanged else { return }
        UI.removeRows(cards)
        for (i, card) in (story?.cards ?? []).enumerated() {
            gtk_list_box_append(opaque(cards), row(card, at: i, of: story!.cards.count))
        }
        UI.show(cards, story?.cards.isEmpty == false)
    }

    private func row(_ card: StoryCard, at i: Int, of count: Int) -> Widget {
        let line = UI.box(GTK_ORIENTATION_HORIZONTAL, spacing: 8)
        UI.margins(line, 6)
        let number = UI.label("\(i + 1)", classes: ["title-3", "dim-label"])
        gtk_widget_set_valign(number, GTK_ALIGN_START)
        let text = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 3)
        UI.expand(text, v: false)
        let label = UI.label(card.label, classes: ["heading"], wrap: true)
        let quote = UI.label(
            // TRANSLATORS: a card's quote, between quotation marks.
            card.quote.map { tr("“{0}”", $0) } ?? tr("Passage chosen when shown: the richest in themes"),
            classes: card.quote == nil ? ["dim-label", "caption"] : ["caption"], wrap: true)
        gtk_label_set_lines(opaque(quote), 3)
        UI.ellipsize(quote)
        let note = Entry.make(
            placeholder: tr("Note shown on the card"), accessibleLabel: tr("Note for card {0}", i + 1))
        Entry.setText(note, card.note)
        Signal.connect(note, .changed) { [weak self] in
            guard let self else { return }
            self.actions.note(Entry.text(note), i)
        }
        UI.append(text, label, quote, note)
        let buttons = UI.box(GTK_ORIENTATION_VERTICAL, spacing: 2)
        let up = UI.button(icon: "go-up-symbolic", tooltip: tr("Move up"), classes: ["flat"]) { [weak self] in
            self?.actions.move(i, i - 1)
        }
        UI.setAccessibleLabel(up, tr("Move card {0} up", i + 1))
        gtk_widget_set_sensitive(up, i > 0 ? 1 : 0)
        let down = UI.button(icon: "go-down-symbolic", tooltip: tr("Move down"), classes: ["flat"]) { [weak self] in
            self?.actions.move(i, i + 1)
        }
        UI.setAccessibleLabel(down, tr("Move card {0} down", i + 1))
        gtk_widget_set_sensitive(down, i < count - 1 ? 1 : 0)
        let remove = UI.button(
            icon: "window-close-symbolic", tooltip: tr("Remove from the story"), classes: ["flat"]
        ) { [weak self] in self?.actions.remove(i) }
        UI.setAccessibleLabel(remove, tr("Remove card {0}", i + 1))
        UI.append(buttons, up, down, remove)
        UI.append(line, number, text, buttons)
        // Drag a card onto another to put it there.
        DragAndDrop.makeDraggable(line, text: "story-card:\(i)")
        DragAndDrop.acceptText(on: line) { [weak self] dropped in
            guard let self else { return }
            guard dropped.hasPrefix("story-card:"), let from = Int(dropped.dropFirst("story-card:".count)), from != i
            else { return }
            self.actions.move(from, i)
        }
        UI.setAccessibleLabel(line, tr("Card {0}: {1}", i + 1, card.label))
        return line
    }
}
