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
        guard trend.split == nil else {
            throw ValidationError("\(path): a chart draws one line; leave out --split, or save a .csv")
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
        chart.trend = TimelineChart.Trend(
            label: "“\(trend.query.text)” per 10,000 words",
            points: trend.points.compactMap { p in
                DayNumber.span(ofBin: p.period).map { (Double($0.start), Double($0.end), p.perTenThousandWords) }
            })
        do { try chart.write(to: path, format: format) } catch { throw ioFailure("\(error)") }
        Terminal.err("wrote \(path) (\(format.rawValue.uppercased()), \(trend.points.count) periods)")
    }
}
