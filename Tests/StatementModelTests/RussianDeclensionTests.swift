import XCTest

@testable import StatementModel

/// Russian names of bodies in the cases sentences put them in, found from the one nominative form the
/// forums table lists.
final class RussianDeclensionTests: XCTestCase {
    func testTheHeadOfANameDeclinesAndItsComplementKeepsItsCase() {
        let cd = RussianDeclension.forms(of: "Конференция по разоружению")
        XCTAssertTrue(cd.contains("Конференции по разоружению"), "\(cd)")
        XCTAssertTrue(cd.contains("Конференцией по разоружению"), "\(cd)")
        let ecosoc = RussianDeclension.forms(of: "Экономический и Социальный Совет")
        XCTAssertTrue(ecosoc.contains("Экономического и Социального Совета"), "\(ecosoc)")
        XCTAssertTrue(ecosoc.contains("Экономическом и Социальном Совете"), "\(ecosoc)")
        XCTAssertTrue(RussianDeclension.forms(of: "Лига арабских государств").contains("Лиги арабских государств"))
        XCTAssertTrue(RussianDeclension.forms(of: "Совет ООН по правам человека").contains("Совете ООН по правам человека"))
        XCTAssertEqual(RussianDeclension.forms(of: "ОДКБ"), [], "an abbreviation does not decline")
        XCTAssertEqual(RussianDeclension.forms(of: "Conference on Disarmament"), [])
    }

    func testAForumNamedInAnotherCaseIsFound() {
        let lexicon = ForumLexicon.parse("Conference on Disarmament\tun-body\tКонференция по разоружению\tsource\n")
        XCTAssertEqual(lexicon.first(in: "Выступление С.В.Лаврова на Конференции по разоружению")?.forum,
                       "Conference on Disarmament")
        XCTAssertNil(lexicon.first(in: "Конференциями участников"), "another word is not the name")
    }
}
