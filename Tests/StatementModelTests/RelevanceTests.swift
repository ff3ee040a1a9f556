import Foundation
import XCTest

@testable import StatementModel

/// A search's best matches first, and the words around each statement's first hit for its row.
final class RelevanceTests: XCTestCase {
    private func library() throws -> StatementLibrary {
        let dir = Fixture.tempDir()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let filler = (1...12).map { "Paragraph \($0) speaks of development, of trade and of the weather." }
        let texts = [
            // Oldest: names sanctions once, deep in a long text.
            "passing.txt": ["Remarks on development\n3 March 2019"] + filler + ["Sanctions were named once here."],
            // Newest: about sanctions, in its title and all through.
            "about.txt": [
                "Statement on sanctions\n5 May 2023",
                "Unilateral sanctions harm the people; sanctions must be lifted, and sanctions relief must come.",
                "The Council should review its sanctions regimes.",
            ],
            "none.txt": ["Remarks on the weather\n1 June 2021", "Nothing to see here at all."],
        ]
        for (name, paragraphs) in texts {
            try paragraphs.joined(separator: "\n\n").write(
                to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let library = try Fixture.library(in: dir)
        _ = library.importFiles([input])
        return library
    }

    func testTheBestMatchComesFirstWhateverItsDate() throws {
        let store = try library().store
        var filter = StatementFilter()
        filter.text = "sanctions"
        let byDate = try store.ids(filter, sort: .dateAscending)
        let byRelevance = try store.ids(filter, sort: .relevance)
        XCTAssertEqual(byDate.count, 2)
        XCTAssertEqual(Set(byRelevance), Set(byDate), "the same statements, in another order")
        let first = try XCTUnwrap(store.statement(id: byRelevance[0]))
        XCTAssertEqual(first.title?.value, "Statement on sanctions", "the statement about sanctions first")
        XCTAssertEqual(byDate.last, byRelevance.first, "though it is the newest")
        let snapshot = try store.snapshot(filter, granularity: .year, sort: .relevance)
        XCTAssertEqual(snapshot.ids, byRelevance, "the window's answer is in the same order")
        XCTAssertEqual(
            try store.page(filter, sort: .relevance, offset: 0, limit: 1).map(\.id), [byRelevance[0]],
            "and the tool's page")
        XCTAssertEqual(try store.ids(StatementFilter(), sort: .relevance).count, 3, "without a search, all by date")
    }

    func testARowCarriesTheWordsAroundItsFirstHit() throws {
        let store = try library().store
        var filter = StatementFilter()
        filter.text = "sanction*"
        let ids = try store.ids(filter, sort: .dateAscending)
        let snippets = try store.snippets(of: ids, matching: "sanction*")
        XCTAssertEqual(snippets.count, 2)
        let passing = try XCTUnwrap(snippets[ids[0]])
        let hit = SQLiteStatementStore.snippetHitStart + "Sanctions" + SQLiteStatementStore.snippetHitEnd
        XCTAssertTrue(passing.contains(hit), passing)
        XCTAssertLessThan(passing.split(separator: " ").count, 16, "a few words, not the paragraph: \(passing)")
        XCTAssertTrue(try store.snippets(of: ids, matching: "elephants").isEmpty, "no hit among these, no snippet")
    }
}
