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

/// Reinterprets a GObject pointer as another GObject type (the C cast macros' job). In debug builds a cast to a
/// type GtkKit knows the GType of (`GObjectType`) is checked, as `GTK_BUTTON()` checks in C: a wrong one stops
/// there with both types named, where an unchecked one would corrupt memory later.
@inlinable public func cast<T>(_ p: some GPointer) -> UnsafeMutablePointer<T> {
    #if DEBUG
    checkCast(p.rawPointer, to: T.self)
    #endif
    return p.rawPointer.assumingMemoryBound(to: T.self)
}

@usableFromInline func checkCast<T>(_ p: UnsafeMutableRawPointer, to _: T.Type) {
    if let problem = castProblem(p, to: T.self) { preconditionFailure(problem) }
}

/// The GType of the object at `p` (`G_TYPE_FROM_INSTANCE`, a macro Swift does not import).
public func gType(of p: UnsafeMutableRawPointer) -> GType {
    p.assumingMemoryBound(to: GTypeInstance.self).pointee.g_class.pointee.g_type
}

/// Why the object at `p` cannot be taken as a `T`, or nil when it can (or when T's GType is not known here).
public func castProblem<T>(_ p: UnsafeMutableRawPointer, to _: T.Type) -> String? {
    guard let known = T.self as? GObjectType.Type else { return nil }
    let instance = p.assumingMemoryBound(to: GTypeInstance.self)
    guard g_type_check_instance_is_a(instance, known.gType) == 0 else { return nil }
    let actual = String(cString: g_type_name(gType(of: p)))
    return "a \(actual) is not a \(String(cString: g_type_name(known.gType)))"
}
@inlinable public func opaque(_ p: some GPointer) -> OpaquePointer { OpaquePointer(p.rawPointer) }
@inlinable public func widget(_ p: some GPointer) -> Widget { cast(p) }

/// The GType of strings (`G_TYPE_STRING` is a macro).
public let gTypeString = GType(16 << G_TYPE_FUNDAMENTAL_SHIFT)
public let gTypeBoolean = GType(5 << G_TYPE_FUNDAMENTAL_SHIFT)
public let gTypeInt = GType(6 << G_TYPE_FUNDAMENTAL_SHIFT)

/// Sets a string property through GValue (`g_object_set` is variadic, so not imported).
public func setProperty(_ object: some GPointer, _ name: String, string: String) {
    var value = OwnedValue(string: string)
    value.with { g_object_set_property(cast(object), name, $0) }
}

public func setProperty(_ object: some GPointer, _ name: String, bool: Bool) {
    var value = OwnedValue(bool: bool)
    value.with { g_object_set_property(cast(object), name, $0) }
}

/// A C string GLib allocated, as a Swift string, freed.
public func takeString(_ p: UnsafeMutablePointer<gchar>?) -> String? {
    guard let p else { return nil }
    defer { g_free(p) }
    return String(cString: p)
}
