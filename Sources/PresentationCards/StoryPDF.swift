import CCairo
import Foundation
import StatementModel
import Translations

/// A story as a PDF: a title page, one card a page at 16:9 with the timeline strip, and the sources
/// with full citations at the end. Cairo's PDF surface only, so the tool writes it without a display.
public struct StoryPDF {
    /// 16:9 in points (13.33 x 7.5 inches, the widescreen slide size).
    public static let pageWidth = 960.0
    public static let pageHeight = 540.0

    public var title: String
    public var cards: [PresentationCard]
    public var themes: [(name: String, colour: String)]
    public var palette: CardPalette

    public init(
        title: String, cards: [PresentationCard], themes: [(name: String, colour: String)],
        palette: CardPalette = .light
    ) {
        self.title = title
        self.cards = cards
        self.themes = themes
        self.palette = palette
    }

    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): the PDF could not be written (\(reason))" }
    }

    /// How many steps `write` reports: one a card, one for the sources.
    public var steps: Int { cards.count + 1 }

    /// Writes the PDF and returns its page count. It is drawn under a hidden name beside `path` and put in place
    /// when complete: cancelled (`CancellationError`, asked between cards) or failed, the file at `path` is as it was.
    /// `progress` is told after each card and after the sources (`steps` in all).
    @discardableResult
    public func write(
        to path: String, progress: (_ done: Int, _ total: Int) -> Void = { _, _ in },
        isCancelled: () -> Bool = { false }
    ) throws -> Int {
        let part = ExportFile.hiddenPath(beside: path)
        do {
            let pages = try draw(to: part, reportingTo: path, progress: progress, isCancelled: isCancelled)
            guard rename(part, path) == 0 else {
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            return pages
        } catch {
            unlink(part)
            throw error
        }
    }

    private func draw(
        to file: String, reportingTo path: String, progress: (Int, Int) -> Void, isCancelled: () -> Bool
    ) throws -> Int {
        let surface = cairo_pdf_surface_create(file, Self.pageWidth, Self.pageHeight)!
        defer { cairo_surface_destroy(surface) }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Rostrum")
        let cr = cairo_create(surface)!
        defer { cairo_destroy(cr) }
        let strip = CardStrip(cards: cards, themes: themes)
        var pages = 0
        for (i, card) in cards.enumerated() {
            if isCancelled() { throw CancellationError() }
            CardPainter(card: card, counter: "\(i + 1) / \(cards.count)", strip: strip, palette: palette)
                .draw(cr, width: Self.pageWidth, height: Self.pageHeight)
            cairo_show_page(cr)
            pages += 1
            progress(i + 1, steps)
        }
        if isCancelled() { throw CancellationError() }
        pages += drawSources(cr)
        progress(steps, steps)
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw WriteError(path: path, reason: String(cString: cairo_status_to_string(status)))
        }
        return pages
    }

    /// The sources: every card's full citation, numbered as the cards are, over as many pages as needed.
    private func drawSources(_ cr: OpaquePointer) -> Int {
        let w = Self.pageWidth
        let h = Self.pageHeight
        let u = h / 100
        let margin = w * 0.055
        let p = palette
        var pages = 0
        var index = 0
        while index < cards.count || pages == 0 {
            cairo_set_source_rgb(cr, p.background.r, p.background.g, p.background.b)
            cairo_paint(cr)
            let headingText = pages == 0 ? tr("Sources — {0}", title) : tr("Sources (continued)")
            let heading = TextBlock(cr, text: headingText, size: 4.4 * u, bold: true, width: w - 2 * margin)
            let headingHeight = heading.height
            heading.paint(cr, x: margin, y: 5 * u, colour: p.text)
            var y = 5 * u + headingHeight + 3 * u
            var placedOnPage = 0
            while index < cards.count {
                let card = cards[index]
                var text = "\(index + 1). " + card.citation
                if card.passage.rule == .selected { text += " " + tr("Quoted passage selected by the presenter.") }
                if let note = card.dateNote { text += " " + (note.hasSuffix(".") ? note : note + ".") }
                let block = TextBlock(cr, text: text, size: 2.5 * u, width: w - 2 * margin)
                let bh = block.height
                if y + bh > h - 5 * u, placedOnPage > 0 { break }
                block.paint(cr, x: margin, y: y, colour: p.text)
                y += bh + 1.6 * u
                index += 1
                placedOnPage += 1
            }
            cairo_show_page(cr)
            pages += 1
        }
        return pages
    }
}
