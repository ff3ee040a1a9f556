import CGtk

/// Small constructors and setters for the widgets the app uses: each one line of C made readable.
@MainActor
public enum UI {
    public static func box(_ orientation: GtkOrientation, spacing: Int32 = 0, classes: [String] = []) -> Widget {
        let b = gtk_box_new(orientation, spacing)!
        classes.forEach { gtk_widget_add_css_class(b, $0) }
        return b
    }

    public static func append(_ box: Widget, _ children: Widget...) {
        children.forEach { gtk_box_append(cast(box), $0) }
    }

    public static func removeChildren(_ box: Widget) {
        while let child = gtk_widget_get_first_child(box) { gtk_box_remove(cast(box), child) }
    }

    /// Empties a `GtkGrid` (a box's removal would refuse its children and loop).
    public static func removeGridChildren(_ grid: Widget) {
        while let child = gtk_widget_get_first_child(grid) { gtk_grid_remove(cast(grid), child) }
    }

    /// Empties a `GtkListBox` (`gtk_list_box_remove_all` is GTK 4.12; Debian 12 has 4.8).
    public static func removeRows(_ listBox: Widget) {
        while let child = gtk_widget_get_first_child(listBox) { gtk_list_box_remove(opaque(listBox), child) }
    }

    public static func label(
        _ text: String, classes: [String] = [], xalign: Float = 0, wrap: Bool = false, selectable: Bool = false
    ) -> Widget {
        let l = gtk_label_new(text)!
        gtk_label_set_xalign(opaque(l), xalign)
        if wrap {
            gtk_label_set_wrap(opaque(l), 1)
            gtk_label_set_wrap_mode(opaque(l), PANGO_WRAP_WORD_CHAR)
        }
        if selectable { gtk_label_set_selectable(opaque(l), 1) }
        classes.forEach { gtk_widget_add_css_class(l, $0) }
        return l
    }

    /// One line of text in a height fixed beforehand, ellipsized (GTK 4.8's `GtkInscription`): a new text only
    /// redraws it, where a label's asks the whole window to be laid out again, and on X11 each such layout asks
    /// the X server for the work area and waits. For list rows, bound by the hundred.
    /// `naturalChars`: how wide it asks to be, in average characters (0: as narrow as it may be).
    public static func inscription(classes: [String] = [], naturalChars: UInt32 = 0) -> Widget {
        let i = gtk_inscription_new(nil)!
        gtk_inscription_set_nat_chars(opaque(i), naturalChars)
        gtk_inscription_set_text_overflow(opaque(i), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END)
        gtk_inscription_set_xalign(opaque(i), 0)
        gtk_inscription_set_min_lines(opaque(i), 1)
        gtk_inscription_set_nat_lines(opaque(i), 1)
        gtk_widget_set_hexpand(i, 1)
        classes.forEach { gtk_widget_add_css_class(i, $0) }
        tooltipWhenClipped(i)
        return i
    }

    public static func setInscription(_ inscription: Widget, _ text: String) {
        gtk_inscription_set_text(opaque(inscription), text)
    }

    /// The whole text as a tooltip when it is wider than the inscription shows (measured when asked, not per row).
    private static func tooltipWhenClipped(_ inscription: Widget) {
        gtk_widget_set_has_tooltip(inscription, 1)
        let query: @convention(c) (Widget?, Int32, Int32, gboolean, OpaquePointer?, gpointer?) -> gboolean = {
            widget, _, _, _, tooltip, _ in
            guard let widget, let tooltip, let text = gtk_inscription_get_text(opaque(widget)),
                let layout = gtk_widget_create_pango_layout(widget, text)
            else { return 0 }
            defer { g_object_unref(layout.rawPointer) }
            var width: Int32 = 0
            pango_layout_get_pixel_size(layout, &width, nil)
            guard width > gtk_widget_get_width(widget) else { return 0 }
            gtk_tooltip_set_text(tooltip, text)
            return 1
        }
        g_signal_connect_data(
            inscription, "query-tooltip", unsafeBitCast(query, to: GCallback.self), nil, nil, GConnectFlags(0))
    }

