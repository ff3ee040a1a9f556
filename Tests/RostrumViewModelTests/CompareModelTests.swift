import Foundation
import StatementModel
import XCTest

@testable import RostrumViewModel

/// Comparing two groups in the window: A is pinned when the view opens, B follows the window's filter; the
/// words each group overuses come first on its side, and the theme shares are those of each group.
final class CompareModelTests: XCTestCase, @unchecked Sendable {
    /// Kenya's statements say "sovereignty" again and again; Peru's say "climate". Both say "the Charter".
    @MainActor
    func makeLibrary() throws -> StatementLibrary {
        let (library, dir) = try TestLibrary.empty()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        var texts: [String: String] = [:]
        for i in 0..<4 {
            texts["kenya\(i).txt"] =
                "Statement by the delegation of Kenya\n2021-03-1\(i)\n\nSovereignty first. The Charter protects "
                + "sovereignty, and sovereignty is not negotiable. Sovereignty of every Member under the Charter."
            texts["peru\(i).txt"] =
                "Statement by the delegation of Peru\n2022-05-0\(i + 1)\n\nClimate change is here. The Charter "
                + "asks us to act on climate, and climate finance must grow. Climate and the Charter."
        }
        for (name, text) in texts {
            try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        _ = library.importFiles([input])
        return library
    }

    func testGroupAIsPinnedAndBFollowsTheFilter() throws {
        try MainActor.assumeIsolated {
            let library = try makeLibrary()
            let model = CompareModel(store: library.store, scheduler: InlineScheduler())
            let kenya = StatementFilter(from: "2021-01-01", to: "2021-12-31")  // Kenya's year
            let peru = StatementFilter(from: "2022-01-01", to: "2022-12-31")  // Peru's
            XCTAssertEqual(try library.store.count(kenya), 4)
            XCTAssertEqual(try library.store.count(peru), 4)

            model.open(current: kenya)
            XCTAssertEqual(model.groupA, kenya)
            XCTAssertNil(model.result, "nothing to compare until the filter differs from A")
            XCTAssertTrue(model.summary.contains("Change the filter"), model.summary)

            model.setFilter(peru)
            let result = try XCTUnwrap(model.result)
            XCTAssertEqual(result.a.statements, 4)
            XCTAssertEqual(result.b.statements, 4)
            XCTAssertEqual(model.rows(ofA: true).first?.word, "sovereignty")
            XCTAssertEqual(model.rows(ofA: false).first?.word, "climate")
            XCTAssertNil(
                (model.rows(ofA: true) + model.rows(ofA: false)).first { $0.word == "charter" },
                "a word both groups use alike marks neither")
            let first = try XCTUnwrap(model.rows(ofA: true).first?.detail)
            XCTAssertTrue(first.hasPrefix("A 16 · B 0 · in 4 statements"), first)
            XCTAssertTrue(model.summary.hasPrefix("A: 2021-01-01 – 2021-12-31 — 4 statements"), model.summary)
            XCTAssertEqual(model.filter(ofA: true), kenya)
            XCTAssertEqual(model.filter(ofA: false), peru)

            // "Set A" pins the filter of the moment: the same as B, so nothing to compare again.
            model.pinA(peru)
            XCTAssertNil(model.result)
            model.close()
            XCTAssertFalse(model.isOpen)
            model.setFilter(kenya)
            XCTAssertNil(model.result, "a closed view reads nothing")
        }
    }

    func testThemeSharesAreEachGroupsOwn() throws {
        try MainActor.assumeIsolated {
            let library = try makeLibrary()
            let store = library.store
            let kenya = StatementFilter(from: "2021-01-01", to: "2021-12-31")  // Kenya's year
            let peru = StatementFilter(from: "2022-01-01", to: "2022-12-31")  // Peru's
            let model = CompareModel(store: store, scheduler: InlineScheduler())
            model.open(current: kenya)
            model.setFilter(peru)
            XCTAssertFalse(model.themes.isEmpty, "the texts carry themes")
            for share in model.themes {
                var a = kenya
                a.themes = [share.theme]
                var b = peru
                b.themes = [share.theme]
                XCTAssertEqual(share.a, Double(try store.count(a)) / 4, accuracy: 1e-9, share.theme)
                XCTAssertEqual(share.b, Double(try store.count(b)) / 4, accuracy: 1e-9, share.theme)
            }
            // A group chosen by a theme: every statement of it holds that theme (the sidebar's counts would not say
            // so).
            let theme = try XCTUnwrap(model.themes.first { $0.a > 0 }?.theme)
            var byTheme = kenya
            byTheme.themes = [theme]
            model.pinA(byTheme)
            XCTAssertEqual(model.themes.first { $0.theme == theme }?.a, 1)
        }
    }
}
