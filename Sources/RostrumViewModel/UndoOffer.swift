/// A destructive change just made, and how to take it back: the window shows `message` in a toast with an
/// Undo button (as the GNOME HIG asks instead of a confirmation dialog) until the next offer replaces it.
package struct UndoOffer {
    package let message: String
    package let undo: () -> Void

    package init(_ message: String, undo: @escaping () -> Void) {
        self.message = message
        self.undo = undo
    }
}
