import XCTest

@testable import RostrumViewModel

/// The one table of commands: what the shortcuts window lists and which commands the menu greys out.
final class CommandTableTests: XCTestCase, @unchecked Sendable {
    func testTheShortcutsWindowListsEveryCommandKey() {
        MainActor.assumeIsolated {
            let rows = CommandTable.shortcutGroups.flatMap(\.rows)
            for command in CommandTable.commands where !command.accels.isEmpty {
                XCTAssertTrue(
                    rows.contains { $0.title == command.title && $0.accels == command.accels },
                    "\(command.name) (\(command.accels)) is not in the shortcuts window")
            }
            let titles = rows.map(\.title)
            XCTAssertEqual(Set(titles).count, titles.count, "two rows of the shortcuts window have one title")
            XCTAssertTrue(rows.contains { $0.title == "Move through the list" && $0.accels == ["Up", "Down"] })
        }
    }

    /// Every key the presenter answers to is listed under Presenting, but for the keypad's and the capitals'
    /// twins of listed keys; keys it does not answer to are not.
    func testThePresentingGroupListsEveryKeyThePresenterAnswersTo() throws {
        try MainActor.assumeIsolated {
            let presenting = try XCTUnwrap(CommandTable.shortcutGroups.first { $0.title == "Presenting" })
            let listed = Set(presenting.rows.flatMap(\.accels))
            let letters = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) }
            let named = [
                "Right", "Left", "Up", "Down", "Home", "End", "Page_Up", "Page_Down", "space", "BackSpace", "Return",
                "Escape", "Tab", "period", "comma", "Delete", "Insert",
            ]
            let keys = letters + named + (1...12).map { "F\($0)" }
            var answered = 0
            for key in keys where PresentationMove.forKey(key) != nil {
                answered += 1
                XCTAssertTrue(listed.contains(key), "the presenter answers to \(key), which is not listed")
            }
            XCTAssertEqual(answered, listed.count, "a listed key the presenter does not answer to")
            for key in ["KP_Right", "KP_Enter", "B", "D"] { XCTAssertNotNil(PresentationMove.forKey(key), key) }
            XCTAssertEqual(PresentationMove.forKey("d"), .lightOrDark)
            XCTAssertNil(PresentationMove.forKey("KP_Multiply"))
        }
    }

    func testCommandsThatCannotRunAreGreyedOut() {
        MainActor.assumeIsolated {
            func enabled(_ c: CommandTable.Context) -> [String: Bool] {
                Dictionary(uniqueKeysWithValues: CommandTable.availability(in: c).map { ($0.name, $0.enabled) })
            }
            let empty = enabled(
                .init(listed: false, timelineDrawn: false, selected: false, filtered: true, storyHasCards: false))
            for name in [
                "export", "present", "export-timeline", "add-to-story", "present-story", "export-story", "next-hit",
            ] {
                XCTAssertEqual(empty[name], false, name)
            }
            XCTAssertEqual(empty["clear-filters"], true)
            let full = enabled(
                .init(
                    listed: true, timelineDrawn: true, selected: true, filtered: false, storyHasCards: true,
                    hasHits: true, situationsOutOfDate: true))
            XCTAssertTrue(full.filter { $0.key != "clear-filters" }.values.allSatisfy { $0 })
            XCTAssertEqual(full["clear-filters"], false, "nothing to clear")
            XCTAssertEqual(empty["refile-situations"], false, "a library filed with this version's table")
            // Hidden, not greyed out: every command hidden so must be one the table can disable.
            XCTAssertTrue(CommandTable.hiddenWhenUnavailable.isSubset(of: Set(empty.keys)))
            let names = Set(CommandTable.commands.map(\.name))
            for name in empty.keys { XCTAssertTrue(names.contains(name), "\(name) is no command") }
        }
    }
}
