import Foundation
import XCTest
import ZIPFoundation
@testable import StatementModel

/// Research corpora in the shapes they are distributed in, written here (not copied) with their quirks.
final class CorpusImporterTests: XCTestCase {
    func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    // MARK: UN Security Council Debates

    func makeUNSC() throws -> URL {
        let root = Fixture.tempDir().appendingPathComponent("UNSC")
        // speaker.tsv as R writes it: unnamed index column, no quoting, NA, and an agenda field broken by a newline.
        let header = ["", "filename", "date", "day", "month", "year", "speaker", "speaker_undl", "speaker_country", "country_org", "role",
                      "participanttype", "speech_number", "record_speech", "tokens", "types", "sentences", "topic", "agenda_item1",
                      "agenda_item2", "agenda_item3", "agenda_item4", "agenda_item_manual", "document_symbol", "meeting_symbol", "speech_format"]
        func row(_ i: Int, _ file: String, _ date: String, _ d: Int, _ m: Int, _ y: Int, _ speaker: String, _ country: String, _ role: String, _ topic: String) -> String {
            ([String(i), file, date, String(d), String(m), String(y), speaker, "NA", country, "NA", role, "Member", "3", "NA", "120", "80", "6", topic,
              "Non-proliferation", "NA", "NA", "NA", "NA", "S/PV.5225", "S/PV.5225", "speech"]).joined(separator: "\t")
        }
        let tsv = [header.joined(separator: "\t"),
                   row(1, "UNSC_2005_SPV.5225_spch003.txt", "2005-07-14", 14, 7, 2005, "Mr. Denisov", "Russian Federation", "Deputy Permanent Representative", "Children and armed conflict"),
                   // The row S/PV.5225 is known for: a newline inside the topic splits it in two lines.
                   row(2, "UNSC_2005_SPV.5225_spch004.txt", "2005-07-14", 14, 7, 2005, "Mr. O''Brien", "Turkey", "NA", "Non-proliferation\nDemocratic People's Republic of Korea"),
                   row(3, "UNSC_2005_SPV.5225_spch005.txt", "2005-07-14", 14, 7, 2005, "The President", "Greece", "President", "NA")].joined(separator: "\n")
        try write(tsv + "\n", to: root.appendingPathComponent("Metadata/speaker.tsv"))
        try write("\tbasename\tdate\ttopic\tyear\tmonth\tday\tspv\tnum_speeches\n1\tUNSC_2005_SPV.5225\t2005-07-14\tNon-proliferation\t2005\t7\t14\t5225\t3\n",
                  to: root.appendingPathComponent("Metadata/meta.tsv"))
        let speeches = root.appendingPathComponent("Speeches")
        try write("Mr. Denisov (Russian Federation) (spoke in Russian): We support\nthe efforts of the Council on\nnon-proliferation.\n\nSanctions must be targeted.\n",
                  to: speeches.appendingPathComponent("UNSC_2005_SPV.5225_spch003.txt"))
        try write("Mr. O'Brien (Turkey)(Spoke in Spanish): Thank you, Mr. President.", to: speeches.appendingPathComponent("UNSC_2005_SPV.5225_spch004.txt"))
        try write("The President: I thank the representative for his kind words.\n", to: speeches.appendingPathComponent("UNSC_2005_SPV.5225_spch005.txt"))
        // A v6.1 file with four-digit numbering and no metadata row; a briefer with no country.
        try write("Mr. Feltman: The situation in the region remains grave.", to: speeches.appendingPathComponent("UNSC_2014_SPV.7165_spch0002.txt"))
        // A 2020 video-conference record: no label at all, in Windows-1252.
        let vtc = Array("The pandemic has changed how this Council works. We need ".utf8) + [0x93] + Array("solidarity".utf8) + [0x94] + Array(".\n".utf8)
        try Data(vtc).write(to: speeches.appendingPathComponent("UNSC_2020_SPV.2020_397_spch002.txt"))
        try write("junk", to: speeches.appendingPathComponent("._UNSC_2005_SPV.5225_spch003.txt"))
        return root
    }

