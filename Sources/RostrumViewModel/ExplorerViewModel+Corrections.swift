import Foundation
import StatementModel

/// Fixing what Rostrum read wrong, and removing a statement: each undoable from the window's toast.
extension ExplorerViewModel {
    /// The dialog's fields for the statement open, with what Rostrum read beside each corrected one.
    package func correctionForm() -> CorrectionForm? {
        guard let id = selected?.id, let s = try? library.store.statement(id: id) else { return nil }
        return CorrectionForm(s, corrections: (try? library.store.corrections(of: id)) ?? [:])
    }

    /// Sets the fields the user changed in the form. Returns what is wrong (the dialog stays open, nothing is
    /// changed), or nil when done; the window then offers Undo.
    package func applyCorrections(_ typed: [CorrectableField: String], to form: CorrectionForm) -> String? {
        let changes = form.changes(typed)
        guard !changes.isEmpty else { return nil }
        let store = library.store
        let id = form.statement
        let before = (try? store.corrections(of: id)) ?? [:]
        // The date first: the only field a typing slip can make invalid, refused before anything is set.
        let ordered = changes.sorted { a, b in
            (a.key == .date ? 0 : 1, a.key.rawValue) < (b.key == .date ? 0 : 1, b.key.rawValue)
        }
        var done: [CorrectableField] = []
        do {
            for (field, value) in ordered {
                try store.correct(id, field, to: value)
                done.append(field)
            }
        } catch {
            putBack(done, before: before, of: id)
            libraryChanged()
            return Self.sentence(error)
        }
        let names = ordered.map { (CorrectionForm.labels[$0.key] ?? $0.key.rawValue).lowercased() }
        pendingUndo = UndoOffer("Corrected the \(names.joined(separator: ", "))") { [weak self] in
            self?.putBack(done, before: before, of: id)
            self?.libraryChanged()
        }
        libraryChanged()
        return nil
    }

    /// Back to what Rostrum read, for one field.
    package func revertCorrection(_ field: CorrectableField) {
        guard let id = selected?.id else { return }
        do { try library.store.revert(id, field) } catch { pendingError = Self.sentence(error) }
        libraryChanged()
    }

    /// Removes the statement open from the library; the toast's Undo puts it back as it was. Both writes run off
    /// the main thread: during an import they wait for its writer, which would have held the window.
    package func deleteSelected() {
        // Not while another row's statement is being read: the list and the text pane would name different ones.
        guard let detail = selected, isSelectionSettled else { return }
        let store = library.store
        write({ try store.delete([detail.id]) }) { [weak self] deleted in
            self?.pendingUndo = UndoOffer("Deleted “\(detail.title)”") { [weak self] in
                self?.write({ try store.restore(deleted) }) { [weak self] _ in self?.select(id: detail.id) }
            }
        }
    }

    /// Runs a change of the library on the query scheduler; then `done` with its result, or the error said in a
    /// toast, and the screen counted and listed again either way.
    private func write<T>(_ change: @escaping () throws -> T, then done: @escaping (T) -> Void) {
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

    /// Fields as they were before: corrected again to their former value, or back to what was read.
    private func putBack(_ fields: [CorrectableField], before: [CorrectableField: Correction], of id: StatementID) {
        do {
            for field in fields {
                if let old = before[field] { try library.store.correct(id, field, to: old.value) } else {
                    try library.store.revert(id, field)
                }
            }
        } catch { pendingError = Self.sentence(error) }
    }

    static func sentence(_ error: Error) -> String {
        let text = "\(error)"
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
