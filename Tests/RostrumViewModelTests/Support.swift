import Foundation

@testable import StatementModel

// The view-model's models are tied to the main actor, as the window is. Linux's XCTest cannot call a test method
// isolated to it (its discovery casts every test to a plain function and traps), so each test runs its body in
// `MainActor.assumeIsolated` (XCTest runs tests on the main thread, one at a time, which is also why the test
// classes may be `@unchecked Sendable`), and the classes' helpers are `@MainActor`.

/// Libraries for the view-model tests: the repo's Resources, a fixed current year, a fresh folder.
enum TestLibrary {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// An empty library in a new temporary folder (returned too, for extra files).
    static func empty() throws -> (StatementLibrary, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
            "rostrum-vm-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let reference = try ReferenceData.load(
            resources: root.appendingPathComponent("Resources"), userThemes: nil, currentYear: 2026)
        return (
            StatementLibrary(
                store: try SQLiteStatementStore(path: dir.appendingPathComponent("l.sqlite").path),
                reader: StatementReader(reference: reference)), dir
        )
    }

    /// A library holding the two statements of `data/`, as a new user's first start gives.
    static func seeded() throws -> StatementLibrary {
        let (library, _) = try empty()
        try library.seedIfEmpty(from: root.appendingPathComponent("data"))
        return library
    }

    /// Made-up prose no two seeds share, for texts that must share only what a test plants in them.
    static func prose(_ seed: Int) -> String {
        var x = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1
        let syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "vo"]
        return (0..<90).map { _ in
            (0..<3).map { _ in
                x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return syllables[Int(x >> 61)]
            }.joined()
        }.joined(separator: " ") + "."
    }
}
