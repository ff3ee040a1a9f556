import Foundation
import Translations

/// How far an import has got: enough for a progress bar and a "12 s left".
public struct ImportProgress: Sendable {
    public var done: Int
    public var total: Int
    public var elapsed: TimeInterval
    public var currentFile: String
    public init(done: Int, total: Int, elapsed: TimeInterval, currentFile: String) {
        self.done = done
        self.total = total
        self.elapsed = elapsed
        self.currentFile = currentFile
    }
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }
    /// Time left at the rate so far, once that rate says something: after a hundredth of the files or five
    /// seconds. The first file of a corpus also reads its tables, and "59262 s left" after it misled.
    public var remaining: TimeInterval? {
        guard rate > 0, done * 100 >= total || elapsed >= 5 else { return nil }
        return Double(total - done) / rate
    }
    public var fraction: Double { total > 0 ? Double(done) / Double(total) : 1 }
}

/// A cancel button's wire: set from any thread, read by the import between files.
public final class ImportCancellation: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    public init() {}
    public func cancel() {
        lock.lock()
        flag = true
        lock.unlock()
    }
    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return flag
    }
}

/// What an import did, file by file.
public struct ImportReport: Sendable {
    public struct Entry: Sendable, Hashable {
        public var path: String
        /// What happened to the file, as a sentence the app can show in the user's language.
        public var said: UserMessage
        /// A skip the user may not have meant, with what to do (printed even without `--verbose`).
        public var asksAction = false

        public init(path: String, said: UserMessage, asksAction: Bool = false) {
            self.path = path
            self.said = said
            self.asksAction = asksAction
        }

        /// A sentence made elsewhere (an importer's reason, an error's description), shown as it is.
        public init(path: String, message: String, asksAction: Bool = false) {
            self.init(path: path, said: UserMessage(verbatim: message), asksAction: asksAction)
        }

        /// The sentence in English.
        public var message: String { said.description }
    }
    public var imported: [StatementID] = []
    /// A file that gave statements, and how many of them were new to the library.
    public struct FileCount: Sendable, Hashable {
        public var path: String
        public var statements: Int
    }
    /// Every file that added statements, in the order read (`--verbose` lists them).
    public var importedFiles: [FileCount] = []
    public var alreadyPresent: [Entry] = []
    public var failed: [Entry] = []
    /// Files passed over on purpose (macOS metadata, spreadsheets): not errors.
    public var skipped: [Entry] = []
    /// Imported, with something the user should know (an inferred year that could not be fixed, a conversion).
    public var notes: [Entry] = []
    /// Files changed since their last import, whose statements were replaced.
    public var updated: [Entry] = []
    /// Files unchanged since their last import, not read again.
    public var unchanged = 0
    /// Their paths (`--verbose` lists them).
    public var unchangedFiles: [String] = []
    public var cancelled = false
    /// Why the import stopped before the end because the library could not be written (a full disk),
    /// and what that left out. Everything stored before it is kept.
    public struct Stop: Sendable, Hashable {
        public var reason: String
        /// Statements read but not stored (their batches failed).
        public var statementsNotStored: Int
        /// Files not imported: those whose statements were not stored and those not read at all.
        public var filesNotImported: Int
    }
    public var stopped: Stop?
    public var elapsed: TimeInterval = 0
    /// Corpus tables that could not be read: the speeches they serve came in without their metadata.
    public var corpusProblems: [CorpusProblem] = []

    /// What the summary must say of them, one sentence each.
    public var corpusProblemLines: [String] {
        corpusProblems.map {
            let name = ($0.table as NSString).lastPathComponent
            return "speeches imported without their metadata: \(name) could not be read: \($0.reason) (\($0.table))"
        }
    }
}

/// A library: a store plus the reader that fills it. The window and the tool both work through this.
public final class StatementLibrary: Sendable {
    public let store: any StatementStore
    public let reader: StatementReader
    public let batchSize: Int
    /// Statements the echo index takes in one run while an import goes on (see `importFiles`).
    public let echoRun: Int

