import CGtk
import Dispatch
import Foundation

/// Lets Swift's main queue run inside GLib's main loop, so work finished on a background thread can
/// come back with `DispatchQueue.main.async` while `g_application_run` is in charge.
@MainActor
public enum MainLoop {
    /// `around` runs each drain of the queue (the app times them with its stall probe); by default, as it is.
    public static func drainDispatchMainQueue(around: @escaping (_ drain: () -> Void) -> Void = { $0() }) {
        let fd = _dispatch_get_main_queue_handle_4CF()
        g_unix_fd_add_full(
            G_PRIORITY_DEFAULT, fd, G_IO_IN,
            { fd, _, data in
                var counter: UInt64 = 0
                _ = read(fd, &counter, 8)
                box(data, as: ((() -> Void) -> Void).self).call { _dispatch_main_queue_callback_4CF(nil) }
                return 1
            }, retained(around), releaseSourceBox)
    }

    /// Runs `body` once after `milliseconds` on the main loop.
    public static func after(milliseconds: UInt32, _ body: @escaping () -> Void) {
        g_timeout_add_full(
            G_PRIORITY_DEFAULT, milliseconds,
            { data in
                box(data, as: (() -> Void).self).call()
                return 0
            }, retained(body), releaseSourceBox)
    }

    /// Runs `body` whenever nothing more urgent is waiting (drawing frames included), for as long as it returns
    /// true; the source's id, for `g_source_remove`.
    @discardableResult
    public static func idle(_ body: @escaping () -> Bool) -> guint {
        g_idle_add_full(
            G_PRIORITY_DEFAULT_IDLE, { data in box(data, as: (() -> Bool).self).call() ? 1 : 0 }, retained(body),
            releaseSourceBox)
    }

    /// Lets a source's closure go with the source.
    static let releaseSourceBox: GDestroyNotify = { data in Unmanaged<AnyObject>.fromOpaque(data!).release() }
}

extension MainLoop {
    /// Runs `body` every `milliseconds` on the main loop for as long as it returns true; by default only when
    /// nothing more urgent is waiting.
    public static func every(
        milliseconds: UInt32, priority: Int32 = G_PRIORITY_DEFAULT_IDLE, _ body: @escaping () -> Bool
    ) {
        g_timeout_add_full(
            priority, milliseconds, { data in box(data, as: (() -> Bool).self).call() ? 1 : 0 },
            retained(body), releaseSourceBox)
    }
}

extension MainLoop {
    /// Runs `body` on the main loop when the process is asked to end (SIGTERM: a session logging out, `kill`;
    /// SIGINT: Ctrl+C in the terminal that started it), instead of dying where it stands: an app can quit as
    /// from its menu, and its exit handlers run.
    public static func onTerminationRequest(_ body: @escaping () -> Void) {
        for signal in [SIGTERM, SIGINT] {
            g_unix_signal_add_full(
                G_PRIORITY_DEFAULT, signal,
                { data in
                    box(data, as: (() -> Void).self).call()
                    return 1
                }, retained(body), releaseSourceBox)
        }
    }
}
