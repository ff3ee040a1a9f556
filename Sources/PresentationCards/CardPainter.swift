import CCairo
import StatementModel
import TimelineChart
import Translations

/// The timeline strip across the top of every card: the deck's statements over time, and where we are.
public struct CardStrip: Sendable {
    public var bins: [TimelineBin]
    public var start: Double
    public var end: Double
    public var granularity: TimelineGranularity
    public var themes: [(name: String, colour: String)]

    /// Bins already counted (a filter's, from the store) at their granularity.
    public init(bins: [TimelineBin], granularity: TimelineGranularity, themes: [(name: String, colour: String)]) {
        self.bins = bins
        self.themes = themes
        self.granularity = granularity
        let span =
            TimelineChart.span(of: bins) ?? (
                Double(DayNumber.of(year: 1990, month: 1, day: 1)), Double(DayNumber.of(year: 2030, month: 1, day: 1))
            )
        start = span.start
        end = span.end
    }

    /// The strip of a story: its cards counted by year, or by month when they span a few years.
    public init(cards: [PresentationCard], themes: [(name: String, colour: String)]) {
        let years = CardTimeline.bins(of: cards, granularity: .year)
        let granularity =
            TimelineChart.span(of: years).map { TimelineChart.granularity(forSpan: $0.end - $0.start) } ?? .year
        self.init(
            bins: CardTimeline.bins(of: cards, granularity: granularity), granularity: granularity, themes: themes)
    }
}

/// Paints one presentation card at any size: the same code draws the projector screen and each page of
/// an exported PDF, so what is printed is what was shown. Sizes follow the height, so a 1024x768 screen
/// and a 1920x1080 one show the same card, scaled.
public struct CardPainter {
    public var card: PresentationCard
    /// "7 / 42"
    public var counter: String
    public var strip: CardStrip?
    /// The day the strip marks, moving between cards while the window animates; the card's own date otherwise.
    public var markerDay: Double?
    public var palette: CardPalette

    public init(
        card: PresentationCard, counter: String, strip: CardStrip?, markerDay: Double? = nil, palette: CardPalette
    ) {
        self.card = card
        self.counter = counter
        self.strip = strip
        self.palette = palette
        self.markerDay = markerDay ?? card.date.flatMap { DayNumber.of(iso: $0.firstDay) }.map(Double.init)
    }

    public func draw(_ cr: OpaquePointer, width: Double, height: Double) {
        let u = height / 100  // one hundredth of the height
        let margin = max(width * 0.055, 5 * u)
        let inner = width - 2 * margin
        let p = palette
        cairo_set_source_rgb(cr, p.background.r, p.background.g, p.background.b)
        cairo_paint(cr)

        // The strip: 80 years or three cards, always with the marker.
        var y = 2.0 * u
        if let strip {
            drawStrip(strip, cr, x: margin, y: y, width: inner, height: 15 * u, u: u)
            y += 17 * u
        } else {
            y += 4 * u
        }
        cairo_set_source_rgba(cr, p.rule.r, p.rule.g, p.rule.b, 0.5)
        cairo_rectangle(cr, margin, y, inner, max(0.15 * u, 1))
        cairo_fill(cr)
        y += 3 * u

        // Bottom-up: the legend line, then the byline block; the quote gets what is left.
        let legendTop = 93.5 * u
        var meta: [(TextBlock, CardPalette.RGB)] = []
        let who = card.byline.isEmpty ? tr("Speaker not known") : card.byline
        let byline = TextBlock(cr, text: who, size: 3.6 * u, bold: true, width: inner)
        byline.limit(lines: 2)
        meta.append((byline, p.text))
        if let venue = card.venue {
            let block = TextBlock(cr, text: venue, size: 2.8 * u, width: inner)
            block.limit(lines: 1)
            meta.append((block, p.secondary))
        }
        let date = TextBlock(cr, text: card.dateText, size: 2.8 * u, bold: card.dateNote != nil, width: inner)
        meta.append((date, card.dateNote != nil ? p.inferred : p.secondary))
        if let note = card.dateNote {
            let block = TextBlock(cr, text: note, size: 2.1 * u, width: inner)
            block.limit(lines: 2)
            meta.append((block, p.inferred))
        }
        let others = card.inferredFields.joined(separator: " · ")
        if !others.isEmpty {
            let block = TextBlock(cr, text: others, size: 2.1 * u, width: inner)
            block.limit(lines: 1)
            meta.append((block, p.inferred))
        }
        let metaHeight = meta.reduce(0) { $0 + $1.0.height + 0.6 * u }
        let metaTop = legendTop - 1.5 * u - metaHeight

        // The presenter's note, above the quote.
        if !card.note.isEmpty {
            let note = TextBlock(
                cr, markup: tr("<b>Note:</b> {0}", TextBlock.escape(card.note)), family: "Sans", size: 2.8 * u,
                italic: true, width: inner)
            note.limit(lines: 2)
            let h = note.height
            note.paint(cr, x: margin, y: y, colour: p.text)
            y += h + 2 * u
        }

        // The quote, as large as fits between.
        let explanation = TextBlock(cr, text: card.passage.explanation, size: 2.0 * u, italic: true, width: inner)
        let explanationHeight = explanation.height
        let quoteRoom = metaTop - 2.5 * u - explanationHeight - 1.5 * u - y
        let quoteX = margin + 2.2 * u
        let quoteWidth = inner - 2.2 * u
        let markup = "“" + TextBlock.escape(card.passage.displayText) + "”"
        var size = 5.4 * u
        var quote = TextBlock(cr, markup: markup, family: "Serif", size: size, width: quoteWidth, lineSpacing: 1.15)
        while quote.height > quoteRoom, size > 2.7 * u {
            size *= 0.93
            quote = TextBlock(cr, markup: markup, family: "Serif", size: size, width: quoteWidth, lineSpacing: 1.15)
        }
        if quote.height > quoteRoom { quote.limit(lines: max(Int(quoteRoom / (size * 1.4)), 1)) }
        let quoteHeight = min(quote.height, quoteRoom)
        // A short quote sits in the middle of its room rather than under the strip.
        y += max((quoteRoom - quoteHeight) / 2 - 2 * u, 0)
        // A bar in the colour of the passage's main theme, as slides mark a quotation.
        let barColour = card.themes.first { $0.name == card.passage.themes.first }?.colour ?? card.themes.first?.colour
        let bar = barColour.map(CardPalette.RGB.init(hex:)) ?? p.rule
        cairo_set_source_rgb(cr, bar.r, bar.g, bar.b)
        cairo_rectangle(cr, margin, y + 0.4 * u, 0.8 * u, quoteHeight - 0.4 * u)
        cairo_fill(cr)
        quote.paint(cr, x: quoteX, y: y, colour: p.text)
        explanation.paint(cr, x: quoteX, y: y + quoteHeight + 1.5 * u, colour: p.secondary)

        var metaY = metaTop
        for (block, colour) in meta {
            let h = block.height
            block.paint(cr, x: margin, y: metaY, colour: colour)
            metaY += h + 0.6 * u
        }

        drawLegend(cr, x: margin, y: legendTop, width: inner - 12 * u, u: u)
        let count = TextBlock(cr, text: counter, size: 2.6 * u, bold: true, width: 12 * u, align: PANGO_ALIGN_RIGHT)
        count.paint(cr, x: width - margin - 12 * u, y: legendTop, colour: p.secondary)
    }