    public init(
        store: any StatementStore, reader: StatementReader, batchSize: Int = 200, echoRun: Int = 20_000
    ) {
        self.store = store
        self.reader = reader
        self.batchSize = batchSize
        self.echoRun = echoRun
    }

    /// Opens (creating if needed) the library at `paths.library` with the shipped reference data.
    public static func open(
        paths: RostrumPaths, tableMapping: ColumnMapping = ColumnMapping(),
        currentYear: Int = Calendar(identifier: .gregorian).component(.year, from: Date())
    ) throws -> StatementLibrary {
        let reference = try ReferenceData.load(
            resources: paths.resources, userThemes: paths.userThemes, currentYear: currentYear)
        return StatementLibrary(
            store: try SQLiteStatementStore(path: paths.library.path),
            reader: StatementReader(reference: reference, tableMapping: tableMapping))
    }

    /// Imports `data/` into a library this open created and that is still empty, so a new user sees
    /// statements at once. A library another process created (an import under way, its first batch not
    /// yet written) is left alone.
    @discardableResult
    public func seedIfEmpty(from folder: URL) throws -> ImportReport? {
        guard store.createdLibrary, try store.totalCount() == 0, FileManager.default.fileExists(atPath: folder.path)
        else { return nil }
        return importFiles([folder])
    }

