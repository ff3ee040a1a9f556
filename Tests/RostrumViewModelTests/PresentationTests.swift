import Foundation
import XCTest

@testable import RostrumViewModel
@testable import StatementModel

/// Presentation decks and the story being built, as the screen would show them, without a display.
final class PresentationTests: XCTestCase, @unchecked Sendable {
    @MainActor
    private func library() throws -> StatementLibrary { try TestLibrary.seeded() }

    func testEveryMenuItemIsACommandWithOneName() {
        MainActor.assumeIsolated {
            let names = CommandTable.commands.map(\.name)
            XCTAssertEqual(Set(names).count, names.count, "a command name is used twice")
            for (label, action) in CommandTable.menuSections.joined() {
                XCTAssertTrue(names.contains(action), "menu item \(label) runs no command")
            }
            XCTAssertTrue(CommandTable.commands.contains { $0.name == "present" && $0.accels == ["F5"] })
            // The window's commands act on the window they are chosen in; quitting and About are the application's.
            XCTAssertEqual(CommandTable.action("export"), "win.export")
            XCTAssertEqual(CommandTable.action("quit"), "app.quit")
            XCTAssertEqual(
                Set(CommandTable.commands.filter { $0.scope == .application }.map(\.name)), ["quit", "about"])
        }
    }

    func testPresenterKeysAndClickerKeysStep() {
        MainActor.assumeIsolated {
            XCTAssertEqual(["Right", "space", "Page_Down"].map(PresentationMove.forKey), [.next, .next, .next])
            XCTAssertEqual(
                ["Left", "BackSpace", "Page_Up"].map(PresentationMove.forKey), [.previous, .previous, .previous])
            XCTAssertEqual(PresentationMove.forKey("Home"), .first)
            XCTAssertEqual(PresentationMove.forKey("End"), .last)
            XCTAssertEqual(PresentationMove.forKey("b"), .blank)
            XCTAssertEqual(PresentationMove.forKey("Escape"), .leave)
            XCTAssertNil(PresentationMove.forKey("x"))
        }
    }

    func testAFilterDeckStepsThroughStatementsInDateOrder() throws {
        try MainActor.assumeIsolated {
            let lib = try library()
            let deck = try PresentationDeck(filter: StatementFilter(), library: lib)
            XCTAssertEqual(deck.count, 2)
            XCTAssertEqual(deck.counter, "1 / 2")
            XCTAssertEqual(deck.card?.date?.iso, "2020-11-03")
            XCTAssertTrue(deck.card?.dateText.contains("(inferred)") == true)
            XCTAssertFalse(deck.apply(.previous), "Left on the first card changes nothing")
            XCTAssertTrue(deck.apply(.next))
            XCTAssertEqual(deck.counter, "2 / 2")
            XCTAssertEqual(deck.card?.date?.iso, "2022-02-16")
            XCTAssertFalse(deck.apply(.next), "Right on the last card changes nothing")
            XCTAssertEqual(deck.markerDay, Double(DayNumber.of(year: 2022, month: 2, day: 16)))
            deck.apply(.blank)
            XCTAssertTrue(deck.blank)
            XCTAssertTrue(deck.accessibleText.contains("blanked"))
            deck.apply(.previous)
            XCTAssertFalse(deck.blank, "a step while blanked shows the screen again first")
            XCTAssertEqual(deck.counter, "2 / 2")
            deck.apply(.first)
            XCTAssertEqual(deck.counter, "1 / 2")
            XCTAssertTrue(deck.accessibleText.hasPrefix("Presentation card 1 / 2. “"))

            // Filtered on a theme, the card's passage is the one richest in it; it starts at the selected statement.
            let theme = "Regional organisations"
            let filtered = try PresentationDeck(
                filter: StatementFilter(themes: [theme]), library: lib,
                startingAt: try lib.store.ids(StatementFilter(themes: [theme]), sort: .dateAscending).last)
            XCTAssertEqual(filtered.counter, "\(filtered.count) / \(filtered.count)")
            XCTAssertEqual(filtered.card?.passage.rule, .richestInActiveThemes)
            XCTAssertEqual(filtered.card?.passage.themes.first, theme)
            XCTAssertEqual(filtered.card?.themes.first?.name, theme)
            XCTAssertTrue(filtered.card?.themes.first?.active == true)
        }
    }

