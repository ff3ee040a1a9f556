import CGtk
import GtkKit

/// The window's toasts: the overlay they appear on, and the kinds the window and its controllers show.
@MainActor
final class Toasts {
    /// The overlay, holding the window's content.
    let widget: Widget

    init(over content: Widget) {
        widget = adw_toast_overlay_new()
        adw_toast_overlay_set_child(opaque(widget), content)
    }

    /// A message that goes by itself after `timeout` seconds (0: stays until dismissed).
    func show(_ message: String, timeout: UInt32 = 6) {
        let toast = adw_toast_new(UI.escape(message))!
        adw_toast_set_timeout(toast, timeout)
        adw_toast_overlay_add_toast(opaque(widget), toast)
    }

    /// A message with a button that runs `action`.
    func show(_ message: String, button: String, timeout: UInt32, action: @escaping () -> Void) {
        _ = add(message, button: button, timeout: timeout, action: action)
    }

    /// The same, and a way to take it back (an offer made moot by the menu's command): the overlay shows one
    /// toast at a time, so one left up hides every later one.
    func offer(_ message: String, button: String, action: @escaping () -> Void) -> OfferedToast {
        let toast = add(message, button: button, timeout: 0, action: action)
        g_object_ref(toast.rawPointer)
        return OfferedToast(toast)
    }

    private func add(
        _ message: String, button: String, timeout: UInt32, action: @escaping () -> Void
    ) -> OpaquePointer {
        let toast = adw_toast_new(UI.escape(message))!
        adw_toast_set_timeout(toast, timeout)
        adw_toast_set_button_label(toast, button)
        Signal.connect(toast, .buttonClicked) { action() }
        adw_toast_overlay_add_toast(opaque(widget), toast)
        return toast
    }

    /// A message with a button bound to an action (`win.undo`), above the others.
    func show(_ message: String, button: String, actionName: String, timeout: UInt32) {
        let toast = adw_toast_new(UI.escape(message))!
        adw_toast_set_button_label(toast, button)
        adw_toast_set_action_name(toast, actionName)
        adw_toast_set_timeout(toast, timeout)
        adw_toast_set_priority(toast, ADW_TOAST_PRIORITY_HIGH)
        adw_toast_overlay_add_toast(opaque(widget), toast)
    }
}

/// A toast kept to be dismissed later; it holds a reference, given back at dismissal.
@MainActor
final class OfferedToast {
    private var toast: OpaquePointer?

    init(_ toast: OpaquePointer) { self.toast = toast }

    /// Takes the toast away if it is still up (dismissing one already gone does nothing).
    func dismiss() {
        guard let toast else { return }
        adw_toast_dismiss(toast)
        g_object_unref(toast.rawPointer)
        self.toast = nil
    }
}
