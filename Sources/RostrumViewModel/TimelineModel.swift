import StatementModel
import TimelineChart

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

    /// The bin under an x position, if any.
    package func bin(atX x: Double, width: Double) -> TimelineBin? {
        let day = self.day(atX: x, width: width)
        return bins.first { bin in
            guard let s = DayNumber.span(ofBin: bin.key) else { return false }
            return Double(s.start) <= day && day < Double(s.end)
        }
    }

    /// Zooms by `factor` (< 1 zooms in) keeping the day under `anchor` (0...1 of the width) in place.
    /// Never narrower than two weeks nor wider than 400 years.
    package mutating func zoom(by factor: Double, anchor: Double) {
        let newSpan = min(max(span * factor, 14), 400 * 365.25)
        let pivot = start + anchor * span
        start = pivot - anchor * newSpan
        end = start + newSpan
    }

    /// Pans by a fraction of the visible span (positive moves later in time).
    package mutating func pan(by fraction: Double) {
        let shift = fraction * span
        start += shift
        end += shift
    }

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
