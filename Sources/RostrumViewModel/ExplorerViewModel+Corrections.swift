import Foundation
import StatementModel
import Translations

/// Fixing what Rostrum read wrong, and removing a statement: each undoable from the window's toast.
extension ExplorerViewModel {
    /// The dialog's fields for the statement open, with what Rostrum read beside each corrected one: read off
    /// the main thread, then given to `open` (not when the statement is gone, or another one was opened since).
    package func loadCorrectionForm(then open: @escaping (CorrectionForm) -> Void) {
        guard let id = selected?.id, isSelectionSettled else { return }
        let store = library.store
        scheduler.run(
            { () -> CorrectionForm? in
                guard let s = try? store.statement(id: id) else { return nil }
                return CorrectionForm(s, corrections: (try? store.corrections(of: id)) ?? [:])
            },
            then: { [weak self] form in
                guard let form, self?.selected?.id == id else { return }
                open(form)
            })
    }

    /// Sets the fields the user changed in the form, off the main thread; then tells `done` what is wrong (the
    /// dialog comes back with it, nothing changed), or nil when done, and the window offers Undo.
    package func applyCorrections(
        _ typed: [CorrectableField: String], to form: CorrectionForm, then done: @escaping (String?) -> Void
    ) {
        let changes = form.changes(typed)
        guard !changes.isEmpty else { return done(nil) }
        let store = library.store
        let id = form.statement
        // The date first: the only field a typing slip can make invalid, refused before anything is set.
        let ordered = changes.sorted { a, b in
            (a.key == .date ? 0 : 1, a.key.rawValue) < (b.key == .date ? 0 : 1, b.key.rawValue)
        }
        let names = ordered.map { CorrectionForm.names[$0.key] ?? $0.key.rawValue }
        scheduler.run(
            { () -> CorrectionOutcome in
                let before = (try? store.corrections(of: id)) ?? [:]
                var set: [CorrectableField] = []
                do {
                    for (field, value) in ordered {
                        try store.correct(id, field, to: value)
                        set.append(field)
                    }
                } catch {
                    // Refused half-way: what was set goes back, so the statement is as it was.
                    let stuck = Self.putBack(set, before: before, of: id, in: store)
                    return CorrectionOutcome(problem: error, stuck: stuck, before: before, set: [])
                }
                return CorrectionOutcome(problem: nil, stuck: nil, before: before, set: set)
            },
            then: { [weak self] outcome in
                guard let self else { return }
                if outcome.problem == nil { self.offerUndo(of: outcome, named: names, on: id) }
                if let stuck = outcome.stuck { self.pendingError = Self.sentence(stuck) }
                self.libraryChanged()
                done(outcome.problem.map(Self.sentence))
            })
    }

    private func offerUndo(of outcome: CorrectionOutcome, named names: [String], on id: StatementID) {
        let store = library.store
        pendingUndo = UndoOffer(tr("Corrected the {0}", names.joined(separator: ", "))) { [weak self] in
            self?.write({
                if let error = Self.putBack(outcome.set, before: outcome.before, of: id, in: store) { throw error }
            }) { _ in }
        }
    }

    /// Back to what Rostrum read, for one field.
    package func revertCorrection(_ field: CorrectableField) {
        guard let id = selected?.id else { return }
        let store = library.store
        write({ try store.revert(id, field) }) { _ in }
    }

    /// Removes the statement open from the library; the toast's Undo puts it back as it was. Both writes run off
    /// the main thread: during an import they wait for its writer, which would have held the window.
    package func deleteSelected() {
        // Not while another row's statement is being read: the list and the text pane would name different ones.
        guard let detail = selected, isSelectionSettled else { return }
        let store = library.store
        write({ try store.delete([detail.id]) }) { [weak self] deleted in
            self?.pendingUndo = UndoOffer(tr("Deleted “{0}”", detail.title)) { [weak self] in
                self?.write({ try store.restore(deleted) }) { [weak self] _ in self?.select(id: detail.id) }
            }
        }
    }

    /// Runs a change of the library on the query scheduler; then `done` with its result, or the error said in a
    /// toast, and the screen counted and listed again either way.
    private func write<T>(_ change: @escaping @Sendable () throws -> T, then done: @escaping (T) -> Void) {
        scheduler.run(
            { Result { try change() } },
            then: { [weak self] result in
                guard let self else { return }
                switch result {
                case .success(let value): done(value)
                case .failure(let error): self.pendingError = Self.sentence(error)
                }
                self.libraryChanged()
            })
    }

    /// Fields as they were before: corrected again to their former value, or back to what was read. Returns the
    /// error that stopped it, if one did.
    private nonisolated static func putBack(
        _ fields: [CorrectableField], before: [CorrectableField: Correction], of id: StatementID,
        in store: any StatementStore
    ) -> Error? {
        do {
            for field in fields {
                if let old = before[field] { try store.correct(id, field, to: old.value) } else {
                    try store.revert(id, field)
                }
            }
            return nil
        } catch { return error }
    }

    static func sentence(_ error: Error) -> String {
        let text = "\(error)"
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// What setting a form's fields did: the reason it was refused (nothing then stays set), an error that kept a
/// field from going back, and what to put back on Undo.
private struct CorrectionOutcome {
    let problem: Error?
    let stuck: Error?
    let before: [CorrectableField: Correction]
    let set: [CorrectableField]
}
