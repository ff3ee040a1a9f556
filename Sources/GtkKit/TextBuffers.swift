import CGtk

/// A read-only text view's buffer: set text, tag ranges by character offset, read the selection.
public struct TextBuffer {
    public let buffer: UnsafeMutablePointer<GtkTextBuffer>

    public init(view: Widget) { buffer = gtk_text_view_get_buffer(cast(view)) }

    public func setText(_ text: String) { gtk_text_buffer_set_text(buffer, text, -1) }

    /// A tag (created once per name) with a background colour, e.g. `rgba(37,99,235,0.25)`. A tag `onTop` wins
    /// over every other where they overlap, whichever was created first.
    public func tag(
        _ name: String, background: String, bold: Bool = false, onTop: Bool = false
    ) -> UnsafeMutablePointer<GtkTextTag> {
        let table = gtk_text_buffer_get_tag_table(buffer)!
        if let existing = gtk_text_tag_table_lookup(table, name) {
            if onTop { gtk_text_tag_set_priority(existing, gtk_text_tag_table_get_size(table) - 1) }
            return existing
        }
        let tag = gtk_text_tag_new(name)!
        setProperty(tag, "background", string: background)
        if bold {
            setProperty(tag, "weight-set", bool: true)
            g_object_set_property_int(opaque(tag), "weight", 700)
        }
        gtk_text_tag_table_add(table, tag)
        g_object_unref(tag.rawPointer)
        return tag
    }

    /// Applies a tag between two character offsets.
    public func apply(_ tag: UnsafeMutablePointer<GtkTextTag>, from start: Int, to end: Int) {
        var a = GtkTextIter()
        var b = GtkTextIter()
        gtk_text_buffer_get_iter_at_offset(buffer, &a, Int32(start))
        gtk_text_buffer_get_iter_at_offset(buffer, &b, Int32(end))
        gtk_text_buffer_apply_tag(buffer, tag, &a, &b)
    }

    /// The selected text and its character offsets, if any.
    public func selection() -> (text: String, start: Int, end: Int)? {
        var a = GtkTextIter()
        var b = GtkTextIter()
        guard gtk_text_buffer_get_selection_bounds(buffer, &a, &b) != 0 else { return nil }
        let text = takeString(gtk_text_buffer_get_text(buffer, &a, &b, 0)) ?? ""
        return (text, Int(gtk_text_iter_get_offset(&a)), Int(gtk_text_iter_get_offset(&b)))
    }
}

func g_object_set_property_int(_ object: OpaquePointer, _ name: String, _ v: Int32) {
    var value = OwnedValue(int: v)
    value.with { g_object_set_property(cast(object), name, $0) }
}

/// The clipboard of a widget's display.
@MainActor
public enum Clipboard {
    public static func setText(_ text: String, for w: Widget) {
        gdk_clipboard_set_text(gtk_widget_get_clipboard(w), text)
    }
}

/// Scrolls a text view (the child of a scrolled window) to a character offset, a third of the way down.
/// GTK places the mark by the line heights it knows when it scrolls; the lines above are laid out in steps
/// afterwards and push the place down, so for two seconds each change of the text's height scrolls to the
/// mark again. A new offset replaces the one before.
@MainActor
public final class TextReveal {
    private let textView: Widget
    private var handler: gulong = 0
    private var generation = 0

    public init(textView: Widget) { self.textView = textView }

    public func reveal(offset: Int) {
        stop()
        generation += 1
        let buffer = gtk_text_view_get_buffer(cast(textView))
        var iter = GtkTextIter()
        gtk_text_buffer_get_iter_at_offset(buffer, &iter, Int32(offset))
        let mark: UnsafeMutablePointer<GtkTextMark>
        if let existing = gtk_text_buffer_get_mark(buffer, "reveal") {
            mark = existing
            gtk_text_buffer_move_mark(buffer, mark, &iter)
        } else {
            mark = gtk_text_buffer_create_mark(buffer, "reveal", &iter, 1)
        }
        let view = textView
        let scroll = { gtk_text_view_scroll_to_mark(cast(view), mark, 0, 1, 0, 0.3) }
        scroll()
        if let adjustment = gtk_scrollable_get_vadjustment(opaque(textView)) {
            handler = Signal.connect(adjustment, .changed) { scroll() }
        }
        let mine = generation
        MainLoop.after(milliseconds: 2_000) { [weak self] in
            if self?.generation == mine { self?.stop() }
        }
    }

    private func stop() {
        guard handler != 0, let adjustment = gtk_scrollable_get_vadjustment(opaque(textView)) else { return }
        g_signal_handler_disconnect(adjustment.rawPointer, handler)
        handler = 0
    }
}
