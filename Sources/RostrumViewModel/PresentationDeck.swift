import Foundation
import PresentationCards
import StatementModel
import TimelineChart
import Translations

/// What a presenter's key does; keys map to these in one table, so clickers and keyboards agree.
package enum PresentationMove: Equatable, Sendable {
    case next, previous, first, last, blank, lightOrDark, leave

    /// Each move, what the shortcuts window calls it and the keys that make it: Right, Space, Page Down
    /// (what clickers send) go on; Left, BackSpace, Page Up go back; B or a period blanks the screen, as
    /// slide tools do; D swaps light and dark cards; Escape leaves. A key's keypad twin (KP_Right) and its
    /// capital (B) do the same and are not listed apart.
    package static let keys: [(move: PresentationMove, title: String, names: [String])] = [
        (.next, tr("Next card"), ["Right", "space", "Page_Down", "Down", "Return"]),
        (.previous, tr("Previous card"), ["Left", "BackSpace", "Page_Up", "Up"]),
        (.first, tr("First card"), ["Home"]),
        (.last, tr("Last card"), ["End"]),
        (.blank, tr("Blank the screen"), ["b", "period"]),
        (.lightOrDark, tr("Light or dark cards"), ["d"]),
        (.leave, tr("Leave the presentation"), ["Escape"]),
    ]

    package static func forKey(_ name: String) -> PresentationMove? {
        let plain = name == "KP_Enter" ? "Return" : name.hasPrefix("KP_") ? String(name.dropFirst(3)) : name
        let key = plain.count == 1 ? plain.lowercased() : plain
        return keys.first { $0.names.contains(key) }?.move
    }
}

/// A deck being presented: the filter's statements in date order, or a story's cards in the story's
/// order. Made off the main thread (it reads the library); a filter's cards are then read on the scheduler as the
/// presenter nears them (the next two and the one before are read ahead), so a filter of 100,000 statements opens
/// at once and a step never waits for the library.
/// Not tied to the main actor: a deck is made off the main thread (it reads the library), then used on it.
package final class PresentationDeck {
    package let count: Int
    package let strip: CardStrip
    package private(set) var index = 0
    package private(set) var blank = false
    private let build: @Sendable (Int) throws -> PresentationCard
    private var cache: [Int: PresentationCard] = [:]
    /// Cards being read, and cards that could not be (their statement deleted since).
    private var reading: Set<Int> = []
    private var unreadable: Set<Int> = []
    private var scheduler: QueryScheduler = InlineScheduler()
    /// Told on the main thread when cards read ahead have come.
    package var onCardsRead: () -> Void = {}

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
        // The first card to show is read here, with the deck: it is on the screen as the presentation opens.
        readNow(index)
    }

    /// A story's cards, as the presenter ordered them.
    package init(story: Story, library: StatementLibrary) throws {
        let catalog = library.reader.reference.themes
        let cards = try story.presentationCards(from: library.store, catalog: catalog)
        strip = CardStrip(cards: cards, themes: catalog.themes.map { ($0.name, $0.colour) })
        count = cards.count
        build = { cards[$0] }
        for i in cards.indices { cache[i] = cards[i] }
    }

    /// Where the cards ahead are read from now on (the window's background queue; tests read them inline).
    package func readAhead(on scheduler: QueryScheduler) {
        self.scheduler = scheduler
        readAround()
    }

    package var isEmpty: Bool { count == 0 }

    /// "7 / 42"
    package var counter: String { "\(index + 1) / \(count)" }

    /// The card at the current place; nil while it is being read (or when it cannot be).
    package var card: PresentationCard? { cache[index] }

    /// Whether the current card is still being read.
    package var isReading: Bool { index < count && cache[index] == nil && !unreadable.contains(index) }

    private func readNow(_ i: Int) {
        guard i < count else { return }
        if let card = try? build(i) { cache[i] = card } else { unreadable.insert(i) }
    }

    /// Reads, on the scheduler, the cards at and near the current place not read yet.
    private func readAround() {
        let wanted = [index, index + 1, index + 2, index - 1].filter {
            $0 >= 0 && $0 < count && cache[$0] == nil && !unreadable.contains($0) && !reading.contains($0)
        }
        guard !wanted.isEmpty else { return }
        reading.formUnion(wanted)
        let build = self.build
        scheduler.run(
            { wanted.map { i in (i, try? build(i)) } },
            then: { [weak self] read in
                guard let self else { return }
                // A long filter deck keeps only the cards near where the presenter is.
                if self.cache.count > 64 { self.cache = self.cache.filter { abs($0.key - self.index) <= 2 } }
                for (i, card) in read {
                    self.reading.remove(i)
                    if let card { self.cache[i] = card } else { self.unreadable.insert(i) }
                }
                self.onCardsRead()
            })
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
        readAround()
        return before != (index, blank)
    }

    /// What a screen reader says (and the GUI test reads) of the screen now.
    package var accessibleText: String {
        if blank { return tr("Presentation: screen blanked; press B to show card {0}", counter) }
        if isReading { return tr("Presentation card {0}: being read", counter) }
        guard let card else {
            return count == 0 ? tr("Presentation: no statements") : tr("Presentation card {0}", counter)
        }
        return tr("Presentation card {0}. {1}", counter, card.spokenText)
    }
}
