import Foundation
import XCTest
@testable import StatementModel

/// What a hostile probe of the import found (issue 17): devices, pipes, links, names and bytes built to
/// hang, exhaust or mislead the import each get one clear message naming the file, and the rest goes on.
final class HostileInputTests: XCTestCase {
    func testADeviceIsRefusedNotReadWithoutEnd() throws {
        let library = try Fixture.library()
        // Before the fix this read /dev/zero until memory ran out; the deadline turns a hang into a failure.
        let report = try XCTUnwrap(finishing(within: 60) { library.importFiles([URL(fileURLWithPath: "/dev/zero")]) },
                                   "the import of /dev/zero did not finish")
        XCTAssertEqual(report.failed, [.init(path: "/dev/zero", message: "not a regular file: a character device; Rostrum reads only files")])
        XCTAssertEqual(report.imported, [])
        XCTAssertThrowsError(try FileBytes.read(URL(fileURLWithPath: "/dev/zero"), limit: 1_048_576)) {
            XCTAssertEqual($0 as? TextProblem, .notRegularFile(kind: "a character device"))
        }
    }

    func testAFileWhoseSizeReadsAsZeroIsReadOnlyUpToTheLimit() throws {
        // /proc files are regular files whose size reads as 0: the limit, not the size, ends the reading.
        let proc = URL(fileURLWithPath: "/proc/self/status")
        XCTAssertThrowsError(try FileBytes.read(proc, limit: 64)) { error in
            guard case .tooLarge(let bytes, 64)? = error as? TextProblem else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(bytes, 64)
        }
        XCTAssertTrue(try Fixture.reader.decode(fileAt: proc).text.contains("Name:"), "below the limit it is read whole")
    }

    func testANamedPipeIsRefusedWithoutOpeningIt() throws {
        let dir = Fixture.tempDir()
        let fifo = dir.appendingPathComponent("f.txt")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        // Opening a FIFO to read waits for a writer: should the import have opened it, this releases it.
        defer { let fd = open(fifo.path, O_WRONLY | O_NONBLOCK); if fd >= 0 { close(fd) } }
        let library = try Fixture.library(in: dir)
        let report = try XCTUnwrap(finishing(within: 30) { library.importFiles([fifo]) }, "the import waited on the pipe")
        XCTAssertEqual(report.failed, [.init(path: fifo.path, message: "not a regular file: a named pipe; Rostrum reads only files")])
        XCTAssertThrowsError(try FileBytes.read(fifo)) { XCTAssertEqual($0 as? TextProblem, .notRegularFile(kind: "a named pipe")) }
    }
}

/// Runs `body` on a thread of its own; nil when it has not returned within `seconds`, so a test of
/// something that used to hang fails instead of stopping the suite.
func finishing<T: Sendable>(within seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
    let box = Box<T>()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread { box.value = body(); done.signal() }
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return box.value
}

/// A value handed from one thread to another, behind a lock.
final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
