import Foundation
import XCTest

@testable import StatementModel

/// Stories kept in the library, and the passage a presentation card shows.
final class StoryTests: XCTestCase {
    private func seededLibrary(_ dir: URL) throws -> (StatementLibrary, [StatementID]) {
        let library = try Fixture.library(in: dir)
        _ = try library.seedIfEmpty(from: Fixture.data)
        let ids = try library.store.ids(StatementFilter(), sort: .dateAscending)
        XCTAssertEqual(ids.count, 2)
        return (library, ids)
    }

    func testStoriesAreCreatedReorderedAndDeletedAndSurviveARestart() throws {
        let dir = Fixture.tempDir()
        let path = dir.appendingPathComponent("library.sqlite").path
        do {
            let (library, ids) = try seededLibrary(dir)
            let store = library.store
            var story = try store.createStory(named: "Briefing for the seminar")
            XCTAssertThrowsError(try store.createStory(named: "briefing for the SEMINAR")) { error in
                XCTAssertTrue("\(error)".contains("already exists"), "\(error)")
            }
            XCTAssertThrowsError(try store.createStory(named: "  ")) { XCTAssertTrue("\($0)".contains("needs a name")) }
            story.cards = [
                StoryCard(statementID: ids[0], label: "first"),
                StoryCard(
                    statementID: ids[1], quote: "maintaining international peace and security", note: "CSTO",
                    label: "second"),
                StoryCard(statementID: ids[0], quote: "collective security", label: "third"),
            ]
            try store.save(story)
            story.moveCard(from: 2, to: 0)
            try store.save(story)
            let other = try store.createStory(named: "Scratch")
            try store.deleteStory(other.id)
        }
        // A new store on the same file, as after quitting and starting again.
        let reopened = try SQLiteStatementStore(path: path)
        XCTAssertEqual(try reopened.stories().map(\.name), ["Briefing for the seminar"])
        XCTAssertEqual(try reopened.stories().first?.cardCount, 3)
        let story = try XCTUnwrap(reopened.story(named: "BRIEFING for the seminar"))
        XCTAssertEqual(story.cards.map(\.label), ["third", "first", "second"])
        XCTAssertEqual(story.cards[2].note, "CSTO")
        XCTAssertEqual(story.cards[0].quote, "collective security")
        XCTAssertNil(story.cards[1].quote)
        XCTAssertNil(try reopened.story(named: "Scratch"))

        // Renaming onto another story's name is refused and changes nothing.
        let second = try reopened.createStory(named: "Second")
        var renamed = second
        renamed.name = "briefing for the seminar"
        XCTAssertThrowsError(try reopened.save(renamed))
        XCTAssertEqual(try reopened.story(second.id)?.name, "Second")
        XCTAssertEqual(try reopened.unusedStoryName(), "Story 1")
    }

    /// One card's note written alone: the other cards and the story's name untouched; a card that is not there
    /// is refused with a message that says the note was not saved.
    func testANoteIsSavedOnItsOwn() throws {
        let (library, ids) = try seededLibrary(Fixture.tempDir())
        var story = try library.store.createStory(named: "Notes")
        story.cards = [
            StoryCard(statementID: ids[0], note: "kept", label: "first"),
            StoryCard(statementID: ids[1], label: "second"),
        ]
        try library.store.save(story)
        try library.store.saveNote("Ask about the date", ofCard: 1, in: story.id)
        let read = try XCTUnwrap(library.store.story(story.id))
        XCTAssertEqual(read.cards.map(\.note), ["kept", "Ask about the date"])
        XCTAssertEqual(read.name, "Notes")
        XCTAssertThrowsError(try library.store.saveNote("lost", ofCard: 2, in: story.id)) {
            XCTAssertEqual("\($0)", "the story has no card 3 any more: its note was not saved")
        }
    }

