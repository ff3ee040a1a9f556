import CGtk

/// A read-only text view's buffer: set text, tag ranges by character offset, read the selection.
public struct TextBuffer {
    public let buffer: UnsafeMutablePointer<GtkTextBuffer>

    public init(view: Widget) { buffer = gtk_text_view_get_buffer(cast(view)) }

    public func setText(_ text: String) { gtk_text_buffer_set_text(buffer, text, -1) }

    /// A tag (created once per name) with a background colour, e.g. `rgba(37,99,235,0.25)`.
    public func tag(_ name: String, background: String, bold: Bool = false) -> UnsafeMutablePointer<GtkTextTag> {
        let table = gtk_text_buffer_get_tag_table(buffer)!
        if let existing = gtk_text_tag_table_lookup(table, name) { return existing }
        let tag = gtk_text_tag_new(name)!
        setProperty(tag, "background", string: background)
        if bold { setProperty(tag, "weight-set", bool: true); g_object_set_property_int(opaque(tag), "weight", 700) }
        gtk_text_tag_table_add(table, tag)
        g_object_unref(tag.rawPointer)
        return tag
    }

    /// Applies a tag between two character offsets.
    public func apply(_ tag: UnsafeMutablePointer<GtkTextTag>, from start: Int, to end: Int) {
        var a = GtkTextIter(), b = GtkTextIter()
        gtk_text_buffer_get_iter_at_offset(buffer, &a, Int32(start))
        gtk_text_buffer_get_iter_at_offset(buffer, &b, Int32(end))
        gtk_text_buffer_apply_tag(buffer, tag, &a, &b)
    }

    /// The selected text and its character offsets, if any.
    public func selection() -> (text: String, start: Int, end: Int)? {
        var a = GtkTextIter(), b = GtkTextIter()
        guard gtk_text_buffer_get_selection_bounds(buffer, &a, &b) != 0 else { return nil }
        let text = takeString(gtk_text_buffer_get_text(buffer, &a, &b, 0)) ?? ""
        return (text, Int(gtk_text_iter_get_offset(&a)), Int(gtk_text_iter_get_offset(&b)))
    }
}

func g_object_set_property_int(_ object: OpaquePointer, _ name: String, _ v: Int32) {
    var value = GValue()
    g_value_init(&value, GType(6 << G_TYPE_FUNDAMENTAL_SHIFT))  // G_TYPE_INT
    g_value_set_int(&value, v)
    g_object_set_property(cast(object), name, &value)
    g_value_unset(&value)
}

/// The clipboard of a widget's display.
public enum Clipboard {
    public static func setText(_ text: String, for w: Widget) { gdk_clipboard_set_text(gtk_widget_get_clipboard(w), text) }
}

extension UI {
    /// Scrolls `scroller` so that a character offset of `textView` stands a third of the way down. The text
    /// view is part of `content` (the scrolled child), not scrolled by itself, so its own scroll-to-mark does
    /// nothing: the offset's place is found in the text, then in the content. Call after the view's layout.
    public static func reveal(offset: Int, in textView: Widget, content: Widget, scroller: Widget) {
        let buffer = gtk_text_view_get_buffer(cast(textView))
        var iter = GtkTextIter()
        gtk_text_buffer_get_iter_at_offset(buffer, &iter, Int32(offset))
        var rect = GdkRectangle()
        gtk_text_view_get_iter_location(cast(textView), &iter, &rect)
        var x: Int32 = 0, y: Int32 = 0
        gtk_text_view_buffer_to_window_coords(cast(textView), GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y, &x, &y)
        var point = graphene_point_t(x: Float(x), y: Float(y))
        var inContent = graphene_point_t()
        guard gtk_widget_compute_point(textView, content, &point, &inContent) != 0,
            let adjustment = gtk_scrolled_window_get_vadjustment(opaque(scroller))
        else { return }
        let page = gtk_adjustment_get_page_size(adjustment)
        gtk_adjustment_set_value(adjustment, max(0, Double(inContent.y) - page / 3))
    }
}
