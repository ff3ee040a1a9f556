import Foundation
import XCTest
@testable import StatementModel

/// Dates read from the words around them, in fixtures written in the shape of real pages.
final class DateContextTests: XCTestCase {
    func testPublishedBeforeUpdatedOnOneLineIsThePublicationDate() throws {
        let finding = try XCTUnwrap(DateFinder.dateLine("Published: 13:57, March 4, 2022 | Updated: 19:26, March 5, 2022 PDF View"))
        XCTAssertEqual(finding.date, StatementDate(year: 2022, month: 3, day: 4))
        XCTAssertFalse(finding.modification, "the label before the first date is 'Published'")
        XCTAssertTrue(DateFinder.dateLine("Updated: 19:26, March 5, 2022")?.modification ?? false)
    }

    func testOrdinalWithCommaAndDashedDayFirstDates() {
        XCTAssertEqual(DateFinder.fullDates(in: "تاريخ النشر: 8th, January 2025 GMT").first?.date,
                       StatementDate(year: 2025, month: 1, day: 8))
        XCTAssertEqual(DateFinder.fullDates(in: "Created: 21-11-2022 21:08 IST").first?.date,
                       StatementDate(year: 2022, month: 11, day: 21))
        XCTAssertNil(DateFinder.fullDates(in: "Created: 03-04-2022").first?.date, "3 April or 4 March: left unread")
    }

    func testALettersOwnDateIsStated() {
        let s = Fixture.read("""
            Letter from Palau to the President of the Security Council

            Letter dated 14 May 2009 from the Permanent Representative of Palau to the United Nations addressed to
            the President of the Security Council

            I have the honour to transmit herewith the position of my Government on the matter now before the
            Council, and would be grateful if it were circulated as a document of the Security Council.
            """)
        assertField(s.date, StatementDate(year: 2009, month: 5, day: 14)!)
    }

    func testADateWithItsRightWeekdayInTheLeadDatesAnUndatedRelease() {
        let long = String(repeating: "The Ambassador set out the position of the Government at length. ", count: 8)
        let s = Fixture.read("""
            Ministry of Foreign Affairs

            Home | News | Contact

            Palau speaks for small island States at a virtual meeting

            Palau's Permanent Representative, Ambassador Ngiraked Tellei, took part on Thursday, 18th March 2021, \
            in a virtual meeting of the small island States with the President of the General Assembly. \(long)
            """)
        assertField(s.date, StatementDate(year: 2021, month: 3, day: 18)!, inferred: true)
    }

    func testYearOfADatelineIsTheNearestToADateOnlyMetInTheText() {
        XCTAssertEqual(DateReview.year(month: 12, day: 31, nearest: StatementDate(year: 2025, month: 12, day: 29)!), 2025)
        XCTAssertEqual(DateReview.year(month: 12, day: 31, nearest: StatementDate(year: 2026, month: 1, day: 2)!), 2025)
        XCTAssertEqual(DateReview.year(month: 12, day: 31, onOrBefore: StatementDate(year: 2026, month: 1, day: 2)!), 2025)
        XCTAssertEqual(DateReview.year(month: 1, day: 3, onOrBefore: StatementDate(year: 2026, month: 1, day: 2)!), 2026,
                       "a day after the page's date: the agency's clock runs ahead")
    }
}
