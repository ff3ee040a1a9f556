import ArgumentParser
import Foundation
import StatementModel

/// Figures, not pass/fail: import rate, the queries the window runs after a filter change or a search,
/// and the same searches by peers (the sqlite3 shell on the same database, ripgrep over the same files).
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "benchmark", abstract: "Generate a corpus, import it and time what the window needs; print medians and p95, peers beside.")
    @Option(name: .long, help: "Statements to generate.") var count = 10_000
    @Option(name: .long, help: "The generator's seed.") var seed: UInt64 = 1
    @Option(name: .long, help: "Working folder (corpus and library); reused when the corpus is already there.") var work: String?
    @Option(name: .long, help: "Repetitions of each query.") var repeats = 30
    @Flag(name: .long, help: "Keep the library of an earlier run: time the queries only.") var queriesOnly = false

    func run() throws {
        let dir = URL(fileURLWithPath: work ?? NSTemporaryDirectory() + "rostrum-bench-\(count)-\(seed)")
        let corpus = dir.appendingPathComponent("corpus"), marker = dir.appendingPathComponent("corpus.done")
        let libraryPath = dir.appendingPathComponent("library.sqlite").path
        let paths = RostrumPaths.resolve(libraryOverride: libraryPath)
        let reference = try ReferenceData.load(resources: paths.resources, userThemes: nil, currentYear: 2026)
        print("Rostrum benchmark: \(count) generated UNSC-shaped statements (seed \(seed)), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        if !FileManager.default.fileExists(atPath: marker.path) {
            try? FileManager.default.removeItem(at: corpus)
            let t = Date()
            let r = try CorpusGenerator(count: count, seed: seed, layout: .unsc, reference: reference).write(to: corpus)
            try "".write(to: marker, atomically: true, encoding: .utf8)
            print(String(format: "generate: %d files, %.1f MB in %.1f s", r.files, Double(r.bytes) / 1_048_576, Date().timeIntervalSince(t)))
        }
        if !queriesOnly { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: libraryPath + suffix) } }
        let bytes = corpusBytes(corpus)

        // Import, end to end from files to a ready library.
        let library = StatementLibrary(store: try SQLiteStatementStore(path: libraryPath), reader: StatementReader(reference: reference))
        if !queriesOnly {
            let meter = ProgressMeter()
            let imported = library.importFiles([corpus]) { meter.update($0) }
            meter.finish()
            let n = imported.imported.count
            print(String(format: "import: %d statements in %.1f s = %.0f statements/s, %.2f MB/s (failed %d)",
                         n, imported.elapsed, Double(n) / imported.elapsed, Double(bytes) / 1_048_576 / imported.elapsed, imported.failed.count))
        }

        let store = library.store
        // What the window asks after any change: counts for every facet, timeline bins, the first page.
        func windowQueries(_ f: StatementFilter) throws {
            let snapshot = try store.snapshot(f, granularity: .year, sort: .dateAscending)
            _ = try store.summaries(Array(snapshot.ids.prefix(100)))  // the rows on screen
        }
        let countries = try store.facetCounts(.country, filter: StatementFilter()).map(\.value)
        let themes = try store.facetCounts(.theme, filter: StatementFilter()).map(\.value)
        var toggles: [StatementFilter] = []
        for i in 0..<repeats {
            toggles.append(i % 2 == 0 ? StatementFilter(countries: [countries[i % max(countries.count, 1)]]) : StatementFilter(themes: [themes[i % max(themes.count, 1)]]))
        }
        let filterTimes = try toggles.map { f in try time { try windowQueries(f) } }
        report(name: "filter change (one facet) + facet counts + bins + first page", filterTimes)

        for (label, term) in [("rare term", "ransomware"), ("common term", "terrorism")] {
            let hits = try store.count(StatementFilter(text: term))
            let bundle = try (0..<repeats).map { _ in try time { try windowQueries(StatementFilter(text: term)) } }
            report(name: "search, \(label) “\(term)” (\(hits) hits) + counts + bins + page", bundle)
            let bare = try (0..<repeats).map { _ in try time { _ = try store.count(StatementFilter(text: term)) } }
            report(name: "  Rostrum count for “\(term)”", bare)
            if let shell = peer("sqlite3", [libraryPath, "SELECT count(*) FROM statement_fts WHERE statement_fts MATCH '\(term)';"]) {
                report(name: "  peer: sqlite3 shell, same query, same database (process included)", shell)
                print(String(format: "  ratio Rostrum count / sqlite3 shell: %.2f", median(bare) / median(shell)))
            } else { print("  peer: sqlite3 shell not installed (apt-get install sqlite3)") }
            if let rg = peer("rg", ["-l", "-i", "-w", term, corpus.path]) {
                report(name: "  peer: ripgrep over the raw files", rg)
                print(String(format: "  ratio Rostrum search bundle / ripgrep: %.2f", median(bundle) / median(rg)))
            } else { print("  peer: ripgrep not installed (apt-get install ripgrep)") }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "peak RSS of this process: %.0f MB", Double(usage.ru_maxrss) / 1024))
    }

    private func corpusBytes(_ dir: URL) -> Int {
        let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.fileSizeKey])
        var total = 0
        while let url = walker?.nextObject() as? URL { total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) ?? 0 }
        return total
    }

    private func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    /// A peer command's wall time over several runs, or nil when it is not installed.
    private func peer(_ tool: String, _ arguments: [String]) -> [Double]? {
        guard let path = ["/usr/bin/", "/usr/local/bin/", "/bin/"].map({ $0 + tool }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        return (0..<min(repeats, 10)).compactMap { _ in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: path)
            p.arguments = arguments
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let start = DispatchTime.now().uptimeNanoseconds
            guard (try? p.run()) != nil else { return nil }
            p.waitUntilExit()
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        }
    }

    private func median(_ v: [Double]) -> Double { percentile(v, 0.5) }
    private func percentile(_ v: [Double], _ p: Double) -> Double {
        let s = v.sorted()
        guard !s.isEmpty else { return .nan }
        return s[min(Int((Double(s.count - 1) * p).rounded()), s.count - 1)]
    }
    private func report(name: String, _ v: [Double]) {
        print(String(format: "%@: median %.1f ms, p95 %.1f ms (n=%d)", name, median(v), percentile(v, 0.95), v.count))
    }
}
