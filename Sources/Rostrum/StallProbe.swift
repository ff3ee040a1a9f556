import CGtk
import Foundation
import GtkKit

/// `ROSTRUM_STALL_PROBE=FILE`: a timer due every 10 ms, ahead of input and drawing, notes how late the main
/// loop runs it; every lateness of 20 ms or more goes to FILE as "MICROSECONDS LATE_MS" (GLib's monotonic
/// clock, which is Linux's CLOCK_MONOTONIC), so a test can tell how long the window stopped answering while
/// it drove it. Off unless asked for.
enum StallProbe {
    static let interval = 10

    static func startIfAsked() {
        guard let path = ProcessInfo.processInfo.environment["ROSTRUM_STALL_PROBE"], !path.isEmpty,
            let out = fopen(path, "a")
        else { return }
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
}
