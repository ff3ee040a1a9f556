import CGtk

public typealias GSettingsPointer = UnsafeMutablePointer<GSettings>

/// A value a GSettings key can hold, read and written with the getter and setter of its GVariant type.
public protocol SettingValue {
    static func read(_ settings: GSettingsPointer, _ key: String) -> Self
    /// False when GSettings refused the value (out of the key's range or not one of its choices).
    static func write(_ value: Self, _ settings: GSettingsPointer, _ key: String) -> Bool
}

extension Int32: SettingValue {
    public static func read(_ settings: GSettingsPointer, _ key: String) -> Int32 { g_settings_get_int(settings, key) }
    public static func write(_ value: Int32, _ settings: GSettingsPointer, _ key: String) -> Bool {
        g_settings_set_int(settings, key, value) != 0
    }
}

extension Bool: SettingValue {
    public static func read(_ settings: GSettingsPointer, _ key: String) -> Bool {
        g_settings_get_boolean(settings, key) != 0
    }
    public static func write(_ value: Bool, _ settings: GSettingsPointer, _ key: String) -> Bool {
        g_settings_set_boolean(settings, key, value ? 1 : 0) != 0
    }
}

/// An enumerated key (a schema `enum`): its nicks are the Swift enum's raw values. A nick the Swift enum does not
/// know (a schema newer than the app) reads as `fallback`.
public protocol SettingChoice: SettingValue, RawRepresentable where RawValue == String {
    static var fallback: Self { get }
}

extension SettingChoice {
    public static func read(_ settings: GSettingsPointer, _ key: String) -> Self {
        Self(rawValue: takeString(g_settings_get_string(settings, key)) ?? "") ?? fallback
    }
    public static func write(_ value: Self, _ settings: GSettingsPointer, _ key: String) -> Bool {
        g_settings_set_string(settings, key, value.rawValue) != 0
    }
}

/// A key of the schema with the type of its value, so a key cannot be read as what it does not hold.
public struct SettingKey<Value: SettingValue>: Sendable {
    public let name: String
    public init(_ name: String) { self.name = name }
}

/// An application's GSettings: its schema looked up where GLib looks (installed and compiled by the set-up),
/// stored by the system's backend (dconf on a desktop) or, where that would keep nothing between runs, in a key
/// file of the app's own, as sandboxed GNOME apps keep theirs.
@MainActor
public final class Settings {
    private let settings: GSettingsPointer

    /// Nil when the schema is not installed: `g_settings_new` would abort the program.
    public init?(schemaID: String, keyFile: String) {
        guard let source = g_settings_schema_source_get_default(),
            let schema = g_settings_schema_source_lookup(source, schemaID, 1)
        else { return nil }
        defer { g_settings_schema_unref(schema) }
        var backend = g_settings_backend_get_default()!
        if String(cString: g_type_name_from_instance(cast(backend))) == "GMemorySettingsBackend" {
            g_object_unref(backend)
            backend = g_keyfile_settings_backend_new(keyFile, "/", nil)
        }
        defer { g_object_unref(backend) }
        settings = g_settings_new_full(schema, backend, nil)
    }

    isolated deinit {
        g_object_unref(settings.rawPointer)
    }

    public subscript<Value>(key: SettingKey<Value>) -> Value {
        Value.read(settings, key.name)
    }

    /// Stores `value`; false when the schema refuses it (out of range), which leaves the stored value as it was.
    @discardableResult
    public func set<Value>(_ key: SettingKey<Value>, _ value: Value) -> Bool {
        Value.write(value, settings, key.name)
    }

    /// Calls `handler` with the new value whenever the key changes, here or from elsewhere (`gsettings set`).
    public func onChange<Value>(_ key: SettingKey<Value>, _ handler: @escaping (Value) -> Void) {
        Signal.connect(settings, .settingChanged(key.name)) { [weak self] _ in
            guard let self else { return }
            handler(self[key])
        }
    }

    /// Adds the key as an action of `map` (`app.NAME`): its state is the key's value, activating it with a
    /// value stores that value, so menu items such as `app.color-scheme::dark` show and set the setting.
    public func addAction(for keyName: String, to map: some GPointer) {
        let action = g_settings_create_action(settings, keyName)!
        g_action_map_add_action(opaque(map), action)
        g_object_unref(action.rawPointer)
    }

    /// Writes what is pending to disk before the program ends (dconf writes asynchronously).
    public static func sync() { g_settings_sync() }
}
