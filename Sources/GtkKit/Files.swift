import CGtk

/// Choosing files with the platform's dialog, and taking files dropped on a widget.
@MainActor
public enum Files {
    /// Opens a native chooser; `done` gets the chosen paths (empty when cancelled).
    public static func choose(
        parent: Widget, title: String, folders: Bool, save: Bool = false, suggestedName: String? = nil,
        done: @escaping ([String]) -> Void
    ) {
        let action =
            save
            ? GTK_FILE_CHOOSER_ACTION_SAVE
            : folders ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_OPEN
        let native = gtk_file_chooser_native_new(title, cast(parent), action, save ? "_Export" : "_Import", "_Cancel")!
        if !save { gtk_file_chooser_set_select_multiple(opaque(native), 1) }
        if let suggestedName { gtk_file_chooser_set_current_name(opaque(native), suggestedName) }
        gtk_native_dialog_set_modal(cast(native), 1)
        Signal.connect(native, .nativeResponse) { response in
            var paths: [String] = []
            if response == GTK_RESPONSE_ACCEPT.rawValue, let files = gtk_file_chooser_get_files(opaque(native)) {
                for i in 0..<g_list_model_get_n_items(files) {
                    let file = g_list_model_get_item(files, i)
                    if let path = takeString(g_file_get_path(opaque(file!))) { paths.append(path) }
                    g_object_unref(file)
                }
                g_object_unref(files.rawPointer)
            }
            done(paths)
            g_object_unref(native.rawPointer)
        }
        gtk_native_dialog_show(cast(native))
    }

    /// Calls `dropped` with the paths of files dragged onto `target`.
    public static func acceptDrops(on target: Widget, dropped: @escaping ([String]) -> Void) {
        let drop = gtk_drop_target_new(gdk_file_list_get_type(), GDK_ACTION_COPY)!
        Signal.connect(drop, .drop) { value in
            guard let value, let boxed = g_value_get_boxed(value) else { return false }
            var paths: [String] = []
            var node = gdk_file_list_get_files(opaque(boxed))
            let head = node
            while let n = node {
                if let path = takeString(g_file_get_path(opaque(n.pointee.data!))) { paths.append(path) }
                node = n.pointee.next
            }
            g_slist_free(head)
            dropped(paths)
            return !paths.isEmpty
        }
        gtk_widget_add_controller(target, opaque(drop))
    }
}
