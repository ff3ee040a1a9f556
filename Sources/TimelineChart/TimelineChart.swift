import CCairo
import Foundation
import StatementModel
import Translations

/// The timeline as a picture: bars per bin stacked by theme colour, inferred dates hatched, an axis of
/// years or months. The window paints it on screen; the tool and the window's export write it to PNG,
/// SVG or PDF (cairo surfaces, no display needed).
public struct TimelineChart {
    public var bins: [TimelineBin]
    /// Visible days, [start, end), in `DayNumber` units.
    public var start: Double
    public var end: Double
    public var granularity: TimelineGranularity
    /// Themes in stacking order, with their `#RRGGBB` colours.
    public var themes: [(name: String, colour: String)]
    /// For exports: a heading, the filter in words, and a legend of theme colours.
    public var title: String?
    public var subtitle: String?
    public var showThemeLegend = false
    /// The corner note on what hatching means and how coarse the bins are (off on presentation cards,
    /// which say "inferred" in words on the card itself).
    public var showKey = true
    /// A day to mark (the selected statement).
    public var markerDay: Double?
    /// Where the marked date ends when it is known only to its month or year: the marker is then a band over
    /// the whole month or year, not a line on its first day.
    public var markerEnd: Double?
    /// A phrase's frequency over time, drawn as lines over the bars on a scale of their own (one for all, so the
    /// lines of a split trend compare).
    public var trends: [Trend] = []

    public init(
        bins: [TimelineBin], start: Double, end: Double, granularity: TimelineGranularity,
        themes: [(name: String, colour: String)]
    ) {
        self.bins = bins
        self.start = start
        self.end = end
        self.granularity = granularity
        self.themes = themes
    }

    /// Years when a view covers more than six years, months down to about eight months, then days.
    public static func granularity(forSpan days: Double) -> TimelineGranularity {
        days > 6 * 365 ? .year : days > 240 ? .month : .day
    }

    /// The days the bins cover, with a margin: what an export shows.
    public static func span(of bins: [TimelineBin]) -> (start: Double, end: Double)? {
        let spans = bins.compactMap { DayNumber.span(ofBin: $0.key) }
        guard let first = spans.map(\.start).min(), let last = spans.map(\.end).max() else { return nil }
        let width = max(Double(last - first), 60)
        return (Double(first) - width * 0.04, Double(last) + width * 0.04)
    }

    public struct Colour: Sendable {
        public var red, green, blue: Double
        public init(red: Double, green: Double, blue: Double) {
            self.red = red
            self.green = green
            self.blue = blue
        }
        public init(hex: String) {
            let v = UInt32(hex.dropFirst(), radix: 16) ?? 0x888888
            self.init(
                red: Double(v >> 16 & 0xFF) / 255, green: Double(v >> 8 & 0xFF) / 255, blue: Double(v & 0xFF) / 255)
        }
        public static let black = Colour(red: 0.1, green: 0.1, blue: 0.12)
        public static let white = Colour(red: 1, green: 1, blue: 1)
    }

    static let axisHeight = 22.0
    /// How far the title and the subtitle push the plot down, in font sizes (the marker's place follows them).
    static let headingsTop = 6.0, titleStep = 2.4, subtitleStep = 1.9

    private func x(_ day: Double, _ left: Double, _ width: Double) -> Double {
        left + (day - start) / max(end - start, 1) * width
    }

    /// Where a day falls across a chart drawn `width` wide, so others can mark things on it.
    public func xPosition(ofDay day: Double, width: Double) -> Double { x(day, 0, width) }

