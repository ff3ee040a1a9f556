import StatementModel
import TimelineChart
import Translations

/// What the timeline shows: the visible span of days, the bins in it, and how coarse they are.
/// Zooming and panning change the span; the granularity follows from its length.
package struct TimelineModel: Equatable {
    /// Visible days, [start, end).
    package var start: Double
    package var end: Double
    package var bins: [TimelineBin] = []
    package var granularity: TimelineGranularity = .year
    /// The days of every dated statement under the current filter, for "fit all".
    package var extent: (start: Int, end: Int)?

    package init(start: Double, end: Double) {
        self.start = start
        self.end = end
    }

    package static func == (a: TimelineModel, b: TimelineModel) -> Bool {
        a.start == b.start && a.end == b.end && a.bins == b.bins && a.granularity == b.granularity
    }

    package var span: Double { end - start }

    package static func granularity(forSpan days: Double) -> TimelineGranularity {
        TimelineChart.granularity(forSpan: days)
    }

    /// The x of a day in a drawing `width` pixels wide.
    package func x(ofDay day: Double, width: Double) -> Double { (day - start) / span * width }
    package func day(atX x: Double, width: Double) -> Double { start + x / width * span }

    /// The bin under an x position, if any: the finest, so a month's bar wins over the year-wide block of dates
    /// known only to that year behind it.
    package func bin(atX x: Double, width: Double) -> TimelineBin? {
        let day = self.day(atX: x, width: width)
        return bins.filter { bin in
            guard let s = DayNumber.span(ofBin: bin.key) else { return false }
            return Double(s.start) <= day && day < Double(s.end)
        }.max { $0.key.count < $1.key.count }
    }

    /// Zooms by `factor` (< 1 zooms in) keeping the day under `anchor` (0...1 of the width) in place.
    /// Never narrower than two weeks, nor wider than the data with a margin (400 years when nothing is dated):
    /// zooming out past the data showed empty centuries.
    package mutating func zoom(by factor: Double, anchor: Double) {
        let newSpan = min(max(span * factor, 14), widest)
        let pivot = start + anchor * span
        start = pivot - anchor * newSpan
        end = start + newSpan
        keepDataInSight()
    }

    /// Pans by a fraction of the visible span (positive moves later in time), never off the data.
    package mutating func pan(by fraction: Double) {
        let shift = fraction * span
        start += shift
        end += shift
        keepDataInSight()
    }

    /// The widest span zooming out may reach: the data and half again, or ten years (so year bins can always
    /// be had).
    private var widest: Double {
        guard let extent else { return 400 * 365.25 }
        return max(Double(extent.end - extent.start) * 1.5, 10 * 365.25)
    }

    /// At least a tenth of the view on the dated statements: a pan or zoom stops at their ends.
    private mutating func keepDataInSight() {
        guard let extent else { return }
        let margin = span * 0.1
        if end < Double(extent.start) + margin {
            let shift = Double(extent.start) + margin - end
            start += shift
            end += shift
        } else if start > Double(extent.end) - margin {
            let shift = start - (Double(extent.end) - margin)
            start -= shift
            end -= shift
        }
    }

    // MARK: - The keyboard's bin

    /// The bin the keyboard is on (Left and Right move it, Enter opens it), by key.
    package var cursor: String?

    /// Moves the keyboard's bin to the next (or previous) bin that has statements, panning to keep it in view.
    package mutating func moveCursor(by step: Int) {
        let keys = bins.filter { $0.count > 0 }.map(\.key).sorted()
        guard !keys.isEmpty else { return }
        if let cursor, let i = keys.firstIndex(of: cursor) {
            self.cursor = keys[min(max(i + step, 0), keys.count - 1)]
        } else {
            // From outside: the first bin in view going right, the last going left.
            let inView = keys.filter { key in DayNumber.span(ofBin: key).map { inSight($0) } ?? false }
            self.cursor = (step >= 0 ? inView.first : inView.last) ?? (step >= 0 ? keys.first : keys.last)
        }
        if let cursor, let span = DayNumber.span(ofBin: cursor), !inSight(span) {
            let middle = Double(span.start + span.end) / 2
            let half = self.span / 2
            start = middle - half
            end = middle + half
        }
    }

    private func inSight(_ span: (start: Int, end: Int)) -> Bool {
        Double(span.end) > start && Double(span.start) < end
    }

    /// What a screen reader says of the timeline: its span, how it bins, and the keyboard's bin.
    package var accessibleDescription: String {
        let dated = bins.reduce(0) { $0 + $1.count }
        var text =
            switch granularity {
            case .year: trn("{0} dated statement by year", "{0} dated statements by year", dated, dated)
            case .month: trn("{0} dated statement by month", "{0} dated statements by month", dated, dated)
            case .day: trn("{0} dated statement by day", "{0} dated statements by day", dated, dated)
            }
        let years = bins.compactMap { Int($0.key.prefix(4)) }
        if let first = years.min(), let last = years.max() { text = tr("{0}, {1} to {2}", text, first, last) }
        let spread = bins.filter { $0.isCoarser(than: granularity) }.reduce(0) { $0 + $1.count }
        if spread > 0 {
            text = trn(
                "{0} ({1} of them dated less precisely, spread over their year or month)",
                "{0} ({1} of them dated less precisely, spread over their year or month)", spread, text, spread)
        }
        if let cursor, let bin = bins.first(where: { $0.key == cursor }) {
            text = trn(
                "{0}. Chosen: {1}, {2} statement", "{0}. Chosen: {1}, {2} statements", bin.count, text, cursor,
                bin.count)
        }
        return text + ". " + Self.keysHelp
    }

    /// What the timeline's keys do, for the screen reader.
    private static let keysHelp = tr(
        "Left and Right choose a period, Enter opens it, Shift+Enter filters to it, plus and minus zoom, Home fits.")

    /// Shows all of the extent with a margin, or the last ten years when nothing is dated.
    package mutating func fit(today: Int) {
        guard let extent else {
            start = Double(today - 3650)
            end = Double(today + 30)
            return
        }
        let width = max(Double(extent.end - extent.start), 60)
        start = Double(extent.start) - width * 0.08
        end = Double(extent.end) + width * 0.08
    }
}