    public static func setText(_ label: Widget, _ text: String) { gtk_label_set_text(opaque(label), text) }
    public static func setMarkup(_ label: Widget, _ markup: String) { gtk_label_set_markup(opaque(label), markup) }
    public static func text(of label: Widget) -> String { String(cString: gtk_label_get_text(opaque(label))) }

    public static func ellipsize(_ label: Widget) { gtk_label_set_ellipsize(opaque(label), PANGO_ELLIPSIZE_END) }

    public static func button(
        label: String? = nil, icon: String? = nil, tooltip: String? = nil, classes: [String] = [],
        action: @escaping () -> Void
    ) -> Widget {
        let b: Widget = icon.map { gtk_button_new_from_icon_name($0) } ?? gtk_button_new_with_label(label ?? "")
        if let tooltip { gtk_widget_set_tooltip_text(b, tooltip) }
        classes.forEach { gtk_widget_add_css_class(b, $0) }
        Signal.connect(b, .clicked, action)
        return b
    }

    public static func button(child: Widget, classes: [String] = [], action: @escaping () -> Void) -> Widget {
        let b = gtk_button_new()!
        gtk_button_set_child(cast(b), child)
        classes.forEach { gtk_widget_add_css_class(b, $0) }
        Signal.connect(b, .clicked, action)
        return b
    }

    /// A toggle button; `action` gets its new state whenever it changes (by a click or `setToggled`).
    public static func toggle(
        label: String, tooltip: String? = nil, classes: [String] = [],
        action: @escaping (Bool) -> Void
    ) -> Widget {
        let b = gtk_toggle_button_new_with_label(label)!
        if let tooltip { gtk_widget_set_tooltip_text(b, tooltip) }
        for c in classes { gtk_widget_add_css_class(b, c) }
        Signal.connect(b, .toggled) { action(gtk_toggle_button_get_active(cast(b)) != 0) }
        return b
    }

    /// Sets a toggle button's state without announcing it when it is already so.
    public static func setToggled(_ b: Widget, _ on: Bool) {
        guard (gtk_toggle_button_get_active(cast(b)) != 0) != on else { return }
        gtk_toggle_button_set_active(cast(b), on ? 1 : 0)
    }

    /// A libadwaita status page: an icon, a title, a description and one centred child (a button).
    public static func statusPage(
        icon: String, title: String, description: String? = nil, compact: Bool = false,
        child: Widget
    ) -> Widget {
        let page = adw_status_page_new()!
        adw_status_page_set_icon_name(opaque(page), icon)
        adw_status_page_set_title(opaque(page), title)
        if let description { adw_status_page_set_description(opaque(page), description) }
        if compact { gtk_widget_add_css_class(page, "compact") }
        gtk_widget_set_halign(child, GTK_ALIGN_CENTER)
        adw_status_page_set_child(opaque(page), child)
        return page
    }

    public static func scrolled(_ child: Widget, horizontal: GtkPolicyType = GTK_POLICY_NEVER) -> Widget {
        let s = gtk_scrolled_window_new()!
        gtk_scrolled_window_set_child(opaque(s), child)
        gtk_scrolled_window_set_policy(opaque(s), horizontal, GTK_POLICY_AUTOMATIC)
        return s
    }

    /// A label whose text is cut short shows it whole as its tooltip. The text is read when the pointer rests on
    /// it: setting a tooltip each time a list row is filled asked X where the pointer was, row by row.
    public static func tooltipWhenEllipsized(_ label: Widget) {
        gtk_widget_set_has_tooltip(label, 1)
        let query: @convention(c) (Widget?, Int32, Int32, gboolean, OpaquePointer?, gpointer?) -> gboolean = {
            label, _, _, _, tooltip, _ in
            guard let label, let tooltip, let layout = gtk_label_get_layout(opaque(label)),
                pango_layout_is_ellipsized(layout) != 0
            else { return 0 }
            gtk_tooltip_set_text(tooltip, gtk_label_get_text(opaque(label)))
            return 1
        }
        let callback = unsafeBitCast(query, to: GCallback.self)
        g_signal_connect_data(label, "query-tooltip", callback, nil, nil, GConnectFlags(0))
    }