    func testTheStoryBeingBuiltIsSavedAtEachStepAndPresentedInItsOrder() throws {
        try MainActor.assumeIsolated {
            let lib = try library()
            let ids = try lib.store.ids(StatementFilter(), sort: .dateAscending)
            let wire = try XCTUnwrap(lib.store.statement(id: ids[0]))
            let web = try XCTUnwrap(lib.store.statement(id: ids[1]))
            let editor = StoryEditor(store: lib.store)
            XCTAssertNil(editor.current)
            XCTAssertEqual(added(editor, wire.id, quote: nil), "Statement added to “Story 1” (card 1)")
            XCTAssertEqual(
                added(editor, web.id, quote: "  Shanghai Cooperation\n Organization "),
                "Quote added to “Story 1” (card 2)")
            editor.add(web.id, quote: "")
            XCTAssertEqual(editor.current?.cards.map(\.quote), [nil, "Shanghai Cooperation Organization", nil])
            editor.moveCard(from: 1, to: 0)
            editor.setNote("Look at the date", at: 1)
            editor.removeCard(at: 2)
            editor.rename(to: "Seminar")
            XCTAssertEqual(editor.stories.map(\.name), ["Seminar"])

            // A taken name is refused, said once, and the story keeps its name.
            editor.newStory()
            XCTAssertEqual(editor.current?.name, "Story 1")
            editor.rename(to: "seminar")
            XCTAssertNotNil(editor.pendingError)
            XCTAssertEqual(editor.current?.name, "Story 1")
            editor.deleteCurrent()
            XCTAssertEqual(editor.current?.name, "Seminar", "deleting opens the story edited last")

            // Another start opens the story edited last, with every change in it.
            let again = StoryEditor(store: lib.store)
            let story = try XCTUnwrap(again.current)
            XCTAssertEqual(story.name, "Seminar")
            XCTAssertEqual(story.cards.map(\.statementID), [web.id, wire.id])
            XCTAssertEqual(story.cards[1].note, "Look at the date")

            let deck = try PresentationDeck(story: story, library: lib)
            XCTAssertEqual(deck.count, 2)
            XCTAssertEqual(deck.card?.passage.text, "Shanghai Cooperation Organization")
            XCTAssertEqual(deck.card?.passage.rule, .selected)
            deck.apply(.next)
            XCTAssertEqual(deck.card?.note, "Look at the date")
            XCTAssertTrue(deck.accessibleText.contains("Note: Look at the date"))
        }
    }

    /// A note is written once the typing pauses, alone, and always to its own card: another change of the story
    /// before the pause (a card moved) saves it first; the window's closing saves it too.
    func testANoteIsSavedOnceTheTypingPausesAndStaysWithItsCard() throws {
        try MainActor.assumeIsolated {
            let lib = try library()
            let ids = try lib.store.ids(StatementFilter(), sort: .dateAscending)
            let wire = try XCTUnwrap(lib.store.statement(id: ids[0]))
            let web = try XCTUnwrap(lib.store.statement(id: ids[1]))
            var pauses: [() -> Void] = []
            let editor = StoryEditor(store: lib.store, pause: { _, body in pauses.append(body) })
            editor.add(wire.id, quote: nil)
            editor.add(web.id, quote: nil)
            let id = try XCTUnwrap(editor.current?.id)
            let saved = { try XCTUnwrap(lib.store.story(id)).cards.map(\.note) }
            let blank = try saved()[0]
            func pauseComes() {
                let due = pauses
                pauses = []
                due.forEach { $0() }
            }

            for typed in ["L", "Lo", "Look"] { editor.setNote(typed, at: 1) }
            XCTAssertEqual(try saved(), [blank, blank], "nothing written while the typing goes on")
            XCTAssertEqual(editor.current?.cards[1].note, "Look", "presenting and exports see it at once")
            XCTAssertTrue(editor.hasUnsavedNote)
            pauseComes()
            XCTAssertEqual(try saved(), [blank, "Look"])
            XCTAssertFalse(editor.hasUnsavedNote)

            // Typed on the first card, which is moved last before the pause comes.
            editor.setNote("First", at: 0)
            editor.moveCard(from: 0, to: 1)
            pauseComes()
            XCTAssertEqual(try saved(), ["Look", "First"], "each note with its card")

            // Typed, then the window closes before the pause.
            editor.setNote("Last words", at: 0)
            editor.saveNote()
            XCTAssertEqual(try saved(), ["Last words", "First"])
            XCTAssertEqual(StoryEditor(store: lib.store).current?.cards.map(\.note), ["Last words", "First"])
        }
    }

