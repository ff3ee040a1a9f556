import CCairo
import Foundation
import XCTest

@testable import StatementModel
@testable import TimelineChart

/// The window shows the selected statement's marker as a widget of its own over the chart, placed by
/// `TimelineChart.marker`: it must lie where the chart paints it when drawn with a day (as the window drew it
/// before), as a line on the day, or as a band over the month a statement is dated to only that far.
final class TimelineMarkerTests: XCTestCase, @unchecked Sendable {
    private let (width, height) = (1000, 200)
    private let start = Double(DayNumber.of(year: 2023, month: 1, day: 1))
    private let end = Double(DayNumber.of(year: 2024, month: 1, day: 1))

    @MainActor
    private func chart(day: (Int, Int), through last: (Int, Int)? = nil) -> TimelineChart {
        var chart = TimelineChart(
            bins: [TimelineBin(key: "2023-03", count: 5, inferred: 0, imprecise: 0, themes: [:])],
            start: start, end: end, granularity: .month, themes: [])
        chart.markerDay = Double(DayNumber.of(year: 2023, month: day.0, day: day.1)) + 0.5
        chart.markerEnd = last.map { Double(DayNumber.of(year: 2023, month: $0.0, day: $0.1)) }
        return chart
    }

    /// The bounding box of the pixels the chart paints in the marker's blue, at full strength.
    @MainActor
    private func paintedBlue(_ chart: TimelineChart) throws -> (x0: Int, x1: Int, y0: Int, y1: Int)? {
        let surface = try XCTUnwrap(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)))
        defer { cairo_surface_destroy(surface) }
        let cr = try XCTUnwrap(cairo_create(surface))
        defer { cairo_destroy(cr) }
        chart.draw(cr, width: Double(width), height: Double(height), foreground: .black)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = try XCTUnwrap(cairo_image_surface_get_data(surface))
        var box: (x0: Int, x1: Int, y0: Int, y1: Int)?
        for y in 0..<height {
            for x in 0..<width {
                let p = data.advanced(by: y * stride + x * 4)  // B, G, R, A (premultiplied, little-endian)
                guard p[3] == 255, abs(Int(p[2]) - 54) < 3, abs(Int(p[1]) - 133) < 3, abs(Int(p[0]) - 227) < 3
                else { continue }
                box = box.map { (min($0.x0, x), max($0.x1, x), min($0.y0, y), max($0.y1, y)) } ?? (x, x, y, y)
            }
        }
        return box
    }

    func testADaysLineIsWhereTheChartPaintsIt() throws {
        try MainActor.assumeIsolated {
            let chart = chart(day: (3, 15))
            let marker = try XCTUnwrap(chart.marker(width: Double(width), height: Double(height)))
            XCTAssertFalse(marker.isBand)
            XCTAssertEqual(marker.width, 2)
            let painted = try XCTUnwrap(paintedBlue(chart))
            XCTAssertEqual(Double(painted.x0), marker.x.rounded(.down), accuracy: 1)
            XCTAssertEqual(Double(painted.x1 + 1), (marker.x + marker.width).rounded(.up), accuracy: 1)
            XCTAssertEqual(Double(painted.y0), marker.y.rounded(.down), accuracy: 1)
            XCTAssertEqual(Double(painted.y1 + 1), (marker.y + marker.height).rounded(.up), accuracy: 1)
            let middle = chart.xPosition(ofDay: chart.markerDay!, width: Double(width))
            XCTAssertEqual(marker.x + 1, middle, accuracy: 0.001, "centred on the day")
        }
    }

    func testAMonthDatedStatementIsABandOverTheMonthWithItsLineOnTheAxis() throws {
        try MainActor.assumeIsolated {
            let chart = chart(day: (6, 1), through: (7, 1))
            let marker = try XCTUnwrap(chart.marker(width: Double(width), height: Double(height)))
            XCTAssertTrue(marker.isBand)
            XCTAssertEqual(marker.width, Double(width) * 30 / 365, accuracy: 1.5, "June's width")
            // The band itself is pale; its line along the axis is at full strength, the band's width.
            let painted = try XCTUnwrap(paintedBlue(chart))
            XCTAssertEqual(Double(painted.x0), marker.x, accuracy: 1)
            XCTAssertEqual(Double(painted.x1 + 1), marker.x + marker.width, accuracy: 1)
            XCTAssertEqual(Double(painted.y1 + 1), marker.y + marker.height, accuracy: 1)
            XCTAssertEqual(painted.y1 - painted.y0, 1, "two pixels tall")
        }
    }

    func testNoMarkerOutOfViewOrWithoutADay() throws {
        try MainActor.assumeIsolated {
            var chart = chart(day: (3, 15))
            chart.markerDay = start - 40
            XCTAssertNil(chart.marker(width: Double(width), height: Double(height)))
            XCTAssertNil(try paintedBlue(chart))
            chart.markerDay = nil
            XCTAssertNil(chart.marker(width: Double(width), height: Double(height)))
        }
    }
}
