import ArgumentParser
import Foundation
import StatementModel
import TimelineChart

/// `trend PHRASE -o FILE`: the table (.csv, .jsonl), or the timeline of the filtered statements with the phrase's
/// line per 10,000 words drawn over it (.png, .svg, .pdf), as the window draws it while key words in context
/// are open.
enum TrendChart {
    static func save(
        _ trend: PhraseTrend, filter: StatementFilter, filters: String, library: StatementLibrary, to path: String
    ) throws {
        let version = try reporting { try library.store.libraryVersion() }
        guard let format = TimelineChart.Format(fileName: path) else {
            let table = AnalysisTable(trend: trend, filters: filters, libraryVersion: version)
            return try rostrum_cli.save(table, to: path)
        }
        let granularity: TimelineGranularity = trend.byMonth ? .month : .year
        let bins = try reporting { try library.store.timeline(filter, granularity: granularity) }
        guard let span = TimelineChart.span(of: bins) else {
            throw ValidationError("no dated statement matches the filters: nothing to draw")
        }
        let themes = library.reader.reference.themes.themes.map { ($0.name, $0.colour) }
        var chart = TimelineChart(
            bins: bins, start: span.start, end: span.end, granularity: granularity, themes: themes)
        chart.title = "“\(trend.query.text)” per 10,000 words"
        chart.subtitle = "\(filters) · library version \(version)"
        chart.showThemeLegend = true
        // Split, a line per series for the commonest few (as the window draws them), the others said below.
        chart.trends = TimelineChart.Trend.lines(of: trend)
        let leftOut = TimelineChart.Trend.leftOut(of: trend)
        if leftOut > 0 { chart.subtitle! += " · \(leftOut) more \(trend.split!.rawValue) lines not drawn" }
        do { try chart.write(to: path, format: format) } catch { throw ioFailure("\(error)") }
        let lines = chart.trends.count == 1 ? "" : ", \(chart.trends.count) lines"
        Terminal.err("wrote \(path) (\(format.rawValue.uppercased()), \(trend.points.count) periods\(lines))")
    }
}