    func testADeletedStoryOrCardComesBackWithUndo() throws {
        try MainActor.assumeIsolated {
            let lib = try library()
            let ids = try lib.store.ids(StatementFilter(), sort: .dateAscending)
            let wire = try XCTUnwrap(lib.store.statement(id: ids[0]))
            let web = try XCTUnwrap(lib.store.statement(id: ids[1]))
            let editor = StoryEditor(store: lib.store)
            editor.add(wire.id, quote: nil)
            editor.add(web.id, quote: "Shanghai Cooperation Organization")
            editor.setNote("Read this one slowly", at: 1)
            editor.rename(to: "Briefing")
            let before = try XCTUnwrap(editor.current)

            editor.removeCard(at: 0)
            let removed = try XCTUnwrap(editor.pendingUndo)
            XCTAssertTrue(removed.message.hasPrefix("Removed “"), removed.message)
            XCTAssertEqual(editor.current?.cards.count, 1)
            removed.undo()
            XCTAssertEqual(editor.current?.cards, before.cards, "the card is back in its place")

            editor.deleteCurrent()
            XCTAssertTrue(editor.stories.isEmpty)
            let deleted = try XCTUnwrap(editor.pendingUndo)
            XCTAssertEqual(deleted.message, "Deleted “Briefing”")
            deleted.undo()
            XCTAssertEqual(editor.stories.map(\.name), ["Briefing"])
            XCTAssertEqual(editor.current?.cards, before.cards, "cards, quotes and notes come back")
            let reopened = StoryEditor(store: lib.store)
            XCTAssertEqual(reopened.current?.cards.last?.note, "Read this one slowly", "and it is saved")
        }
    }

    /// What the window is told once a card is added.
    @MainActor
    private func added(_ editor: StoryEditor, _ id: StatementID, quote: String?) -> String? {
        var told: String?
        editor.add(id, quote: quote) { told = $0 }
        return told
    }

    /// The stories' reads and writes run on the scheduler, in the order asked, and the panel follows the answers:
    /// a card added right after "New Story" lands in the new story, and a note typed meanwhile stays on the screen.
    func testStoryChangesRunOffTheMainThreadInTheOrderAsked() throws {
        try MainActor.assumeIsolated {
            let lib = try library()
            let ids = try lib.store.ids(StatementFilter(), sort: .dateAscending)
            let held = HeldScheduler()
            var pauses: [() -> Void] = []
            let editor = StoryEditor(store: lib.store, scheduler: held, pause: { _, body in pauses.append(body) })
            XCTAssertFalse(editor.isSettled, "the story edited last is read off the main thread")
            held.settle()
            XCTAssertTrue(editor.isSettled)
            var told: [String] = []
            editor.add(ids[0], quote: nil) { told.append($0) }
            XCTAssertTrue(try lib.store.stories().isEmpty, "nothing written on the main thread")
            XCTAssertNil(editor.current)
            held.settle()
            XCTAssertEqual(told, ["Statement added to “Story 1” (card 1)"])
            XCTAssertEqual(editor.current?.cards.count, 1)

            editor.setNote("Typed while the library works", at: 0)
            editor.newStory()
            editor.add(ids[1], quote: nil) { told.append($0) }
            editor.open(try XCTUnwrap(editor.current?.id))  // the open one: nothing to do
            XCTAssertEqual(editor.current?.cards[0].note, "Typed while the library works")
            held.settle()
            XCTAssertEqual(told.last, "Statement added to “Story 2” (card 1)", "the new story got the card")
            XCTAssertEqual(editor.stories.map(\.name).sorted(), ["Story 1", "Story 2"])
            let first = try XCTUnwrap(lib.store.story(named: "Story 1"))
            XCTAssertEqual(first.cards.map(\.note), ["Typed while the library works"], "saved before the new story")
            XCTAssertTrue(pauses.count == 1 && editor.isSettled && !editor.hasUnsavedNote)
        }
    }

    /// A filter's deck reads its first card as it is made (off the main thread, in the window), and the cards ahead
    /// on the scheduler: a step to a card not read yet says so, and the screen is told when it has come.
    func testAFilterDecksCardsAheadAreReadOnTheScheduler() throws {
        try MainActor.assumeIsolated {
            let lib = try library()
            let deck = try PresentationDeck(filter: StatementFilter(), library: lib)
            let held = HeldScheduler()
            var told = 0
            deck.onCardsRead = { told += 1 }
            deck.readAhead(on: held)
            XCTAssertNotNil(deck.card, "the first card came with the deck")
            XCTAssertEqual(held.pending, 1, "the next ones are asked for")
            deck.apply(.next)
            XCTAssertNil(deck.card)
            XCTAssertTrue(deck.isReading)
            XCTAssertEqual(deck.accessibleText, "Presentation card 2 / 2: being read")
            held.settle()
            XCTAssertEqual(told, 1)
            XCTAssertEqual(deck.card?.date?.iso, "2022-02-16")
            XCTAssertFalse(deck.isReading)
            deck.apply(.previous)
            XCTAssertEqual(held.pending, 0, "cards read are kept")
        }
    }
}
