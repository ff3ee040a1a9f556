import Foundation
import XCTest
@testable import StatementModel

/// A date known only to its year (or month) is binned at that precision, never in the first month (or day) of it,
/// by the facet index and by SQL alike.
final class TimelinePrecisionTests: XCTestCase {
    private func dated(_ iso: String, _ n: Int) -> Statement {
        var s = Fixture.read("Statement \(n) on peacekeeping and the protection of civilians.", path: "/t/\(n).txt")
        s.id = StatementID("precision\(n)")
        let p = Provenance(basis: .stated, rule: "test", confidence: 1)
        s.date = Attributed(StatementDate(iso: iso)!, p)
        return s
    }

    func testYearOnlyDatesAreAYearWideBinNotAJanuarySpike() throws {
        let dir = Fixture.tempDir()
        let path = dir.appendingPathComponent("library.sqlite").path
        let indexed = try SQLiteStatementStore(path: path)
        let dates = ["2023", "2023", "2023", "2023-01-15", "2023-06", "2023-06-02", "2024-02-29"]
        _ = try indexed.insert(dates.enumerated().map { dated($0.element, $0.offset) }, sources: [])
        let sql = try SQLiteStatementStore(path: path, facetIndex: false)
        for store in [indexed, sql] {
            let months = try store.timeline(StatementFilter(), granularity: .month)
            XCTAssertEqual(months.map(\.key), ["2023", "2023-01", "2023-06", "2024-02"])
            XCTAssertEqual(months.map(\.count), [3, 1, 2, 1], "January holds only its own statement")
            XCTAssertEqual(months.map { $0.isCoarser(than: .month) }, [true, false, false, false])
            XCTAssertEqual(months.map(\.imprecise), [3, 0, 0, 0])
            let days = try store.timeline(StatementFilter(), granularity: .day)
            XCTAssertEqual(days.map(\.key), ["2023", "2023-01-15", "2023-06", "2023-06-02", "2024-02-29"])
            XCTAssertEqual(days.map(\.count), [3, 1, 1, 1, 1])
            let years = try store.timeline(StatementFilter(), granularity: .year)
            XCTAssertEqual(years.map(\.key), ["2023", "2024"])
            XCTAssertEqual(years.map(\.count), [6, 1])
            XCTAssertEqual(years.map(\.imprecise), [0, 0], "every date is at least as precise as a year bin")
        }
    }
}
