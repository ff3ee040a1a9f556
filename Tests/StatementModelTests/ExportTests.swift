import Foundation
import XCTest
@testable import StatementModel

final class ExportTests: XCTestCase {
    func testJSONHasEveryKeyWithNullsWhereUnknown() throws {
        let s = Fixture.read("Mr. President,\n\nWe oppose sanctions.")
        let object = try JSONSerialization.jsonObject(with: Data(StatementExport.jsonLine(s, full: false).utf8)) as! [String: Any]
        XCTAssertEqual(Set(object.keys), Set(StatementExport.keys))
        XCTAssertTrue(object["date"] is NSNull)
        XCTAssertTrue(object["speaker"] is NSNull)
        XCTAssertEqual((object["themes"] as? [[String: Any]])?.first?["theme"] as? String, "Sanctions")
    }

    func testFullJSONCarriesProvenance() throws {
        let s = try XCTUnwrap(Fixture.reader.read(fileAt: Fixture.data.appendingPathComponent("002_08fac898d3eaf5b5.txt")).statements.first)
        let object = try JSONSerialization.jsonObject(with: Data(StatementExport.jsonLine(s, full: true).utf8)) as! [String: Any]
        let date = (object["provenance"] as? [String: Any])?["date"] as? [String: Any]
        XCTAssertEqual(date?["basis"] as? String, "inferred")
        XCTAssertEqual(date?["evidence"] as? String, "Nov. 3")
        XCTAssertNotNil(date?["reason"])
    }

    func testCSVQuotesEveryFieldAndKeepsNewlinesInsideTheBody() {
        let s = Fixture.read("Statement by Ambassador Zhang Jun at the Security Council\n\nHe said: \"No\".\n\nSecond, paragraph.")
        let row = StatementExport.csvRow(s)
        XCTAssertTrue(row.hasPrefix("\"\(s.id.rawValue)\",\"Statement by Ambassador Zhang Jun at the Security Council\""))
        XCTAssertTrue(row.hasSuffix("\"He said: \"\"No\"\".\n\nSecond, paragraph.\""), row)
        XCTAssertEqual(StatementExport.csvHeader.split(separator: ",").count, StatementExport.csvColumns.count)
    }

    func testFormatsFromALibrary() throws {
        let dir = Fixture.tempDir()
        try "Mr. President,\n\nWe oppose | pipes and sanctions.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let library = try Fixture.library()
        let ids = library.importFiles([dir]).imported
        let md = try StatementExport.write(ids, from: library.store, format: .markdown, filter: "theme Sanctions")
        XCTAssertTrue(md.hasPrefix("# Statements: theme Sanctions\n"))
        XCTAssertTrue(md.contains("| undated |  |  |  |  | Mr. President, | Sanctions (1) |"), md)
        XCTAssertTrue(md.contains("> We oppose | pipes and sanctions."))
        let csv = try StatementExport.write(ids, from: library.store, format: .csv, includeText: false)
        XCTAssertFalse(csv.contains("pipes"), "no text when asked for none")
        XCTAssertEqual(csv.components(separatedBy: "\r\n").count, 3)
        XCTAssertEqual(StatementExport.Format(fileName: "x.md"), .markdown)
        XCTAssertEqual(StatementExport.Format(fileName: "x.jsonl"), .json)
    }
}
