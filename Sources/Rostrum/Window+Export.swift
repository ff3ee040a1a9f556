import CGtk
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel

/// Saving what the analysis views show: the lines in context and a comparison as tables (CSV, or JSON Lines for
/// a .jsonl name), each opening with its query, its filters and the library's version.
extension ExplorerWindow {
    /// Asks where, then reads the library's version and writes off the main thread; a toast says how it went.
    func chooseAnalysisExport(title: String, suggestedName: String, _ table: @escaping (Int64) -> AnalysisTable) {
        Files.choose(
            parent: window, title: "\(title) (.csv or .jsonl)", folders: false, save: true,
            suggestedName: suggestedName
        ) { [weak self] paths in
            guard let self, let path = paths.first else { return }
            let store = self.library.store
            BackgroundScheduler().run(
                {
                    Result {
                        let made = table(try store.libraryVersion())
                        try made.text(forFile: path).write(toFile: path, atomically: true, encoding: .utf8)
                        return made.rows.count
                    }
                },
                then: { [weak self] outcome in
                    let name = (path as NSString).lastPathComponent
                    switch outcome {
                    case .success(let rows): self?.toast("Exported \(rows) rows to \(name)")
                    case .failure(let error): self?.toast("Export failed: \(name): \(error.localizedDescription)")
                    }
                })
        }
    }

    /// The lines in context as they are sorted now (the first `ConcordanceModel.shown` of them).
    func exportConcordance() {
        guard let result = concordance.result else { return toast("Nothing to export: type a word or a phrase.") }
        let filters = Self.describe(viewModel.filter)
        chooseAnalysisExport(title: "Export the Lines in Context", suggestedName: "rostrum-kwic.csv") {
            AnalysisTable(concordance: result, filters: filters, libraryVersion: $0)
        }
    }

    /// The words distinctive of each of the two groups compared.
    func exportComparison() {
        guard let result = compare.result, let a = compare.groupA else {
            return toast("Nothing to export: choose group B with the filter.")
        }
        let filters = "a: \(Self.describe(a)); b: \(Self.describe(compare.groupB))"
        chooseAnalysisExport(title: "Export the Comparison", suggestedName: "rostrum-compare.csv") {
            AnalysisTable(comparison: result, filters: filters, libraryVersion: $0)
        }
    }

    static func describe(_ filter: StatementFilter) -> String { CompareModel.describe(filter) }
}
