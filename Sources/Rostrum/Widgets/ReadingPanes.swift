import CGtk
import GtkKit
import RostrumViewModel
import Translations

/// The list and the text pane: side by side in a paned (its divider dragged as the reader likes) on a window
/// wide enough, and below `twoPagesWidth` two pages of an `AdwLeaflet`, the list then the text, with a back
/// button, Alt+Left, the mouse's back button or a swipe to return. The two widgets move between the two
/// containers, so each keeps its state (the list's selection and scroll, the open statement).
@MainActor
final class ReadingPanes {
    /// A stack of "split" (the paned) and "pages" (the leaflet).
    let widget: Widget
    /// Side by side: the window narrows the text first, then `Window.adapt` gives it back a line from the list.
    let split: Widget
    private let pages: Widget
    private let list: Widget
    private let text: Widget
    /// Shown in the header on the text page.
    let backButton: Widget
    private(set) var twoPages = false

    static let twoPagesWidth: Int32 = 700

    /// Where the keyboard goes when a page is shown, so Enter and Alt+Left keep working: true for the text.
    var focusPage: (Bool) -> Void = { _ in }

    init(list: Widget, text: Widget, position: Int32) {
        self.list = list
        self.text = text
        split = UI.paned(GTK_ORIENTATION_HORIZONTAL, list, text, position: position)
        gtk_paned_set_resize_start_child(opaque(split), 0)
        pages = adw_leaflet_new()
        adw_leaflet_set_can_unfold(opaque(pages), 0)  // only ever used folded: one page at a time
        adw_leaflet_set_can_navigate_back(opaque(pages), 1)
        widget = gtk_stack_new()
        gtk_stack_add_named(opaque(widget), split, "split")
        gtk_stack_add_named(opaque(widget), pages, "pages")
        UI.expand(widget)
        var back: () -> Void = {}
        backButton = UI.button(icon: "go-previous-symbolic", tooltip: tr("Back to the list (Alt+Left)")) { back() }
        UI.setAccessibleLabel(backButton, tr("Back to the list"))
        UI.show(backButton, false)
        back = { [weak self] in self?.showList() }
        Signal.connect(pages, .notify("visible-child")) { [weak self] in
            guard let self else { return }
            self.updateBackButton()
            if self.twoPages { self.focusPage(self.showingText) }
        }
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    /// Moves the list and the text into the leaflet (or back into the paned) when the window crosses the width.
    func setTwoPages(_ on: Bool) {
        guard on != twoPages else { return }
        twoPages = on
        for child in [list, text] { g_object_ref(child) }
        defer { for child in [list, text] { g_object_unref(child) } }
        if on {
            gtk_paned_set_start_child(opaque(split), nil)
            gtk_paned_set_end_child(opaque(split), nil)
            _ = adw_leaflet_append(opaque(pages), list)
            _ = adw_leaflet_append(opaque(pages), text)
            adw_leaflet_set_visible_child(opaque(pages), list)
            gtk_stack_set_visible_child_name(opaque(widget), "pages")
        } else {
            adw_leaflet_remove(opaque(pages), list)
            adw_leaflet_remove(opaque(pages), text)
            gtk_paned_set_start_child(opaque(split), list)
            gtk_paned_set_end_child(opaque(split), text)
            gtk_stack_set_visible_child_name(opaque(widget), "split")
        }
        updateBackButton()
    }

    /// On two pages: the text, for the statement just opened from the list. Side by side it is already there.
    func showText() {
        guard twoPages else { return }
        adw_leaflet_set_visible_child(opaque(pages), text)
    }

    func showList() {
        guard twoPages else { return }
        adw_leaflet_set_visible_child(opaque(pages), list)
    }

    /// Whether the text page is the one shown (on two pages).
    var showingText: Bool { twoPages && adw_leaflet_get_visible_child(opaque(pages)) == text }

    private func updateBackButton() { UI.show(backButton, showingText) }
}