    /// Theme colours as a legend: a swatch and a name each, those of the filter in bold.
    private func drawLegend(_ cr: OpaquePointer, x: Double, y: Double, width: Double, u: Double) {
        var cx = x
        for theme in card.themes {
            let label = TextBlock(cr, text: theme.name, size: 2.3 * u, bold: theme.active, width: width)
            var w: Int32 = 0
            var h: Int32 = 0
            pango_layout_get_pixel_size(label.layout, &w, &h)
            let needed = 3.2 * u + Double(w) + 2.2 * u
            if cx + needed > x + width { break }
            let c = CardPalette.RGB(hex: theme.colour)
            cairo_set_source_rgb(cr, c.r, c.g, c.b)
            cairo_rectangle(cr, cx, y + 0.35 * u, 2.4 * u, 2.4 * u)
            cairo_fill(cr)
            label.paint(cr, x: cx + 3.2 * u, y: y, colour: palette.text)
            cx += needed
        }
    }

    private func drawStrip(
        _ strip: CardStrip, _ cr: OpaquePointer, x: Double, y: Double, width: Double, height: Double, u: Double
    ) {
        var chart = TimelineChart(
            bins: strip.bins, start: strip.start, end: strip.end, granularity: strip.granularity, themes: strip.themes)
        chart.markerDay = nil
        chart.showKey = false
        let fg = palette.text
        cairo_save(cr)
        cairo_translate(cr, x, y)
        chart.draw(
            cr, width: width, height: height, foreground: .init(red: fg.r, green: fg.g, blue: fg.b),
            fontScale: u / 7.2 * 1.25)
        // Where we are: a tall line and a triangle above it, in the text colour so it shows on any projector.
        if let day = markerDay, day >= strip.start, day <= strip.end {
            let mx = chart.xPosition(ofDay: day, width: width)
            cairo_set_source_rgb(cr, fg.r, fg.g, fg.b)
            cairo_set_line_width(cr, max(0.35 * u, 1.5))
            cairo_move_to(cr, mx, 1.2 * u)
            cairo_line_to(cr, mx, height - 2.6 * u)
            cairo_stroke(cr)
            cairo_move_to(cr, mx - 1.2 * u, 0)
            cairo_line_to(cr, mx + 1.2 * u, 0)
            cairo_line_to(cr, mx, 1.6 * u)
            cairo_close_path(cr)
            cairo_fill(cr)
        }
        cairo_restore(cr)
    }
}
