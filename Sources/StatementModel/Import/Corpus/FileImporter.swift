import Foundation

/// What reading one file gave: statements (a corpus speech gives one, a table many), or the reason the
/// file holds none (a corpus's metadata table, which is joined to the speeches instead).
public struct FileReading: Sendable {
    public var statements: [Statement]
    /// Set when the file is not a statement but has its place (metadata); reported as skipped, not failed.
    public var skipReason: String?
    /// The skip may not be what the user meant and says what to do (a table whose text column was not
    /// recognised): said on every import, not only when every file is listed.
    public var skipAsksAction: Bool
    public init(statements: [Statement] = [], skipReason: String? = nil, skipAsksAction: Bool = false) {
        self.statements = statements
        self.skipReason = skipReason
        self.skipAsksAction = skipAsksAction
    }
}

/// An importer that knows files by their name and place, as research corpora lay them out
/// (`UNSC_2014_SPV.7138_spch002.txt`, `Session 70 - 2015/CHN_70_2015.txt`, a `.csv` of speeches), and
/// reads them with whatever metadata the corpus keeps beside them.
public protocol FileImporter: Sendable {
    var family: String { get }
    /// Whether this importer reads the file, judged by its name and place alone.
    func claims(_ url: URL) -> Bool
    func read(_ url: URL, reader: StatementReader) throws -> FileReading
    /// Lets go of what it keeps between files (a corpus's tables): called when an import ends.
    func forgetCorpusTables()
}

extension FileImporter {
    public func forgetCorpusTables() {}
}

/// A cache of what a corpus keeps beside its texts (metadata tables, workbooks), loaded once per folder
/// during an import, safe to use from the import's thread and the window's. A key is loaded by one
/// thread while the others asking for it wait: two threads loading a 106,000-row table at once had
/// doubled the import's peak memory.
final class CorpusCache<Value>: @unchecked Sendable {
    private var values: [String: Value?] = [:]
    private var loading: Set<String> = []
    private let condition = NSCondition()

    func value(for key: String, load: () -> Value?) -> Value? {
        condition.lock()
        while loading.contains(key) { condition.wait() }
        if let cached = values[key] {
            condition.unlock()
            return cached
        }
        loading.insert(key)
        condition.unlock()
        let loaded = load()
        condition.lock()
        values[key] = loaded
        loading.remove(key)
        condition.broadcast()
        condition.unlock()
        return loaded
    }

    /// Drops every value loaded (one being loaded is kept, for the import that waits on it).
    func removeAll() {
        condition.lock()
        values = values.filter { loading.contains($0.key) }
        condition.unlock()
    }
}

/// A corpus table that could not be read, so that the speeches it serves came in without their metadata.
public struct CorpusProblem: Sendable, Hashable {
    public var table: String
    public var reason: String
}

/// Problems with a corpus's tables, gathered while an import runs on several threads.
public final class CorpusProblemLog: @unchecked Sendable {
    private var problems: [CorpusProblem] = []
    private let lock = NSLock()
    public init() {}
    func add(_ p: CorpusProblem) {
        lock.lock()
        if !problems.contains(p) { problems.append(p) }
        lock.unlock()
    }
    /// The problems since the last call, each once.
    public func drain() -> [CorpusProblem] {
        lock.lock()
        defer {
            problems = []
            lock.unlock()
        }
        return problems
    }
}