    func testUNSCSpeechesJoinTheirMetadata() throws {
        let library = try Fixture.library()
        let report = library.importFiles([try makeUNSC()])
        XCTAssertEqual(report.imported.count, 5, "\(report.failed)")
        XCTAssertTrue(report.failed.isEmpty)
        XCTAssertEqual(report.skipped.filter { $0.message.contains("joined") }.count, 2, "speaker.tsv and meta.tsv are joined, not imported")
        XCTAssertTrue(report.skipped.contains { $0.path.hasSuffix("._UNSC_2005_SPV.5225_spch003.txt") })
        let all = try library.store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 100)
        func statement(_ file: String) throws -> Statement {
            let row = try XCTUnwrap(all.first { try! library.store.statement(id: $0.id)!.source.path!.hasSuffix(file) })
            return try XCTUnwrap(try library.store.statement(id: row.id))
        }
        let denisov = try statement("spch003.txt")
        XCTAssertEqual(denisov.source.family, "unsc-corpus")
        assertField(denisov.date, StatementDate(year: 2005, month: 7, day: 14)!, inferred: false)
        assertField(denisov.speaker, "Mr. Denisov", inferred: false)
        assertField(denisov.country, "Russian Federation")
        assertField(denisov.role, "Deputy Permanent Representative")
        assertField(denisov.forum, "Security Council")
        assertField(denisov.meetingSymbol, "S/PV.5225")
        assertField(denisov.agenda, "Children and armed conflict")
        assertField(denisov.deliveryLanguage, "Russian")
        XCTAssertEqual(denisov.paragraphs, ["We support the efforts of the Council on non-proliferation.", "Sanctions must be targeted."])
        XCTAssertFalse(denisov.body.contains("spoke in"), "the form of address is not body text")

        let obrien = try statement("spch004.txt")
        assertField(obrien.speaker, "Mr. O''Brien", "R's doubled apostrophe is data: the metadata is kept as written")
        assertField(obrien.country, "Türkiye", "country aliases resolve to one name")
        assertField(obrien.agenda, "Non-proliferation Democratic People's Republic of Korea", "the split row is joined again")
        assertField(obrien.deliveryLanguage, "Spanish")
        XCTAssertNil(obrien.role, "NA is missing")

        let feltman = try statement("spch0002.txt")
        assertField(feltman.speaker, "Mr. Feltman")
        XCTAssertNil(feltman.country)
        assertField(feltman.date, StatementDate(year: 2014)!, inferred: false)
        assertField(feltman.meetingSymbol, "S/PV.7165")

