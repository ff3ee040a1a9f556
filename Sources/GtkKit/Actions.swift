import CGtk

/// Application actions with their keyboard shortcuts.
public enum Actions {
    /// Adds `app.<name>` running `handler`, with accelerators such as `<Control>f`.
    public static func add(to app: some GPointer, name: String, accels: [String] = [], _ handler: @escaping () -> Void)
    {
        let action = g_simple_action_new(name, nil)!
        Signal.connect(action, "activate", pointer: { _ in handler() })
        g_action_map_add_action(opaque(app), opaque(action))
        g_object_unref(action.rawPointer)
        guard !accels.isEmpty else { return }
        var cStrings: [UnsafePointer<CChar>?] = accels.map { UnsafePointer(strdup($0)) }
        cStrings.append(nil)
        gtk_application_set_accels_for_action(cast(app), "app.\(name)", &cStrings)
        cStrings.forEach { free(UnsafeMutablePointer(mutating: $0)) }
    }

    public static func setEnabled(_ app: some GPointer, _ name: String, _ enabled: Bool) {
        guard let action = g_action_map_lookup_action(opaque(app), name) else { return }
        g_simple_action_set_enabled(opaque(action), enabled ? 1 : 0)
    }
}
