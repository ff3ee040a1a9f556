import CGtk

/// Dragging a short text from one widget to another inside the app (reordering rows, say).
@MainActor
public enum DragAndDrop {
    /// Makes `source` draggable, carrying `text`.
    public static func makeDraggable(_ source: Widget, text: String) {
        let drag = gtk_drag_source_new()!
        var value = OwnedValue(string: text)
        let provider = value.with { gdk_content_provider_new_for_value($0) }!
        gtk_drag_source_set_content(drag, provider)
        g_object_unref(provider.rawPointer)
        gtk_drag_source_set_actions(drag, GDK_ACTION_MOVE)
        gtk_widget_add_controller(source, opaque(drag))
    }

    /// Calls `dropped` with the text of a drag let go over `target`.
    public static func acceptText(on target: Widget, dropped: @escaping (String) -> Void) {
        let drop = gtk_drop_target_new(gTypeString, GDK_ACTION_MOVE)!
        Signal.connect(drop, .drop) { value in
            guard let value, let text = g_value_get_string(value) else { return false }
            dropped(String(cString: text))
            return true
        }
        gtk_widget_add_controller(target, opaque(drop))
    }
}

/// Text entries: read, write, and hear about edits.
@MainActor
public enum Entry {
    /// "" where GTK gives no text (an entry whose text child is already gone as its window is torn down):
    /// read through this, such an entry cannot crash the app.
    public static func text(_ entry: Widget) -> String {
        guard let text = gtk_editable_get_text(opaque(entry)) else { return "" }
        return String(cString: text)
    }
    public static func setText(_ entry: Widget, _ text: String) { gtk_editable_set_text(opaque(entry), text) }

    public static func make(placeholder: String, accessibleLabel: String) -> Widget {
        let entry = gtk_entry_new()!
        gtk_entry_set_placeholder_text(cast(entry), placeholder)
        UI.setAccessibleLabel(entry, accessibleLabel)
        return entry
    }
}

/// A drop-down over a list of strings, reporting the user's choice (not the app's own updates).
@MainActor
public final class StringDropDown {
    public let widget: Widget
    private var updating = false

    public init(accessibleLabel: String, changed: @escaping (Int) -> Void) {
        widget = gtk_drop_down_new_from_strings(nil)
        UI.setAccessibleLabel(widget, accessibleLabel)
        // The drop-down's own button is announced by its class name ("GtkToggleButton") unless it is named too.
        var child = gtk_widget_get_first_child(widget)
        while let button = child {
            if g_type_check_instance_is_a(cast(button), gtk_toggle_button_get_type()) != 0 {
                UI.setAccessibleLabel(button, accessibleLabel)
            }
            child = gtk_widget_get_next_sibling(button)
        }
        Signal.connect(widget, .notify("selected")) { [weak self] in
            guard let self else { return }
            guard !self.updating else { return }
            let selected = gtk_drop_down_get_selected(opaque(self.widget))
            if selected != GTK_INVALID_LIST_POSITION { changed(Int(selected)) }
        }
    }

    public func set(_ items: [String], selected: Int?) {
        updating = true
        defer { updating = false }
        var cStrings: [UnsafePointer<CChar>?] = items.map { UnsafePointer(strdup($0)) }
        cStrings.append(nil)
        let model = gtk_string_list_new(&cStrings)
        cStrings.forEach { free(UnsafeMutablePointer(mutating: $0)) }
        gtk_drop_down_set_model(opaque(widget), opaque(model!))
        g_object_unref(model!.rawPointer)
        gtk_drop_down_set_selected(opaque(widget), selected.map { UInt32($0) } ?? GTK_INVALID_LIST_POSITION)
    }
}
