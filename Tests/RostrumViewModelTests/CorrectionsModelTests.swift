import Foundation
import XCTest

@testable import RostrumViewModel
@testable import StatementModel

/// Correcting a statement and deleting one from the window, each with Undo, checked without a display.
final class CorrectionsModelTests: XCTestCase {
    private func model() throws -> ExplorerViewModel {
        let (library, _) = try TestLibrary.empty()
        try library.seedIfEmpty(from: TestLibrary.root.appendingPathComponent("data"))
        return ExplorerViewModel(library: library, today: Date(timeIntervalSince1970: 1_790_000_000))
    }

    func testACorrectionShowsAsSetByYouAndUndoPutsBackWhatWasRead() throws {
        let vm = try model()
        let form = try XCTUnwrap(vm.correctionForm())
        let read = try XCTUnwrap(vm.selected)
        XCTAssertEqual(form.rows.first { $0.field == .date }?.value, "2020-11-03", "the date as the user types one")
        XCTAssertNil(form.rows.first { $0.field == .date }?.readLine, "nothing corrected yet")

        let error = vm.applyCorrections([.date: "2020-11-31", .title: "A better title"], to: form)
        XCTAssertNotNil(error, "no 31 November")
        XCTAssertEqual(vm.selected?.title, read.title, "a refused date leaves every field as it was")

        XCTAssertNil(vm.applyCorrections([.date: "2020-11", .title: "A better title"], to: form))
        XCTAssertEqual(vm.selected?.title, "A better title")
        XCTAssertEqual(Set(vm.selected?.setByYou ?? []), ["Title", "Date"])
        XCTAssertFalse(vm.selected?.inferenceNotes.contains { $0.hasPrefix("Date") } ?? true, "no longer inferred")
        XCTAssertEqual(vm.rows[0].title, "A better title", "the list shows it too")
        let again = try XCTUnwrap(vm.correctionForm())
        XCTAssertEqual(again.rows.first { $0.field == .date }?.readLine, "Rostrum read: 2020-11-03")

        let undo = try XCTUnwrap(vm.pendingUndo)
        XCTAssertEqual(undo.message, "Corrected the date, title")
        undo.undo()
        XCTAssertEqual(vm.selected?.title, read.title)
        XCTAssertEqual(vm.selected?.metaLine, read.metaLine)
        XCTAssertEqual(vm.selected?.setByYou, [])
    }

    func testADeletedStatementComesBackWithUndo() throws {
        let vm = try model()
        let gone = try XCTUnwrap(vm.selected)
        vm.deleteSelected()
        XCTAssertEqual(vm.rows.count, 1)
        XCTAssertNotEqual(vm.selected?.id, gone.id)
        let undo = try XCTUnwrap(vm.pendingUndo)
        XCTAssertEqual(undo.message, "Deleted “\(gone.title)”")
        undo.undo()
        XCTAssertEqual(vm.rows.count, 2)
        XCTAssertEqual(vm.selected?.id, gone.id, "and it is open again")
        XCTAssertEqual(vm.selected?.body, gone.body)
    }
}
