import CGtk
import Foundation
import GtkKit

/// `ROSTRUM_STALL_PROBE=FILE`: a timer due every 10 ms, ahead of input and drawing, notes how late the main
/// loop runs it; every lateness of 20 ms or more goes to FILE as "MICROSECONDS LATE_MS" (GLib's monotonic
/// clock, which is Linux's CLOCK_MONOTONIC), so a test can tell how long the window stopped answering while
/// it drove it. Off unless asked for.
///
/// FILE.detail says what the main loop was doing meanwhile, one "MICROSECONDS MS WHAT" line each: the window's
/// frame phases (GTK's layout and drawing) and the window's own work (`timed`) that took 5 ms or more. A stall
/// is told apart from its neighbours by the timestamps, which are those of the moment each ended.
@MainActor
enum StallProbe {
    static let interval = 10
    /// Set once at start, then only written to from the main thread, as all of the window's work is.
    nonisolated(unsafe) private static var detail: UnsafeMutablePointer<FILE>?

    static func startIfAsked() {
        guard let path = ProcessInfo.processInfo.environment["ROSTRUM_STALL_PROBE"], !path.isEmpty,
            let out = fopen(path, "a")
        else { return }
        detail = fopen(path + ".detail", "a")
        var last = g_get_monotonic_time()
        MainLoop.every(milliseconds: UInt32(interval), priority: G_PRIORITY_HIGH) {
            let now = g_get_monotonic_time()
            let late = (now - last) / 1000 - interval
            if late >= 20 {
                fputs("\(now) \(late)\n", out)
                fflush(out)
            }
            last = now
            return true
        }
    }

    /// Runs `body`; with the probe on, notes it when it took 5 ms or more.
    static func timed<T>(_ what: String, _ body: () -> T) -> T {
        guard detail != nil else { return body() }
        let start = g_get_monotonic_time()
        let result = body()
        note(what, since: start)
        return result
    }

    private static func note(_ what: String, since start: gint64) {
        guard let detail else { return }
        let now = g_get_monotonic_time()
        let ms = (now - start) / 1000
        guard ms >= 5 else { return }
        fputs("\(now) \(ms) \(what)\n", detail)
        fflush(detail)
    }

    /// With the probe on, times each phase of the frames `widget` is drawn in (from the moment it is shown).
    static func watchFrames(of widget: Widget) {
        guard detail != nil else { return }
        var watched = false
        Signal.connect(widget, .map) { () -> Void in
            guard !watched, let clock = gtk_widget_get_frame_clock(widget) else { return }
            watched = true
            var mark = g_get_monotonic_time()
            // Each phase is timed from the end of the one before it. GDK hands events out between flush-events
            // and before-paint, in other turns of the main loop: the painting is timed from before-paint's start.
            Signal.connect(clock, .beforePaint) { mark = g_get_monotonic_time() }
            let phases: [SignalDescriptor<() -> Void>] = [
                .beforePaint, .frameUpdate, .frameLayout, .framePaint, .afterPaint,
            ]
            for phase in phases {
                Signal.connect(clock, phase, after: true) {
                    note("frame: \(phase.name)", since: mark)
                    mark = g_get_monotonic_time()
                }
            }
        }
    }
}
