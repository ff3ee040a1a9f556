import XCTest
@testable import StatementModel

/// The library stores each statement as a JSON document written by `DocumentWriter`, not by
/// `JSONEncoder`; it must give the same JSON, field for field, or a statement would come back changed.
final class StatementDocumentTests: XCTestCase {
    /// Every field set, awkward characters in the strings.
    static func everything() -> Statement {
        let p = Provenance(basis: .inferred, rule: "wire.dateline+weekday", confidence: 0.123456789, span: TextSpan(start: 3, end: 17),
                           evidence: "Nov. 3 \"quoted\" \\ back", reason: "a weekday\nand a tab\tand \u{1}")
        var s = Statement(id: "0123456789abcdef", source: StatementSource(path: "/tmp/a “b”/c.txt", family: "wire",
                                                                          url: Attributed("https://example.org/a?b=1&c=\"2\"", p),
                                                                          publisher: Attributed("Xinhua", p)),
                          raw: "Raw \"text\" with \\ back\\slash, CR\r, NUL-ish \u{0}\u{1F}, emoji 🇺🇳, Chinese 安全理事会, é and e\u{301}",
                          paragraphs: ["First paragraph.", "Second with “quotes” and 安全."])
        s.title = Attributed("A title / with a slash", p)
        s.date = Attributed(StatementDate(year: 2020, month: 11, day: 3)!, p)
        s.speaker = Attributed("Zhang Jun", p)
        s.role = Attributed("Permanent Representative", p)
        s.country = Attributed("China", p)
        s.forum = Attributed("Security Council", p)
        s.meetingType = Attributed("open debate", p)
        s.agenda = Attributed("Peace and security", p)
        s.meetingSymbol = Attributed("S/PV.8777", p)
        s.deliveryLanguage = Attributed("Chinese", p)
        s.kind = Attributed("news report", p)
        s.language = Attributed("en", p)
        s.themes = [ThemeMatch(theme: "Sanctions", count: 2, spans: [BodySpan(paragraph: 0, start: 1, end: 5), BodySpan(paragraph: 1, start: 0, end: 3)]),
                    ThemeMatch(theme: "Empty", count: 0, spans: [])]
        s.mentions = [Mention(name: "China", kind: .country, count: 1, spans: [BodySpan(paragraph: 1, start: 2, end: 7)])]
        s.situations = [SituationMatch(name: "Syria", provenance: Provenance(
            basis: .inferred, rule: "situation.body", confidence: 0.6, span: TextSpan(start: 1, end: 4),
            evidence: "syria", reason: "3 mentions in the text"))]
        s.notes = ["converted from UTF-16", "a note with \"quotes\""]
        return s
    }

    /// Optional fields left nil in a value: the test's statement must set them all, or a field added to
    /// `Statement` later could be left out of the writer without a test noticing.
    func nilFields(_ value: Any, path: String = "statement") -> [String] {
        var found: [String] = []
        for child in Mirror(reflecting: value).children {
            let name = path + "." + (child.label ?? "?")
            let mirror = Mirror(reflecting: child.value)
            if mirror.displayStyle == .optional {
                guard let inner = mirror.children.first?.value else { found.append(name); continue }
                found += nilFields(inner, path: name)
            } else if mirror.displayStyle == .struct {
                found += nilFields(child.value, path: name)
            }
        }
        return found
    }