    /// Paints into `cr` over `width` × `height`, in `foreground` on whatever is behind.
    public func draw(_ cr: OpaquePointer, width: Double, height: Double, foreground fg: Colour, fontScale: Double = 1) {
        var top = Self.headingsTop
        var bottom = height
        let font = 11 * fontScale
        cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        if let title {
            cairo_set_source_rgb(cr, fg.red, fg.green, fg.blue)
            cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
            cairo_set_font_size(cr, font * 1.7)
            cairo_move_to(cr, 12, top + font * 1.7)
            cairo_show_text(cr, title)
            cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
            top += font * Self.titleStep
        }
        if let subtitle {
            cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.75)
            cairo_set_font_size(cr, font * 1.1)
            cairo_move_to(cr, 12, top + font * 1.1)
            cairo_show_text(cr, subtitle)
            top += font * Self.subtitleStep
        }
        let keyTop = top
        let legendColumn = showThemeLegend ? legendColumnWidth(cr, font: font) : 0
        if showThemeLegend { bottom -= legendHeight(width: width, column: legendColumn, font: font) }
        let plotTop = plotTop(below: top, fontScale: fontScale)
        let plotBottom = bottom - Self.axisHeight * fontScale
        let plotHeight = max(plotBottom - plotTop, 10)
        let visible = bins.filter { bin in
            guard let s = DayNumber.span(ofBin: bin.key) else { return false }
            return Double(s.end) > start && Double(s.start) < end
        }
        // A bin at a coarser precision ("2023" among months) is spread over its span with its height divided by
        // the bins it spans, so its area, like a bar's, is its count.
        let spread = visible.filter { $0.isCoarser(than: granularity) }
        let maxCount = max(
            Double(visible.filter { !$0.isCoarser(than: granularity) }.map(\.count).max() ?? 0),
            spread.map { Double($0.count) / binsSpanned(by: $0) }.max() ?? 0, 1)
        let order = themes.map(\.name)
        // Parsed once here, not at each bar's each segment.
        let colours = Dictionary(themes.map { ($0.name, Colour(hex: $0.colour)) }, uniquingKeysWith: { a, _ in a })

