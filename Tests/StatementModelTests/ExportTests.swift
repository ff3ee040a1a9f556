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

    /// A file export is streamed, statement by statement, into the same text the tool prints; cancelled half-way,
    /// the file that was there is left as it was and nothing else stays in its folder.
    func testAFileExportIsTheWholeTextAndACancelledOneLeavesTheOldFile() throws {
        let dir = Fixture.tempDir()
        for i in 0..<5 {
            try "Mr. President,\n\nStatement \(i) on sanctions.".write(
                to: dir.appendingPathComponent("s\(i).txt"), atomically: true, encoding: .utf8)
        }
        let library = try Fixture.library()
        let ids = library.importFiles([dir]).imported
        XCTAssertEqual(ids.count, 5)
        let out = Fixture.tempDir()
        for format in StatementExport.Format.allCases {
            let path = out.appendingPathComponent("all.\(format.rawValue)").path
            var seen: [ImportProgress] = []
            try StatementExport.export(ids, from: library.store, format: format, toFile: path) { seen.append($0) }
            let whole = try StatementExport.write(ids, from: library.store, format: format)
            XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), whole, "\(format)")
            let steps = format == .markdown ? 10 : 5
            XCTAssertEqual(seen.last.map { [$0.done, $0.total] }, [steps, steps], "the end is reported")
        }

        let path = out.appendingPathComponent("kept.csv").path
        try "the export before".write(toFile: path, atomically: true, encoding: .utf8)
        var asked = 0
        XCTAssertThrowsError(
            try StatementExport.export(
                ids, from: library.store, format: .csv, toFile: path,
                isCancelled: {
                    asked += 1
                    return asked > 3
                })
        ) { XCTAssertTrue($0 is CancellationError, "\($0)") }
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "the export before")
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(left, ["all.csv", "all.json", "all.markdown", "kept.csv"], "no part of a file left behind")

        XCTAssertThrowsError(
            try StatementExport.export(ids, from: library.store, format: .csv, toFile: "/nonexistent/x/out.csv")
        ) { XCTAssertEqual("\($0)", "cannot write /nonexistent/x/out.csv: No such file or directory") }
    }
}
