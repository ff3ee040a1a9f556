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

private func connect(
    _ instance: some GPointer, _ signal: String, _ thunk: GCallback, _ data: gpointer, after: Bool = false
) -> gulong {
    g_signal_connect_data(instance.rawPointer, signal, thunk, data, releaseBox, GConnectFlags(after ? 1 : 0))
}

/// Signal connection with Swift closures, one function per C signature the app uses.
/// GLib calls back on the main thread, where all of the app's GTK work happens.
public enum Signal {
    /// `void handler(GObject *self)`: clicked, changed, activate, search-changed, a frame clock's phases, ...
    /// `after`: once the handlers connected the usual way have run (a frame clock's `layout`: after GTK's own).
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, after: Bool = false, _ handler: @escaping () -> Void
    ) -> gulong {
        typealias F = () -> Void
        let thunk: @convention(c) (gpointer?, gpointer?) -> Void = { _, data in box(data, as: F.self).call() }
        return GtkKit.connect(
            instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F), after: after)
    }

    /// `void handler(GObject *self, gpointer arg)`: notify::x, list item setup/bind, action activate.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, pointer handler: @escaping (UnsafeMutableRawPointer?) -> Void
    ) -> gulong {
        typealias F = (UnsafeMutableRawPointer?) -> Void
        let thunk: @convention(c) (gpointer?, gpointer?, gpointer?) -> Void = { _, arg, data in
            box(data, as: F.self).call(arg)
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// A property's change (`notify::name`), whose handler takes the property's spec: written out so a caller
    /// cannot connect it with the two-argument thunk by mistake.
    @discardableResult
    public static func notify(
        _ instance: some GPointer, _ property: String, _ handler: @escaping () -> Void
    ) -> gulong {
        connect(instance, "notify::" + property, pointer: { _ in handler() })
    }

    /// `gboolean handler(GObject *self)`: close-request.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, returning handler: @escaping () -> Bool
    ) -> gulong {
        typealias F = () -> Bool
        let thunk: @convention(c) (gpointer?, gpointer?) -> gboolean = { _, data in box(data, as: F.self).call() ? 1 : 0
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `void handler(GObject *self, gint value)`: a native dialog's response.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, int handler: @escaping (Int32) -> Void
    ) -> gulong {
        typealias F = (Int32) -> Void
        let thunk: @convention(c) (gpointer?, gint, gpointer?) -> Void = { _, value, data in
            box(data, as: F.self).call(value)
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `void handler(GObject *self, double x, double y)`: motion, drag-begin/update/end.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, point handler: @escaping (Double, Double) -> Void
    ) -> gulong {
        typealias F = (Double, Double) -> Void
        let thunk: @convention(c) (gpointer?, Double, Double, gpointer?) -> Void = { _, x, y, data in
            box(data, as: F.self).call(x, y)
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `void handler(GObject *self, const char *text)`: a message dialog's response (its id).
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, string handler: @escaping (String) -> Void
    ) -> gulong {
        typealias F = (String) -> Void
        let thunk: @convention(c) (gpointer?, UnsafePointer<CChar>?, gpointer?) -> Void = { _, text, data in
            box(data, as: F.self).call(text.map { String(cString: $0) } ?? "")
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `gboolean handler(GtkLabel *self, const char *uri)`: activate-link. True: handled.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, link handler: @escaping (String) -> Bool
    ) -> gulong {
        typealias F = (String) -> Bool
        let thunk: @convention(c) (gpointer?, UnsafePointer<CChar>?, gpointer?) -> gboolean = { _, uri, data in
            box(data, as: F.self).call(uri.map { String(cString: $0) } ?? "") ? 1 : 0
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `void handler(GdkSurface *self, int width, int height)`: layout (a window's surface changed size).
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, size handler: @escaping (Int32, Int32) -> Void
    ) -> gulong {
        typealias F = (Int32, Int32) -> Void
        let thunk: @convention(c) (gpointer?, gint, gint, gpointer?) -> Void = { _, w, h, data in
            box(data, as: F.self).call(w, h)
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `gboolean handler(GObject *self, double dx, double dy)`: scroll.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, scroll handler: @escaping (Double, Double) -> Bool
    ) -> gulong {
        typealias F = (Double, Double) -> Bool
        let thunk: @convention(c) (gpointer?, Double, Double, gpointer?) -> gboolean = { _, x, y, data in
            box(data, as: F.self).call(x, y) ? 1 : 0
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `void handler(GtkGestureClick *self, int n_press, double x, double y)`: pressed, released.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, press handler: @escaping (Int32, Double, Double) -> Void
    ) -> gulong {
        typealias F = (Int32, Double, Double) -> Void
        let thunk: @convention(c) (gpointer?, gint, Double, Double, gpointer?) -> Void = { _, n, x, y, data in
            box(data, as: F.self).call(n, x, y)
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `gboolean handler(GtkDropTarget *self, const GValue *value, double x, double y)`: drop.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, drop handler: @escaping (UnsafePointer<GValue>?) -> Bool
    ) -> gulong {
        typealias F = (UnsafePointer<GValue>?) -> Bool
        let thunk: @convention(c) (gpointer?, UnsafePointer<GValue>?, Double, Double, gpointer?) -> gboolean = {
            _, value, _, _, data in
            box(data, as: F.self).call(value) ? 1 : 0
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `gboolean handler(GtkEventControllerKey *self, guint keyval, guint keycode, GdkModifierType state)`:
    /// key-pressed.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, key handler: @escaping (UInt32, GdkModifierType) -> Bool
    ) -> gulong {
        typealias F = (UInt32, GdkModifierType) -> Bool
        let thunk: @convention(c) (gpointer?, guint, guint, GdkModifierType, gpointer?) -> gboolean = {
            _, keyval, _, state, data in
            box(data, as: F.self).call(keyval, state) ? 1 : 0
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `void handler(GApplication *self, GFile **files, gint n_files, gchar *hint)`: open. Gets the files' paths.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, openFiles handler: @escaping ([String]) -> Void
    ) -> gulong {
        typealias F = ([String]) -> Void
        let thunk:
            @convention(c) (gpointer?, UnsafeMutablePointer<OpaquePointer?>?, gint, gpointer?, gpointer?) -> Void = {
                _, files, n, _, data in
                let paths = (0..<Int(max(n, 0))).compactMap { i in files?[i].flatMap { takeString(g_file_get_path($0)) }
                }
                box(data, as: F.self).call(paths)
            }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    /// `gboolean handler(GtkOverlay *self, GtkWidget *child, GdkRectangle *allocation)`: get-child-position.
    /// The handler gives the child's rectangle, or nil to leave it to its alignment.
    @discardableResult
    public static func connect(
        _ instance: some GPointer, _ signal: String, childPosition handler: @escaping (Widget) -> GdkRectangle?
    ) -> gulong {
        typealias F = (Widget) -> GdkRectangle?
        let thunk: @convention(c) (gpointer?, Widget?, UnsafeMutablePointer<GdkRectangle>?, gpointer?) -> gboolean = {
            _, child, rect, data in
            guard let child, let rect, let place = box(data, as: F.self).call(child) else { return 0 }
            rect.pointee = place
            return 1
        }
        return GtkKit.connect(instance, signal, unsafeBitCast(thunk, to: GCallback.self), retained(handler as F))
    }

    public static func stopEmission(_ instance: some GPointer, _ signal: String) {
        g_signal_stop_emission_by_name(instance.rawPointer, signal)
    }
}
