import Foundation
import StatementModel
import Translations

/// The story being built in the window: which one is open, its cards, and every edit, each saved to the library
/// at once (a story is never only in memory), but for a note being typed: that is saved, alone, once the typing
/// pauses, and before anything else is done to the stories or the window closes. Every read and write of the
/// library runs on the scheduler, in the order asked; the panel is drawn from what each one answers. No GTK here.
@MainActor
package final class StoryEditor {
    /// Runs `body` on the main thread after `seconds` (the window: Dispatch's main queue, which GLib's loop
    /// drains; tests hold it).
    package typealias Pause = (_ seconds: Double, _ body: @escaping () -> Void) -> Void
    /// How long typing must pause for its note to be saved.
    package static let notePause = 0.8
    private let desk: StoryDesk
    private let scheduler: QueryScheduler
    private let pause: Pause
    /// A note typed but not yet saved: the story's, the card's place in it, the text.
    private var unsavedNote: (story: StoryID, card: Int, text: String)?
    private var noteEdits = 0
    /// Changes asked for and not yet answered.
    private var waiting = 0
    package private(set) var stories: [StorySummary] = []
    package private(set) var current: Story?
    package var onChange: () -> Void = {}
    /// An error the window should show once (as a toast).
    package var pendingError: String?
    /// A story or card just deleted, for the window's Undo toast (taken once by the window).
    package var pendingUndo: UndoOffer?

    /// - Parameter scheduler: a serial one (the window's own background queue): the changes run in order.
    package init(
        store: any StatementStore, scheduler: QueryScheduler = InlineScheduler(),
        pause: @escaping Pause = MainQueuePause.after
    ) {
        desk = StoryDesk(store: store)
        self.scheduler = scheduler
        self.pause = pause
        // Open the story edited last, so a restart continues where the presenter left off.
        run { desk in desk.current = try desk.store.lastModifiedStory().flatMap { try desk.store.story($0) } }
    }

    /// Whether every change asked for has been answered.
    package var isSettled: Bool { waiting == 0 }

    /// Adds a statement (or the words selected in it) as the last card; starts "Story 1" if there is no story
    /// yet. `done` is told what to tell the user.
    package func add(_ id: StatementID, quote: String?, then done: @escaping (String) -> Void = { _ in }) {
        saveNote()
        run({ desk -> String in
            guard let statement = try desk.store.statement(id: id) else { throw RostrumError.notFound(id.rawValue) }
            var story = try desk.current ?? desk.store.createStory(named: desk.store.unusedStoryName())
            let words = quote.map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
            story.cards.append(
                StoryCard(
                    statementID: id, quote: words?.isEmpty == false ? words : nil,
                    label: PresentationCard.label(for: statement)))
            try desk.store.save(story)
            desk.current = story
            let (name, card) = (story.name, story.cards.count)
            if story.cards.last?.quote != nil { return tr("Quote added to “{0}” (card {1})", name, card) }
            return tr("Statement added to “{0}” (card {1})", name, card)
        }, then: done)
    }

    package func newStory() {
        saveNote()
        run { desk in desk.current = try desk.store.createStory(named: desk.store.unusedStoryName()) }
    }

    package func open(_ id: StoryID) {
        guard id != current?.id else { return }
        saveNote()
        run { desk in desk.current = try desk.store.story(id) }
    }

    package func deleteCurrent() {
        saveNote()
        run({ desk -> Story? in
            guard let story = desk.current else { return nil }
            try desk.store.deleteStory(story.id)
            desk.current = try desk.store.lastModifiedStory().flatMap { try desk.store.story($0) }
            return story
        }) { [weak self] story in
            guard let story else { return }
            self?.pendingUndo = UndoOffer(tr("Deleted “{0}”", story.name)) { [weak self] in self?.restore(story) }
        }
    }

    /// Brings a deleted story back, cards and notes included, and opens it. (Its row id is new; nothing refers
    /// to a story by id but the window, which opens the restored one.)
    private func restore(_ story: Story) {
        saveNote()
        run { desk in
            // A story made since under the same name keeps it; the restored one is told apart by a number.
            let free = try desk.store.story(named: story.name) == nil
            var restored = try desk.store.createStory(
                named: free ? story.name : desk.store.unusedStoryName(base: story.name))
            restored.cards = story.cards
            try desk.store.save(restored)
            desk.current = restored
        }
    }

    /// A taken or empty name is refused with a message; the story keeps its name.
    package func rename(to name: String) { edit { $0.name = name.trimmingCharacters(in: .whitespaces) } }
    package func moveCard(from: Int, to: Int) { edit { $0.moveCard(from: from, to: to) } }

    package func removeCard(at index: Int) {
        saveNote()
        run({ desk -> (StoryCard, Story)? in
            guard var story = desk.current, story.cards.indices.contains(index) else { return nil }
            let before = story
            story.removeCard(at: index)
            try desk.store.save(story)
            desk.current = story
            return (before.cards[index], before)
        }) { [weak self] removed in
            guard let (card, story) = removed else { return }
            let message = tr("Removed “{0}” from “{1}”", card.label, story.name)
            self?.pendingUndo = UndoOffer(message) { [weak self] in
                self?.putBack(card, at: index, in: story.id)
            }
        }
    }

    /// A removed card back in its place, in its story, which is opened if another one is.
    private func putBack(_ card: StoryCard, at index: Int, in id: StoryID) {
        saveNote()
        run({ desk -> Bool in
            guard var story = try desk.store.story(id) else { return false }
            story.cards.insert(card, at: min(index, story.cards.count))
            try desk.store.save(story)
            desk.current = story
            return true
        }) { [weak self] putBack in
            if !putBack {
                self?.pendingError = tr("The card's story has been deleted since; its card cannot go back")
            }
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
    /// move or remove its card; the changes run in order), and by the window as it closes.
    package func saveNote() {
        guard let note = unsavedNote else { return }
        unsavedNote = nil
        run { desk in
            try desk.store.saveNote(note.text, ofCard: note.card, in: note.story)
            if desk.current?.id == note.story, desk.current?.cards.indices.contains(note.card) == true {
                desk.current?.cards[note.card].note = note.text
            }
        }
    }

    /// Whether a typed note waits for its pause.
    package var hasUnsavedNote: Bool { unsavedNote != nil }

    /// Saves a note that waits, and waits (a few seconds at most) for the changes asked to be written: the window
    /// is closing.
    package func finishBeforeClosing() {
        saveNote()
        scheduler.waitForQueued(seconds: 5)
    }

    /// Changes the open story and saves it; on failure nothing changes and the reason is shown.
    private func edit(_ change: @escaping @Sendable (inout Story) -> Void) {
        saveNote()
        run { desk in
            guard var story = desk.current else { return }
            change(&story)
            guard story != desk.current else { return }
            try desk.store.save(story)
            desk.current = story
        }
    }

    /// Runs a change on the scheduler, then lists the stories again; back on the main thread the panel shows what
    /// the library now holds, and `done` is given the change's answer (or the error is said).
    private func run<T>(
        _ change: @escaping @Sendable (StoryDesk) throws -> T, then done: @escaping (T) -> Void = { _ in }
    ) {
        let desk = self.desk
        waiting += 1
        scheduler.run(
            { () -> StoryDesk.Answer<T> in
                let outcome = Result { try change(desk) }
                let stories = Result { try desk.store.stories() }
                return StoryDesk.Answer(outcome: outcome, current: desk.current, stories: stories)
            },
            then: { [weak self] answer in
                guard let self else { return }
                self.waiting -= 1
                self.show(answer.current, answer.stories)
                switch answer.outcome {
                case .success(let value): done(value)
                case .failure(let error): self.fail(error)
                }
                self.onChange()
            })
    }

    /// The open story as the library holds it, with the note still being typed on it.
    private func show(_ story: Story?, _ list: Result<[StorySummary], Error>) {
        var story = story
        if let note = unsavedNote, story?.id == note.story, story?.cards.indices.contains(note.card) == true {
            story?.cards[note.card].note = note.text
        }
        current = story
        switch list {
        case .success(let summaries): stories = summaries
        case .failure(let error): fail(error)
        }
    }

    private func fail(_ error: Error) {
        pendingError = "\(error)".prefix(1).uppercased() + "\(error)".dropFirst()
    }
}

/// The library's side of the story editor: the store, and the open story as the changes run so far have left it.
/// Touched only by the changes, which the scheduler runs one after another, never two at once.
private final class StoryDesk: @unchecked Sendable {
    let store: any StatementStore
    var current: Story?

    init(store: any StatementStore) { self.store = store }

    struct Answer<T> {
        let outcome: Result<T, Error>
        let current: Story?
        let stories: Result<[StorySummary], Error>
    }
}