    public static func paned(_ orientation: GtkOrientation, _ start: Widget, _ end: Widget, position: Int32) -> Widget {
        let p = gtk_paned_new(orientation)!
        gtk_paned_set_start_child(opaque(p), start)
        gtk_paned_set_end_child(opaque(p), end)
        gtk_paned_set_position(opaque(p), position)
        gtk_paned_set_shrink_start_child(opaque(p), 0)
        gtk_paned_set_shrink_end_child(opaque(p), 0)
        return p
    }

    public static func expand(_ w: Widget, h: Bool = true, v: Bool = true) {
        gtk_widget_set_hexpand(w, h ? 1 : 0)
        gtk_widget_set_vexpand(w, v ? 1 : 0)
    }

    public static func margins(_ w: Widget, _ m: Int32) {
        gtk_widget_set_margin_top(w, m)
        gtk_widget_set_margin_bottom(w, m)
        gtk_widget_set_margin_start(w, m)
        gtk_widget_set_margin_end(w, m)
    }

    public static func show(_ w: Widget, _ visible: Bool) { gtk_widget_set_visible(w, visible ? 1 : 0) }

    public static func setClass(_ w: Widget, _ name: String, _ on: Bool) {
        if on { gtk_widget_add_css_class(w, name) } else { gtk_widget_remove_css_class(w, name) }
    }

    /// The name screen readers (and the AT-SPI tests) know a widget by.
    /// What assistive technology reads after a widget's name: what it shows now.
    public static func setAccessibleDescription(_ w: some GPointer, _ text: String) {
        setAccessible(w, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text)
    }

    public static func setAccessibleLabel(_ w: some GPointer, _ text: String) {
        setAccessible(w, GTK_ACCESSIBLE_PROPERTY_LABEL, text)
    }

    /// Keeps a widget that only decorates another (a mark drawn over a chart) out of what screen readers list.
    public static func hideFromAccessibility(_ w: some GPointer) {
        var value = OwnedValue(bool: true)
        var state = GTK_ACCESSIBLE_STATE_HIDDEN
        value.with { gtk_accessible_update_state_value(opaque(w), 1, &state, $0) }
    }

    private static func setAccessible(_ w: some GPointer, _ property: GtkAccessibleProperty, _ text: String) {
        var value = OwnedValue(string: text)
        var property = property
        value.with { gtk_accessible_update_property_value(opaque(w), 1, &property, $0) }
    }

    public static func loadCSS(_ css: String) {
        let provider = gtk_css_provider_new()!
        gtk_css_provider_load_from_data(provider, css, -1)
        gtk_style_context_add_provider_for_display(
            gdk_display_get_default(), opaque(provider), UInt32(GTK_STYLE_PROVIDER_PRIORITY_APPLICATION))
    }

    /// Markup-safe text (`g_markup_escape_text`).
    public static func escape(_ text: String) -> String { takeString(g_markup_escape_text(text, -1)) ?? "" }
}

/// A window's width as it changes: GTK 4 has no size-allocate signal, so the window's surface tells (its
/// `layout` signal, once the window is realized). The handler is called at once for the current width.
@MainActor
public enum WindowWidth {
    public static func track(_ window: Widget, _ handler: @escaping (Int32) -> Void) {
        func attach() {
            guard let native = gtk_widget_get_native(window), let surface = gtk_native_get_surface(native) else {
                return
            }
            handler(gdk_surface_get_width(surface))
            // Told after the layout, not during it: a change of sizes inside GTK's layout phase is not laid out
            // until the next change.
            var pending = false
            var latest: Int32 = 0
            Signal.connect(surface, .surfaceLayout) { width, _ in
                latest = width
                guard !pending else { return }
                pending = true
                MainLoop.after(milliseconds: 0) {
                    pending = false
                    handler(latest)
                }
            }
        }
        if gtk_widget_get_realized(window) != 0 { attach() } else { Signal.connect(window, .realize) { attach() } }
    }
}
