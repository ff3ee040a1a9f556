import CCairo
import Foundation
import XCTest

@testable import StatementModel
@testable import TimelineChart

/// The comparison as a picture: each theme's bars as long as its shares, A's over B's, in A's and B's colours.
final class ComparisonChartTests: XCTestCase, @unchecked Sendable {
    func testThemeBarsAreAsLongAsTheShares() throws {
        try MainActor.assumeIsolated {
            var comparison = GroupComparison()
            comparison.a.statements = 10
            comparison.b.statements = 8
            let chart = ComparisonChart(
                subtitle: "test", groupA: "China", groupB: "Peru", comparison: comparison,
                themes: [.init(theme: "Sanctions", a: 0.5, b: 0.25)])
            let (width, height) = (842, 595)
            let surface = try XCTUnwrap(cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height)))
            defer { cairo_surface_destroy(surface) }
            let cr = try XCTUnwrap(cairo_create(surface))
            defer { cairo_destroy(cr) }
            cairo_set_source_rgb(cr, 1, 1, 1)
            cairo_paint(cr)
            chart.draw(cr, width: Double(width), height: Double(height))
            cairo_surface_flush(surface)
            let stride = Int(cairo_image_surface_get_stride(surface))
            let data = try XCTUnwrap(cairo_image_surface_get_data(surface))
            /// The longest run of a colour on any row, from the left edge: a bar's length.
            func barLength(_ hex: UInt32) -> Int {
                var longest = 0
                for y in 0..<height {
                    var x = 0
                    while x < width {
                        let p = y * stride + x * 4
                        let rgb = UInt32(data[p + 2]) << 16 | UInt32(data[p + 1]) << 8 | UInt32(data[p])
                        if rgb != hex { break }
                        x += 1
                    }
                    longest = max(longest, x)
                }
                return longest
            }
            let a = barLength(0x0072B2)
            let b = barLength(0xE69F00)
            XCTAssertGreaterThan(b, 20, "B's bar is drawn")
            XCTAssertEqual(Double(a) / Double(b), 2, accuracy: 0.1, "half the statements against a quarter")
        }
    }
}
