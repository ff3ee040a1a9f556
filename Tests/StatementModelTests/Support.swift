import Foundation
import XCTest
@testable import StatementModel

/// Paths and readers for tests: the repo's own Resources and data, a fixed "current year" so that
/// open-ended terms of office do not change results as the calendar moves.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let resources = root.appendingPathComponent("Resources")
    static let data = root.appendingPathComponent("data")
    static let reference = try! ReferenceData.load(resources: resources, userThemes: nil, currentYear: 2026)
    static let reader = StatementReader(reference: reference)

    static func read(_ text: String, path: String? = nil) -> Statement { reader.read(SourceDocument(path: path, text: text)) }

    static func tempDir(_ name: String = #function) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rostrum-tests-\(UUID().uuidString.prefix(8))-\(name.filter(\.isLetter))")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func library(in dir: URL = tempDir()) throws -> StatementLibrary {
        StatementLibrary(store: try SQLiteStatementStore(path: dir.appendingPathComponent("library.sqlite").path), reader: reader, batchSize: 50)
    }
}

extension XCTestCase {
    /// Asserts a field's value and whether it is marked inferred.
    func assertField<T: Equatable>(_ field: Attributed<T>?, _ value: T, inferred: Bool? = nil, _ message: String = "",
                                   file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(field?.value, value, message, file: file, line: line)
        if let inferred { XCTAssertEqual(field?.provenance.isInferred, inferred, "inferred? " + message, file: file, line: line) }
    }
}
