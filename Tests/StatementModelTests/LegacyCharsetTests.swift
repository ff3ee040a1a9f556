import Foundation
import XCTest

@testable import StatementModel

/// Pages and texts saved in the encoding their site served: Russian in Windows-1251 or KOI8-R, Chinese in
/// GBK. They used to come out as Windows-1252 mojibake ("Ñîâåò") or be refused.
final class LegacyCharsetTests: XCTestCase {
    /// Windows-1251 as its table lays Cyrillic out: А…я at 0xC0…0xFF, Ё and ё at 0xA8 and 0xB8.
    func windows1251(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { s in
            switch s.value {
            case 0x410...0x44F: return UInt8(s.value - 0x410 + 0xC0)
            case 0x401: return 0xA8
            case 0x451: return 0xB8
            default: return UInt8(s.value)  // ASCII only in these fixtures
            }
        }
    }

    func bytes(hex: String) -> [UInt8] {
        stride(from: 0, to: hex.count, by: 2).map { i in
            let start = hex.index(hex.startIndex, offsetBy: i)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)!
        }
    }

    func read(_ bytes: [UInt8], name: String) throws -> Statement {
        let url = Fixture.tempDir().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return try XCTUnwrap(Fixture.reader.read(fileAt: url).statements.first)
    }

    func testRussianPageInTheWindows1251ItDeclaresIsReadAsRussian() throws {
        let page =
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
            + "<title>МИД России</title></head><body><nav>Главная | Новости</nav>"
            + "<h1>Выступление Постоянного представителя В.А.Небензи в Совете Безопасности ООН</h1>"
            + "<p>12 марта 2021 г.</p>"
            + "<p>Уважаемый господин Председатель! Мы внимательно выслушали доклад о положении в Сирии.</p>"
            + "<p>Россия поддерживает политический процесс, который ведут и осуществляют сами сирийцы.</p>"
            + "</body></html>"
        let s = try read(windows1251(page), name: "mid-nebenzia.html")
        XCTAssertEqual(s.title?.value, "Выступление Постоянного представителя В.А.Небензи в Совете Безопасности ООН")
        XCTAssertEqual(s.date?.value.iso, "2021-03-12")
        XCTAssertEqual(s.forum?.value, "Security Council")
        XCTAssertTrue(s.body.contains("политический процесс"), s.body)
        XCTAssertFalse(s.body.contains("Ñ"), "no Windows-1252 mojibake")
        XCTAssertTrue(s.notes.contains { $0.contains("read as windows-1251, as the file declares") }, "\(s.notes)")
    }

    func testChinesePageInTheGB2312ItDeclaresIsReadAsGBK() throws {
        // 中国常驻联合国代表张军在安理会发言, in GBK.
        let headline = bytes(hex: "d6d0b9fab3a3d7a4c1aabacfb9fab4fab1edd5c5befcd4dab0b2c0edbbe1b7a2d1d4")
        let page =
            Array("<html><head><meta charset=\"gb2312\"></head><body><h1>".utf8) + headline
            + Array("</h1><p>2021-09-09</p><p>".utf8) + headline + headline + Array("</p></body></html>".utf8)
        let s = try read(page, name: "portal.html")
        XCTAssertEqual(s.title?.value, "中国常驻联合国代表张军在安理会发言")
        XCTAssertEqual(s.forum?.value, "Security Council")
        XCTAssertTrue(s.notes.contains { $0.contains("read as gb2312, as the file declares") }, "\(s.notes)")
    }

    func testUndeclaredCyrillicTextIsReadInTheCodePageItsLettersFit() throws {
        let sentence = "Постоянный представитель России при ООН В.А.Небензя выступил в Совете Безопасности.\n"
        let cp1251 = try TextDecoder.decode(windows1251(sentence + sentence))
        XCTAssertEqual(cp1251.text, sentence + sentence)
        XCTAssertEqual(cp1251.notes.count, 1)
        XCTAssertTrue(cp1251.notes[0].contains("read as windows-1251, which its letters fit (inferred)"))
        // The same sentence in KOI8-R, where the small letters sit where Windows-1251 has the capitals.
        let koi8 = bytes(
            hex: "f0cfd3d4cfd1ceced9ca20d0d2c5c4d3d4c1d7c9d4c5ccd820f2cfd3d3c9c920d0d2c920efefee20f72ee12e"
                + "eec5c2c5cedad120d7d9d3d4d5d0c9cc20d720f3cfd7c5d4c520e2c5dacfd0c1d3cecfd3d4c92e0a")
        XCTAssertEqual(try TextDecoder.decode(koi8).text, sentence)
    }

    func testLatinTextsInWindows1252AreNotTakenForCyrillic() throws {
        // Accented letters one at a time among ASCII ones: French, not Russian, whatever their bytes.
        let french = "Le délégué de la République a déclaré à Genève que l'élève réussit. Très été, bientôt noël."
        let bytes = french.unicodeScalars.map { UInt8($0.value) }
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.text, french)
        XCTAssertTrue(decoded.notes[0].hasSuffix("read as Windows-1252"), "\(decoded.notes)")
        XCTAssertNil(LegacyCharset.cyrillicGuess(bytes[...]))
    }

    func testDeclarationsAreFoundAndUTF8OrUnknownOnesLeftAlone() {
        XCTAssertEqual(LegacyCharset.declared(in: Array("<meta charset='Windows-1256'>".utf8)[...]), "windows-1256")
        let xml = Array("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>".utf8)
        XCTAssertEqual(LegacyCharset.declared(in: xml[...]), "koi8-r")
        XCTAssertNil(LegacyCharset.declared(in: Array("<meta charset=\"utf-8\">".utf8)[...]))
        XCTAssertNil(LegacyCharset.decode([0x61, 0xE9][...], label: "no-such-encoding"))
        // A page that declares an encoding its bytes break falls back as before: not silently garbled.
        XCTAssertNil(LegacyCharset.decode([0x81, 0x20][...], label: "gb2312"))
    }
}
