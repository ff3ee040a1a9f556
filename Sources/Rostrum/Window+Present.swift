import CGtk
import Foundation
import GtkKit
import PresentationCards
import RostrumViewModel
import StatementModel
import Translations

/// The window's story and presentation commands: add to a story, present the filter or a story full
/// screen, step with the keys presenters use, export a story to PDF.
extension ExplorerWindow {
    /// Ctrl+D: the selected statement, or the words selected in its text, as the story's next card.
    func addToStory() {
        guard let id = viewModel.selected?.id else {
            toast(tr("Select a statement first, in the list or on the timeline."))
            return
        }
        stories.add(id, quote: pane.selectedText) { [weak self] message in
            guard let self else { return }
            gtk_stack_set_visible_child_name(opaque(self.sidePages), "story")
            self.toast(message)
        }
    }

    /// Shows a sidebar page and moves the keyboard focus into it.
    func showSidebarPage(_ name: String) {
        adw_flap_set_reveal_flap(opaque(flap), 1)  // folded away on a narrow window
        gtk_stack_set_visible_child_name(opaque(sidePages), name)
        if let page = gtk_stack_get_visible_child(opaque(sidePages)) {
            _ = gtk_widget_child_focus(page, GTK_DIR_TAB_FORWARD)
        }
    }

    /// F5: the statements under the filter, oldest first, starting at the selected one.
    func presentFilter() {
        let (filter, start, library) = (viewModel.filter, viewModel.selected?.id, self.library)
        openDeck(
            { try PresentationDeck(filter: filter, library: library, startingAt: start) },
            empty: tr("No statements match the filter: nothing to present."), failure: tr("Cannot present"))
    }

    /// Shift+F5: the open story, in its order.
    func presentStory() {
        guard let story = stories.current, !story.cards.isEmpty else {
            toast(tr("The story has no cards yet: select a statement and press Ctrl+D to add it."))
            return
        }
        let library = self.library
        openDeck(
            { try PresentationDeck(story: story, library: library) },
            empty: tr("The story has no cards yet."), failure: tr("Cannot present “{0}”", story.name))
    }

    /// Makes the deck off the main thread (it reads the library), then presents it; its cards ahead are read off
    /// the main thread too.
    private func openDeck(_ make: @escaping @Sendable () throws -> PresentationDeck, empty: String, failure: String) {
        BackgroundScheduler().run(
            { Result { try make() } },
            then: { [weak self] made in
                guard let self else { return }
                switch made {
                case .success(let deck) where deck.isEmpty: self.toast(empty)
                case .success(let deck):
                    deck.readAhead(on: BackgroundScheduler())
                    self.present(deck)
                case .failure(let error): self.toast("\(failure): \(error)")
                }
            })
    }

    private func present(_ deck: PresentationDeck) {
        fullscreenBeforePresenting = gtk_window_is_fullscreen(cast(window)) != 0
        presentation.show(deck, dark: adw_style_manager_get_dark(adw_style_manager_get_default()) != 0)
        gtk_stack_set_visible_child_name(opaque(screens), "present")
        gtk_window_fullscreen(cast(window))
        gtk_widget_grab_focus(presentation.widget)
    }

    func leavePresentation() {
        guard presentation.deck != nil else { return }
        presentation.stop()
        gtk_stack_set_visible_child_name(opaque(screens), "explore")
        if !fullscreenBeforePresenting { gtk_window_unfullscreen(cast(window)) }
    }

    /// While presenting, the presenter's keys are taken before anything else sees them.
    func installPresentationKeys() {
        let keys = gtk_event_controller_key_new()!
        gtk_event_controller_set_propagation_phase(keys, GTK_PHASE_CAPTURE)
        Signal.connect(keys, .keyPressed) { [weak self] keyval, state in
            guard let self else { return false }
            guard self.presentation.deck != nil else { return false }
            let modifiers = state.rawValue & (GDK_CONTROL_MASK.rawValue | GDK_ALT_MASK.rawValue)
            guard modifiers == 0, let name = gdk_keyval_name(keyval).map({ String(cString: $0) }) else {
                return false
            }
            // Other keys are swallowed (they would reach hidden widgets), all but F11; F5 again would
            // swap a story for the filter under the presenter.
            guard let move = PresentationMove.forKey(name) else { return name != "F11" }
            switch move {
            case .leave: self.leavePresentation()
            case .lightOrDark: self.presentation.toggleDark()
            default: self.presentation.apply(move)
            }
            return true
        }
        gtk_widget_add_controller(window, keys)
    }
}
