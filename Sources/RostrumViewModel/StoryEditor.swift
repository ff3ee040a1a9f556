import Foundation
import StatementModel

/// The story being built in the window: which one is open, its cards, and every edit, each saved to
/// the library at once (a story is never only in memory), but for a note being typed: that is saved, alone,
/// once the typing pauses, and before anything else is done to the stories or the window closes. No GTK here;
/// the story panel draws from it.
package final class StoryEditor {
    /// Runs `body` on the main thread after `seconds` (the window: Dispatch's main queue, which GLib's loop
    /// drains; tests hold it).
    package typealias Pause = (_ seconds: Double, _ body: @escaping () -> Void) -> Void
    /// How long typing must pause for its note to be saved.
    package static let notePause = 0.8
    private let store: any StatementStore
    private let pause: Pause
    /// A note typed but not yet saved: the story's, the card's place in it, the text.
    private var unsavedNote: (story: StoryID, card: Int, text: String)?
    private var noteEdits = 0
    package private(set) var stories: [StorySummary] = []
    package private(set) var current: Story?
    package var onChange: () -> Void = {}
    /// An error the window should show once (as a toast).
    package var pendingError: String?
    /// A story or card just deleted, for the window's Undo toast (taken once by the window).
    package var pendingUndo: UndoOffer?

    package init(store: any StatementStore, pause: @escaping Pause = MainQueuePause.after) {
        self.store = store
        self.pause = pause
        reload()
        // Open the story edited last, so a restart continues where the presenter left off.
        if let last = try? store.lastModifiedStory() { current = try? store.story(last) }
    }

    /// Adds a statement (or the words selected in it) as the last card; starts "Story 1" if there is
    /// no story yet. Returns what to tell the user.
    @discardableResult
    package func add(_ statement: Statement, quote: String?) -> String? {
        saveNote()
        do {
            var story = try current ?? store.createStory(named: store.unusedStoryName())
            let words = quote.map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
            story.cards.append(
                StoryCard(
                    statementID: statement.id, quote: words?.isEmpty == false ? words : nil,
                    label: PresentationCard.label(for: statement)))
            try store.save(story)
            current = story
            reload()
            onChange()
            let what = story.cards.last?.quote != nil ? "Quote" : "Statement"
            return "\(what) added to “\(story.name)” (card \(story.cards.count))"
        } catch {
            fail(error)
            return nil
        }
    }

    package func newStory() {
        perform { self.current = try self.store.createStory(named: self.store.unusedStoryName()) }
    }

    package func open(_ id: StoryID) {
        guard id != current?.id else { return }
        perform { self.current = try self.store.story(id) }
    }

    package func deleteCurrent() {
        guard let story = current else { return }
        perform {
            try self.store.deleteStory(story.id)
            self.current = try self.store.lastModifiedStory().flatMap { try self.store.story($0) }
            self.pendingUndo = UndoOffer("Deleted “\(story.name)”") { [weak self] in self?.restore(story) }
        }
    }

    /// Brings a deleted story back, cards and notes included, and opens it. (Its row id is new; nothing refers
    /// to a story by id but the window, which opens the restored one.)
    private func restore(_ story: Story) {
        perform {
            // A story made since under the same name keeps it; the restored one is told apart by a number.
            let free = try self.store.story(named: story.name) == nil
            var restored = try self.store.createStory(
                named: free ? story.name : self.store.unusedStoryName(base: story.name))
            restored.cards = story.cards
            try self.store.save(restored)
            self.current = restored
        }
    }

    /// A taken or empty name is refused with a message; the story keeps its name.
    package func rename(to name: String) { edit { $0.name = name.trimmingCharacters(in: .whitespaces) } }
    package func moveCard(from: Int, to: Int) { edit { $0.moveCard(from: from, to: to) } }
    package func removeCard(at index: Int) {
        guard let story = current, story.cards.indices.contains(index) else { return }
        let card = story.cards[index]
        edit { $0.removeCard(at: index) }
        guard current?.cards.count == story.cards.count - 1 else { return }
        pendingUndo = UndoOffer("Removed “\(card.label)” from “\(story.name)”") { [weak self] in
            self?.putBack(card, at: index, in: story.id)
        }
    }

    /// A removed card back in its place, in its story, which is opened if another one is.
    private func putBack(_ card: StoryCard, at index: Int, in id: StoryID) {
        perform {
            guard var story = try self.store.story(id) else {
                self.pendingError = "The card's story has been deleted since; its card cannot go back"
                return
            }
            story.cards.insert(card, at: min(index, story.cards.count))
            try self.store.save(story)
            self.current = story
        }
    }

    /// A note typed on a card: kept at once (presenting and exports show it), saved once the typing pauses,
    /// without repainting the panel under the typing.
    package func setNote(_ note: String, at index: Int) {
        guard var story = current, story.cards.indices.contains(index), story.cards[index].note != note else { return }
        story.cards[index].note = note
        current = story
        unsavedNote = (story.id, index, note)
        noteEdits += 1
        let edit = noteEdits
        pause(Self.notePause) { [weak self] in
            guard let self, self.noteEdits == edit else { return }  // typed again since: that pause saves it
            self.saveNote()
        }
    }

    /// Saves the note typed last if it waits for a pause: before any other change of the stories (which would
    /// move or remove its card), and by the window as it closes.
    package func saveNote() {
        guard let note = unsavedNote else { return }
        unsavedNote = nil
        do { try store.saveNote(note.text, ofCard: note.card, in: note.story) } catch {
            fail(error)
            onChange()
        }
    }

    /// Whether a typed note waits for its pause.
    package var hasUnsavedNote: Bool { unsavedNote != nil }

    /// Changes the open story and saves it; on failure nothing changes and the reason is shown.
    private func edit(_ change: (inout Story) -> Void) {
        saveNote()
        guard var story = current else { return }
        change(&story)
        guard story != current else { return }
        perform {
            try self.store.save(story)
            self.current = story
        }
    }

    private func perform(_ body: () throws -> Void) {
        saveNote()
        do { try body() } catch { fail(error) }
        reload()
        onChange()
    }

    private func reload() {
        do { stories = try store.stories() } catch { fail(error) }
    }

    private func fail(_ error: Error) {
        pendingError = "\(error)".prefix(1).uppercased() + "\(error)".dropFirst()
    }
}
