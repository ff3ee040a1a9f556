import CGtk

/// Actions with their keyboard shortcuts, on an application (`app.`) or on one of its windows (`win.`).
@MainActor
public enum Actions {
    /// Adds the action `name` to `map` (the application, or an application window) running `handler`.
    public static func add(to map: some GPointer, name: String, _ handler: @escaping () -> Void) {
        let action = g_simple_action_new(name, nil)!
        Signal.connect(action, .actionActivate) { _ in handler() }
        g_action_map_add_action(opaque(map), opaque(action))
        g_object_unref(action.rawPointer)
    }

    /// Sets the keys of `detailedName` (`win.export`, `app.quit`), such as `<Control>e`: the application holds
    /// every window's keys, and a `win.` key acts on the window that has the focus.
    public static func setAccels(_ app: some GPointer, _ detailedName: String, _ accels: [String]) {
        guard !accels.isEmpty else { return }
        var cStrings: [UnsafePointer<CChar>?] = accels.map { UnsafePointer(strdup($0)) }
        cStrings.append(nil)
        gtk_application_set_accels_for_action(cast(app), detailedName, &cStrings)
        cStrings.forEach { free(UnsafeMutablePointer(mutating: $0)) }
    }

    /// Whether the action `name` of `map` can run: a menu item or button bound to it is greyed out when not.
    public static func setEnabled(_ map: some GPointer, _ name: String, _ enabled: Bool) {
        guard let action = g_action_map_lookup_action(opaque(map), name) else { return }
        g_simple_action_set_enabled(opaque(action), enabled ? 1 : 0)
    }
}
