import XCTest

@testable import RostrumViewModel

/// While the pointer is over the topic filter, its values stay where they are.
final class FacetOrderTests: XCTestCase, @unchecked Sendable {
    @MainActor
    private func row(_ value: String, _ count: Int, selected: Bool = false) -> FacetRow {
        FacetRow(value: value, count: count, selected: selected, colour: nil)
    }

    func testValuesKeepTheirPlacesWhenCountsChange() {
        MainActor.assumeIsolated {
            let shown = [row("Ukraine", 9), row("Syria", 5), row("Yemen", 2)]
            let fresh = [row("Yemen", 7, selected: true), row("Ukraine", 3), row("Haiti", 1)]
            let kept = FacetOrder.keeping(shown, fresh)
            XCTAssertEqual(kept.map(\.value), ["Ukraine", "Yemen", "Haiti"], "Yemen is not moved to the top")
            XCTAssertEqual(kept.map(\.count), [3, 7, 1], "new counts; a value no longer listed goes")
            XCTAssertEqual(kept[1].selected, true)
            XCTAssertEqual(FacetOrder.keeping([], fresh), fresh, "nothing shown yet: the fresh order")
        }
    }
}
