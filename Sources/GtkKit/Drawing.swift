import CGtk

/// A `GtkDrawingArea` painted by a Swift closure with cairo.
@MainActor
public enum Drawing {
    public typealias Draw = (OpaquePointer, Double, Double) -> Void  // cairo_t, width, height

    public static func area(draw: @escaping Draw) -> Widget {
        let area = gtk_drawing_area_new()!
        let data = Unmanaged.passRetained(ClosureBox(draw)).toOpaque()
        gtk_drawing_area_set_draw_func(
            cast(area),
            { _, cr, w, h, data in
                Unmanaged<ClosureBox<Draw>>.fromOpaque(data!).takeUnretainedValue().call(cr!, Double(w), Double(h))
            }, data, { data in Unmanaged<AnyObject>.fromOpaque(data!).release() })
        return area
    }

    /// `#RRGGBB` as cairo's 0...1 components.
    public static func rgb(_ hex: String) -> (Double, Double, Double) {
        let digits = hex.dropFirst()
        guard digits.count == 6, let v = UInt32(digits, radix: 16) else { return (0.5, 0.5, 0.5) }
        return (Double(v >> 16 & 0xFF) / 255, Double(v >> 8 & 0xFF) / 255, Double(v & 0xFF) / 255)
    }

    public struct Colour { public var red, green, blue: Double }

    /// The widget's foreground colour (follows light and dark styles).
    public static func foreground(of w: Widget) -> Colour {
        var c = GdkRGBA()
        gtk_style_context_get_color(gtk_widget_get_style_context(w), &c)
        return Colour(red: Double(c.red), green: Double(c.green), blue: Double(c.blue))
    }
}
