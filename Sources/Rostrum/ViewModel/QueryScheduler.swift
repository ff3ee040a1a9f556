import Dispatch
import Foundation

/// Where the view-model's library queries run. The window runs them on a background queue, so typing
/// never waits for a query; tests run them inline, or hold them to check what happens out of order.
protocol QueryScheduler {
    func run<T>(_ work: @escaping () -> T, then deliver: @escaping (T) -> Void)
}

/// Runs the query at once, on the caller's thread.
struct InlineScheduler: QueryScheduler {
    func run<T>(_ work: @escaping () -> T, then deliver: @escaping (T) -> Void) { deliver(work()) }
}

/// One background queue, in order; results come back on the main queue (which GLib's loop drains).
final class BackgroundScheduler: QueryScheduler {
    private let queue = DispatchQueue(label: "io.github.rostrum.queries", qos: .userInitiated)

    func run<T>(_ work: @escaping () -> T, then deliver: @escaping (T) -> Void) {
        queue.async {
            let result = work()
            DispatchQueue.main.async { deliver(result) }
        }
    }
}

/// The number of the newest request, readable from the query queue: a query that is no longer the
/// newest when its turn comes is skipped, and its result, if it ran, is dropped.
final class RequestCounter: @unchecked Sendable {  // guarded by lock
    private let lock = NSLock()
    private var value = 0

    func next() -> Int { lock.lock(); defer { lock.unlock() }; value += 1; return value }
    func isLatest(_ n: Int) -> Bool { lock.lock(); defer { lock.unlock() }; return value == n }
}
