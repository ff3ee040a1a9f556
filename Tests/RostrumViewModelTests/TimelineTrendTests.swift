import Foundation
import XCTest

@testable import StatementModel
@testable import TimelineChart

/// A click on a trend's point finds that point (and its line) where the chart draws it, and nothing elsewhere.
final class TimelineTrendTests: XCTestCase, @unchecked Sendable {
    func testAPointIsFoundWhereItIsDrawn() {
        MainActor.assumeIsolated {
            let y2020 = Double(DayNumber.of(year: 2020, month: 1, day: 1))
            let y2021 = Double(DayNumber.of(year: 2021, month: 1, day: 1))
            let y2022 = Double(DayNumber.of(year: 2022, month: 1, day: 1))
            var chart = TimelineChart(bins: [], start: y2020, end: y2022, granularity: .year, themes: [])
            chart.trends = [
                .init(
                    label: "China", series: "China", colour: "#0072B2", points: [(y2020, y2021, 4), (y2021, y2022, 2)]),
                .init(
                    label: "Peru", series: "Peru", colour: "#E69F00", points: [(y2020, y2021, 1), (y2021, y2022, 0)]),
            ]
            let (width, height) = (800.0, 150.0)
            let x2020 = chart.xPosition(ofDay: (y2020 + y2021) / 2, width: width)
            let x2021 = chart.xPosition(ofDay: (y2021 + y2022) / 2, width: width)
            let bottom = height - 22
            let top = 6 + 11 * 1.2 + 18  // the chart's key line and the room for the bars' counts
            // China's 2020 point is the highest (the top of the scale); Peru's 2021 point is a zero, on the axis.
            XCTAssertTrue(chart.trendPoint(atX: x2020 + 2, y: top + 1, width: width, height: height)! == (0, 0))
            XCTAssertTrue(chart.trendPoint(atX: x2021, y: (top + bottom) / 2, width: width, height: height)! == (0, 1))
            XCTAssertTrue(chart.trendPoint(atX: x2021 - 3, y: bottom - 2, width: width, height: height)! == (1, 1))
            XCTAssertNil(chart.trendPoint(atX: x2020, y: (top + bottom) / 2, width: width, height: height))
            chart.title = "An export"
            XCTAssertNil(chart.trendPoint(atX: x2020, y: top, width: width, height: height), "laid out otherwise")
        }
    }
}
