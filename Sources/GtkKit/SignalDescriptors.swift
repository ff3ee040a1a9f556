import CGtk

// The signals the app connects, one descriptor each, grouped by the C signature of their handlers. Where two
// emitters use one name with different signatures (a motion controller's `enter` and a focus controller's), the
// descriptors' names tell them apart. Each group's thunk unpacks the C arguments for the Swift handler.

extension SignalDescriptor where Handler == () -> Void {
    /// `void handler(GObject *self, gpointer data)`.
    static func plain(_ name: String) -> Self {
        typealias F = () -> Void
        let thunk: @convention(c) (gpointer?, gpointer?) -> Void = { _, data in box(data, as: F.self).call() }
        return Self(name, SignalShape(values: []), unsafeBitCast(thunk, to: GCallback.self))
    }

    public static var clicked: Self { plain("clicked") }
    public static var toggled: Self { plain("toggled") }
    /// An editable's text, an adjustment's range or a text buffer's contents changed.
    public static var changed: Self { plain("changed") }
    /// An entry's Enter, or an application's start.
    public static var activate: Self { plain("activate") }
    public static var searchChanged: Self { plain("search-changed") }
    public static var stopSearch: Self { plain("stop-search") }
    public static var map: Self { plain("map") }
    public static var realize: Self { plain("realize") }
    public static var unrealize: Self { plain("unrealize") }
    public static var copyClipboard: Self { plain("copy-clipboard") }
    /// A toast's button.
    public static var buttonClicked: Self { plain("button-clicked") }
    /// A motion controller: the pointer left the widget.
    public static var pointerLeave: Self { plain("leave") }
    /// A focus controller: the focus came into the widget or one of its children, or left it.
    public static var focusEnter: Self { plain("enter") }
    public static var focusLeave: Self { plain("leave") }
    /// A frame clock's phases, in the order of a frame.
    public static var beforePaint: Self { plain("before-paint") }
    public static var frameUpdate: Self { plain("update") }
    public static var frameLayout: Self { plain("layout") }
    public static var framePaint: Self { plain("paint") }
    public static var afterPaint: Self { plain("after-paint") }

