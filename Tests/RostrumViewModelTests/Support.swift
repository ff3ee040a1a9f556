import Foundation

@testable import StatementModel

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
}
