import CGtk
import Dispatch
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// Filing the library's statements under situations again with this version's table: offered in a toast when
/// the library was filed with another, and a command of the menu; run off the main thread with progress and
/// Cancel in its strip, then said in one toast. It owns the strip and the running filing; the window places the
/// strip and asks.
@MainActor
final class RefileController {
    private(set) var strip: ProgressStrip!
    private var running: ImportCancellation?
    private let library: StatementLibrary
    private let viewModel: ExplorerViewModel
    private let toasts: Toasts

    var isRunning: Bool { running != nil }
    /// Found filed by an earlier version and not filed again since: the menu then offers the command.
    private(set) var outOfDate = false
    /// The offer's toast, taken back when filing starts from the menu.
    private var offer: OfferedToast?
    /// Called when whether the command can run changes.
    var onChange: (() -> Void)?
    var canRun: Bool { outOfDate && !isRunning }

    init(library: StatementLibrary, viewModel: ExplorerViewModel, toasts: Toasts) {
        (self.library, self.viewModel, self.toasts) = (library, viewModel, toasts)
        strip = ProgressStrip(.refiling) { [weak self] in self?.cancel() }
    }

    func cancel() { running?.cancel() }

    /// Asks the library off the main thread (it counts its statements) and offers filing again when it was filed
    /// with another table; the toast stays until answered or dismissed.
    func offerIfOutOfDate() {
        let library = self.library
        let controller = MainThreadReference(self)
        DispatchQueue.global(qos: .utility).async {
            guard (try? library.situationsOutOfDate()) == true else { return }
            DispatchQueue.main.async {
                guard let self = controller.value, !self.isRunning else { return }
                self.outOfDate = true
                self.onChange?()
                self.offer = self.toasts.offer(RefileSummary.offer, button: RefileSummary.offerButton) { [weak self] in
                    self?.start()
                }
            }
        }
    }

    func start() {
        guard running == nil else { return toasts.show(tr("The statements are being filed already.")) }
        offer?.dismiss()
        offer = nil
        let cancellation = ImportCancellation()
        running = cancellation
        strip.start()
        onChange?()
        let (library, started) = (self.library, Date())
        let controller = MainThreadReference(self)
        DispatchQueue.global(qos: .utility).async {
            var lastUpdate = Date.distantPast
            let result = Result {
                try library.refileSituations(cancellation: cancellation) { done, total in
                    let now = Date()
                    guard now.timeIntervalSince(lastUpdate) > 0.1 || done == total else { return }
                    lastUpdate = now
                    let progress = ImportProgress(
                        done: done, total: total, elapsed: now.timeIntervalSince(started), currentFile: "")
                    DispatchQueue.main.async { controller.value?.strip.update(progress) }
                }
            }
            DispatchQueue.main.async { controller.value?.finish(result) }
        }
    }

    private func finish(_ result: Result<RefiledSituations, Error>) {
        running = nil
        strip.finish()
        if case .success(let summary) = result, !summary.stopped { outOfDate = false }
        onChange?()
        viewModel.libraryChanged()
        switch result {
        case .success(let summary): toasts.show(RefileSummary.headline(summary), timeout: 10)
        case .failure(let error): toasts.show(tr("Filing failed: {0}", "\(error)"), timeout: 0)
        }
    }
}
