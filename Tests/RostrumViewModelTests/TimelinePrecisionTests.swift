import CCairo
import Foundation
import XCTest

@testable import RostrumViewModel
@testable import StatementModel
@testable import TimelineChart

/// Dates known only to their year, seen at month zoom: a pale block over the whole year, never a January spike.
final class TimelinePrecisionDrawingTests: XCTestCase, @unchecked Sendable {
    private let year2023 = (
        start: DayNumber.of(year: 2023, month: 1, day: 1), end: DayNumber.of(year: 2024, month: 1, day: 1)
    )

    @MainActor
    private func bins() -> [TimelineBin] {
        [
            TimelineBin(key: "2023", count: 24, inferred: 0, imprecise: 24, themes: [:]),
            TimelineBin(key: "2023-06", count: 4, inferred: 0, imprecise: 0, themes: [:]),
        ]
    }

    func testTheMonthsBarIsChosenOverTheYearsBlockBehindIt() {
        MainActor.assumeIsolated {
            var t = TimelineModel(start: Double(year2023.start), end: Double(year2023.end))
            t.bins = bins()
            t.granularity = .month
            let june = t.x(ofDay: Double(DayNumber.of(year: 2023, month: 6, day: 15)), width: 1200)
            let march = t.x(ofDay: Double(DayNumber.of(year: 2023, month: 3, day: 15)), width: 1200)
            XCTAssertEqual(t.bin(atX: june, width: 1200)?.key, "2023-06")
            XCTAssertEqual(t.bin(atX: march, width: 1200)?.key, "2023", "a month without a bar is the year's block")
            XCTAssertTrue(t.accessibleDescription.contains("24 of them dated less precisely"), t.accessibleDescription)
        }
    }

    /// Painted heights, measured in pixels from the axis up, in January, March and June.
    func testTheYearIsSpreadOverItsMonthsAndAreaIsCount() throws {
        try MainActor.assumeIsolated {
            let (width, height) = (1200, 300)
            let surface = try XCTUnwrap(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)))
            defer { cairo_surface_destroy(surface) }
            let cr = try XCTUnwrap(cairo_create(surface))
            defer { cairo_destroy(cr) }
            var chart = TimelineChart(
                bins: bins(), start: Double(year2023.start), end: Double(year2023.end), granularity: .month, themes: [])
            chart.showKey = false
            chart.draw(cr, width: Double(width), height: Double(height), foreground: .init(red: 0, green: 0, blue: 0))
            cairo_surface_flush(surface)
            let stride = Int(cairo_image_surface_get_stride(surface))
            let data = try XCTUnwrap(cairo_image_surface_get_data(surface))
            func inkHeight(month: Int) -> Int {
                let day = Double(DayNumber.of(year: 2023, month: month, day: 15))
                let x = Int(chart.xPosition(ofDay: day, width: Double(width)))
                // The run of ink from just above the axis upwards (labels above a bar are not counted).
                var y = height - Int(TimelineChart.axisHeight) - 2
                var rows = 0
                while y > 0, data[y * stride + x * 4 + 3] > 10 {
                    rows += 1
                    y -= 1
                }
                return rows
            }
            let (january, march, june) = (inkHeight(month: 1), inkHeight(month: 3), inkHeight(month: 6))
            XCTAssertGreaterThan(march, 5, "a month with no bar of its own shows the year's block")
            XCTAssertEqual(january, march, accuracy: 2, "no January spike: the year is spread evenly")
            // 24 over 12 months is 2 a month, half of June's 4: June's bar is about twice the block's height.
            XCTAssertGreaterThan(Double(june), 1.6 * Double(march))
        }
    }
}
