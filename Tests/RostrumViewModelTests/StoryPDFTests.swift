import Foundation
import PresentationCards
import XCTest

@testable import StatementModel

/// A story exported as PDF: drawn under a hidden name, a page a card with progress, and put in place only whole.
final class StoryPDFTests: XCTestCase, @unchecked Sendable {
    @MainActor
    private func cards() throws -> [PresentationCard] {
        let library = try TestLibrary.seeded()
        let ids = try library.store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 4).map(\.id)
        XCTAssertGreaterThanOrEqual(ids.count, 2, "the seeded library has statements to put on cards")
        let story = Story(
            id: StoryID(1), name: "Test story", cards: ids.map { StoryCard(statementID: $0, label: "card") })
        return try story.presentationCards(from: library.store, catalog: library.reader.reference.themes)
    }

    @MainActor
    private func folderFiles(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    func testThePDFIsDrawnACardAtATimeAndACancelledOneLeavesTheOldFile() throws {
        try MainActor.assumeIsolated {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "rostrum-pdf-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let path = folder.appendingPathComponent("story.pdf").path
            let pdf = StoryPDF(title: "Test story", cards: try cards(), themes: [])

            var told: [Int] = []
            let pages = try pdf.write(
                to: path,
                progress: { done, total in
                    XCTAssertEqual(total, pdf.steps)
                    told.append(done)
                })
            XCTAssertEqual(told, Array(1...pdf.steps), "progress after each card and after the sources")
            XCTAssertGreaterThan(pages, pdf.cards.count, "a page a card and the sources")
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            XCTAssertEqual(written.prefix(5), Data("%PDF-".utf8))
            XCTAssertEqual(folderFiles(folder), ["story.pdf"], "nothing is left beside it")

            // Cancelled after the first card: the PDF written before is intact, and no part of the new one is left.
            var drawn = 0
            XCTAssertThrowsError(
                try pdf.write(to: path, progress: { done, _ in drawn = done }, isCancelled: { drawn >= 1 })
            ) { XCTAssertTrue($0 is CancellationError, "\($0)") }
            XCTAssertEqual(drawn, 1, "it stopped at the next card")
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), written, "the old file is as it was")
            XCTAssertEqual(folderFiles(folder), ["story.pdf"], "the hidden file is gone")

            // A folder that cannot be written: the error names the file; nothing is made.
            let missing = folder.appendingPathComponent("no-such-folder/story.pdf").path
            XCTAssertThrowsError(try pdf.write(to: missing)) { error in
                XCTAssertTrue("\(error)".contains(missing), "\(error)")
            }
        }
    }
}
