import CGtk
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel
import TimelineChart

/// Saving what the analysis views show: the lines in context and a comparison as tables (CSV, or JSON Lines for
/// a .jsonl name), each opening with its query, its filters and the library's version; a comparison also as a
/// chart (.png, .svg or .pdf) that says the same in its subtitle.
extension ExplorerWindow {
    /// Asks where, then reads the library's version and writes off the main thread; a toast says how it went.
    /// - Parameter chart: when given, a .png, .svg or .pdf name saves the view as a chart drawn by it.
    func chooseAnalysisExport(
        title: String, suggestedName: String, _ table: @escaping @Sendable (Int64) -> AnalysisTable,
        chart: (@Sendable (String, TimelineChart.Format, Int64) throws -> Void)? = nil
    ) {
        let kinds = chart == nil ? tr(".csv or .jsonl") : tr(".csv, .jsonl, or a chart: .png, .svg, .pdf")
        Files.choose(
            parent: window, title: "\(title) (\(kinds))", folders: false, save: true, suggestedName: suggestedName
        ) { [weak self] paths in
            guard let self, let path = paths.first else { return }
            let store = self.library.store
            BackgroundScheduler().run(
                {
                    Result { () -> Int? in
                        let version = try store.libraryVersion()
                        if let chart, let format = TimelineChart.Format(fileName: path) {
                            try chart(path, format, version)
                            return nil  // the chart
                        }
                        let made = table(version)
                        try made.text(forFile: path).write(toFile: path, atomically: true, encoding: .utf8)
                        return made.rows.count
                    }
                },
                then: { [weak self] outcome in
                    let name = (path as NSString).lastPathComponent
                    switch outcome {
                    case .success(nil): self?.toast(tr("Exported the chart to {0}", name))
                    case .success(let rows?):
                        self?.toast(trn("Exported {0} row to {1}", "Exported {0} rows to {1}", rows, rows, name))
                    case .failure(let error): self?.toast(tr("Export failed: {0}: {1}", name, "\(error)"))
                    }
                })
        }
    }

    /// The list as it is sorted now, to a .csv, .jsonl or .md file (the name's extension picks the format).
    func chooseExport() {
        Files.choose(
            parent: window, title: tr("Export the List (.csv, .jsonl or .md)"), folders: false, save: true,
            suggestedName: "rostrum-statements.csv"
        ) { [weak self] paths in
            guard let self, let path = paths.first else { return }
            self.exportList(to: path)
        }
    }

    /// Reads and writes off the main thread, a statement at a time, with progress and Cancel in the strip under
    /// the header; a cancelled or failed export leaves the file that was there.
    func exportList(to path: String) {
        guard exporting == nil else { return toast(tr("An export is already running: wait for it or cancel it.")) }
        let ids = viewModel.rowIDs
        let filter =
            viewModel.chips.isEmpty ? tr("all statements") : viewModel.chips.map(\.label).joined(separator: "; ")
        let cancellation = ImportCancellation()
        exporting = cancellation
        exportBar.start()
        let store = library.store
        // The worker hands the window back to the main thread only: it never touches it itself.
        let window = MainThreadReference(self)
        DispatchQueue.global(qos: .userInitiated).async {
            var lastUpdate = Date.distantPast
            let outcome = Result {
                try StatementExport.export(
                    ids, from: store, format: StatementExport.Format(fileName: path), filter: filter, toFile: path,
                    progress: { progress in
                        let now = Date()
                        guard now.timeIntervalSince(lastUpdate) > 0.1 else { return }
                        lastUpdate = now
                        DispatchQueue.main.async { window.value?.exportBar.update(progress) }
                    }, isCancelled: { cancellation.isCancelled })
            }
            DispatchQueue.main.async { window.value?.finishExport(outcome, to: path) }
        }
    }

    private func finishExport(_ outcome: Result<Int, Error>, to path: String) {
        exporting = nil
        exportBar.finish()
        let name = (path as NSString).lastPathComponent
        switch outcome {
        case .success(let count):
            toast(trn("Exported {0} statement to {1}", "Exported {0} statements to {1}", count, count, name))
        case .failure(is CancellationError): toast(tr("Export cancelled: {0} was not written", name))
        case .failure(let error): toast(tr("Export failed: {0}", "\(error)"))
        }
    }

    /// The lines in context as they are sorted now (the first `ConcordanceModel.shown` of them).
    func exportConcordance() {
        guard let result = concordance.result else { return toast(tr("Nothing to export: type a word or a phrase.")) }
        let filters = Self.describe(viewModel.filter)
        chooseAnalysisExport(title: tr("Export the Lines in Context"), suggestedName: "rostrum-kwic.csv") {
            AnalysisTable(concordance: result, filters: filters, libraryVersion: $0)
        }
    }

    /// The words distinctive of each of the two groups compared.
    func exportComparison() {
        guard let result = compare.result, let a = compare.groupA else {
            return toast(tr("Nothing to export: choose group B with the filter."))
        }
        let (groupA, groupB) = (Self.describe(a), Self.describe(compare.groupB))
        let themes = compare.themes
        chooseAnalysisExport(
            title: tr("Export the Comparison"), suggestedName: "rostrum-compare.csv",
            { AnalysisTable(comparison: result, filters: "a: \(groupA); b: \(groupB)", libraryVersion: $0) },
            chart: { path, format, version in
                let made = ISO8601DateFormatter().string(from: Date())
                try ComparisonChart(
                    subtitle: tr("Rostrum · library version {0} · made {1}", version, made), groupA: groupA,
                    groupB: groupB,
                    comparison: result, themes: themes
                ).write(to: path, format: format)
            })
    }

    static func describe(_ filter: StatementFilter) -> String { CompareModel.describe(filter) }
}
