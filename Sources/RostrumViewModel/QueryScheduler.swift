import Dispatch
import Foundation

/// Where the view-model's library queries run. The window runs them on a background queue, so typing
/// never waits for a query; tests run them inline, or hold them to check what happens out of order.
package protocol QueryScheduler {
    func run<T>(_ work: @escaping @Sendable () -> T, then deliver: @escaping (T) -> Void)
    /// Blocks until the work asked for so far has run (not its delivery), or `seconds` have passed: the window
    /// closing waits for its last writes.
    func waitForQueued(seconds: Double)
}

extension QueryScheduler {
    /// Work that runs at once, or that a test holds, has nothing to wait for.
    package func waitForQueued(seconds: Double) {}
}

/// Runs the query at once, on the caller's thread.
package struct InlineScheduler: QueryScheduler {
    package func run<T>(_ work: @escaping @Sendable () -> T, then deliver: @escaping (T) -> Void) { deliver(work()) }
}

/// One background queue, in order; results come back on the main queue (which GLib's loop drains).
package final class BackgroundScheduler: QueryScheduler {
    private let queue = DispatchQueue(label: "io.github.rostrum.queries", qos: .userInitiated)

    package init() {}

    package func run<T>(_ work: @escaping @Sendable () -> T, then deliver: @escaping (T) -> Void) {
        let job = Handoff(work: work, deliver: deliver)
        queue.async {
            let result = Handoff.Result(value: job.work())
            DispatchQueue.main.async { job.deliver(result.value) }
        }
    }

    package func waitForQueued(seconds: Double) {
        let done = DispatchSemaphore(value: 0)
        queue.async { done.signal() }
        _ = done.wait(timeout: .now() + seconds)
    }
}

/// A query and its delivery carried across the two queues. The work runs only on the query queue and the
/// delivery only on the main queue, each once, and the result passes from one to the other once: nothing
/// is shared between threads at the same time, which the compiler cannot see in closures' types.
private struct Handoff<T>: @unchecked Sendable {
    let work: () -> T
    let deliver: (T) -> Void
    struct Result: @unchecked Sendable { let value: T }
}

/// The number of the newest request, readable from the query queue: a query that is no longer the
/// newest when its turn comes is skipped, and its result, if it ran, is dropped.
package final class RequestCounter: @unchecked Sendable {  // guarded by lock
    private let lock = NSLock()
    private var value = 0

    package func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
    package func isLatest(_ n: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return value == n
    }
}

/// A question asked again and again (a phrase typed, a filter changed): each asking runs on the scheduler and
/// only the newest one's answer is delivered. An older one is skipped before it starts, can see that it is
/// stale while it runs, and its answer is dropped.
@MainActor
package final class LatestQuery {
    private let scheduler: QueryScheduler
    private let requests = RequestCounter()

    package init(scheduler: QueryScheduler) { self.scheduler = scheduler }

    package func ask<T>(
        _ work: @escaping @Sendable (_ isStale: @escaping @Sendable () -> Bool) throws -> T,
        then deliver: @escaping (Result<T, Error>) -> Void
    ) {
        let ticket = requests.next()
        let requests = self.requests
        scheduler.run(
            { () -> Result<T, Error>? in
                guard requests.isLatest(ticket) else { return nil }
                return Result { try work { !requests.isLatest(ticket) } }
            },
            then: { answer in
                guard let answer, requests.isLatest(ticket) else { return }
                deliver(answer)
            })
    }

    /// Drops whatever answer is still coming.
    package func forget() { _ = requests.next() }
}

/// Runs a closure on the main queue after a delay (a note saved once typing pauses). The closure is made and run
/// on the main thread only; it crosses to Dispatch and back untouched, which the compiler cannot see.
package enum MainQueuePause {
    package static func after(_ seconds: Double, _ body: @escaping () -> Void) {
        let job = MainJob(body: body)
        DispatchQueue.main.asyncAfter(deadline: .now() + seconds) { job.body() }
    }

    private struct MainJob: @unchecked Sendable { let body: () -> Void }
}
