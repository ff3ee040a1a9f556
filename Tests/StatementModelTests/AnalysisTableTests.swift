import XCTest

@testable import StatementModel

/// Saved analyses: what was asked comes first, cells are quoted so a title with commas and quotes survives,
/// numbers stay numbers in JSON, and ids that look like numbers stay text.
final class AnalysisTableTests: XCTestCase {
    let table = AnalysisTable(
        view: "kwic", query: "food", filters: "Speaker: Kofi", libraryVersion: 42,
        made: Date(timeIntervalSince1970: 0), columns: ["id", "title", "offset"],
        rows: [["1234567890123456", "Food, fuel and \"fertiliser\"", "399"], ["abc", "", "7"]], numeric: ["offset"])

    func testCSVOpensWithWhatWasAskedAndQuotesEveryCell() {
        let lines = table.csv.components(separatedBy: "\r\n")
        XCTAssertEqual(
            Array(lines.prefix(5)),
            ["# rostrum: kwic", "# query: food", "# filters: Speaker: Kofi", "# library_version: 42",
                "# made: 1970-01-01T00:00:00Z"])
        XCTAssertEqual(lines[5], "\"id\",\"title\",\"offset\"")
        XCTAssertEqual(lines[6], "\"1234567890123456\",\"Food, fuel and \"\"fertiliser\"\"\",\"399\"")
        XCTAssertEqual(lines.count, 9, "two rows and a final line end")
    }

    func testJSONLinesKeepNumbersAndTextApart() throws {
        let lines = table.jsonLines.split(separator: "\n").map {
            try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        XCTAssertEqual(lines[0]["rostrum"] as? String, "kwic")
        XCTAssertEqual(lines[0]["library_version"] as? Int, 42)
        XCTAssertEqual(lines[1]["id"] as? String, "1234567890123456", "an id of digits stays text")
        XCTAssertEqual(lines[1]["offset"] as? Int, 399)
        XCTAssertNil(lines[2]["title"], "an empty cell is left out")
        XCTAssertEqual(table.text(forFile: "x.JSONL"), table.jsonLines)
        XCTAssertEqual(table.text(forFile: "x.csv"), table.csv)
    }

    func testATrendsRatesAreNumbers() throws {
        var point = PhraseTrend.Point(period: "2021", series: nil, hits: 3, statements: 2, words: 1000)
        point.words = 1000
        let trend = PhraseTrend(
            query: try XCTUnwrap(PhraseQuery("food")), byMonth: false, split: nil, points: [point], unplacedHits: 0)
        let saved = AnalysisTable(trend: trend, filters: "all statements", libraryVersion: 1)
        let row = try JSONSerialization.jsonObject(
            with: Data(saved.jsonLines.split(separator: "\n")[1].utf8)) as! [String: Any]
        XCTAssertEqual(row["per_10000_words"] as? Double, 30)
        XCTAssertEqual(row["period"] as? String, "2021")
    }
}
