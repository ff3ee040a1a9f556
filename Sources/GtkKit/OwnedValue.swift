import CGtk

/// A GValue holding a string, a boolean or an integer, unset when it goes out of scope. It cannot be copied: a
/// copy of a GValue shares its string, and unsetting both would free it twice. GTK copies what it keeps of a
/// value handed to it (a property, a content provider), so the value is let go after the call.
struct OwnedValue: ~Copyable {
    private var raw = GValue()

    init(string: String) {
        g_value_init(&raw, gTypeString)
        g_value_set_string(&raw, string)
    }

    init(bool: Bool) {
        g_value_init(&raw, gTypeBoolean)
        g_value_set_boolean(&raw, bool ? 1 : 0)
    }

    init(int: Int32) {
        g_value_init(&raw, gTypeInt)
        g_value_set_int(&raw, int)
    }

    /// The C value, for the length of `body`.
    mutating func with<R>(_ body: (UnsafeMutablePointer<GValue>) -> R) -> R { body(&raw) }

    deinit {
        var contents = raw  // the one place a bitwise copy is made: to unset what `raw` holds
        g_value_unset(&contents)
    }
}