    /// Imports files and folders (recursively). Failures are reported per file and never stop the rest;
    /// statements are stored in batches of `batchSize`, each one transaction, so a cancel or a crash
    /// leaves whole batches and nothing half-written. Only the library failing to take a write (a full
    /// disk, an I/O error) stops the import, at once: every later batch would fail the same way.
    public func importFiles(
        _ urls: [URL], cancellation: ImportCancellation = ImportCancellation(), threads: ImportThreads = .foreground,
        progress: (ImportProgress) -> Void = { _ in }
    ) -> ImportReport {
        let start = Date()
        var report = ImportReport()
        // Into an empty library, everything is filed with today's table: it records so (`situationsOutOfDate`).
        let fillsEmptyLibrary = (try? store.totalCount()) == 0
        let files = FileCollector.collect(urls, skipped: &report.skipped, failed: &report.failed)
        var batch: [(path: String, encoded: EncodedStatement)] = []
        var batchBytes = 0
        /// The largest document in the batch: one of megabytes makes the write heavy.
        var batchLargest = 0
        /// Set after a heavy write: its memory goes back once the chunk that read it is let go.
        var releaseBeforeNextChunk = false
        var sources: [SourceUpdate] = []
        var seenInBatch = Set<StatementID>()

        // Batches are written on the writer queue while the next chunks are read: the single SQLite writer
        // and the readers overlap. Writes may wait there (two, or more while they are small: see
        // `mayQueueWrite`), so a reader seldom stops for the writer (stopping left a core idle); memory stays
        // bounded.
        let writer = threads.serialWorker(label: "io.github.rostrum.import-writer")
        defer { writer.close() }
        var inFlight:
            [(
                done: DispatchSemaphore, outcome: WriteOutcome, batch: [(path: String, encoded: EncodedStatement)],
                sources: [SourceUpdate], bytes: Int
            )] = []
        /// Statements handed to the writer since it last put a run of them in the echo index.
        var sinceEchoRun = 0
        /// Files whose statements a stopped import could not store (a table's may span batches).
        var unstored = Set<String>()
        /// Waits for the oldest write and reports it.
        func join() {
            guard !inFlight.isEmpty else { return }
            let write = inFlight.removeFirst()
            write.done.wait()
            switch write.outcome.result! {
            case .success(let outcomes):
                for source in write.sources where source.replacing {
                    report.updated.append(
                        .init(
                            path: source.fingerprint.path,
                            message: "changed since its last import: its statements were replaced"))
                }
                for (item, outcome) in zip(write.batch, outcomes) {
                    if outcome == .inserted {
                        report.imported.append(item.encoded.statement.id)
                        // Batches are in file order, so a file's statements come together.
                        if report.importedFiles.last?.path == item.path {
                            report.importedFiles[report.importedFiles.count - 1].statements += 1
                        } else {
                            report.importedFiles.append(.init(path: item.path, statements: 1))
                        }
                    } else {
                        report.alreadyPresent.append(
                            .init(
                                path: item.path,
                                said: UserMessage("the same text as statement {0}", item.encoded.statement.id)))
                    }
                    for note in item.encoded.statement.notes {
                        report.notes.append(.init(path: item.path, message: note))
                    }
                }
            case .failure(let error) where StorageProblem.stopsImport(error):
                // One reason for the whole import, not a line per file: a full disk failed every batch after.
                var stop =
                    report.stopped
                    ?? ImportReport.Stop(
                        reason: StorageProblem.describe(error), statementsNotStored: 0, filesNotImported: 0)
                stop.statementsNotStored += write.batch.count
                unstored.formUnion(write.batch.map(\.path) + write.sources.map(\.fingerprint.path))
                report.stopped = stop
            case .failure(let error):
                for item in write.batch {
                    let said = UserMessage("could not be stored: {0}", "\(error)")
                    report.failed.append(.init(path: item.path, said: said))
                }
            }
        }
        func flush() {
            guard !batch.isEmpty || !sources.isEmpty else { return }
            while !Self.mayQueueWrite(queued: inFlight.map(\.bytes), adding: batchBytes) { join() }
            let write = (
                done: DispatchSemaphore(value: 0), outcome: WriteOutcome(), batch: batch, sources: sources,
                bytes: batchBytes
            )
            let store = self.store
            writer.async {
                write.outcome.result = Result { try store.insert(write.batch.map(\.encoded), sources: write.sources) }
                write.done.signal()
            }
            inFlight.append(write)
            // The echo index takes what was stored in runs as the import goes, on the writer: at the end, on one
            // core while the other idled, the runs of 106,000 speeches were a tenth of the import's time.
            sinceEchoRun += batch.count
            if sinceEchoRun >= echoRun {
                sinceEchoRun = 0
                let run = echoRun
                writer.async {
                    let indexed = try? store.indexWholeEchoRuns(chunk: run, isCancelled: { cancellation.isCancelled })
                    // A run's postings (tens of megabytes) go back at once: kept by the allocator, each run
                    // raised the import's memory by some ten megabytes.
                    if (indexed ?? 0) > 0 { ReleaseMemory.now() }
                }
            }
            // A heavy write (a text of megabytes) costs SQLite's full-text index many times its size: it
            // ends before anything more is read, so two such peaks never meet.
            let heavy = batchLargest >= Self.heavyBytes
            batch.removeAll()
            batchBytes = 0
            batchLargest = 0
            sources.removeAll()
            seenInBatch.removeAll()
            if heavy {
                while !inFlight.isEmpty { join() }
                releaseBeforeNextChunk = true
            }
        }

        // Files are read in chunks, in parallel (reading is most of the work), then stored in order.
        var done = 0
        let sizes = files.map { Self.fingerprint(of: $0)?.size ?? 0 }
        chunks: for range in Self.chunks(sizes: sizes) {
            if cancellation.isCancelled {
                report.cancelled = true
                break
            }
            if report.stopped != nil { break }
            if releaseBeforeNextChunk {
                store.releaseMemory()
                ReleaseMemory.now()
                releaseBeforeNextChunk = false
            }
            let chunk = Array(files[range])
            let known = (try? store.fingerprints(of: chunk.map(\.path))) ?? [:]
            let previous = chunk.map { known[$0.path] }
            // Taken again just before reading, as close to what is read as can be.
            let fingerprints = chunk.map(Self.fingerprint(of:))
            // Each file's statements are encoded where it is read, so the single writer only writes.
            // A file's reading keeps only its skip once encoded: its statements' texts live on in the encoding.
            let results = ParallelResults<Result<(reading: FileReading, encoded: [EncodedStatement]), Error>>(
                count: chunk.count)
            let reader = self.reader
            threads.perform(iterations: chunk.count) { i in
                guard !cancellation.isCancelled, fingerprints[i] == nil || previous[i] != fingerprints[i] else {
                    return
                }
                results[i] = Result {
                    var reading = try reader.read(fileAt: chunk[i])
                    let encoded = try reading.statements.map(EncodedStatement.init)
                    reading.statements = []
                    return (reading, encoded)
                }
            }
            for (i, file) in chunk.enumerated() {
                if cancellation.isCancelled {
                    report.cancelled = true
                    break chunks
                }
                done += 1
                defer {
                    progress(
                        ImportProgress(
                            done: done, total: files.count, elapsed: Date().timeIntervalSince(start),
                            currentFile: file.path))
                }
                if let fingerprint = fingerprints[i], previous[i] == fingerprint {
                    report.unchanged += 1
                    report.unchangedFiles.append(file.path)
                    continue
                }
                switch results[i] {
                case .success(let (reading, encoded)):
                    if let fingerprint = fingerprints[i] {
                        sources.append(SourceUpdate(fingerprint: fingerprint, replacing: previous[i] != nil))
                    }
                    if let reason = reading.skipReason {
                        report.skipped.append(
                            .init(path: file.path, message: reason, asksAction: reading.skipAsksAction))
                    }
                    for item in encoded {
                        let statement = item.statement
                        if seenInBatch.insert(statement.id).inserted {
                            batch.append((file.path, item))
                            batchBytes += item.document.utf8.count
                            batchLargest = max(batchLargest, item.document.utf8.count)
                        } else {
                            report.alreadyPresent.append(
                                .init(
                                    path: file.path,
                                    said: UserMessage("the same text as another in this import ({0})", statement.id)))
                        }
                    }
                case .failure(let problem as TextProblem):
                    report.failed.append(.init(path: file.path, said: problem.said))
                case .failure(let error as RostrumError):
                    report.failed.append(.init(path: file.path, message: error.description))
                case .failure(let error):
                    report.failed.append(
                        .init(path: file.path, said: UserMessage("could not be read: {0}", error.localizedDescription)))
                case nil:
                    report.cancelled = true
                    break chunks
                }
                if batch.count >= batchSize || batchBytes >= Self.batchBytes || batchLargest >= Self.heavyBytes {
                    flush()
                }
                if report.stopped != nil { break chunks }
            }
        }
        if report.stopped == nil { flush() }
        while !inFlight.isEmpty { join() }
        // An echo run asked after the last write ends before the end's catch-up starts.
        let idle = DispatchSemaphore(value: 0)
        writer.async { idle.signal() }
        idle.wait()
        // Read but never handed to the writer, or never read: not imported either.
        if report.stopped != nil {
            report.stopped!.statementsNotStored += batch.count
            unstored.formUnion(batch.map(\.path) + sources.map(\.fingerprint.path))
            report.stopped!.filesNotImported = unstored.count + (files.count - done)
        }
        // The corpus's tables and the writer's page cache are given back before the indexes are made: they
        // were the base the end's work came on top of, and the import's peak.
        reader.forgetCorpusTables()
        store.releaseMemory()
        ReleaseMemory.now()
        // Ready to read: whoever opens the library next (the window) starts from a stored index. On one of the
        // import's threads: beside the window, the end's ten seconds of indexing run below its priority too.
        if !report.imported.isEmpty {
            let store = self.store
            threads.perform(iterations: 1) { _ in try? store.prepareForReading() }
        }
        report.corpusProblems = reader.corpusProblems.drain()
        if fillsEmptyLibrary && !report.imported.isEmpty {
            try? store.recordSituationFiling(reader.reference.situations.fingerprint)
        }
        report.elapsed = Date().timeIntervalSince(start)
        return report
    }
}

