import CCairo
import Foundation
import StatementModel
import Translations

/// Two groups compared, as a picture for a report: each group's theme shares as paired bars, and the words most
/// distinctive of each as bars of their log-likelihood, with how many times as frequent and in how many
/// statements. The tool (`compare -o FILE.png`) and the window's comparison export write it.
public struct ComparisonChart {
    public var title = tr("Two groups compared")
    /// What was compared and where from: the library's version and the date.
    public var subtitle: String
    public var groupA: String
    public var groupB: String
    public var comparison: GroupComparison
    public var themes: [GroupComparison.ThemeShare]

    /// Blue and orange: told apart also with a colour-vision deficiency (Okabe–Ito).
    static let colourA = TimelineChart.Colour(hex: "#0072B2")
    static let colourB = TimelineChart.Colour(hex: "#E69F00")
    static let themesShown = 10
    static let wordsShown = 12

    public init(
        subtitle: String, groupA: String, groupB: String, comparison: GroupComparison,
        themes: [GroupComparison.ThemeShare]
    ) {
        self.subtitle = subtitle
        self.groupA = groupA
        self.groupB = groupB
        self.comparison = comparison
        self.themes = themes
    }

    public func write(to path: String, format: TimelineChart.Format) throws {
        try ChartFile.write(to: path, format: format, widthPoints: 842, heightPoints: 595) { cr, width, height in
            draw(cr, width: width, height: height)
        }
    }

    /// Paints on `cr` over `width` × `height` in dark ink (a white page is assumed).
    public func draw(_ cr: OpaquePointer, width: Double, height: Double) {
        let ink = TimelineChart.Colour.black
        cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
        cairo_set_font_size(cr, 17)
        text(cr, title, x: 0, y: 17, ink)
        cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, 10)
        var y = 38.0
        for (name, group, colour) in [("A", groupA, Self.colourA), ("B", groupB, Self.colourB)] {
            let g = name == "A" ? comparison.a : comparison.b
            swatch(cr, x: 0, y: y - 8, colour)
            let line = trn(
                "{0}: {1} — {2} statement, {3} words", "{0}: {1} — {2} statements, {3} words", g.statements, name,
                group, g.statements.formatted(.number), g.words.formatted(.number))
            text(cr, line, x: 14, y: y, ink)
            y += 15
        }
        cairo_set_font_size(cr, 8.5)
        text(cr, subtitle, x: 0, y: y, ink, alpha: 0.7)
        let top = y + 26
        let split = width * 0.42
        drawThemes(cr, x: 0, y: top, width: split - 24, ink: ink)
        let column = (width - split) / 2
        drawWords(cr, comparison.distinctiveOfA, ofA: true, x: split, y: top, width: column - 16, ink: ink)
        drawWords(cr, comparison.distinctiveOfB, ofA: false, x: split + column, y: top, width: column - 16, ink: ink)
    }

    /// The themes whose shares differ most, each with A's bar over B's and their percentages.
    private func drawThemes(_ cr: OpaquePointer, x: Double, y: Double, width: Double, ink: TimelineChart.Colour) {
        cairo_set_font_size(cr, 11)
        text(cr, tr("Themes (share of each group's statements)"), x: x, y: y, ink, bold: true)
        let shown = themes.sorted { abs($0.a - $0.b) > abs($1.a - $1.b) }.prefix(Self.themesShown)
        guard !shown.isEmpty else { return text(cr, tr("No theme in either group."), x: x, y: y + 20, ink, alpha: 0.7) }
        let most = max(shown.map { max($0.a, $0.b) }.max() ?? 0, 0.01)
        let barRoom = width - 44
        var row = y + 20
        for share in shown {
            cairo_set_font_size(cr, 9.5)
            text(cr, share.theme, x: x, y: row, ink)
            for (i, (value, colour)) in [(share.a, Self.colourA), (share.b, Self.colourB)].enumerated() {
                let top = row + 4 + Double(i) * 8
                cairo_set_source_rgb(cr, colour.red, colour.green, colour.blue)
                cairo_rectangle(cr, x, top, max(barRoom * value / most, 1), 6)
                cairo_fill(cr)
                cairo_set_font_size(cr, 7.5)
                text(cr, String(format: "%.0f %%", value * 100), x: x + barRoom * value / most + 4, y: top + 6, ink)
            }
            row += 36
        }
    }

    /// A group's distinctive words: a bar of G² each (on one scale for both groups), and the figures beside it.
    private func drawWords(
        _ cr: OpaquePointer, _ words: [GroupComparison.Word], ofA: Bool, x: Double, y: Double, width: Double,
        ink: TimelineChart.Colour
    ) {
        cairo_set_font_size(cr, 11)
        text(cr, tr("Distinctive of {0} (G²)", ofA ? "A" : "B"), x: x, y: y, ink, bold: true)
        let shown = words.prefix(Self.wordsShown)
        guard !shown.isEmpty else { return text(cr, tr("No word stands out."), x: x, y: y + 20, ink, alpha: 0.7) }
        let all = (comparison.distinctiveOfA + comparison.distinctiveOfB).prefix(2 * Self.wordsShown)
        let most = max(all.map(\.logLikelihood).max() ?? 1, 1)
        let colour = ofA ? Self.colourA : Self.colourB
        var row = y + 20
        for w in shown {
            cairo_set_font_size(cr, 9.5)
            text(cr, w.word, x: x, y: row, ink)
            cairo_set_source_rgb(cr, colour.red, colour.green, colour.blue)
            cairo_rectangle(cr, x, row + 4, max(width * 0.6 * w.logLikelihood / most, 1), 6)
            cairo_fill(cr)
            cairo_set_font_size(cr, 7.5)
            let other = ofA ? w.countB : w.countA
            let ratio =
                other == 0 ? tr("only in {0}", ofA ? "A" : "B") : String(format: "%.1f×", pow(2, abs(w.logRatio)))
            let statements = ofA ? w.statementsA : w.statementsB
            text(
                cr, String(format: "%.0f · %@ · %d st.", w.logLikelihood, ratio, statements),
                x: x + width * 0.6 * w.logLikelihood / most + 4, y: row + 10, ink, alpha: 0.8)
            row += 28
        }
    }

    private func text(
        _ cr: OpaquePointer, _ s: String, x: Double, y: Double, _ ink: TimelineChart.Colour, alpha: Double = 1,
        bold: Bool = false
    ) {
        if bold { cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD) }
        cairo_set_source_rgba(cr, ink.red, ink.green, ink.blue, alpha)
        cairo_move_to(cr, x, y)
        cairo_show_text(cr, s)
        if bold { cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL) }
    }

    private func swatch(_ cr: OpaquePointer, x: Double, y: Double, _ c: TimelineChart.Colour) {
        cairo_set_source_rgb(cr, c.red, c.green, c.blue)
        cairo_rectangle(cr, x, y, 9, 9)
        cairo_fill(cr)
    }
}
