import Foundation
import PresentationCards
import StatementModel
import TimelineChart

/// What a presenter's key does; keys map to these in one table, so clickers and keyboards agree.
package enum PresentationMove: Equatable, Sendable {
    case next, previous, first, last, blank, lightOrDark, leave

    /// Each move, what the shortcuts window calls it and the keys that make it: Right, Space, Page Down
    /// (what clickers send) go on; Left, BackSpace, Page Up go back; B or a period blanks the screen, as
    /// slide tools do; D swaps light and dark cards; Escape leaves. A key's keypad twin (KP_Right) and its
    /// capital (B) do the same and are not listed apart.
    package static let keys: [(move: PresentationMove, title: String, names: [String])] = [
        (.next, "Next card", ["Right", "space", "Page_Down", "Down", "Return"]),
        (.previous, "Previous card", ["Left", "BackSpace", "Page_Up", "Up"]),
        (.first, "First card", ["Home"]),
        (.last, "Last card", ["End"]),
        (.blank, "Blank the screen", ["b", "period"]),
        (.lightOrDark, "Light or dark cards", ["d"]),
        (.leave, "Leave the presentation", ["Escape"]),
    ]

    package static func forKey(_ name: String) -> PresentationMove? {
        let plain = name == "KP_Enter" ? "Return" : name.hasPrefix("KP_") ? String(name.dropFirst(3)) : name
        let key = plain.count == 1 ? plain.lowercased() : plain
        return keys.first { $0.names.contains(key) }?.move
    }
}

/// A deck being presented: the filter's statements in date order, or a story's cards in the story's
/// order. Cards are built as they are reached, so a filter of 100,000 statements opens at once.
package final class PresentationDeck {
    package let count: Int
    package let strip: CardStrip
    package private(set) var index = 0
    package private(set) var blank = false
    private let build: (Int) throws -> PresentationCard
    private var cache: [Int: PresentationCard] = [:]

    /// The statements under the filter, oldest first; the card shows the passage richest in the filter's themes.
    package init(filter: StatementFilter, library: StatementLibrary, startingAt start: StatementID? = nil) throws {
        let store = library.store
        let catalog = library.reader.reference.themes
        let ids = try store.ids(filter, sort: .dateAscending)
        let years = try store.timeline(filter, granularity: .year)
        let granularity =
            TimelineChart.span(of: years).map { TimelineChart.granularity(forSpan: $0.end - $0.start) } ?? .year
        strip = CardStrip(
            bins: granularity == .year ? years : try store.timeline(filter, granularity: granularity),
            granularity: granularity,
            themes: catalog.themes.map { ($0.name, $0.colour) })
        count = ids.count
        let active = filter.themes
        index = start.flatMap { ids.firstIndex(of: $0) } ?? 0
        build = { i in
            guard let s = try store.statement(id: ids[i]) else { throw RostrumError.notFound(ids[i].rawValue) }
            return PresentationCard(s, activeThemes: active, catalog: catalog)
        }
    }

    /// A story's cards, as the presenter ordered them.
    package init(story: Story, library: StatementLibrary) throws {
        let catalog = library.reader.reference.themes
        let cards = try story.presentationCards(from: library.store, catalog: catalog)
        strip = CardStrip(cards: cards, themes: catalog.themes.map { ($0.name, $0.colour) })
        count = cards.count
        build = { cards[$0] }
    }

    package var isEmpty: Bool { count == 0 }

    /// "7 / 42"
    package var counter: String { "\(index + 1) / \(count)" }

    package var card: PresentationCard? {
        guard index < count else { return nil }
        if let cached = cache[index] { return cached }
        guard let card = try? build(index) else { return nil }
        if cache.count > 64 { cache.removeAll() }  // a long filter deck keeps only the cards near where we are
        cache[index] = card
        return card
    }

    /// Where the strip's marker stands for the current card.
    package var markerDay: Double? { card?.date.flatMap { DayNumber.of(iso: $0.firstDay) }.map(Double.init) }

    /// Applies a move; returns false when it changes nothing (first card and Left, say).
    @discardableResult
    package func apply(_ move: PresentationMove) -> Bool {
        let before = (index, blank)
        switch move {
        case .next: if blank { blank = false } else { index = min(index + 1, max(count - 1, 0)) }
        case .previous: if blank { blank = false } else { index = max(index - 1, 0) }
        case .first:
            blank = false
            index = 0
        case .last:
            blank = false
            index = max(count - 1, 0)
        case .blank: blank.toggle()
        case .lightOrDark: return false  // the cards' colours, which the screen holds, not the deck
        case .leave: return true
        }
        return before != (index, blank)
    }

    /// What a screen reader says (and the GUI test reads) of the screen now.
    package var accessibleText: String {
        if blank { return "Presentation: screen blanked; press B to show card \(counter)" }
        guard let card else { return "Presentation: no statements" }
        return "Presentation card \(counter). \(card.spokenText)"
    }
}
