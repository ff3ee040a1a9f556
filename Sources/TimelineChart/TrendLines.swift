import StatementModel
import Translations

extension TimelineChart {
    /// A phrase's frequency over time as a line over the bars: periods (day numbers, end exclusive), a value
    /// each, what the line is and its colour.
    public struct Trend: Sendable, Equatable {
        /// "“sanctions” per 10,000 words", or a series' name ("China").
        public var label: String
        /// The speaker, country, forum or kind of a split trend's line; nil for the one line of an unsplit one.
        public var series: String?
        public var colour: String
        public var points: [(start: Double, end: Double, value: Double)]

        public init(
            label: String, series: String? = nil, colour: String = Trend.single,
            points: [(start: Double, end: Double, value: Double)]
        ) {
            self.label = label
            self.series = series
            self.colour = colour
            self.points = points
        }

        public static func == (a: Trend, b: Trend) -> Bool {
            a.label == b.label && a.series == b.series && a.colour == b.colour
                && a.points.elementsEqual(b.points) { $0 == $1 }
        }

        /// The colour of an unsplit trend's line.
        public static let single = "#EA580C"
        /// More lines than this are a tangle on a timeline 150 pixels high.
        public static let most = 6

        /// One line, or, split by a facet, one per series for the `most` series with most hits, each in a colour
        /// told apart also with a colour-vision deficiency (the situations' palette); the rest are left out.
        public static func lines(of trend: PhraseTrend) -> [Trend] {
            guard trend.split != nil else {
                return [Trend(label: tr("“{0}” per 10,000 words", trend.query.text), points: points(trend.points))]
            }
            return zip(ranked(trend).prefix(most), SituationSeries.palette).map { series, colour in
                Trend(
                    label: series, series: series, colour: colour,
                    points: points(trend.points.filter { $0.series == series }))
            }
        }

        /// Series with hits that have no line of their own.
        public static func leftOut(of trend: PhraseTrend) -> Int {
            trend.split == nil ? 0 : max(ranked(trend).count - most, 0)
        }

        /// The series with hits, most hits first (then by name).
        private static func ranked(_ trend: PhraseTrend) -> [String] {
            var hits: [String: Int] = [:]
            for p in trend.points { if let s = p.series { hits[s, default: 0] += p.hits } }
            return hits.filter { $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
        }

        private static func points(_ points: [PhraseTrend.Point]) -> [(start: Double, end: Double, value: Double)] {
            points.compactMap { p in
                DayNumber.span(ofBin: p.period).map { (Double($0.start), Double($0.end), p.perTenThousandWords) }
            }
        }
    }
}
