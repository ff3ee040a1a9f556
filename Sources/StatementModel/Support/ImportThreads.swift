import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where an import's work runs. In the foreground (the tool) it takes every core through Dispatch's pool. In
/// the background (beside the window) it runs on threads of its own at a lower scheduling priority (nice 10),
/// so the window's main thread gets a core whenever it has work: on two cores, two readers and the writer at
/// the same priority left it a third of one, and the list stalled for up to 200 ms on End during an import.
/// Dispatch's pool threads are shared, and an unprivileged thread cannot raise its priority again once it has
/// lowered it, so the import makes its own threads and lets them end with it.
public struct ImportThreads: Sendable {
    /// The `nice` increment of the import's threads: 0 runs them as the caller's.
    public let niceness: Int32

    public static let foreground = ImportThreads(niceness: 0)
    public static let background = ImportThreads(niceness: 10)

    /// Runs `body` for every index, on as many threads as there are cores, and returns when all are done.
    func perform(iterations: Int, _ body: @escaping @Sendable (Int) -> Void) {
        // A chunk of one file (a large text read alone) still runs below the window's priority.
        guard niceness > 0 else {
            DispatchQueue.concurrentPerform(iterations: iterations, execute: body)
            return
        }
        let next = IndexDealer(count: iterations)
        let group = DispatchGroup()
        for _ in 0..<min(iterations, ProcessInfo.processInfo.activeProcessorCount) {
            group.enter()
            start {
                while let i = next.take() { body(i) }
                group.leave()
            }
        }
        group.wait()
    }

    /// A serial worker for the import's writes: its own thread at the import's priority, or Dispatch's.
    func serialWorker(label: String) -> SerialWorker {
        niceness > 0
            ? SerialWorker(thread: self) : SerialWorker(queue: DispatchQueue(label: label, qos: .userInitiated))
    }

    /// A thread at this priority with the stack a reader may need (a deep HTML page recurses).
    fileprivate func start(_ work: @escaping @Sendable () -> Void) {
        let niceness = niceness
        let thread = Thread {
            Self.lowerPriority(by: niceness)
            work()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Raises this thread's nice value (Linux keeps one per thread); failing, it stays as it was.
    static func lowerPriority(by niceness: Int32) {
        #if canImport(Glibc)
            guard niceness > 0, let id = threadID() else { return }
            let which = __priority_which_t(PRIO_PROCESS.rawValue)
            _ = setpriority(which, id, min(19, getpriority(which, id) + niceness))
        #endif
    }

    /// The calling thread's kernel id, from /proc (Swift sees no `gettid`).
    static func threadID() -> id_t? {
        var buffer = [CChar](repeating: 0, count: 64)
        let n = readlink("/proc/thread-self", &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        let path = String(decoding: buffer.prefix(n).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return path.split(separator: "/").last.flatMap { id_t($0) }
    }
}

/// Hands out the indices 0..<count, each once, to whichever thread asks next.
private final class IndexDealer: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    init(count: Int) { self.count = count }
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// Runs closures one after another, in order, on a Dispatch queue or on a thread of its own that ends when
/// the worker is closed.
final class SerialWorker: @unchecked Sendable {
    private let queue: DispatchQueue?
    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []
    private var closed = false

    init(queue: DispatchQueue) { self.queue = queue }

    init(thread: ImportThreads) {
        queue = nil
        thread.start { [self] in run() }
    }

    func async(_ job: @escaping @Sendable () -> Void) {
        if let queue { return queue.async(execute: job) }
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// No more jobs: the thread ends once those given are done.
    func close() {
        condition.lock()
        closed = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while jobs.isEmpty && !closed { condition.wait() }
            guard !jobs.isEmpty else {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }
}
