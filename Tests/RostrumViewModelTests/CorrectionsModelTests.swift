import Foundation
import XCTest

@testable import RostrumViewModel
@testable import StatementModel

/// Correcting a statement and deleting one from the window, each with Undo, checked without a display.
final class CorrectionsModelTests: XCTestCase, @unchecked Sendable {
    @MainActor
    private func model() throws -> ExplorerViewModel {
        let (library, _) = try TestLibrary.empty()
        try library.seedIfEmpty(from: TestLibrary.root.appendingPathComponent("data"))
        return ExplorerViewModel(library: library, today: Date(timeIntervalSince1970: 1_790_000_000))
    }

    /// The dialog's form, as the window is given it once read.
    @MainActor
    private func form(_ vm: ExplorerViewModel) throws -> CorrectionForm {
        var form: CorrectionForm?
        vm.loadCorrectionForm { form = $0 }
        return try XCTUnwrap(form)
    }

    /// What the dialog is told once the corrections are written: a problem, or nil.
    @MainActor
    private func apply(
        _ typed: [CorrectableField: String], _ form: CorrectionForm, _ vm: ExplorerViewModel
    ) -> String? {
        var told: String??
        vm.applyCorrections(typed, to: form) { told = $0 }
        guard let told else {
            XCTFail("the dialog was not told")
            return "not told"
        }
        return told
    }

    func testACorrectionShowsAsSetByYouAndUndoPutsBackWhatWasRead() throws {
        try MainActor.assumeIsolated {
            let vm = try model()
            let form = try self.form(vm)
            let read = try XCTUnwrap(vm.selected)
            XCTAssertEqual(form.rows.first { $0.field == .date }?.value, "2020-11-03", "the date as the user types one")
            XCTAssertNil(form.rows.first { $0.field == .date }?.readLine, "nothing corrected yet")

            let error = apply([.date: "2020-11-31", .title: "A better title"], form, vm)
            XCTAssertNotNil(error, "no 31 November")
            XCTAssertEqual(vm.selected?.title, read.title, "a refused date leaves every field as it was")

            XCTAssertNil(apply([.date: "2020-11", .title: "A better title"], form, vm))
            XCTAssertEqual(vm.selected?.title, "A better title")
            XCTAssertEqual(Set(vm.selected?.setByYou ?? []), ["Title", "Date"])
            XCTAssertFalse(vm.selected?.inferenceNotes.contains { $0.hasPrefix("Date") } ?? true, "no longer inferred")
            XCTAssertEqual(vm.rows[0].title, "A better title", "the list shows it too")
            let again = try self.form(vm)
            XCTAssertEqual(again.rows.first { $0.field == .date }?.readLine, "Rostrum read: 2020-11-03")

            let undo = try XCTUnwrap(vm.pendingUndo)
            XCTAssertEqual(undo.message, "Corrected the date, title")
            undo.undo()
            XCTAssertEqual(vm.selected?.title, read.title)
            XCTAssertEqual(vm.selected?.metaLine, read.metaLine)
            XCTAssertEqual(vm.selected?.setByYou, [])
        }
    }

    func testADeletedStatementComesBackWithUndo() throws {
        try MainActor.assumeIsolated {
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

    /// The dialog's reads and writes wait for the query queue, never for the main thread: nothing is read or set
    /// until the held work runs, and the dialog is told only then.
    func testTheCorrectionDialogReadsAndWritesOffTheMainThread() throws {
        try MainActor.assumeIsolated {
            let (library, _) = try TestLibrary.empty()
            try library.seedIfEmpty(from: TestLibrary.root.appendingPathComponent("data"))
            let held = HeldScheduler()
            let vm = ExplorerViewModel(library: library, scheduler: held)
            held.settle()
            let id = try XCTUnwrap(vm.selected?.id)
            var form: CorrectionForm?
            vm.loadCorrectionForm { form = $0 }
            XCTAssertNil(form, "the form waits for its read")
            held.settle()
            let opened = try XCTUnwrap(form)
            var told: String?? = .none
            vm.applyCorrections([.title: "Set by hand"], to: opened) { told = $0 }
            XCTAssertNil(told, "the dialog waits for the write")
            XCTAssertNil(try library.store.corrections(of: id)[.title], "nothing written on the main thread")
            held.settle()
            XCTAssertEqual(told, .some(nil), "then it is told all went well")
            XCTAssertEqual(try library.store.corrections(of: id)[.title]?.value, "Set by hand")
            XCTAssertEqual(vm.selected?.title, "Set by hand")

            vm.revertCorrection(.title)
            XCTAssertNotNil(try library.store.corrections(of: id)[.title], "the revert waits for the queue too")
            held.settle()
            XCTAssertNil(try library.store.corrections(of: id)[.title])
            XCTAssertNotEqual(vm.selected?.title, "Set by hand")
        }
    }
}
