import StatementModel
import XCTest

@testable import RostrumViewModel

final class RefileSummaryTests: XCTestCase {
    func testTheToastNamesTheSituationsMostChangedFirst() {
        var r = RefiledSituations()
        (r.read, r.changed) = (120, 9)
        r.gained = ["Iran": 4, "Yemen": 1, "Haiti": 1, "Libya": 2]
        r.lost = ["Peacekeeping": 3, "Iran": 1]
        XCTAssertEqual(
            RefileSummary.headline(r),
            "Filed 120 statements again: 9 changed (+4 −1 Iran, −3 Peacekeeping, +2 Libya, …)")
        r.gained = [:]
        r.lost = ["Peacekeeping": 1]
        XCTAssertEqual(RefileSummary.headline(r), "Filed 120 statements again: 9 changed (−1 Peacekeeping)")
    }

    func testAStoppedFilingSaysTheRestKeepTheirEarlierSituations() {
        var r = RefiledSituations()
        (r.read, r.stopped) = (500, true)
        XCTAssertEqual(
            RefileSummary.headline(r), "Filing stopped after 500 statements: the others keep their earlier situations")
    }
}
