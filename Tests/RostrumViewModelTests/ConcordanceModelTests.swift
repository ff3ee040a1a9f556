import Foundation
import XCTest

@testable import RostrumViewModel
@testable import StatementModel

/// Key words in context in the window: the lines follow the phrase, the sort and the window's filter, agree
/// with full-text search, and a line opens its statement with the occurrence marked.
final class ConcordanceModelTests: XCTestCase, @unchecked Sendable {
    @MainActor
    func makeLibrary() throws -> StatementLibrary {
        let (library, dir) = try TestLibrary.empty()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let texts = [
            "a.txt": "Statement by the delegation of Kenya\n2021-03-12\n\nWe defend sovereign equality today. "
                + "Sovereign equality matters for small States.",
            "b.txt": "Statement by the delegation of Peru\n2022-05-02\n\nThe Charter sets out sovereign equality "
                + "of all Members.",
            "c.txt": "Statement by the delegation of Chile\n2023-01-20\n\nNothing about that here at all.",
        ]
        for (name, text) in texts {
            try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        _ = library.importFiles([input])
        return library
    }

    func testLinesAgreeWithSearchAndFollowSortAndFilter() throws {
        try MainActor.assumeIsolated {
            let library = try makeLibrary()
            let model = ConcordanceModel(store: library.store, scheduler: InlineScheduler())
            var changes = 0
            model.onChange = { changes += 1 }
            model.open(phrase: "sovereign equality")
            XCTAssertTrue(model.isOpen)
            let result = try XCTUnwrap(model.result)
            XCTAssertEqual(result.total, 3)
            XCTAssertEqual(result.statements, 2)
            let searched = try library.store.count(StatementFilter(text: "\"sovereign equality\""))
            XCTAssertEqual(result.statements, searched, "as many statements as the full-text search finds")
            XCTAssertEqual(result.lines.map { $0.date?.iso }, ["2021-03-12", "2021-03-12", "2022-05-02"])
            XCTAssertTrue(
                model.summary.hasPrefix("“sovereign equality”: 3 occurrences in 2 statements"), model.summary)
            XCTAssertGreaterThan(changes, 0)

            model.setSort(.R1)
            XCTAssertEqual(model.result?.lines.map { $0.rightWords.first }, ["matters", "of", "today"])

            model.setFilter(StatementFilter(from: "2022-01-01", to: "2022-12-31"))
            XCTAssertEqual(model.result?.total, 1, "only the filtered statements are read")

            model.setPhrase("the")
            model.setPhrase("  ")
            XCTAssertNil(model.result)
            model.setPhrase("?!")
            XCTAssertEqual(model.summary, "“?!” has no word to look for.")
            model.close()
            XCTAssertFalse(model.isOpen)
        }
    }

    func testTheTrendSumsToTheLinesAndFollowsTheTimelinesBins() throws {
        try MainActor.assumeIsolated {
            let library = try makeLibrary()
            let model = ConcordanceModel(store: library.store, scheduler: InlineScheduler())
            XCTAssertTrue(model.trendLines.isEmpty, "nothing to draw before a phrase")
            model.open(phrase: "sovereign equality")
            let trend = try XCTUnwrap(model.trend)
            XCTAssertEqual(trend.points.reduce(0) { $0 + $1.hits }, model.result?.total, "every hit is in a year")
            // 2023's statement never says it: a zero, not a gap.
            XCTAssertEqual(trend.points.map(\.period), ["2021", "2022", "2023"])
            XCTAssertEqual(model.trendLines.count, 1)
            let line = try XCTUnwrap(model.trendLines.first)
            XCTAssertEqual(line.points.count, 3)
            XCTAssertEqual(line.points[0].end - line.points[0].start, 365, "a year's span of days")
            XCTAssertEqual(trend.points.map(\.hits), [2, 1, 0])
            XCTAssertEqual(line.points[0].value, trend.points[0].perTenThousandWords, "per 10,000 words, not raw hits")
            model.setByMonth(true)
            XCTAssertEqual(model.trend?.points.map(\.period), ["2021-03", "2022-05", "2023-01"])
            model.close()
            XCTAssertTrue(model.trendLines.isEmpty, "a closed view draws no line")
        }
    }

    func testASplitTrendDrawsALinePerSeriesAndAPointListsItsStatements() throws {
        try MainActor.assumeIsolated {
            let (library, dir) = try TestLibrary.empty()
            let input = dir.appendingPathComponent("in")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            let by = "Statement by the Permanent Representative of"
            let texts = [
                "a.txt": "\(by) Kenya\n2021-03-12\n\nWe defend sovereign equality today. Sovereign equality matters.",
                "b.txt": "\(by) Peru\n2022-05-02\n\nThe Charter sets out sovereign equality of all Members.",
                "c.txt": "\(by) Chile\n2023-01-20\n\nNothing about that here at all.",
            ]
            for (name, text) in texts {
                try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            _ = library.importFiles([input])
            XCTAssertEqual(try library.store.facetCounts(.country, filter: StatementFilter()).count, 3)
            let model = ConcordanceModel(store: library.store, scheduler: InlineScheduler())
            model.open(phrase: "sovereign equality")
            model.setSplit(.country)
            let lines = model.trendLines
            // Kenya says it twice, Peru once, Chile never: two lines, the most hits first, in two colours.
            XCTAssertEqual(lines.map(\.series), ["Kenya", "Peru"])
            XCTAssertEqual(Set(lines.map(\.colour)).count, 2)
            XCTAssertEqual(lines[0].points.map(\.value).filter { $0 > 0 }.count, 1, "Kenya said it in one year")
            XCTAssertTrue(model.trendNote?.contains("2 countries") ?? false, model.trendNote ?? "")
            // Peru's point of 2022: the window's filter narrowed to that year and to Peru.
            let peru = try XCTUnwrap(lines[1].points.firstIndex { $0.value > 0 })
            let filter = try XCTUnwrap(model.filter(forLine: 1, point: peru))
            XCTAssertEqual(filter.from, "2022-01-01")
            XCTAssertEqual(filter.to, "2022-12-31")
            XCTAssertEqual(filter.countries, ["Peru"])
            XCTAssertEqual(try library.store.count(filter), 1)
            XCTAssertNil(model.filter(forLine: 5, point: 0), "no such line")
            model.setSplit(nil)
            XCTAssertEqual(model.trendLines.map(\.series), [nil])
        }
    }

    func testALineOpensItsStatementWithTheOccurrenceMarked() throws {
        try MainActor.assumeIsolated {
            let library = try makeLibrary()
            let model = ConcordanceModel(store: library.store, scheduler: InlineScheduler())
            model.open(phrase: "sovereign equality")
            let line = try XCTUnwrap(model.result?.lines[1])
            let vm = ExplorerViewModel(library: library, today: Date(timeIntervalSince1970: 1_790_000_000))
            vm.select(id: line.statement, marking: NSRange(location: line.offset, length: line.length))
            let detail = try XCTUnwrap(vm.selected)
            let hits = detail.highlights.filter { $0.kind == .hit }
            XCTAssertEqual(hits.count, 1)
            let body = Array(detail.body.unicodeScalars)
            XCTAssertEqual(String(String.UnicodeScalarView(body[hits[0].start..<hits[0].end])), "Sovereign equality")
            XCTAssertEqual(detail.focus, hits[0].start)
        }
    }

    /// A common word: its first lines by date come before every occurrence is counted, and the whole answer
    /// then replaces them.
    func testTheFirstLinesComeFirstThenTheWholeCount() throws {
        try MainActor.assumeIsolated {
            let (library, dir) = try TestLibrary.empty()
            let input = dir.appendingPathComponent("in")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            for i in 0..<8 {
                let body = Array(repeating: "We defend sovereign equality today.", count: 10).joined(separator: " ")
                try "Statement by the delegation of Kenya\n2021-03-1\(i)\n\n\(body)".write(
                    to: input.appendingPathComponent("s\(i).txt"), atomically: true, encoding: .utf8)
            }
            _ = library.importFiles([input])
            let held = HeldScheduler()
            let model = ConcordanceModel(store: library.store, scheduler: held)
            model.open(phrase: "sovereign equality")
            XCTAssertEqual(held.pending, 2, "the first lines and the whole answer")
            held.runNext()
            let first = try XCTUnwrap(model.result)
            XCTAssertEqual(first.lines.count, ConcordanceModel.firstShown)
            XCTAssertFalse(first.isComplete)
            XCTAssertEqual(first.lines.first?.date?.iso, "2021-03-10", "oldest first")
            XCTAssertTrue(model.summary.contains("counting them all"), model.summary)
            held.runNext()
            let whole = try XCTUnwrap(model.result)
            XCTAssertTrue(whole.isComplete)
            XCTAssertEqual(whole.total, 80)
            XCTAssertEqual(Array(whole.lines.prefix(ConcordanceModel.firstShown)), first.lines)
            XCTAssertTrue(
                model.summary.hasPrefix("“sovereign equality”: 80 occurrences in 8 statements"), model.summary)

            // Sorted by the next word, there is no first answer: lines by date would jump when sorted.
            model.setSort(.R1)
            XCTAssertEqual(held.pending, 1)
            held.runAll()
        }
    }
}
