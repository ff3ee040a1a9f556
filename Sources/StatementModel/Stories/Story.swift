import Foundation

/// A story's row id in the library.
public struct StoryID: Codable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public var description: String { String(rawValue) }
}

/// One card of a story: a statement, the passage the user chose from it (or nil to let the card pick
/// the passage richest in themes), and a note for the presenter's audience.
public struct StoryCard: Codable, Hashable, Sendable {
    public var statementID: StatementID
    /// Words the user selected in the text; shown as the card's quote, exactly as selected.
    public var quote: String?
    public var note: String
    /// "Zhang Jun, 16 February 2022": kept with the card so it stays recognisable if its statement is
    /// later removed from the library.
    public var label: String

    public init(statementID: StatementID, quote: String? = nil, note: String = "", label: String) {
        self.statementID = statementID
        self.quote = quote
        self.note = note
        self.label = label
    }
}

/// An ordered list of cards under a name, saved in the library and played in presentation mode.
public struct Story: Codable, Hashable, Sendable {
    public var id: StoryID
    public var name: String
    public var cards: [StoryCard]

    public init(id: StoryID, name: String, cards: [StoryCard] = []) {
        self.id = id
        self.name = name
        self.cards = cards
    }

    /// Moves the card at `from` so that it ends up at index `to` (what a drag and drop does).
    public mutating func moveCard(from: Int, to: Int) {
        guard cards.indices.contains(from), cards.indices.contains(to), from != to else { return }
        let card = cards.remove(at: from)
        cards.insert(card, at: to)
    }

    public mutating func removeCard(at index: Int) {
        guard cards.indices.contains(index) else { return }
        cards.remove(at: index)
    }
}

/// A story as a list of stories shows it.
public struct StorySummary: Hashable, Sendable {
    public var id: StoryID
    public var name: String
    public var cardCount: Int
    public init(id: StoryID, name: String, cardCount: Int) {
        self.id = id
        self.name = name
        self.cardCount = cardCount
    }
}

/// Where stories are kept: the library's own database, so they travel with it.
public protocol StoryStore: Sendable {
    /// Every story, by name.
    func stories() throws -> [StorySummary]
    func story(_ id: StoryID) throws -> Story?
    func story(named name: String) throws -> Story?
    /// A new empty story; names are unique (case-insensitively), a taken one is refused.
    func createStory(named name: String) throws -> Story
    /// Writes the story's name and its cards, in order, in one transaction.
    func save(_ story: Story) throws
    /// Writes one card's note and nothing else (a note is typed a word at a time).
    func saveNote(_ note: String, ofCard position: Int, in story: StoryID) throws
    func deleteStory(_ id: StoryID) throws
    /// The story saved most recently, to reopen where the presenter left off.
    func lastModifiedStory() throws -> StoryID?
}

extension StoryStore {
    /// A name not yet taken: "Story 1", "Story 2", ...
    public func unusedStoryName(base: String = "Story") throws -> String {
        let taken = Set(try stories().map { $0.name.lowercased() })
        var n = 1
        while taken.contains("\(base) \(n)".lowercased()) { n += 1 }
        return "\(base) \(n)"
    }
}
