import Foundation
import StatementModel

/// Echo finding measured on a corpus of made-up prose with passages planted in other speeches (issue 16's
/// targets): the import rate with the echo index, recall and precision against what was planted, the time
/// to list every cluster and to find one statement's echoes, and the library's size beside the text's.
struct EchoBenchmark {
    let count: Int
    let seed: UInt64
    let dir: URL
    let reference: ReferenceData

    func run() throws {
        let corpus = dir.appendingPathComponent("echo-corpus")
        let libraryPath = dir.appendingPathComponent("echoes.sqlite").path
        try? FileManager.default.removeItem(at: corpus)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: libraryPath + suffix) }
        var generator = CorpusGenerator(count: count, seed: seed, layout: .unsc, reference: reference)
        generator.plantedEchoes = min(2_000, count / 5)
        let written = try generator.write(to: corpus)
        let planted = written.planted.filter { $0.files.count >= 2 }
        print(
            "echoes: \(count) speeches of made-up prose, \(planted.count) passages of 25–200 words planted in "
                + "\(planted.map { $0.files.count - 1 }.reduce(0, +)) other speeches "
                + "with 0–20 % of their words changed"
        )

        let store = try SQLiteStatementStore(path: libraryPath)
        let library = StatementLibrary(store: store, reader: StatementReader(reference: reference))
        let meter = ProgressMeter()
        let imported = library.importFiles([corpus]) { meter.update($0) }
        meter.finish()
        let n = imported.imported.count
        print(
            String(
                format: "  import with the echo index: %d statements in %.1f s = %.0f statements/s (target ≥ 1,000)",
                n, imported.elapsed, Double(n) / imported.elapsed))

        var report: EchoFinder.Report?
        let all = try clock { report = try EchoFinder.clusters(in: store, filter: StatementFilter()) }
        guard let report else { return }
        print(
            String(
                format: "  every cluster: %d clusters from %d pairs compared in %.0f ms (%d formulae left out)",
                report.clusters.count, report.pairsCompared, all, report.formulae))
        let score = try score(report, planted, store)
        print(
            String(
                format: "  planted echoes: recall %.3f, precision %.3f (targets ≥ 0.95 each; %d of %d planted "
                    + "pairs found, %d of %d pairs reported are planted)",
                score.recall, score.precision, score.found, score.truth, score.right, score.reported))

        let subjects = try store.ids(StatementFilter(), sort: .dateAscending)
        let sample = stride(from: 0, to: subjects.count, by: max(1, subjects.count / 25)).map { subjects[$0] }
        let times = try sample.map { id in try clock { _ = try EchoFinder.echoes(of: id, in: store) } }.sorted()
        print(
            String(
                format: "  echoes of one statement: median %.1f ms, p95 %.1f ms (n=%d; target ≤ 200 ms)",
                times[times.count / 2], times[min(times.count - 1, Int(Double(times.count) * 0.95))], times.count))
        let stored = try store.storedBytes()
        let echo =
            stored.echoIndex.map {
                String(
                    format: ", of which the echo index %.1f MB = %.2f× the text", Double($0) / 1_048_576,
                    Double($0) / Double(written.bytes))
            } ?? ""
        print(
            String(
                format: "  library %.1f MB for %.1f MB of text: %.1f× (target ≤ 3× with every index)%@",
                Double(stored.total) / 1_048_576, Double(written.bytes) / 1_048_576,
                Double(stored.total) / Double(written.bytes), echo))
    }

    struct Score {
        var recall: Double, precision: Double, found: Int, truth: Int, right: Int, reported: Int
    }

    /// Pairs of statements that share a planted passage, against the pairs put in one cluster.
    private func score(
        _ report: EchoFinder.Report, _ planted: [EchoPlanter.Planted], _ store: SQLiteStatementStore
    )
        throws -> Score
    {
        var fileOf: [StatementID: String] = [:]
        for id in try store.ids(StatementFilter(), sort: .dateAscending) {
            fileOf[id] = try store.statement(id: id)?.source.path.map { ($0 as NSString).lastPathComponent }
        }
        func key(_ a: String, _ b: String) -> String { a < b ? a + "|" + b : b + "|" + a }
        var truth = Set<String>()
        for p in planted {
            for (i, a) in p.files.enumerated() { for b in p.files[(i + 1)...] where a != b { truth.insert(key(a, b)) } }
        }
        var reported = Set<String>()
        var wrongShown = 0
        for cluster in report.clusters {
            let files = Set(cluster.occurrences.compactMap { fileOf[$0.statement.id] }).sorted()
            for (i, a) in files.enumerated() { for b in files[(i + 1)...] { reported.insert(key(a, b)) } }
            // A few clusters that hold a pair planted nowhere, to see what the finder took for an echo.
            let wrong = files.enumerated().contains { i, a in
                files[(i + 1)...].contains { !truth.contains(key(a, $0)) }
            }
            if wrong, wrongShown < 3 {
                wrongShown += 1
                print(
                    "  not planted: \(cluster.statements) statements, \(cluster.first.words) words: "
                        + "“\(cluster.passage.prefix(160))” in \(files.joined(separator: ", "))")
            }
        }
        let right = reported.intersection(truth).count
        return Score(
            recall: truth.isEmpty ? 1 : Double(right) / Double(truth.count),
            precision: reported.isEmpty ? 1 : Double(right) / Double(reported.count),
            found: right, truth: truth.count, right: right, reported: reported.count)
    }

    private func clock(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }
}
