import ArgumentParser
import Foundation
import PresentationCards
import StatementModel

/// `story`: the stories kept in the library — list, build, reorder, export to PDF.
struct StoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Stories: ordered statements and quotes saved in the library, for presenting and PDF export.",
        subcommands: [List.self, Show.self, Create.self, Add.self, Move.self, Remove.self, Delete.self, Export.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The stories in the library, with their card counts.")
        @OptionGroup var options: LibraryOptions
        func run() throws {
            let stories = try reporting { try options.open().store.stories() }
            if stories.isEmpty {
                Terminal.err("No stories yet: `rostrum-cli story create NAME`, or add cards in the window (Ctrl+D).")
            }
            for s in stories {
                print("\(Terminal.visible(s.name))\t\(s.cardCount) \(s.cardCount == 1 ? "card" : "cards")")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A story's cards: position, statement, label, quote and note.")
        @OptionGroup var options: LibraryOptions
        @Argument(help: "The story's name.") var name: String
        func run() throws {
            let story = try StoryCommand.find(name, in: try options.open())
            for (i, card) in story.cards.enumerated() {
                var line = "\(i + 1)\t\(card.statementID)\t\(Terminal.visible(card.label))"
                if let quote = card.quote { line += "\t“\(Terminal.visible(quote))”" }
                if !card.note.isEmpty { line += "\tnote: \(Terminal.visible(card.note))" }
                print(line)
            }
        }
    }

    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start an empty story.")
        @OptionGroup var options: LibraryOptions
        @Argument(help: "The story's name.") var name: String
        func run() throws {
            let story = try reporting { try options.open().store.createStory(named: name) }
            Terminal.err("created the story “\(story.name)”")
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a statement (by id or id prefix) to the end of a story.")
        @OptionGroup var options: LibraryOptions
        @Argument(help: "The story's name (created if there is none).") var name: String
        @Argument(help: "The statement's id, or the start of it.") var id: String
        @Option(
            name: .long, help: "The passage to show, as it stands in the text (default: the passage richest in themes)."
        ) var quote: String?
        @Option(name: .long, help: "A note shown on the card.") var note = ""
        func run() throws {
            let library = try options.open()
            let store = library.store
            var story = try reporting { try store.story(named: name) ?? store.createStory(named: name) }
            let statementID = try reporting { try store.resolve(idPrefix: id) }
            guard let statement = try reporting({ try store.statement(id: statementID) }) else {
                throw ValidationError("no statement has the id \(id)")
            }
            func words(_ text: String) -> String {
                text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            }
            if let quote, !words(statement.body).contains(words(quote)) {
                throw ValidationError(
                    "--quote: these words are not in statement \(statementID)'s text; quote it as it stands")
            }
            story.cards.append(
                StoryCard(
                    statementID: statementID, quote: quote, note: note, label: PresentationCard.label(for: statement)))
            try reporting { try store.save(story) }
            Terminal.err("“\(story.name)”: card \(story.cards.count) is \(PresentationCard.label(for: statement))")
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move a card to another position (positions start at 1).")
        @OptionGroup var options: LibraryOptions
        @Argument var name: String
        @Argument(help: "The card's position now.") var from: Int
        @Argument(help: "The position it should have.") var to: Int
        func run() throws {
            let library = try options.open()
            var story = try StoryCommand.find(name, in: library)
            guard story.cards.indices.contains(from - 1), story.cards.indices.contains(to - 1) else {
                throw ValidationError(
                    "“\(story.name)” has \(story.cards.count) cards: positions are 1 to \(story.cards.count)")
            }
            story.moveCard(from: from - 1, to: to - 1)
            try reporting { try library.store.save(story) }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take a card out of a story (positions start at 1).")
        @OptionGroup var options: LibraryOptions
        @Argument var name: String
        @Argument(help: "The card's position.") var position: Int
        func run() throws {
            let library = try options.open()
            var story = try StoryCommand.find(name, in: library)
            guard story.cards.indices.contains(position - 1) else {
                throw ValidationError(
                    "“\(story.name)” has \(story.cards.count) cards: positions are 1 to \(story.cards.count)")
            }
            story.removeCard(at: position - 1)
            try reporting { try library.store.save(story) }
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a story (its statements stay in the library).")
        @OptionGroup var options: LibraryOptions
        @Argument var name: String
        func run() throws {
            let library = try options.open()
            let story = try StoryCommand.find(name, in: library)
            try reporting { try library.store.deleteStory(story.id) }
            Terminal.err("deleted the story “\(story.name)”")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a story as a PDF: one 16:9 card a page, then the sources.")
        @OptionGroup var options: LibraryOptions
        @Argument var name: String
        @Option(name: [.short, .long], help: "The PDF file to write.") var output: String
        @Flag(name: .long, help: "Light text on dark pages.") var dark = false
        func run() throws {
            guard output.lowercased().hasSuffix(".pdf") else { throw ValidationError("\(output): name the file .pdf") }
            let library = try options.open()
            let story = try StoryCommand.find(name, in: library)
            guard !story.cards.isEmpty else {
                throw ValidationError("“\(story.name)” has no cards yet: nothing to export")
            }
            let catalog = library.reader.reference.themes
            let cards = try reporting { try story.presentationCards(from: library.store, catalog: catalog) }
            let pdf = StoryPDF(
                title: story.name, cards: cards, themes: catalog.themes.map { ($0.name, $0.colour) },
                palette: dark ? .dark : .light)
            let pages: Int
            do { pages = try pdf.write(to: output) } catch { throw ioFailure("\(error)") }
            Terminal.err("wrote \(output) (\(pages) pages: \(cards.count) cards and the sources)")
        }
    }

    static func find(_ name: String, in library: StatementLibrary) throws -> Story {
        try reporting {
            guard let story = try library.store.story(named: name) else { throw RostrumError.storyNotFound(name) }
            return story
        }
    }
}