    func testTheWriterGivesTheEncodersJSON() throws {
        let s = Self.everything()
        XCTAssertEqual(nilFields(s), [], "set every field in the test statement")
        let fast = try DocumentWriter.json(s), foundation = try StatementDocument.foundationJSON(s)
        let a = try JSONSerialization.jsonObject(with: Data(fast.utf8)) as! NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(foundation.utf8)) as! NSDictionary
        XCTAssertEqual(a, b)
        XCTAssertEqual(try JSONDecoder().decode(Statement.self, from: Data(fast.utf8)), s)
    }

    func testEmptyOptionalsAreLeftOutAsTheEncoderLeavesThemOut() throws {
        var s = Statement(id: "x", source: StatementSource(family: "plain"), raw: "", paragraphs: [])
        s.date = Attributed(StatementDate(year: 1999)!, Provenance(basis: .stated, rule: "r", confidence: 0.5))
        let a = try JSONSerialization.jsonObject(with: Data(try DocumentWriter.json(s).utf8)) as! NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(try StatementDocument.foundationJSON(s).utf8)) as! NSDictionary
        XCTAssertEqual(a, b)
    }

    func testImportedStatementsComeBackFromTheirDocuments() throws {
        let dir = Fixture.tempDir()
        _ = try CorpusGenerator(count: 60, seed: 4, layout: .mixed, reference: Fixture.reference).write(to: dir)
        var checked = 0
        for file in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!.compactMap({ $0 as? URL }) {
            guard let reading = try? Fixture.reader.read(fileAt: file) else { continue }
            for s in reading.statements {
                let document = try StatementDocument.encode(s)
                XCTAssertEqual(try StatementDocument.decode(document, body: s.body), s)
                XCTAssertEqual(try JSONDecoder().decode(Statement.self, from: Data(try DocumentWriter.json(s).utf8)), s)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 50)
    }

    /// A corpus speech is its file less the speaker's label: its document keeps the few bytes around the
    /// body instead of the raw text again, and the statement comes back byte for byte.
    func testCorpusSpeechesKeepTheirTextOnceAndComeBackWhole() throws {
        let dir = Fixture.tempDir()
        _ = try CorpusGenerator(count: 40, seed: 9, layout: .unsc, reference: Fixture.reference).write(to: dir)
        var checked = 0
        for file in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!.compactMap({ $0 as? URL }) {
            guard file.pathExtension == "txt", let reading = try? Fixture.reader.read(fileAt: file) else { continue }
            for s in reading.statements where !s.body.isEmpty {
                let document = try StatementDocument.encode(s)
                XCTAssertTrue(document.contains(#""raw":"","rawAround":"#), file.lastPathComponent)
                XCTAssertFalse(document.contains(String(s.paragraphs[0].prefix(60))), file.lastPathComponent)
                let back = try StatementDocument.decode(document, body: s.body)
                XCTAssertEqual(Array(back.raw.utf8), Array(s.raw.utf8), file.lastPathComponent)
                XCTAssertEqual(back, s)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 30)
    }

    func testRawTextAroundTheBodyIsFoundOnWholeCharacters() throws {
        let around = try XCTUnwrap(RawAround(raw: "Mme Ségolène (Côte d’Ivoire) : 安理会 merci.\n", body: "安理会 merci."))
        XCTAssertEqual(around.before, "Mme Ségolène (Côte d’Ivoire) : ")
        XCTAssertEqual(around.after, "\n")
        XCTAssertNil(RawAround(raw: "Home | News\nFirst.\n\nSecond.", body: "First.\n\nSecond. More"))
        XCTAssertNil(RawAround(raw: "text", body: ""))
    }
}

/// ISO forms are printed without `String(format:)`; they must read as they did (range filters compare them).
final class DatePrintingTests: XCTestCase {
    func testISOFormsAreThoseOfStringFormat() {
        var rng = SeededRandom(seed: 7)
        for _ in 0..<3000 {
            let year = 1000 + Int(rng.next() % 9000), month = 1 + Int(rng.next() % 12)
            let day = 1 + Int(rng.next() % UInt64(StatementDate.daysIn(month: month, year: year)))
            for d in [StatementDate(year: year)!, StatementDate(year: year, month: month)!, StatementDate(year: year, month: month, day: day)!] {
                var iso = String(format: "%04d", d.year)
                if let m = d.month { iso += String(format: "-%02d", m) }
                if let dd = d.day { iso += String(format: "-%02d", dd) }
                XCTAssertEqual(d.iso, iso)
                XCTAssertEqual(d.firstDay, String(format: "%04d-%02d-%02d", d.year, d.month ?? 1, d.day ?? 1))
                let m = d.month ?? 12
                XCTAssertEqual(d.lastDay, String(format: "%04d-%02d-%02d", d.year, m, d.day ?? StatementDate.daysIn(month: m, year: d.year)))
            }
        }
    }
}
