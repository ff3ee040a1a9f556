import CGtk
import Dispatch
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// Imports the window starts (its button, Ctrl+O, a drop, files named at start): run off the main thread with
/// progress and Cancel in its strip, then said in one toast. It owns the strip and the running import; the
/// window places the strip and asks.
@MainActor
final class ImportController {
    /// The strip under the header: count, rate, time left, Cancel.
    private(set) var strip: ProgressStrip!
    private var running: ImportCancellation?
    /// When the import began (as the library stamps what it stores): "Just imported" starts there.
    private var started = ""
    private let library: StatementLibrary
    private let viewModel: ExplorerViewModel
    private let parent: Widget
    private let toasts: Toasts

    var isRunning: Bool { running != nil }

    init(library: StatementLibrary, viewModel: ExplorerViewModel, parent: Widget, toasts: Toasts) {
        (self.library, self.viewModel, self.parent, self.toasts) = (library, viewModel, parent, toasts)
        strip = ProgressStrip(.importing) { [weak self] in self?.cancel() }
    }

    func cancel() { running?.cancel() }

    func choose(folders: Bool) {
        Files.choose(parent: parent, title: folders ? tr("Import a Folder") : tr("Import Files"), folders: folders) {
            [weak self] paths in
            if !paths.isEmpty { self?.start(paths) }
        }
    }

    /// Imports off the main thread; progress and the result come back here.
    func start(_ paths: [String]) {
        guard running == nil else { return toasts.show(tr("An import is already running.")) }
        let cancellation = ImportCancellation()
        running = cancellation
        started = ISO8601DateFormatter().string(from: Date())
        strip.start()
        let library = self.library
        // The worker hands the controller back to the main thread only: it never touches it itself.
        let controller = MainThreadReference(self)
        DispatchQueue.global(qos: .userInitiated).async {
            var lastUpdate = Date.distantPast
            // Its threads run below the window's priority: the list scrolls while it reads (issue 14).
            let urls = paths.map { URL(fileURLWithPath: $0) }
            let report = library.importFiles(urls, cancellation: cancellation, threads: .background) { progress in
                let now = Date()
                guard now.timeIntervalSince(lastUpdate) > 0.1 || progress.done == progress.total else { return }
                lastUpdate = now
                DispatchQueue.main.async { controller.value?.strip.update(progress) }
            }
            DispatchQueue.main.async { controller.value?.finish(report) }
        }
    }

    private func finish(_ report: ImportReport) {
        running = nil
        strip.finish()
        viewModel.libraryChanged()
        say(report, since: started)
    }

    /// One toast for the whole import (imported · failed · skipped); when a file failed, was skipped or came with
    /// a note, the first of them is named and a Details button lists them all.
    private func say(_ report: ImportReport, since moment: String) {
        let headline = ImportSummary.headline(report)
        let vm = viewModel
        // What was stored, alone in the list ("Just imported" chip), from the toast or the report.
        let show: (() -> Void)? = report.imported.isEmpty ? nil : { vm.showImported(since: moment) }
        guard ImportSummary.hasDetails(report) else {
            guard let show else { return toasts.show(headline) }
            return toasts.show(headline, button: tr("Show"), timeout: 8, action: show)
        }
        let first = ImportSummary.firstProblem(report).map { ". " + $0 } ?? ""
        let lines = ImportSummary.details(report)
        let parent = self.parent
        // It stays until dismissed: a failure must not slip by unread.
        toasts.show(headline + first, button: tr("Details"), timeout: 0) {
            ImportReportDialog.present(parent: parent, headline: headline, lines: lines, showImported: show)
        }
    }
}
