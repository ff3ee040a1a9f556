import CCairo

/// A paragraph of text laid out by Pango inside a width: wrapped at words, measured, then painted.
/// Sizes are in the surface's units (pixels on screen, points in a PDF).
final class TextBlock {
    /// Owned by the block: released when the block goes, painted or not, and never twice.
    let layout: OpaquePointer

    init(
        _ cr: OpaquePointer, markup: String, family: String, size: Double, bold: Bool = false, italic: Bool = false,
        width: Double, lineSpacing: Double = 1.1, align: PangoAlignment = PANGO_ALIGN_LEFT
    ) {
        layout = pango_cairo_create_layout(cr)
        let font = pango_font_description_new()!
        pango_font_description_set_family(font, family)
        pango_font_description_set_absolute_size(font, size * Double(PANGO_SCALE))
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, font)
        pango_font_description_free(font)
        pango_layout_set_width(layout, Int32(width * Double(PANGO_SCALE)))
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        pango_layout_set_alignment(layout, align)
        pango_layout_set_line_spacing(layout, Float(lineSpacing))
        pango_layout_set_markup(layout, markup, -1)
    }

    /// Plain text, escaped for Pango markup.
    convenience init(
        _ cr: OpaquePointer, text: String, family: String = "Sans", size: Double, bold: Bool = false,
        italic: Bool = false,
        width: Double, align: PangoAlignment = PANGO_ALIGN_LEFT
    ) {
        self.init(
            cr, markup: TextBlock.escape(text), family: family, size: size, bold: bold, italic: italic, width: width,
            align: align)
    }

    var height: Double {
        var w: Int32 = 0
        var h: Int32 = 0
        pango_layout_get_size(layout, &w, &h)
        return Double(h) / Double(PANGO_SCALE)
    }

    var lineCount: Int { Int(pango_layout_get_line_count(layout)) }

    /// Cuts the text to `lines` lines with an ellipsis at the end of the last.
    func limit(lines: Int) {
        pango_layout_set_height(layout, -Int32(max(lines, 1)))
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END)
    }

    func paint(_ cr: OpaquePointer, x: Double, y: Double, colour: CardPalette.RGB) {
        cairo_set_source_rgb(cr, colour.r, colour.g, colour.b)
        cairo_move_to(cr, x, y)
        pango_cairo_show_layout(cr, layout)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(layout))
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
