import CGtk
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel
import TimelineChart
import Translations

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