        for bin in spread {
            let height = max(plotHeight * Double(bin.count) / binsSpanned(by: bin) / maxCount, 3)
            drawSpread(cr, bin, height: height, width: width, bottom: plotBottom, fg: fg, font: font)
        }
        for bin in visible where !bin.isCoarser(than: granularity) {
            guard let s = DayNumber.span(ofBin: bin.key) else { continue }
            let x0 = x(Double(s.start), 0, width)
            let x1 = x(Double(s.end), 0, width)
            let barX = x0 + 1
            let barW = max(x1 - x0 - 2, 3)
            let barH = max(plotHeight * Double(bin.count) / maxCount, 4)
            var y = plotBottom
            // Each theme's share of the bar follows its share of the bin's theme mentions.
            let total = Double(bin.themes.values.reduce(0, +))
            if total == 0 {
                cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.35)
                cairo_rectangle(cr, barX, y - barH, barW, barH)
                cairo_fill(cr)
            } else {
                for theme in order where bin.themes[theme] != nil {
                    let segment = barH * Double(bin.themes[theme]!) / total
                    let c = colours[theme] ?? Colour(hex: "#888888")
                    cairo_set_source_rgba(cr, c.red, c.green, c.blue, 0.9)
                    cairo_rectangle(cr, barX, y - segment, barW, segment)
                    cairo_fill(cr)
                    y -= segment
                }
            }
            if bin.inferred > 0 {
                hatch(
                    cr, x: barX, width: barW, bottom: plotBottom,
                    height: barH * Double(bin.inferred) / Double(bin.count), fg: fg)
            }
            if barW > 18 * fontScale {
                cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.8)
                cairo_set_font_size(cr, font)
                cairo_move_to(cr, barX + 2, plotBottom - barH - 4)
                cairo_show_text(cr, "\(bin.count)")
            }
        }
        drawAxis(cr, width: width, y: plotBottom, fg: fg, font: font)
        if !trends.isEmpty { drawTrends(cr, width: width, top: plotTop, bottom: plotBottom, font: font, fg: fg) }
        if let marker = marker(plotTop: plotTop, plotBottom: plotBottom, width: width, fontScale: fontScale) {
            marker.paint(cr)
        }
        // What hatching means, and how coarse the bins are.
        if showKey { drawKey(cr, width: width, top: keyTop, fg: fg, font: font, spread: spread.first) }
        if showThemeLegend {
            drawThemeLegend(cr, width: width, column: legendColumn, top: bottom + 6, fg: fg, font: font)
        }
    }

    /// Each line through its periods' middles, all scaled to the largest value in view, and what they are at the
    /// top left: one label, or a key of the lines' colours.
    private func drawTrends(
        _ cr: OpaquePointer, width: Double, top: Double, bottom: Double, font: Double, fg: Colour
    ) {
        let scale = trendScale
        cairo_set_line_width(cr, 2)
        for trend in trends {
            let c = Colour(hex: trend.colour)
            cairo_set_source_rgba(cr, c.red, c.green, c.blue, 0.95)
            let places = trendPlaces(trend, scale: scale, width: width, top: top, bottom: bottom)
            for (i, place) in places.enumerated() {
                if i == 0 { cairo_move_to(cr, place.x, place.y) } else { cairo_line_to(cr, place.x, place.y) }
            }
            cairo_stroke(cr)
            for place in places {
                cairo_arc(cr, place.x, place.y, 3, 0, 2 * Double.pi)
                cairo_fill(cr)
            }
        }
        cairo_set_font_size(cr, font)
        var x = 12.0
        let top1 = String(format: "%.1f", scale)
        for (i, trend) in trends.enumerated() {
            let c = Colour(hex: trend.colour)
            cairo_set_source_rgba(cr, c.red, c.green, c.blue, 1)
            let text = i == 0 && trends.count == 1 ? tr("{0} (top: {1})", trend.label, top1) : "— \(trend.label)"
            cairo_move_to(cr, x, top - 4)
            cairo_show_text(cr, text)
            var ext = cairo_text_extents_t()
            cairo_text_extents(cr, text, &ext)
            x += ext.x_advance + 10
        }
        if trends.count > 1 {
            cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.75)
            cairo_move_to(cr, x, top - 4)
            cairo_show_text(cr, tr("(per 10,000 words, top: {0})", top1))
        }
    }

    /// The selected statement's place: a line on its day, or a band over the month or year it is dated to.
    public struct Marker: Equatable, Sendable {
        public var x, y, width, height: Double
        public var isBand: Bool

        /// Paints it in the chart's coordinates, moved by (`dx`, `dy`): a widget of its own paints it at its origin.
        public func paint(_ cr: OpaquePointer, dx: Double = 0, dy: Double = 0) {
            cairo_set_source_rgba(cr, 0.21, 0.52, 0.89, isBand ? 0.18 : 1)
            cairo_rectangle(cr, x + dx, y + dy, width, height)
            cairo_fill(cr)
            guard isBand else { return }
            cairo_set_source_rgba(cr, 0.21, 0.52, 0.89, 1)
            cairo_rectangle(cr, x + dx, y + dy + height - 2, width, 2)
            cairo_fill(cr)
        }
    }

    /// Where `markerDay` is marked on the chart drawn `width` × `height` (headings as set, no theme legend), or nil
    /// when no day is set, it is out of view, or there is a legend (its height needs the fonts).
    public func marker(width: Double, height: Double, fontScale: Double = 1) -> Marker? {
        guard !showThemeLegend else { return nil }
        let font = 11 * fontScale
        let headings = Self.headingsTop + (title == nil ? 0 : font * Self.titleStep)
            + (subtitle == nil ? 0 : font * Self.subtitleStep)
        return marker(
            plotTop: plotTop(below: headings, fontScale: fontScale),
            plotBottom: height - Self.axisHeight * fontScale, width: width, fontScale: fontScale)
    }

    private func marker(plotTop: Double, plotBottom: Double, width: Double, fontScale: Double) -> Marker? {
        let top = plotTop - 18 * fontScale + 4
        if let day = markerDay, let last = markerEnd, last > day + 1, last >= start, day <= end {
            let (x0, x1) = (max(x(day, 0, width), 0), min(x(last, 0, width), width))
            return Marker(x: x0, y: top, width: x1 - x0, height: plotBottom - top, isBand: true)
        }
        guard let day = markerDay, day >= start, day <= end else { return nil }
        return Marker(x: x(day, 0, width) - 1, y: top, width: 2, height: plotBottom - top, isBand: false)
    }

    /// Where the plot begins below the headings: the key has a line of its own (over the plot it ran into the
    /// count above the tallest bar), then room for the bars' counts.
    private func plotTop(below headings: Double, fontScale: Double) -> Double {
        headings + (showKey ? 11 * fontScale * 1.2 : 0) + 18 * fontScale
    }

    /// The largest value of any line in view: the top of the lines' scale.
    private var trendScale: Double {
        max(trends.flatMap { $0.points.filter { $0.end > start && $0.start < end }.map(\.value) }.max() ?? 0, 1e-9)
    }

    /// Where a line's points in view are drawn, with each one's index among the line's points.
    private func trendPlaces(
        _ trend: Trend, scale: Double, width: Double, top: Double, bottom: Double
    ) -> [(index: Int, x: Double, y: Double)] {
        trend.points.enumerated().filter { $0.element.end > start && $0.element.start < end }
            .sorted { $0.element.start < $1.element.start }
            .map { i, p in (i, x((p.start + p.end) / 2, 0, width), bottom - (bottom - top) * p.value / scale) }
    }

    /// The trend point drawn nearest to (x, y), within `reach` pixels, as the window lays the chart out (no title,
    /// subtitle or theme legend): which line and which of its points.
    public func trendPoint(
        atX px: Double, y py: Double, width: Double, height: Double, fontScale: Double = 1, reach: Double = 8
    ) -> (line: Int, point: Int)? {
        guard title == nil, subtitle == nil, !showThemeLegend else { return nil }
        // Laid out as `draw` lays it out with no title: a margin of 6 above the key.
        let top = plotTop(below: 6, fontScale: fontScale)
        let bottom = height - Self.axisHeight * fontScale
        let scale = trendScale
        var best: (line: Int, point: Int, distance: Double)?
        for (l, trend) in trends.enumerated() {
            for place in trendPlaces(trend, scale: scale, width: width, top: top, bottom: bottom) {
                let d = ((place.x - px) * (place.x - px) + (place.y - py) * (place.y - py)).squareRoot()
                if d <= reach, d < (best?.distance ?? .infinity) { best = (l, place.index, d) }
            }
        }
        return best.map { ($0.line, $0.point) }
    }

    /// How many of the view's bins a coarse bin spans: 12 months in a year, 28 to 31 days in a month.
    private func binsSpanned(by bin: TimelineBin) -> Double {
        guard let s = DayNumber.span(ofBin: bin.key) else { return 1 }
        return max(Double(s.end - s.start) / (granularity == .day ? 1 : 365.25 / 12), 1)
    }

    /// A coarse bin as a pale, cross-hatched block over its whole span, behind the bars, with its count and
    /// what it is at its top left when there is room.
    private func drawSpread(
        _ cr: OpaquePointer, _ bin: TimelineBin, height: Double, width: Double, bottom: Double, fg: Colour,
        font: Double
    ) {
        guard let s = DayNumber.span(ofBin: bin.key) else { return }
        let x0 = max(x(Double(s.start), 0, width), 0) + 1
        let x1 = min(x(Double(s.end), 0, width), width) - 1
        guard x1 > x0 else { return }
        cairo_save(cr)
        cairo_rectangle(cr, x0, bottom - height, x1 - x0, height)
        cairo_clip(cr)
        cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.10)
        cairo_paint(cr)
        cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.30)
        cairo_set_line_width(cr, 1)
        var offset = 0.0
        while offset < x1 - x0 + height {
            cairo_move_to(cr, x0 + offset, bottom)
            cairo_line_to(cr, x0 + offset - height, bottom - height)
            offset += 5
        }
        cairo_stroke(cr)
        cairo_restore(cr)
        cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.55)
        cairo_set_line_width(cr, 1)
        let dash: [Double] = [4, 3]
        cairo_set_dash(cr, dash, 2, 0)
        cairo_rectangle(cr, x0 + 0.5, bottom - height + 0.5, x1 - x0 - 1, height - 1)
        cairo_stroke(cr)
        cairo_set_dash(cr, nil, 0, 0)
        let label =
            bin.key.count == 4
            ? tr("{0} known only to the year", bin.count) : tr("{0} known only to the month", bin.count)
        var ext = cairo_text_extents_t()
        cairo_set_font_size(cr, font * 0.9)
        cairo_text_extents(cr, label, &ext)
        if let gap = widestGap(from: x0, to: x1, width: width), ext.width + 6 < gap.end - gap.start {
            cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.7)
            cairo_move_to(cr, gap.start + 3, bottom - height - 3)
            cairo_show_text(cr, label)
        }
    }

    /// The widest stretch between `x0` and `x1` with no bar of the view's own bins: where a spread block's label
    /// can go without being drawn over a bar.
    private func widestGap(from x0: Double, to x1: Double, width: Double) -> (start: Double, end: Double)? {
        let bars = bins.filter { !$0.isCoarser(than: granularity) }.compactMap { DayNumber.span(ofBin: $0.key) }
            .map { (x(Double($0.start), 0, width), x(Double($0.end), 0, width)) }
            .filter { $0.1 > x0 && $0.0 < x1 }.sorted { $0.0 < $1.0 }
        var best: (start: Double, end: Double)?
        var from = x0
        for bar in bars + [(x1, x1)] {
            if bar.0 - from > (best.map { $0.end - $0.start } ?? 0) { best = (from, bar.0) }
            from = max(from, bar.1)
        }
        return best
    }

    private func drawKey(
        _ cr: OpaquePointer, width: Double, top: Double, fg: Colour, font: Double, spread: TimelineBin?
    ) {
        cairo_set_font_size(cr, font)
        cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.7)
        let bins: String
        switch granularity {
        case .year: bins = tr("year bins")
        case .month: bins = tr("month bins")
        case .day: bins = tr("day bins")
        }
        var legend = tr("▨ inferred date") + "  ·  " + bins
        if let spread {
            let byYear = spread.key.count == 4
            let coarse = byYear ? tr("▧ dated only to the year, spread") : tr("▧ dated only to the month, spread")
            legend += "  ·  " + coarse
        }
        var ext = cairo_text_extents_t()
        cairo_text_extents(cr, legend, &ext)
        cairo_move_to(cr, width - ext.width - 10, top + font)
        cairo_show_text(cr, legend)
    }

    /// Diagonal stripes over the part of a bar whose dates are inferred, so they read as less certain.
    private func hatch(_ cr: OpaquePointer, x: Double, width: Double, bottom: Double, height: Double, fg: Colour) {
        cairo_save(cr)
        cairo_rectangle(cr, x, bottom - height, width, height)
        cairo_clip(cr)
        cairo_set_source_rgba(cr, 1, 1, 1, 0.55)
        cairo_paint(cr)
        cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.55)
        cairo_set_line_width(cr, 1.5)
        var offset = -height
        while offset < width {
            cairo_move_to(cr, x + offset, bottom)
            cairo_line_to(cr, x + offset + height, bottom - height)
            offset += 6
        }
        cairo_stroke(cr)
        let dash: [Double] = [3, 2]
        cairo_set_dash(cr, dash, 2, 0)
        cairo_rectangle(cr, x + 0.5, bottom - height + 0.5, width - 1, height - 1)
        cairo_stroke(cr)
        cairo_restore(cr)
    }

    private func drawAxis(_ cr: OpaquePointer, width: Double, y: Double, fg: Colour, font: Double) {
        cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.4)
        cairo_set_line_width(cr, 1)
        cairo_move_to(cr, 0, y + 0.5)
        cairo_line_to(cr, width, y + 0.5)
        cairo_stroke(cr)
        cairo_set_font_size(cr, font)
        for (day, text) in ticks() {
            let tx = x(Double(day), 0, width)
            guard tx >= 0, tx <= width - 20 else { continue }
            cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.4)
            cairo_move_to(cr, tx + 0.5, y)
            cairo_line_to(cr, tx + 0.5, y + 5)
            cairo_stroke(cr)
            cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.75)
            cairo_move_to(cr, tx + 3, y + font + 5)
            cairo_show_text(cr, text)
        }
    }

    /// Axis ticks: years (every 1, 2, 5, 10 or 20) on long spans, months (every 1 or 3, January with its year) on
    /// short.
    func ticks() -> [(Int, String)] {
        let first = DayNumber.date(Int(start))
        let last = DayNumber.date(Int(end))
        let years = max(last.year - first.year, 1)
        var ticks: [(Int, String)] = []
        if end - start > 3 * 365 {
            let step = years > 120 ? 20 : years > 60 ? 10 : years > 24 ? 5 : years > 10 ? 2 : 1
            var year = first.year - first.year % step
            while year <= last.year + 1 {
                ticks.append((DayNumber.of(year: year, month: 1, day: 1), "\(year)"))
                year += step
            }
        } else {
            let step = end - start > 400 ? 3 : 1
            var (year, month) = (first.year, (first.month - 1) / step * step + 1)
            let names = [
                tr("Jan"), tr("Feb"), tr("Mar"), tr("Apr"), tr("May"), tr("Jun"), tr("Jul"), tr("Aug"), tr("Sep"),
                tr("Oct"), tr("Nov"), tr("Dec"),
            ]
            while DayNumber.of(year: year, month: month, day: 1) <= Int(end) {
                ticks.append(
                    (DayNumber.of(year: year, month: month, day: 1), month == 1 ? "\(year)" : names[month - 1]))
                month += step
                if month > 12 {
                    month -= 12
                    year += 1
                }
            }
        }
        return ticks
    }

    /// Wide enough for the longest theme name, so legend entries never run into each other.
    private func legendColumnWidth(_ cr: OpaquePointer, font: Double) -> Double {
        cairo_set_font_size(cr, font)
        var widest = 0.0
        for theme in themes {
            var ext = cairo_text_extents_t()
            cairo_text_extents(cr, theme.name, &ext)
            widest = max(widest, ext.x_advance)
        }
        return widest + font * 3
    }

    private func legendHeight(width: Double, column: Double, font: Double) -> Double {
        let perRow = max(Int(width / column), 1)
        return Double((themes.count + perRow - 1) / perRow) * font * 1.8 + 8
    }

    private func drawThemeLegend(
        _ cr: OpaquePointer, width: Double, column: Double, top: Double, fg: Colour, font: Double
    ) {
        let perRow = max(Int(width / column), 1)
        cairo_set_font_size(cr, font)
        for (i, theme) in themes.enumerated() {
            let x = 12 + Double(i % perRow) * column
            let y = top + Double(i / perRow) * font * 1.8
            let c = Colour(hex: theme.colour)
            cairo_set_source_rgb(cr, c.red, c.green, c.blue)
            cairo_rectangle(cr, x, y, font, font)
            cairo_fill(cr)
            cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.85)
            cairo_move_to(cr, x + font * 1.4, y + font * 0.9)
            cairo_show_text(cr, theme.name)
        }
    }

    // MARK: - Files

    public enum Format: String, CaseIterable, Sendable {
        case png, svg, pdf
        public init?(fileName: String) { self.init(rawValue: (fileName as NSString).pathExtension.lowercased()) }
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
        public init(path: String, reason: String) {
            self.path = path
            self.reason = reason
        }
    }

    /// Writes the chart on a white page: PDF and SVG in points (vector), PNG at 300 dpi for the same size.
    public func write(to path: String, format: Format, widthPoints: Double = 842, heightPoints: Double = 320) throws {
        try ChartFile.write(to: path, format: format, widthPoints: widthPoints, heightPoints: heightPoints) {
            cr, width, height in
            draw(cr, width: width, height: height, foreground: .black, fontScale: 0.9)
        }
    }
}
