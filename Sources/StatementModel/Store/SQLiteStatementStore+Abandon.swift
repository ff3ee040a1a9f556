import Foundation
import GRDB
import GRDBSQLite

/// A read given up because the one who asked no longer wants its answer (a newer search came).
public struct QueryAbandoned: Error, CustomStringConvertible, Sendable {
    public var description: String { "the query was given up for a newer one" }
}

/// The give-up checks of the threads now inside `abandoning(when:_:)`. A read runs on GRDB's reader
/// thread while its caller waits, so the check is looked up by the caller's thread before the read and
/// handed to the reader's connection.
final class AbandonChecks: @unchecked Sendable {  // guarded by lock
    private let lock = NSLock()
    private var checks: [pthread_t: @Sendable () -> Bool] = [:]
    /// SQLite's virtual-machine steps between two checks: about a thousandth of a second's work, so the
    /// check costs under one per cent. Tests make it small, to see a small read stopped.
    var interval: Int32 = 1_000

    func set(_ check: (@Sendable () -> Bool)?, for thread: pthread_t) {
        lock.lock()
        checks[thread] = check
        lock.unlock()
    }

    func current() -> (@Sendable () -> Bool)? {
        lock.lock()
        defer { lock.unlock() }
        return checks[pthread_self()]
    }
}

/// What SQLite's progress handler reaches through its context pointer.
private final class AbandonBox {
    let isStale: @Sendable () -> Bool
    init(_ isStale: @escaping @Sendable () -> Bool) { self.isStale = isStale }
}

extension SQLiteStatementStore {
    /// Runs `body`, whose reads of this store stop with `QueryAbandoned` as soon as `isStale` says so: SQLite
    /// asks every thousand steps, so a search of a hundred prefixes over a large library ends within
    /// milliseconds of a newer one arriving rather than after seconds. Reads of other threads go on.
    public func abandoning<T>(when isStale: @escaping @Sendable () -> Bool, _ body: () throws -> T) throws -> T {
        let thread = pthread_self()
        let outer = abandonChecks.current()
        abandonChecks.set(isStale, for: thread)
        defer { abandonChecks.set(outer, for: thread) }
        if isStale() { throw QueryAbandoned() }
        return try body()
    }

    /// `pool.read` with the calling thread's give-up check, if any, installed on the connection for the read.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        guard let check = abandonChecks.current() else { return try pool.read(body) }
        let box = AbandonBox(check)
        do {
            return try pool.read { db in
                let connection = db.sqliteConnection
                sqlite3_progress_handler(
                    connection, abandonChecks.interval,
                    { context in
                        guard let context else { return 0 }
                        return Unmanaged<AbandonBox>.fromOpaque(context).takeUnretainedValue().isStale() ? 1 : 0
                    }, Unmanaged.passUnretained(box).toOpaque())
                defer { sqlite3_progress_handler(connection, 0, nil, nil) }
                return try withExtendedLifetime(box) { try body(db) }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw QueryAbandoned()
        }
    }
}