        let vtc = try statement("spch002.txt")
        XCTAssertNil(vtc.speaker)
        assertField(vtc.meetingSymbol, "S/2020/397")
        XCTAssertTrue(vtc.body.contains("“solidarity”"))
        XCTAssertTrue(vtc.notes.contains { $0.contains("Windows-1252") })
    }

    /// A corpus's tables are read again by the next import, not kept from the last: a table put right between
    /// two imports in one session (the window's library lives on) is the one the changed speech is joined to.
    func testATableCorrectedBetweenTwoImportsIsReadAgain() throws {
        let library = try Fixture.library()
        let root = try makeUNSC()
        XCTAssertEqual(library.importFiles([root]).imported.count, 5)
        let table = root.appendingPathComponent("Metadata/speaker.tsv")
        let corrected = try String(contentsOf: table, encoding: .utf8)
        try write(corrected.replacingOccurrences(of: "Mr. Denisov", with: "Mr. Konuzin"), to: table)
        try write("Mr. Konuzin (Russian Federation): We support the Council on non-proliferation.\n",
                  to: root.appendingPathComponent("Speeches/UNSC_2005_SPV.5225_spch003.txt"))
        XCTAssertEqual(library.importFiles([root]).imported.count, 1, "only the changed speech")
        let rows = try library.store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 100)
        let speakers = try rows.compactMap { try library.store.statement(id: $0.id)?.speaker?.value }
        XCTAssertTrue(speakers.contains("Mr. Konuzin"), "\(speakers)")
        XCTAssertFalse(speakers.contains("Mr. Denisov"), "\(speakers)")
    }

    // MARK: UN General Debate

    func makeUNGDC(workbook: Bool = true) throws -> URL {
        let root = Fixture.tempDir().appendingPathComponent("UNGDC")
        let txt = root.appendingPathComponent("TXT")
        try write("64.\tThe delegation of China greets the Assembly.\n65.\tWe stand for the Charter and for collective security.\n",
                  to: txt.appendingPathComponent("Session 20 - 1965/CHN_20_1965.txt"))
        try write("\u{FEFF}We welcome the new Secretary-General \n and call for common \n security for all.\r\n15-29701 15/28\n\u{0C}\nA/70/PV.21 30/09/2015\n**I thank you.**",
                  to: txt.appendingPathComponent("Session 70 - 2015/CHN_70_2015.txt"))
        try write("The Czechoslovak delegation supports peaceful coexistence.", to: txt.appendingPathComponent("Session 28 - 1973/CSK_28_1973.txt"))
        try write("The European Union speaks for multilateralism.", to: txt.appendingPathComponent("Session 70 - 2015/EU_70_2015.txt"))
        try write("junk", to: txt.appendingPathComponent("Session 70 - 2015/._CHN_70_2015.txt"))
        try Data([0, 0, 0, 1, 66]).write(to: txt.appendingPathComponent("Session 70 - 2015/.DS_Store"))
        if workbook {
            try XLSXFixture.write(rows: [
                ["Year", "Session", "ISO Code", "Country", "Name of Person Speaking", "Post"],
                ["2015", "70", "CHN", "China", "Xi Jinping", "President "],
                ["1973", "28", "CZK", "Czechoslovakia", "Mr. Chňoupek", ""],
                ["1965", "20", "CHN", "China", "Mr. Liu", ""],
            ], to: root.appendingPathComponent("Speakers_by_session.xlsx"))
        }
        return root
    }

    func testGeneralDebateFilesWithTheSpeakersWorkbook() throws {
        let library = try Fixture.library()
        let report = library.importFiles([try makeUNGDC()])
        XCTAssertEqual(report.imported.count, 4, "\(report.failed)")
        XCTAssertTrue(report.failed.isEmpty, "\(report.failed)")
        XCTAssertTrue(report.skipped.contains { $0.path.hasSuffix("Speakers_by_session.xlsx") && $0.message.contains("joined") })
        XCTAssertEqual(report.skipped.filter { $0.path.contains("/._") || $0.path.hasSuffix(".DS_Store") }.count, 2)
        let rows = try library.store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 10)
        let statements = try rows.map { try XCTUnwrap(try library.store.statement(id: $0.id)) }
        let roc = try XCTUnwrap(statements.first { $0.date?.value.year == 1965 })
        assertField(roc.country, "China (Republic of China)", inferred: false)
        XCTAssertNotNil(roc.country?.provenance.reason)
        assertField(roc.forum, "General Assembly")
        assertField(roc.meetingType, "general debate")
        assertField(roc.speaker, "Mr. Liu")
        XCTAssertEqual(roc.paragraphs, ["The delegation of China greets the Assembly.", "We stand for the Charter and for collective security."])
        let prc = try XCTUnwrap(statements.first { $0.date?.value.year == 2015 && $0.country?.value == "China" })
        assertField(prc.speaker, "Xi Jinping")
        assertField(prc.role, "President", "trailing spaces in the workbook are trimmed")
        XCTAssertEqual(prc.paragraphs.joined(separator: " "), "We welcome the new Secretary-General and call for common security for all. I thank you.",
                       "page furniture, form feeds, Markdown and hard wraps are gone")
        let csk = try XCTUnwrap(statements.first { $0.date?.value.year == 1973 })
        assertField(csk.country, "Czechoslovakia")
        assertField(csk.speaker, "Mr. Chňoupek", "the workbook's CZK is the files' CSK")
        let eu = try XCTUnwrap(statements.first { $0.country?.value == "European Union" })
        XCTAssertNil(eu.speaker, "no workbook row: no speaker, not a guess")
    }

    func testGeneralDebateWithoutWorkbookStillImports() throws {
        let library = try Fixture.library()
        let report = library.importFiles([try makeUNGDC(workbook: false)])
        XCTAssertEqual(report.imported.count, 4)
        XCTAssertEqual(try library.store.count(StatementFilter(forums: ["General Assembly"])), 4)
    }

    // MARK: Tables

    func testCSVWithGuessedColumns() throws {
        let dir = Fixture.tempDir()
        try write("session,year,country,text\n70,2015,CHN,\"We support multilateralism, and \"\"true\"\" multilateralism.\nSecond paragraph on sanctions.\"\n28,1973,CSK,Peaceful coexistence.\n71,2016,FRA,\n",
                  to: dir.appendingPathComponent("speeches.csv"))
        let library = try Fixture.library()
        let report = library.importFiles([dir])
        XCTAssertEqual(report.imported.count, 2, "an empty text cell is no statement")
        let rows = try library.store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 10)
        let s = try XCTUnwrap(try library.store.statement(id: rows[1].id))
        assertField(s.country, "China", inferred: false)
        assertField(s.date, StatementDate(year: 2015)!)
        XCTAssertEqual(s.paragraphs, ["We support multilateralism, and \"true\" multilateralism.", "Second paragraph on sanctions."])
        XCTAssertEqual(s.source.family, "table")
        XCTAssertTrue(s.country?.provenance.evidence?.contains("row 2") ?? false)
        assertField(try XCTUnwrap(try library.store.statement(id: rows[0].id)).country, "Czechoslovakia")
    }

    func testJSONLinesWithAMapping() throws {
        let dir = Fixture.tempDir()
        try write("{\"speech_body\": \"We oppose unilateral sanctions.\", \"who\": \"Zhang Jun\", \"when\": \"2021-03-04\", \"venue\": \"Security Council\"}\n{\"speech_body\": \"Peacekeeping matters.\", \"who\": \"Geng Shuang\", \"when\": \"4 March 2021\"}\n",
                  to: dir.appendingPathComponent("s.jsonl"))
        let mapping = try ColumnMapping.parse(["text=speech_body", "speaker=who", "date=when", "forum=venue"])
        let reader = StatementReader(reference: Fixture.reference, tableMapping: mapping)
        let reading = try reader.read(fileAt: dir.appendingPathComponent("s.jsonl"))
        XCTAssertEqual(reading.statements.count, 2)
        assertField(reading.statements[0].speaker, "Zhang Jun")
        assertField(reading.statements[0].forum, "Security Council")
        assertField(reading.statements[1].date, StatementDate(year: 2021, month: 3, day: 4)!)
        XCTAssertThrowsError(try ColumnMapping.parse(["words=speech"]))
    }

    func testTableWithoutTextIsSkippedWithTheReason() throws {
        let dir = Fixture.tempDir()
        try write("path,size\na.txt,12\n", to: dir.appendingPathComponent("manifest.csv"))
        let report = try Fixture.library().importFiles([dir])
        XCTAssertEqual(report.imported.count, 0)
        XCTAssertTrue(report.skipped.first?.message.contains("--map text=COLUMN") ?? false)
    }

    func testBrokenJSONLinesNamesTheLine() throws {
        let dir = Fixture.tempDir()
        try write("{\"text\": \"ok\"}\nnot json\n", to: dir.appendingPathComponent("bad.jsonl"))
        let report = try Fixture.library().importFiles([dir])
        XCTAssertEqual(report.failed.first?.message, "bad.jsonl: line 2 is not a JSON object")
    }

    func testRTableRejoinsSplitRows() {
        let t = DelimitedTable(tsv: "\ta\tb\tc\n1\tx\tsplit\nrow\tz\n2\tNA\t''q''\t\"\n")
        XCTAssertEqual(t.rows.count, 2)
        XCTAssertEqual(t.rows[0], ["1", "x", "split row", "z"])
        XCTAssertNil(DelimitedTable.value(t.rows[1], t.column("a")))
        XCTAssertEqual(DelimitedTable.value(t.rows[1], t.column("b")), "''q''")
    }

    /// Cells are split at tab bytes: the same cells as splitting into characters, marks, emoji, CR LF, empty cells
    /// and scripts included.
    func testCellsAreThoseACharacterSplitGives() {
        let rows = [
            "", "\t", "a\t\tb", "Ce\u{301}sar\tS\u{E3}o Tom\u{E9}\t\u{1F1FA}\u{1F1F3}\t",
            "\u{301}\t\u{301}x\tx\u{301}", "\u{627}\u{644}\u{642}\u{631}\u{627}\u{631}\t\u{5B89}\u{7406}\u{4F1A}\r",
        ]
        for row in rows {
            let line = Substring(row)
            let characterSplit = line.split(separator: "\t", omittingEmptySubsequences: false)
            XCTAssertEqual(DelimitedTable.cells(line), characterSplit, row)
        }
    }

    func testTheLanguageOfDeliveryIsNeverReadAsACountry() throws {
        let m = try XCTUnwrap(UNSCCorpusImporter.label.firstMatch(in: "The President (spoke in Chinese): I now give the floor."))
        XCTAssertEqual(m.group(1), "The President")
        XCTAssertNil(m.group(2), "no country")
        XCTAssertEqual(m.group(3), "Chinese")
        let d = try XCTUnwrap(UNSCCorpusImporter.label.firstMatch(in: "Mr. Denisov (Russian Federation) (spoke in Russian): We"))
        XCTAssertEqual(d.group(2), "Russian Federation")
    }
}

