import CGtk
import Foundation
import GtkKit
import PresentationCards
import RostrumViewModel
import StatementModel
import Translations

/// The projector screen: one card at a time, painted by the same `CardPainter` that writes a story's PDF.
/// The strip's marker glides to the next card's date; B blanks to black. The card's text is also the
/// widget's accessible name, so screen readers (and the GUI tests) read what the room sees.
@MainActor
final class PresentationView {
    let widget: Widget
    private(set) var deck: PresentationDeck?
    private var dark = false
    /// The marker's day as drawn: it moves from the last card's date to this one's over a few frames.
    private var shownDay: Double?
    private var glide: (from: Double, to: Double, started: Date)?
    private static let glideSeconds = 0.45

    init() {
        var drawRef: Drawing.Draw = { _, _, _ in }
        widget = Drawing.area { cr, w, h in drawRef(cr, w, h) }
        gtk_widget_set_focusable(widget, 1)
        UI.expand(widget)
        UI.setAccessibleLabel(widget, tr("Presentation"))
        drawRef = { [weak self] cr, w, h in self?.draw(cr, w, h) }
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    func show(_ deck: PresentationDeck, dark: Bool) {
        self.deck = deck
        deck.onCardsRead = { [weak self] in self?.cardsRead() }
        self.dark = dark
        shownDay = deck.markerDay
        glide = nil
        refresh()
    }

    func stop() {
        deck = nil
        glide = nil
    }

    /// D swaps light and dark cards: what reads best depends on the room and the projector.
    func toggleDark() {
        dark.toggle()
        gtk_widget_queue_draw(widget)
    }

    /// Applies a move from the keyboard or a clicker; returns false for a key presentations do not use.
    func apply(_ move: PresentationMove) {
        guard let deck else { return }
        let from = shownDay
        guard deck.apply(move) else { return }
        if let from, let to = deck.markerDay, from != to, !deck.blank {
            glide = (from, to, Date())
            animate()
        } else {
            shownDay = deck.markerDay ?? shownDay
        }
        refresh()
    }

    /// A card read ahead has come: if it is the one on the screen, it is drawn now, its marker where it belongs.
    private func cardsRead() {
        guard let deck, deck.card != nil else { return }
        if glide == nil { shownDay = deck.markerDay ?? shownDay }
        refresh()
    }

    private func refresh() {
        UI.setAccessibleLabel(widget, deck?.accessibleText ?? tr("Presentation"))
        gtk_widget_queue_draw(widget)
    }

    /// Eases the marker to its new day, one frame every 16 ms.
    private func animate() {
        guard let g = glide else { return }
        let t = min(Date().timeIntervalSince(g.started) / Self.glideSeconds, 1)
        let eased = 1 - pow(1 - t, 3)
        shownDay = g.from + (g.to - g.from) * eased
        gtk_widget_queue_draw(widget)
        if t < 1 {
            MainLoop.after(milliseconds: 16) { [weak self] in self?.animate() }
        } else {
            glide = nil
        }
    }

    private func draw(_ cr: OpaquePointer, _ w: Double, _ h: Double) {
        guard let deck, !deck.blank, let card = deck.card else {
            cairo_set_source_rgb(cr, 0, 0, 0)
            cairo_paint(cr)
            return
        }
        CardPainter(
            card: card, counter: deck.counter, strip: deck.strip, markerDay: shownDay, palette: dark ? .dark : .light
        )
        .draw(cr, width: w, height: h)
    }
}
