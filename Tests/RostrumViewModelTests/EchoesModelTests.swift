import Foundation
import XCTest

@testable import RostrumViewModel
@testable import StatementModel

/// Echoes in the window: the passages said again under the filter, and every statement holding the chosen
/// one, each opening with the passage marked.
final class EchoesModelTests: XCTestCase, @unchecked Sendable {
    func testAPassageSaidInThreeStatementsIsOneClusterWithThreeHolders() throws {
        try MainActor.assumeIsolated {
            let (library, dir) = try TestLibrary.empty()
            let point =
                "the so-called rules-based order is a pretext for unilateral coercive measures that undermine "
                + "the authority of this Council and the principles of sovereign equality enshrined in the Charter"
            let input = dir.appendingPathComponent("in")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            let texts = [
                "a.txt": "Statement by the delegation\n2021-03-12\n\n\(TestLibrary.prose(1))\n\n\(point).\n",
                "b.txt": "Statement by the delegation\n2022-06-01\n\n\(TestLibrary.prose(2))\n\n\(point).\n",
                "c.txt": "Statement by the delegation\n2023-06-01\n\n\(TestLibrary.prose(3))\n\n"
                    + point.replacingOccurrences(of: "pretext", with: "cover") + ".\n",
                "d.txt": "Statement by the delegation\n2023-07-01\n\n\(TestLibrary.prose(4))\n",
            ]
            for (name, text) in texts {
                try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            _ = library.importFiles([input])
            let model = EchoesModel(store: library.store, scheduler: InlineScheduler())
            model.open()
            XCTAssertTrue(model.isOpen)
            XCTAssertEqual(model.report?.clusters.count, 1)
            XCTAssertEqual(model.summary, "1 passage said again, in 3 statements")
            let row = try XCTUnwrap(model.row(0))
            XCTAssertTrue(row.passage.contains("rules-based order"), row.passage)
            XCTAssertTrue(row.meta.hasPrefix("3 statements"), row.meta)
            XCTAssertTrue(row.meta.contains("12 March 2021"), "first said first: \(row.meta)")
            XCTAssertEqual(model.chosen, 0, "the first cluster is chosen")
            let holders = model.occurrences
            XCTAssertEqual(holders.map { $0.label.prefix(12) }, ["12 March 202", "1 June 2022 ", "1 June 2023 "])

            let vm = ExplorerViewModel(library: library, today: Date(timeIntervalSince1970: 1_790_000_000))
            vm.select(id: holders[2].statement, marking: holders[2].range)
            let detail = try XCTUnwrap(vm.selected)
            let body = Array(detail.body.unicodeScalars)
            let marked = detail.highlights.filter { $0.kind == .hit }.map {
                String(String.UnicodeScalarView(body[$0.start..<$0.end]))
            }
            XCTAssertEqual(marked.count, 1)
            XCTAssertTrue(marked[0].contains("is a cover for"), marked[0])

            model.setFilter(StatementFilter(from: "2023-01-01", to: "2023-12-31"))
            XCTAssertEqual(model.report?.clusters.count, 0, "one statement of the passage is left: no echo")
            XCTAssertEqual(model.summary, "No passage of 20 words or more is said again in these statements.")
            model.close()
            XCTAssertFalse(model.isOpen)
        }
    }
}
