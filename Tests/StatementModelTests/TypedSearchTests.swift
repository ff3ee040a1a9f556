import XCTest
@testable import StatementModel

/// Search as you type: the word being typed is a prefix, everything else stays as the user wrote it.
final class TypedSearchTests: XCTestCase {
    func testTheWordBeingTypedBecomesAPrefix() {
        XCTAssertEqual(FullTextQuery.asTyped("terr"), "terr*")
        XCTAssertEqual(FullTextQuery.asTyped("collective secu"), "collective secu*")
        XCTAssertEqual(FullTextQuery.asTyped("Ukraine OR terr"), "Ukraine OR terr*")
        XCTAssertEqual(FullTextQuery.asTyped("安理会"), "安理会*")
    }

    func testWhatIsFinishedStaysExact() {
        XCTAssertEqual(FullTextQuery.asTyped("terrorism "), "terrorism ", "a space ends the word")
        XCTAssertEqual(FullTextQuery.asTyped("\"collective security\""), "\"collective security\"")
        XCTAssertEqual(FullTextQuery.asTyped("\"collective secu"), "\"collective secu", "inside a phrase")
        XCTAssertEqual(FullTextQuery.asTyped("sanct*"), "sanct*")
        XCTAssertEqual(FullTextQuery.asTyped("Syria AND"), "Syria AND", "an operator is not a word")
        XCTAssertEqual(FullTextQuery.asTyped("te"), "te", "too short to narrow the search")
        XCTAssertEqual(FullTextQuery.asTyped("counter-terr"), "counter-terr", "a hyphenated word is a phrase")
        XCTAssertEqual(FullTextQuery.asTyped(""), "")
    }

    func testATypedPrefixIsAValidSearch() throws {
        for typed in ["terr", "Ukraine OR sanc", "(Syria OR Yem"] {
            let prepared = try? FullTextQuery.prepare(FullTextQuery.asTyped(typed))
            if typed.hasPrefix("(") { XCTAssertNil(prepared, "an open parenthesis is still an error") } else {
                XCTAssertNotNil(prepared, typed)
            }
        }
    }
}