/// Writes a minimal .xlsx (shared strings, one sheet) so the workbook reader is tested on a real zip.
enum XLSXFixture {
    static func write(rows: [[String]], to url: URL) throws {
        var strings: [String] = []
        func index(_ s: String) -> Int { if let i = strings.firstIndex(of: s) { return i }; strings.append(s); return strings.count - 1 }
        func escape(_ s: String) -> String { s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
        var sheet = "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (r, row) in rows.enumerated() {
            sheet += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() where !value.isEmpty {
                let ref = String(UnicodeScalar(65 + c)!) + "\(r + 1)"
                if Int(value) != nil { sheet += "<c r=\"\(ref)\"><v>\(value)</v></c>" } else { sheet += "<c r=\"\(ref)\" t=\"s\"><v>\(index(value))</v></c>" }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        // Names split across rich-text runs, as in the real workbook.
        let shared = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + strings.map { s in
            let half = s.count / 2
            return "<si><r><t xml:space=\"preserve\">\(escape(String(s.prefix(half))))</t></r><r><t xml:space=\"preserve\">\(escape(String(s.dropFirst(half))))</t></r></si>"
        }.joined() + "</sst>"
        try? FileManager.default.removeItem(at: url)
        let archive = try Archive(url: url, accessMode: .create)
        for (path, text) in [("xl/sharedStrings.xml", shared), ("xl/worksheets/sheet1.xml", sheet)] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