extension StatementLibrary {
    /// Files read at once are held together until stored: a chunk is at most 64 files and, unless it is one
    /// file, at most this many bytes, so a few large texts are read one at a time (issue 17: 32 texts of
    /// 15 MB peaked at 2.7 GB when read side by side).
    static let chunkBytes = 8 << 20
    /// A batch is written once it holds this many bytes, whatever its count.
    static let batchBytes = 16 << 20
    /// A statement this large is written at once and waited for, and the memory it took given back after: a
    /// corpus's speeches (tens of kilobytes) never are, so its writes still overlap its reading and keep
    /// SQLite's caches warm.
    static let heavyBytes = 4 << 20

    /// Bytes of documents that may wait for the writer beyond two writes: enough for the readers to go on
    /// through an echo run (two seconds of the writer's time), little beside an import's peak.
    static let queuedWriteBytes = 6 << 20

    /// Whether a write of `adding` bytes may join those queued for the writer without waiting for one:
    /// always beside fewer than two, else while all of them stay within `queuedWriteBytes`.
    static func mayQueueWrite(queued: [Int], adding: Int) -> Bool {
        queued.count < 2 || queued.count < 32 && queued.reduce(adding, +) <= queuedWriteBytes
    }

    /// Consecutive ranges of files to read together, by their sizes on disk.
    static func chunks(sizes: [Int], files: Int = 64, bytes: Int = chunkBytes) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        var total = 0
        for (i, size) in sizes.enumerated() {
            if i > start && (i - start >= files || total + size > bytes) {
                out.append(start..<i)
                start = i
                total = 0
            }
            total += size
        }
        if start < sizes.count { out.append(start..<sizes.count) }
        return out
    }
}

