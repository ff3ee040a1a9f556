import Foundation

/// A file being exported: written beside its destination under a hidden name, in blocks, and put in place only
/// when complete, so a cancelled or failed export leaves the file that was there (or none), never half of one.
public final class ExportFile {
    public let path: String
    private let partPath: String
    private let handle: FileHandle
    private var buffer = Data()
    private static let block = 1 << 20

    /// Opens the hidden file beside `path`; throws, naming the file and why, when it cannot be written there.
    public init(path: String) throws {
        self.path = path
        let url = URL(fileURLWithPath: path)
        partPath = Self.hiddenPath(beside: path)
        let fd = open(partPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw RostrumError.cannotWrite("\(path): \(String(cString: strerror(errno)))") }
        handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    /// The hidden name a file is written under before it is put in place: `.NAME.PID.part` in the same folder, so
    /// the rename that puts it in place never crosses file systems.
    public static func hiddenPath(beside path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".\(getpid()).part"
    }

    public func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.block { try flush() }
    }

    /// Writes what is left and puts the file in place of any file at `path`.
    public func commit() throws {
        try flush()
        try handle.close()
        if rename(partPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw RostrumError.cannotWrite("\(path): \(reason)")
        }
    }

    /// Removes the hidden file; the destination stays as it was.
    public func discard() {
        try? handle.close()
        unlink(partPath)
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

extension StatementExport {
    /// Streams the statements into a file at `path` (see `stream`); `progress` is told every 100 statements read
    /// and at the end. Cancelled (`CancellationError`) or failed, the file at `path` is as it was.
    /// Returns how many statements were asked for.
    @discardableResult
    public static func export(
        _ ids: [StatementID], from store: any StatementStore, format: Format, includeText: Bool = true,
        filter: String = "all statements", toFile path: String, progress: (ImportProgress) -> Void = { _ in },
        isCancelled: () -> Bool = { false }
    ) throws -> Int {
        let file = try ExportFile(path: path)
        let total = steps(ids.count, format: format, includeText: includeText)
        let started = Date()
        var done = 0
        do {
            try stream(
                ids, from: store, format: format, includeText: includeText, filter: filter,
                step: {
                    done += 1
                    guard done % 100 == 0 || done == total else { return }
                    progress(
                        ImportProgress(
                            done: done, total: total, elapsed: Date().timeIntervalSince(started), currentFile: path))
                }, isCancelled: isCancelled, into: file.write)
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
        return ids.count
    }
}
