import CGtk

/// GTK hands Swift some types as typed pointers and others as `OpaquePointer`; this lets one helper
/// stand in for every C cast macro (`GTK_WIDGET()`, `G_OBJECT()`, ...), which Swift does not import.
public protocol GPointer {
    var rawPointer: UnsafeMutableRawPointer { get }
}
extension UnsafeMutablePointer: GPointer {
    public var rawPointer: UnsafeMutableRawPointer { UnsafeMutableRawPointer(self) }
}
extension OpaquePointer: GPointer { public var rawPointer: UnsafeMutableRawPointer { UnsafeMutableRawPointer(self) } }
extension UnsafeMutableRawPointer: GPointer { public var rawPointer: UnsafeMutableRawPointer { self } }

public typealias Widget = UnsafeMutablePointer<GtkWidget>

/// Reinterprets a GObject pointer as another GObject type (the C cast macros' job).
@inlinable public func cast<T>(_ p: some GPointer) -> UnsafeMutablePointer<T> {
    p.rawPointer.assumingMemoryBound(to: T.self)
}
@inlinable public func opaque(_ p: some GPointer) -> OpaquePointer { OpaquePointer(p.rawPointer) }
@inlinable public func widget(_ p: some GPointer) -> Widget { cast(p) }

/// The GType of strings (`G_TYPE_STRING` is a macro).
public let gTypeString = GType(16 << G_TYPE_FUNDAMENTAL_SHIFT)
public let gTypeBoolean = GType(5 << G_TYPE_FUNDAMENTAL_SHIFT)

/// Sets a string property through GValue (`g_object_set` is variadic, so not imported).
public func setProperty(_ object: some GPointer, _ name: String, string: String) {
    var value = GValue()
    g_value_init(&value, gTypeString)
    g_value_set_string(&value, string)
    g_object_set_property(cast(object), name, &value)
    g_value_unset(&value)
}

public func setProperty(_ object: some GPointer, _ name: String, bool: Bool) {
    var value = GValue()
    g_value_init(&value, gTypeBoolean)
    g_value_set_boolean(&value, bool ? 1 : 0)
    g_object_set_property(cast(object), name, &value)
    g_value_unset(&value)
}

/// A C string GLib allocated, as a Swift string, freed.
public func takeString(_ p: UnsafeMutablePointer<gchar>?) -> String? {
    guard let p else { return nil }
    defer { g_free(p) }
    return String(cString: p)
}
