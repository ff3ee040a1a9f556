import CGtk

/// Holds a Swift closure for exactly as long as its signal connection: GLib releases it through the
/// destroy notify when the connection or the object goes away.
final class ClosureBox<F> {
    let call: F
    init(_ call: F) { self.call = call }
}

/// A closure kept alive as a GLib callback's user data (signals here, sources in `MainLoop`).
func retained<F>(_ f: F) -> gpointer { Unmanaged.passRetained(ClosureBox(f)).toOpaque() }
func box<F>(_ data: gpointer?, as _: F.Type) -> ClosureBox<F> {
    Unmanaged<ClosureBox<F>>.fromOpaque(data!).takeUnretainedValue()
}
private let releaseBox: GClosureNotify = { data, _ in
    guard let data else { return }
    Unmanaged<AnyObject>.fromOpaque(data).release()
}

/// A signal together with the Swift handler its C signature calls for (`SignalDescriptors.swift` lists them).
/// The name, the C signature and the thunk between them are written once, in GtkKit: a caller picks a
/// descriptor and the compiler holds the handler to its type, so a handler of the wrong shape does not compile.
public struct SignalDescriptor<Handler> {
    public let name: String
    let shape: SignalShape
    let thunk: GCallback

    init(_ name: String, _ shape: SignalShape, _ thunk: GCallback) {
        self.name = name
        self.shape = shape
        self.thunk = thunk
    }
}

/// What a signal's C handler receives after its instance, and whether it returns a `gboolean`: what the
/// debug check compares with GLib's own record of the signal.
struct SignalShape: Equatable {
    enum Value: Equatable {
        case integer, double, string, pointer
    }
    var values: [Value]
    var returnsBoolean = false
}

/// Connecting the descriptors' signals. GLib calls back on the main thread, where all of the app's GTK work is.
@MainActor
public enum Signal {
    /// Connects `handler` to `signal` on `instance`. `after`: once the handlers connected the usual way have
    /// run (a frame clock's layout: after GTK's own). Debug builds first check the descriptor against GLib's
    /// record of the signal on the instance's type and stop with the mismatch if they differ.
    @discardableResult
    public static func connect<Handler>(
        _ instance: some GPointer, _ signal: SignalDescriptor<Handler>, after: Bool = false, _ handler: Handler
    ) -> gulong {
        #if DEBUG
            if let problem = problem(connecting: signal, to: gType(of: instance.rawPointer)) {
                preconditionFailure(problem)
            }
        #endif
        return g_signal_connect_data(
            instance.rawPointer, signal.name, signal.thunk, retained(handler), releaseBox, GConnectFlags(after ? 1 : 0))
    }

    public static func stopEmission<Handler>(_ instance: some GPointer, _ signal: SignalDescriptor<Handler>) {
        g_signal_stop_emission_by_name(instance.rawPointer, signal.name)
    }

    /// Why `signal` cannot be connected on instances of `type`, or nil when GLib's record of the signal
    /// (its parameters' fundamental types and its return type) matches the descriptor's thunk.
    public nonisolated static func problem<Handler>(
        connecting signal: SignalDescriptor<Handler>, to type: GType
    ) -> String? {
        let typeName = String(cString: g_type_name(type))
        let klass = g_type_class_ref(type)
        defer { g_type_class_unref(klass) }
        var id: guint = 0
        var detail: GQuark = 0
        guard g_signal_parse_name(signal.name, type, &id, &detail, 1) != 0 else {
            return "\(typeName) has no signal “\(signal.name)”"
        }
        var query = GSignalQuery()
        g_signal_query(id, &query)
        let values = (0..<Int(query.n_params)).map { value(of: query.param_types[$0]) }
        let actual = SignalShape(values: values.map { $0 ?? .pointer }, returnsBoolean: isBoolean(query.return_type))
        guard !values.contains(nil), actual == signal.shape, isNone(query.return_type) != actual.returnsBoolean
        else {
            return "“\(signal.name)” on \(typeName) is \(describe(query)), not what its descriptor's handler takes"
        }
        return nil
    }

    /// The value a C handler receives for a parameter of `type`; nil for one none of the thunks takes (a long).
    private nonisolated static func value(of type: GType) -> SignalShape.Value? {
        switch g_type_fundamental(type & ~GType(1)) >> G_TYPE_FUNDAMENTAL_SHIFT {
        case 5, 6, 7, 12, 13: return .integer  // boolean, int, uint, enum, flags: 32 bits
        case 15: return .double
        case 16: return .string
        case 2, 17, 18, 19, 20, 21: return .pointer  // interface, pointer, boxed, param, object, variant
        default: return nil
        }
    }

    private nonisolated static func isBoolean(_ type: GType) -> Bool { type & ~GType(1) == gTypeBoolean }
    private nonisolated static func isNone(_ type: GType) -> Bool {
        type & ~GType(1) == GType(1 << G_TYPE_FUNDAMENTAL_SHIFT)
    }

    private nonisolated static func describe(_ query: GSignalQuery) -> String {
        let names = (0..<Int(query.n_params)).map { String(cString: g_type_name(query.param_types[$0] & ~GType(1))) }
        return "(\(names.joined(separator: ", "))) → \(String(cString: g_type_name(query.return_type & ~GType(1))))"
    }
}
