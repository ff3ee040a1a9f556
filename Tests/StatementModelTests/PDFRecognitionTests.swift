import CPoppler
import XCTest

@testable import StatementModel

/// PDFs whose letters are only drawn: a scan (a page that is one image) and type in fonts that map to no
/// letters (the UN's PDF of the Russian Federation's 2024 General Debate statement, beside the repository).
final class PDFRecognitionTests: XCTestCase {
    private let lines = [
        "Statement by the Minister for Foreign Affairs",
        "New York, 24 September 2024",
        "Mr. President, the delegation calls for an immediate ceasefire",
        "and for the protection of civilians under international law.",
    ]

    func testAScannedPageIsReadByOCRAndSaysSo() throws {
        let url = Fixture.tempDir().appendingPathComponent("scan.pdf")
        try Self.scannedPDF(lines: lines).write(to: url)
        let s = try XCTUnwrap(Fixture.reader.read(fileAt: url).statements.first)
        XCTAssertTrue(s.body.contains("immediate ceasefire"), s.body)
        XCTAssertTrue(s.body.contains("protection of civilians"), s.body)
        XCTAssertEqual(s.date?.value, StatementDate(year: 2024, month: 9, day: 24))
        XCTAssertTrue(
            s.notes.contains { $0.contains("optical character recognition") && $0.contains("no text layer") },
            "\(s.notes)")
        // Without OCR (as the fuzzer reads) the same file is refused as before, with the reason.
        let plain = StatementReader(reference: Fixture.reference, recognisesImages: false)
        XCTAssertThrowsError(try plain.read(fileAt: url)) {
            XCTAssertEqual($0 as? TextProblem, .noTextLayer(pages: 1))
        }
    }

    func testAPageWithNothingDrawnIsStillRefusedAsAScan() throws {
        let url = Fixture.tempDir().appendingPathComponent("blank.pdf")
        try Self.scannedPDF(lines: []).write(to: url)
        XCTAssertThrowsError(try Fixture.reader.read(fileAt: url)) {
            XCTAssertEqual($0 as? TextProblem, .noTextLayer(pages: 1))
        }
    }

    /// A one-page PDF whose only content is a grey image of the lines, drawn with cairo's own text at
    /// 150 dpi: what a scanner makes, with no text layer at all.
    static func scannedPDF(lines: [String]) -> Data {
        let (width, height) = (1_275, 1_650)  // A US letter page at 150 dpi
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        let cr = cairo_create(surface)!
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_set_source_rgb(cr, 0, 0, 0)
        cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL)
        cairo_set_font_size(cr, 30)
        for (i, line) in lines.enumerated() {
            cairo_move_to(cr, 120, 200 + Double(i) * 60)
            cairo_show_text(cr, line)
        }
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        let data = cairo_image_surface_get_data(surface)!
        let stride = Int(cairo_image_surface_get_stride(surface))
        var grey = [UInt8](repeating: 255, count: width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { grey[y * width + x] = UInt8(row[x] & 0xFF) }
        }
        return pdf(image: grey, width: width, height: height)
    }

    /// The PDF around one uncompressed 8-bit grey image that fills a 612 × 792 pt page.
    private static func pdf(image: [UInt8], width: Int, height: Int) -> Data {
        let content = "q 612 0 0 792 0 0 cm /Im0 Do Q"
        let objects: [Data] = [
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data(
                ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 5 0 R >> >> "
                    + "/Contents 4 0 R >>").utf8),
            Data("<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream".utf8),
            Data(
                ("<< /Type /XObject /Subtype /Image /Width \(width) /Height \(height) /ColorSpace /DeviceGray "
                    + "/BitsPerComponent 8 /Length \(image.count) >>\nstream\n").utf8) + Data(image)
                + Data("\nendstream".utf8),
        ]
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Data("\(i + 1) 0 obj\n".utf8) + body + Data("\nendobj\n".utf8)
        }
        let xref = out.count
        out += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Data(String(format: "%010d 00000 n \n", o).utf8) }
        out += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }
}
