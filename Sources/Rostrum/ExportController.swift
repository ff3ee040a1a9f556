import CGtk
import Dispatch
import Foundation
import GtkKit
import PresentationCards
import RostrumViewModel
import StatementModel
import Translations

/// The long exports: the list (CSV, JSON Lines, Markdown) and a story's PDF, each run off the main thread with
/// progress and Cancel in its strip, written under a hidden name and put in place whole; one at a time. It owns
/// the strip and the running export; the window places the strip and asks.
@MainActor
final class ExportController {
    private(set) var strip: ProgressStrip!
    private var running: ImportCancellation?
    private let library: StatementLibrary
    private let viewModel: ExplorerViewModel
    private let parent: Widget
    private let toasts: Toasts

    init(library: StatementLibrary, viewModel: ExplorerViewModel, parent: Widget, toasts: Toasts) {
        (self.library, self.viewModel, self.parent, self.toasts) = (library, viewModel, parent, toasts)
        strip = ProgressStrip(.exporting) { [weak self] in self?.cancel() }
    }

    func cancel() { running?.cancel() }

    /// The list as it is sorted now, to a .csv, .jsonl or .md file (the name's extension picks the format).
    func chooseList() {
        Files.choose(
            parent: parent, title: tr("Export the List (.csv, .jsonl or .md)"), folders: false, save: true,
            suggestedName: "rostrum-statements.csv"
        ) { [weak self] paths in
            guard let self, let path = paths.first else { return }
            self.exportList(to: path)
        }
    }

    func chooseStory(_ story: Story?) {
        guard let story, !story.cards.isEmpty else { return toasts.show(tr("The story has no cards to export yet.")) }
        let fileName = story.name.map { "/\\:".contains($0) ? "-" : $0 } + ".pdf"
        Files.choose(
            parent: parent, title: tr("Export the Story as PDF"), folders: false, save: true,
            suggestedName: String(fileName)
        ) { [weak self] paths in
            guard let self, let path = paths.first else { return }
            self.exportStory(story, to: path)
        }
    }

    /// Reads and writes a statement at a time; a cancelled or failed export leaves the file that was there.
    func exportList(to path: String) {
        guard begin(.exporting) else { return }
        let ids = viewModel.rowIDs
        let filter =
            viewModel.chips.isEmpty ? tr("all statements") : viewModel.chips.map(\.label).joined(separator: "; ")
        let (store, cancellation) = (library.store, running!)
        let controller = MainThreadReference(self)
        DispatchQueue.global(qos: .userInitiated).async {
            var lastUpdate = Date.distantPast
            let outcome = Result {
                try StatementExport.export(
                    ids, from: store, format: StatementExport.Format(fileName: path), filter: filter, toFile: path,
                    progress: { progress in
                        let now = Date()
                        guard now.timeIntervalSince(lastUpdate) > 0.1 else { return }
                        lastUpdate = now
                        DispatchQueue.main.async { controller.value?.strip.update(progress) }
                    }, isCancelled: { cancellation.isCancelled })
            }
            DispatchQueue.main.async {
                controller.value?.end(outcome, path: path) { count, name in
                    trn("Exported {0} statement to {1}", "Exported {0} statements to {1}", count, count, name)
                }
            }
        }
    }

    /// Reads the cards' statements and draws the PDF a page a card.
    func exportStory(_ story: Story, to path: String) {
        guard begin(.drawingStory) else { return }
        let (store, cancellation) = (library.store, running!)
        let catalog = library.reader.reference.themes
        let controller = MainThreadReference(self)
        DispatchQueue.global(qos: .userInitiated).async {
            let started = Date()
            let outcome = Result { () -> Int in
                let cards = try story.presentationCards(from: store, catalog: catalog)
                if cancellation.isCancelled { throw CancellationError() }
                let pdf = StoryPDF(title: story.name, cards: cards, themes: catalog.themes.map { ($0.name, $0.colour) })
                return try pdf.write(
                    to: path,
                    progress: { done, total in
                        let progress = ImportProgress(
                            done: done, total: total, elapsed: Date().timeIntervalSince(started), currentFile: path)
                        DispatchQueue.main.async { controller.value?.strip.update(progress) }
                    }, isCancelled: { cancellation.isCancelled })
            }
            DispatchQueue.main.async {
                controller.value?.end(outcome, path: path) { pages, name in
                    trn(
                        "Exported “{0}” to {1} ({2} page)", "Exported “{0}” to {1} ({2} pages)", pages,
                        story.name, name, pages)
                }
            }
        }
    }

    /// Starts the strip for `work`, unless an export runs already (said in a toast).
    private func begin(_ work: ProgressStrip.Work) -> Bool {
        guard running == nil else {
            toasts.show(tr("An export is already running: wait for it or cancel it."))
            return false
        }
        running = ImportCancellation()
        strip.start(work)
        return true
    }

    private func end(_ outcome: Result<Int, Error>, path: String, done: (Int, String) -> String) {
        running = nil
        strip.finish()
        let name = (path as NSString).lastPathComponent
        switch outcome {
        case .success(let count): toasts.show(done(count, name))
        case .failure(is CancellationError): toasts.show(tr("Export cancelled: {0} was not written", name))
        case .failure(let error): toasts.show(tr("Export failed: {0}", "\(error)"))
        }
    }
}
