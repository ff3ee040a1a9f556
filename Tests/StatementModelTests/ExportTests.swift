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
}