/// A batch write's result, set on the writer queue and read after its semaphore is signalled.
final class WriteOutcome: @unchecked Sendable {
    var result: Result<[InsertOutcome], Error>?
}

/// Slots for results computed on several threads at once, each written by one thread.
final class ParallelResults<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    subscript(i: Int) -> T? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return slots[i]
        }
        set {
            lock.lock()
            slots[i] = newValue
            lock.unlock()
        }
    }
}

extension StatementLibrary {
    /// Size and modification time, from one `stat` (Foundation's attribute dictionary cost a tenth of a
    /// millisecond a file). The time is made as Foundation makes it, so fingerprints stored by earlier
    /// versions still match (tested).
    static func fingerprint(of url: URL) -> FileFingerprint? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        // As Foundation makes it: seconds since 2001 plus the nanoseconds, then back to 1970 (the sum's
        // rounding differs from adding the nanoseconds to the seconds since 1970).
        let since2001 =
            Double(info.st_mtim.tv_sec) - Date.timeIntervalBetween1970AndReferenceDate + Double(info.st_mtim.tv_nsec)
            / 1_000_000_000
        let modified = Date(timeIntervalSinceReferenceDate: since2001).timeIntervalSince1970
        return FileFingerprint(path: url.path, size: Int(info.st_size), modified: modified)
    }

    /// The fingerprint as Foundation's file attributes give it: what earlier versions stored.
    static func foundationFingerprint(of url: URL) -> FileFingerprint? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
            let size = attributes[.size] as? Int, let modified = attributes[.modificationDate] as? Date
        else { return nil }
        return FileFingerprint(path: url.path, size: size, modified: modified.timeIntervalSince1970)
    }
}

extension StatementLibrary {
    /// Whether the library's statements were filed under situations with another table (or finder) than this
    /// version's, or one not known: filing them again (`refileSituations`) may change what they are filed under.
    public func situationsOutOfDate() throws -> Bool {
        guard try store.totalCount() > 0 else { return false }
        return try store.situationFiling() != reader.reference.situations.fingerprint
    }

    /// Files every statement again with this version's table, off the window's thread; a cancel keeps every
    /// batch done, and the library counts as filed with today's table only once every statement was read.
    public func refileSituations(
        cancellation: ImportCancellation = ImportCancellation(), progress: (_ done: Int, _ total: Int) -> Void
    ) throws -> RefiledSituations {
        let finder = reader.situationFinder
        return try store.refileSituations(
            batchSize: 500, fingerprint: reader.reference.situations.fingerprint,
            isCancelled: { cancellation.isCancelled }, find: { finder.situations(of: $0) }, progress: progress)
    }
}
