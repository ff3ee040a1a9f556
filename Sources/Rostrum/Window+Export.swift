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
        let kinds = chart == nil ? ".csv or .jsonl" : ".csv, .jsonl, or a chart: .png, .svg, .pdf"
        Files.choose(
            parent: window, title: "\(title) (\(kinds))", folders: false, save: true, suggestedName: suggestedName
        ) { [weak self] paths in
            guard let self, let path = paths.first else { return }
            let store = self.library.store
            BackgroundScheduler().run(
                {
                    Result { () -> String in
                        let version = try store.libraryVersion()
                        if let chart, let format = TimelineChart.Format(fileName: path) {
                            try chart(path, format, version)
                            return "the chart"
                        }
                        let made = table(version)
                        try made.text(forFile: path).write(toFile: path, atomically: true, encoding: .utf8)
                        return "\(made.rows.count) rows"
                    }
                },
                then: { [weak self] outcome in
                    let name = (path as NSString).lastPathComponent
                    switch outcome {
                    case .success(let what): self?.toast("Exported \(what) to \(name)")
                    case .failure(let error): self?.toast("Export failed: \(name): \(error)")
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
        let (groupA, groupB) = (Self.describe(a), Self.describe(compare.groupB))
        let themes = compare.themes
        chooseAnalysisExport(
            title: "Export the Comparison", suggestedName: "rostrum-compare.csv",
            { AnalysisTable(comparison: result, filters: "a: \(groupA); b: \(groupB)", libraryVersion: $0) },
            chart: { path, format, version in
                let made = ISO8601DateFormatter().string(from: Date())
                try ComparisonChart(
                    subtitle: "Rostrum · library version \(version) · made \(made)", groupA: groupA, groupB: groupB,
                    comparison: result, themes: themes
                ).write(to: path, format: format)
            })
    }

    static func describe(_ filter: StatementFilter) -> String { CompareModel.describe(filter) }
}
