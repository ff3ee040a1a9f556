import ArgumentParser
import Foundation
import StatementModel
import TimelineChart

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Draw the timeline of the statements under the filters as PNG (300 dpi), SVG or PDF.")
    @OptionGroup var options: LibraryOptions
    @OptionGroup var filters: FilterOptions
    @Option(name: [.short, .long], help: "The file to write; its extension (.png, .svg, .pdf) picks the format.")
    var output: String
    @Option(name: .long, help: "day, month or year (default: by the span of the dates).") var granularity: String?
    @Option(name: .long, help: "A heading for the chart.") var title = "Statements over time"
    @Option(name: .long, help: "Stack the bars by theme (default) or by situation.") var stack = "theme"

    func run() throws {
        guard let format = TimelineChart.Format(fileName: output) else {
            throw ValidationError("\(output): name the file .png, .svg or .pdf")
        }
        let library = try options.open()
        let filter = try filters.filter()
        let years = try reporting { try library.store.timeline(filter, granularity: .year) }
        guard let yearSpan = TimelineChart.span(of: years) else {
            throw ValidationError("no dated statement matches the filters: nothing to draw")
        }
        let chosen: TimelineGranularity
        if let granularity {
            guard let g = TimelineGranularity(rawValue: granularity) else {
                throw ValidationError("--granularity \(granularity): write day, month or year")
            }
            chosen = g
        } else {
            chosen = TimelineChart.granularity(forSpan: yearSpan.end - yearSpan.start)
        }
        let bins = try reporting { try library.store.timeline(filter, granularity: chosen) }
        let span = TimelineChart.span(of: bins)!
        guard ["theme", "situation"].contains(stack) else {
            throw ValidationError("--stack \(stack): write theme or situation")
        }
        var series = library.reader.reference.themes.themes.map { ($0.name, $0.colour) }
        var stacked = bins
        if stack == "situation" {
            let ranked = try reporting { try library.store.facetCounts(.situation, filter: filter) }.map(\.value)
            let colours = SituationSeries.colours(ranked: ranked)
            series = colours + [SituationSeries.other]
            stacked = SituationSeries.stack(bins, colours: colours)
        }
        var chart = TimelineChart(bins: stacked, start: span.start, end: span.end, granularity: chosen, themes: series)
        chart.title = title
        chart.subtitle = "\(bins.map(\.count).reduce(0, +)) dated statements: \(filters.summary)"
        chart.showThemeLegend = true
        do { try chart.write(to: output, format: format) } catch { throw ioFailure("\(error)") }
        Terminal.err("wrote \(output) (\(format.rawValue.uppercased()), \(bins.count) \(chosen.rawValue) bins)")
    }
}