    /// A property's change (`notify::name`); the handler is not handed the property's spec.
    public static func notify(_ property: String) -> Self {
        typealias F = () -> Void
        let thunk: @convention(c) (gpointer?, gpointer?, gpointer?) -> Void = { _, _, data in
            box(data, as: F.self).call()
        }
        return Self("notify::" + property, SignalShape(values: [.pointer]), unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == (OpaquePointer) -> Void {
    /// `void handler(GObject *self, GObject *object)`, the object never null.
    static func object(_ name: String) -> Self {
        typealias F = (OpaquePointer) -> Void
        let thunk: @convention(c) (gpointer?, OpaquePointer?, gpointer?) -> Void = { _, object, data in
            if let object { box(data, as: F.self).call(object) }
        }
        return Self(name, SignalShape(values: [.pointer]), unsafeBitCast(thunk, to: GCallback.self))
    }

    /// A list item factory's item (a `GtkListItem`) made, bound to a row, unbound.
    public static var setup: Self { object("setup") }
    public static var bind: Self { object("bind") }
    public static var unbind: Self { object("unbind") }
    /// A list box's row (a `GtkListBoxRow`) activated.
    public static var rowActivated: Self { object("row-activated") }
}

extension SignalDescriptor where Handler == (OpaquePointer?) -> Void {
    /// A simple action run, with its parameter (a `GVariant`, or null for an action without one).
    public static var actionActivate: Self {
        typealias F = (OpaquePointer?) -> Void
        let thunk: @convention(c) (gpointer?, OpaquePointer?, gpointer?) -> Void = { _, parameter, data in
            box(data, as: F.self).call(parameter)
        }
        return Self("activate", SignalShape(values: [.pointer]), unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == () -> Bool {
    /// A window asked to close; true keeps it open.
    public static var closeRequest: Self {
        typealias F = () -> Bool
        let thunk: @convention(c) (gpointer?, gpointer?) -> gboolean = { _, data in
            box(data, as: F.self).call() ? 1 : 0
        }
        return Self(
            "close-request", SignalShape(values: [], returnsBoolean: true), unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == (Int32) -> Void {
    /// A native dialog's response (a `GtkResponseType`).
    public static var nativeResponse: Self {
        typealias F = (Int32) -> Void
        let thunk: @convention(c) (gpointer?, gint, gpointer?) -> Void = { _, value, data in
            box(data, as: F.self).call(value)
        }
        return Self("response", SignalShape(values: [.integer]), unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == (UInt32) -> Void {
    /// A list view's row activated (Enter, or a double click), with its position.
    public static var positionActivated: Self {
        typealias F = (UInt32) -> Void
        let thunk: @convention(c) (gpointer?, guint, gpointer?) -> Void = { _, position, data in
            box(data, as: F.self).call(position)
        }
        return Self("activate", SignalShape(values: [.integer]), unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == (Double, Double) -> Void {
    /// `void handler(GObject *self, double x, double y)`.
    static func point(_ name: String) -> Self {
        typealias F = (Double, Double) -> Void
        let thunk: @convention(c) (gpointer?, Double, Double, gpointer?) -> Void = { _, x, y, data in
            box(data, as: F.self).call(x, y)
        }
        return Self(name, SignalShape(values: [.double, .double]), unsafeBitCast(thunk, to: GCallback.self))
    }

    /// A motion controller: the pointer came in, or moved, at (x, y).
    public static var pointerEnter: Self { point("enter") }
    public static var pointerMotion: Self { point("motion") }
    /// A drag gesture: began at (x, y); moved or ended at an offset (dx, dy) from there.
    public static var dragBegin: Self { point("drag-begin") }
    public static var dragUpdate: Self { point("drag-update") }
    public static var dragEnd: Self { point("drag-end") }
}

extension SignalDescriptor where Handler == (Int32, Double, Double) -> Void {
    /// `void handler(GtkGestureClick *self, int n_press, double x, double y)`.
    static func press(_ name: String) -> Self {
        typealias F = (Int32, Double, Double) -> Void
        let thunk: @convention(c) (gpointer?, gint, Double, Double, gpointer?) -> Void = { _, n, x, y, data in
            box(data, as: F.self).call(n, x, y)
        }
        return Self(name, SignalShape(values: [.integer, .double, .double]), unsafeBitCast(thunk, to: GCallback.self))
    }

    public static var pressed: Self { press("pressed") }
    public static var released: Self { press("released") }
}

extension SignalDescriptor where Handler == (String) -> Void {
    /// `void handler(GObject *self, const char *text)`.
    static func text(_ name: String) -> Self {
        typealias F = (String) -> Void
        let thunk: @convention(c) (gpointer?, UnsafePointer<CChar>?, gpointer?) -> Void = { _, text, data in
            box(data, as: F.self).call(text.map { String(cString: $0) } ?? "")
        }
        return Self(name, SignalShape(values: [.string]), unsafeBitCast(thunk, to: GCallback.self))
    }

    /// A message dialog's response: the id of the response chosen.
    public static var messageResponse: Self { text("response") }
    /// A settings key's value changed (the handler gets the key's name).
    public static func settingChanged(_ key: String) -> Self { text("changed::" + key) }
}

extension SignalDescriptor where Handler == (String) -> Bool {
    /// A label's link followed, with its address; true: handled here.
    public static var activateLink: Self {
        typealias F = (String) -> Bool
        let thunk: @convention(c) (gpointer?, UnsafePointer<CChar>?, gpointer?) -> gboolean = { _, uri, data in
            box(data, as: F.self).call(uri.map { String(cString: $0) } ?? "") ? 1 : 0
        }
        let shape = SignalShape(values: [.string], returnsBoolean: true)
        return Self("activate-link", shape, unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == (Int32, Int32) -> Void {
    /// A window's surface laid out at a new width and height.
    public static var surfaceLayout: Self {
        typealias F = (Int32, Int32) -> Void
        let thunk: @convention(c) (gpointer?, gint, gint, gpointer?) -> Void = { _, w, h, data in
            box(data, as: F.self).call(w, h)
        }
        return Self("layout", SignalShape(values: [.integer, .integer]), unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == (Double, Double) -> Bool {
    /// A scroll controller's scroll by (dx, dy); true: handled here.
    public static var scroll: Self {
        typealias F = (Double, Double) -> Bool
        let thunk: @convention(c) (gpointer?, Double, Double, gpointer?) -> gboolean = { _, x, y, data in
            box(data, as: F.self).call(x, y) ? 1 : 0
        }
        let shape = SignalShape(values: [.double, .double], returnsBoolean: true)
        return Self("scroll", shape, unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == (UnsafePointer<GValue>?) -> Bool {
    /// A drop target's drop, with the dropped value; true: accepted.
    public static var drop: Self {
        typealias F = (UnsafePointer<GValue>?) -> Bool
        let thunk: @convention(c) (gpointer?, UnsafePointer<GValue>?, Double, Double, gpointer?) -> gboolean = {
            _, value, _, _, data in
            box(data, as: F.self).call(value) ? 1 : 0
        }
        let shape = SignalShape(values: [.pointer, .double, .double], returnsBoolean: true)
        return Self("drop", shape, unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == (UInt32, GdkModifierType) -> Bool {
    /// A key controller's key press, with its key value and modifiers; true: handled here.
    public static var keyPressed: Self {
        typealias F = (UInt32, GdkModifierType) -> Bool
        let thunk: @convention(c) (gpointer?, guint, guint, GdkModifierType, gpointer?) -> gboolean = {
            _, keyval, _, state, data in
            box(data, as: F.self).call(keyval, state) ? 1 : 0
        }
        let shape = SignalShape(values: [.integer, .integer, .integer], returnsBoolean: true)
        return Self("key-pressed", shape, unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == ([String]) -> Void {
    /// An application asked to open files: the handler gets their paths.
    public static var open: Self {
        typealias F = ([String]) -> Void
        typealias Files = UnsafeMutablePointer<OpaquePointer?>
        let thunk: @convention(c) (gpointer?, Files?, gint, gpointer?, gpointer?) -> Void = { _, files, n, _, data in
            let paths = (0..<Int(max(n, 0))).compactMap { i in files?[i].flatMap { takeString(g_file_get_path($0)) } }
            box(data, as: F.self).call(paths)
        }
        let shape = SignalShape(values: [.pointer, .integer, .string])
        return Self("open", shape, unsafeBitCast(thunk, to: GCallback.self))
    }
}

extension SignalDescriptor where Handler == (Widget) -> GdkRectangle? {
    /// An overlay asks where to put `child`: the handler gives its rectangle, or nil to leave it to its alignment.
    public static var childPosition: Self {
        typealias F = (Widget) -> GdkRectangle?
        let thunk: @convention(c) (gpointer?, Widget?, UnsafeMutablePointer<GdkRectangle>?, gpointer?) -> gboolean = {
            _, child, rect, data in
            guard let child, let rect, let place = box(data, as: F.self).call(child) else { return 0 }
            rect.pointee = place
            return 1
        }
        let shape = SignalShape(values: [.pointer, .pointer], returnsBoolean: true)
        return Self("get-child-position", shape, unsafeBitCast(thunk, to: GCallback.self))
    }
}
