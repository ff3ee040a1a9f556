import ArgumentParser
import Foundation
import StatementModel

/// Scores Rostrum's reading against a labelled set of real pages: per field the share right and the
/// wrong values shown as certain; with `--baseline`, fails when any figure is worse than recorded.
struct EvaluateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score the metadata read from a folder of fixtures against a labelled set (expected.json).")

    @Argument(help: "The folder holding the fixtures named in EXPECTED.") var folder: String
    @Argument(help: "The labelled set: a JSON array of entries (see Tests/Labelled/README.md).") var expected: String
    @Flag(name: .long, help: "List every value that is not right, with the rule that gave it.") var verbose = false
    @Flag(name: .long, help: "Print the scores as JSON.") var json = false
    @Option(name: .long, help: "Fail when a figure is worse than this file records.") var baseline: String?
    @Option(name: .long, help: "Write the scores to this file (the new baseline).") var record: String?
    @Option(name: .long, help: "A second reader's situations for the same pages, scored beside Rostrum's.")
    var secondReading: String?
    @Option(name: .long, help: .hidden) var situationEvidence: String?

    func run() throws {
        let set = try reporting { try LabelledSet.load(URL(fileURLWithPath: expected)) }
        let second = try reporting { try secondReading.map { try SecondReading.load(URL(fileURLWithPath: $0)) } }
        let paths = RostrumPaths.resolve(libraryOverride: nil)
        let reference = try reporting {
            try ReferenceData.load(
                resources: paths.resources, userThemes: nil,
                currentYear: Calendar(identifier: .gregorian).component(.year, from: Date()))
        }
        let reader = StatementReader(reference: reference)
        var evaluation = Evaluation()
        var evidence: [String] = []
        let finder = situationEvidence.map { _ in SituationFinder(catalog: reference.situations) }
        for entry in set.entries {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(entry.file)
            var statement: Statement?
            do { statement = try reader.read(fileAt: url).statements.first } catch {
                evaluation.unreadable.append((entry.file, "\(error)"))
            }
            evaluation.add(file: entry.file, expected: entry.expected, statement: statement, reference: reference)
            if let filed = second?.situations[entry.file] {
                evaluation.addSecondReading(filed, expected: entry.expected)
            } else if second != nil {
                Terminal.err("\(secondReading ?? ""): no second reading of \(entry.file)")
            }
            if let finder, let statement, let want = entry.expected.situations {
                evidence += try evidenceLines(entry.file, statement, want, finder)
            }
        }
        if let situationEvidence {
            try evidence.joined(separator: "\n").write(toFile: situationEvidence, atomically: true, encoding: .utf8)
        }
        var scores = EvaluationScores(
            set: (URL(fileURLWithPath: expected).deletingLastPathComponent().lastPathComponent),
            pages: set.entries.count, fields: evaluation.scores)
        scores.situationPrecision = (evaluation.situationPrecision * 1000).rounded() / 1000
        scores.situationRecall = (evaluation.situationRecall * 1000).rounded() / 1000
        if json {
            print(String(decoding: try scores.encoded(), as: UTF8.self))
        } else {
            printTable(scores, set: set)
            printSituations(evaluation, second: second != nil)
        }
        for u in evaluation.unreadable { Terminal.err("unreadable: \(u.file): \(u.reason)") }
        if verbose { printMisses(evaluation.misses) }
        if let record { try scores.encoded().write(to: URL(fileURLWithPath: record)) }
        if let baseline {
            let before = try EvaluationScores.decode(Data(contentsOf: URL(fileURLWithPath: baseline)))
            let worse = scores.regressions(since: before)
            for line in worse { Terminal.err("worse than \(baseline): \(line)") }
            if !worse.isEmpty { throw ExitCode(1) }
        }
    }

    /// One JSON line per situation with any evidence on a page, with whether the labelled set files it there:
    /// what the finder's weights are measured on.
    private func evidenceLines(
        _ file: String, _ s: Statement, _ want: [String], _ finder: SituationFinder
    ) throws
        -> [String]
    {
        let found = finder.evidence(of: s)
        let missing = want.filter { w in !found.contains { $0.situation == w } }
        return try found.map { e in
            let line = String(decoding: try JSONEncoder().encode(e), as: UTF8.self)
            return "{\"file\":\(quoted(file)),\"expected\":\(want.contains(e.situation)),\"evidence\":\(line)}"
        } + missing.map { "{\"file\":\(quoted(file)),\"expected\":true,\"unseen\":\(quoted($0))}" }
    }

    private func quoted(_ s: String) -> String {
        (try? JSONEncoder().encode(s)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    private func printTable(_ scores: EvaluationScores, set: LabelledSet) {
        let publishers = Set(set.entries.compactMap(\.publisher)).count
        func tally(_ key: (LabelledSet.Entry) -> String?) -> String {
            let counts = Dictionary(grouping: set.entries.compactMap(key), by: { $0 }).mapValues(\.count)
            return counts.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        print("set \(scores.set): \(set.entries.count) pages, \(publishers) publishers")
        print("  languages: \(tally(\.language))")
        print("  formats: \(tally(\.format)); kinds: \(tally(\.expected.kind))")
        print("  field     right          missing  wrong  wrong shown as certain")
        for field in Evaluation.fields {
            guard let s = scores.fields[field] else { continue }
            let pad = field.padding(toLength: 9, withPad: " ", startingAt: 0)
            print(
                String(
                    format: "  %@ %3d/%-3d %5.1f %%  %7d  %5d  %5d", pad, s.right, s.total, s.share * 100, s.missing,
                    s.wrong, s.wrongCertain))
        }
    }

    /// Precision and recall with the counts behind them (`scripts/evaluate` adds those up over the sets).
    private func printSituations(_ e: Evaluation, second: Bool) {
        print(
            String(
                format: "  situations: precision %.2f, recall %.2f (%d right of %d filed, %d to find)",
                e.situationPrecision, e.situationRecall, e.situationsRight, e.situationsFound, e.situationsExpected))
        guard second else { return }
        print(
            String(
                format: "  a second reader: precision %.2f, recall %.2f (%d right of %d filed, %d to find)",
                e.secondPrecision, e.secondRecall, e.secondRight, e.secondFound, e.secondExpected))
    }

    private func printMisses(_ misses: [Evaluation.Miss]) {
        for m in misses {
            let got = m.got.map { "“\($0)”\(m.certain ? " (certain)" : "") by \(m.rule ?? "?")" } ?? "nothing"
            print("  \(m.file): \(m.field): expected \(m.expected.map { "“\($0)”" } ?? "nothing"), got \(got)")
        }
    }
}

/// The figures of one set, as recorded for the ratchet.
struct EvaluationScores: Codable {
    var set: String
    var pages: Int
    var fields: [String: Evaluation.FieldScore]
    var situationPrecision: Double?
    var situationRecall: Double?

    enum CodingKeys: String, CodingKey {
        case set, pages, fields
        case situationPrecision = "situation_precision"
        case situationRecall = "situation_recall"
    }

    func encoded() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try e.encode(self) + Data("\n".utf8)
    }

    static func decode(_ data: Data) throws -> EvaluationScores {
        try JSONDecoder().decode(EvaluationScores.self, from: data)
    }

    /// Every figure worse than `before`: a lower share right, or more wrong values shown as certain.
    func regressions(since before: EvaluationScores) -> [String] {
        var lines: [String] = []
        for (field, old) in before.fields.sorted(by: { $0.key < $1.key }) {
            guard let new = fields[field] else {
                lines.append("\(field): no longer scored")
                continue
            }
            if new.share + 1e-9 < old.share {
                lines.append(String(format: "%@: %.1f %% right, was %.1f %%", field, new.share * 100, old.share * 100))
            }
            if new.wrongCertain > old.wrongCertain {
                lines.append("\(field): \(new.wrongCertain) wrong values shown as certain, was \(old.wrongCertain)")
            }
        }
        for (name, new, old) in [
            ("situation precision", situationPrecision, before.situationPrecision),
            ("situation recall", situationRecall, before.situationRecall),
        ] {
            if let old, (new ?? 0) + 1e-9 < old {
                lines.append(String(format: "%@: %.3f, was %.3f", name, new ?? 0, old))
            }
        }
        return lines
    }
}