    /// A story saved writes only the cards that changed: a rename none, a card added one, the last one removed one.
    func testSavingAStoryWritesOnlyTheCardsThatChanged() throws {
        let (library, ids) = try seededLibrary(Fixture.tempDir())
        let store = try XCTUnwrap(library.store as? SQLiteStatementStore)
        try store.pool.write { db in
            try db.execute(sql: "CREATE TABLE card_writes (n INTEGER)")
            for event in ["INSERT", "UPDATE", "DELETE"] {
                try db.execute(
                    sql: "CREATE TRIGGER count_\(event) AFTER \(event) ON story_card BEGIN "
                        + "INSERT INTO card_writes VALUES (1); END")
            }
        }
        let writes = { try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM card_writes") ?? 0 } }
        var story = try store.createStory(named: "Counted")
        story.cards = (0..<4).map { StoryCard(statementID: ids[$0 % 2], quote: "q\($0)", label: "card \($0)") }
        try store.save(story)
        XCTAssertEqual(try writes(), 4)
        story.name = "Counted again"
        try store.save(story)
        XCTAssertEqual(try writes(), 4, "a rename writes no card")
        story.cards.append(StoryCard(statementID: ids[0], label: "card 4"))
        try store.save(story)
        XCTAssertEqual(try writes(), 5, "an added card is one write")
        story.cards[2].quote = "changed"
        story.cards.removeLast()
        try store.save(story)
        XCTAssertEqual(try writes(), 7, "one card changed, the last one removed")
        XCTAssertEqual(try store.story(story.id), story, "and the story reads back as saved")
    }

    func testACardWhoseStatementWasRemovedStaysAndSaysSo() throws {
        let dir = Fixture.tempDir()
        let (library, ids) = try seededLibrary(dir)
        var story = try library.store.createStory(named: "Kept")
        story.cards = [
            StoryCard(statementID: ids[0], label: "Zhang Jun, ≈ 3 November 2020"),
            StoryCard(statementID: "0000000000000000", quote: "words once quoted", label: "Gone, 1 May 2001"),
        ]
        try library.store.save(story)
        let cards = try XCTUnwrap(library.store.story(story.id)).presentationCards(
            from: library.store, catalog: Fixture.reference.themes)
        XCTAssertEqual(cards.count, 2)
        XCTAssertTrue(cards[0].available)
        XCTAssertFalse(cards[1].available)
        XCTAssertEqual(cards[1].passage.text, "words once quoted")
        XCTAssertTrue(cards[1].dateNote?.contains("no longer in the library") == true)
    }

    // MARK: - The passage a card shows

    private let speech = """
        Thank you, Mr. President.

        I thank the Secretary-General for his briefing and welcome the ministers present today.

        Terrorism remains a grave threat. Terrorist groups exploit the internet and recruit foreign terrorist fighters across borders, and extremism spreads wherever development stalls.

        We must uphold multilateralism and the UN Charter. Peacekeeping operations need clear mandates, and terrorism must be fought under international law, not through bloc politics.

        My delegation stands ready to work with all members.
        """

    func testTheCardShowsTheParagraphRichestInTheActiveThemes() {
        let s = Fixture.read(speech)
        XCTAssertFalse(s.themes.isEmpty, "the fixture should mention themes")
        let chooser = PassageChooser()

        // Filtering on terrorism: the paragraph with the most mentions of it.
        let terrorism = chooser.passage(for: s, activeThemes: ["Counter-terrorism and extremism"])
        XCTAssertEqual(terrorism.rule, .richestInActiveThemes)
        XCTAssertTrue(terrorism.text.hasPrefix("Terrorism remains a grave threat."), terrorism.text)
        XCTAssertEqual(terrorism.themes.first, "Counter-terrorism and extremism")
        XCTAssertTrue(terrorism.explanation.contains("Counter-terrorism"), terrorism.explanation)

        // Filtering on two themes: the paragraph touching both wins over one with more mentions of one.
        let two = chooser.passage(for: s, activeThemes: ["Counter-terrorism and extremism", "Multilateralism"])
        XCTAssertTrue(two.text.hasPrefix("We must uphold multilateralism"), two.text)

        // No theme filtered on: the paragraph touching the most of the statement's own themes.
        let own = chooser.passage(for: s)
        XCTAssertEqual(own.rule, .richestInOwnThemes)
        XCTAssertTrue(own.text.hasPrefix("We must uphold multilateralism"), own.text)
    }

    func testTheUsersSelectionIsShownAsSelected() {
        let s = Fixture.read(speech)
        let chosen = PassageChooser().passage(
            for: s, selection: "  Peacekeeping operations need\nclear mandates ", activeThemes: ["Multilateralism"])
        XCTAssertEqual(chosen.rule, .selected)
        XCTAssertEqual(chosen.text, "Peacekeeping operations need clear mandates")
        XCTAssertEqual(chosen.explanation, "Passage selected by the presenter")
        XCTAssertEqual(chosen.themes, ["Peacekeeping"])
    }

    func testWithoutThemesTheOpeningThatSaysSomethingIsShownAndMarkedSo() {
        let s = Fixture.read(
            "Thank you, Mr. President.\n\nThe delegation of the Republic of Nowhere wishes to thank the chair for "
                + "convening this meeting on the situation in the region and for the report before us."
        )
        let chosen = PassageChooser().passage(for: s)
        XCTAssertEqual(chosen.rule, .opening)
        XCTAssertTrue(chosen.text.hasPrefix("The delegation of the Republic of Nowhere"), chosen.text)
        XCTAssertTrue(chosen.explanation.contains("opening"))
    }

    func testALongParagraphIsCutToWholeSentencesAroundTheMentions() {
        let filler = (1...12).map {
            "Sentence number \($0) of the introduction says nothing in particular about any theme at all."
        }.joined(separator: " ")
        let s = Fixture.read(
            "The statement of the delegation follows here in one paragraph.\n\n" + filler
                + " Sanctions must be lifted, and unilateral sanctions are illegal. " + filler)
        let chosen = PassageChooser(maxCharacters: 300).passage(for: s, activeThemes: ["Sanctions"])
        XCTAssertLessThanOrEqual(chosen.text.count, 300)
        XCTAssertTrue(chosen.text.contains("Sanctions must be lifted"), chosen.text)
        XCTAssertTrue(chosen.trimmedStart && chosen.trimmedEnd)
        XCTAssertTrue(chosen.displayText.hasPrefix("… ") && chosen.displayText.hasSuffix(" …"))
        XCTAssertTrue(chosen.text.hasSuffix("."), "cut at whole sentences: \(chosen.text)")
    }

    func testACardMarksAnInferredDateAndSaysWhy() throws {
        let dir = Fixture.tempDir()
        let (library, ids) = try seededLibrary(dir)
        let wire = try XCTUnwrap(library.store.statement(id: ids[0]))
        let card = PresentationCard(wire, catalog: Fixture.reference.themes)
        XCTAssertEqual(card.dateText, "≈ 3 November 2020 (inferred)")
        XCTAssertTrue(card.dateNote?.contains("Tuesday") == true, card.dateNote ?? "")
        // The seed page's date is when it was posted; a statement's own date line is stated.
        let posted = PresentationCard(
            try XCTUnwrap(library.store.statement(id: ids[1])), catalog: Fixture.reference.themes)
        XCTAssertEqual(posted.dateText, "≈ 16 February 2022 (inferred)")
        XCTAssertTrue(posted.dateNote?.contains("posted") == true, posted.dateNote ?? "")
        let own = Fixture.read(
            "Statement by Ambassador Zhang Jun at the Security Council Debate on Cooperation with the CSTO\n"
                + "16 February 2022\n\nMr. President,\n\n"
                + "China appreciates the cooperation between the two organizations."
        )
        let stated = PresentationCard(own, catalog: Fixture.reference.themes)
        XCTAssertEqual(stated.dateText, "16 February 2022")
        XCTAssertNil(stated.dateNote)
        XCTAssertEqual(stated.speaker, "Zhang Jun")
        XCTAssertTrue(stated.spokenText.contains("16 February 2022"))
        XCTAssertTrue(card.dateInferred)
        XCTAssertFalse(stated.dateInferred)
        // The strip over a story's cards hatches the inferred year's bar, not the stated one's.
        let bins = CardTimeline.bins(of: [card, stated], granularity: .year)
        XCTAssertEqual(bins.map(\.key), ["2020", "2022"])
        XCTAssertEqual(bins.map(\.inferred), [1, 0])
    }
}
