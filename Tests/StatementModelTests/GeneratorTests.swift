import Foundation
import XCTest
@testable import StatementModel

final class GeneratorTests: XCTestCase {
    func files(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!
        for case let url as URL in walker where !url.hasDirectoryPath {
            out[url.path.replacingOccurrences(of: dir.path, with: "")] = try Data(contentsOf: url)
        }
        return out
    }

    func testSameSeedSameCorpusAndItImportsWithItsMetadata() throws {
        let a = Fixture.tempDir(), b = Fixture.tempDir(), c = Fixture.tempDir()
        let generator = CorpusGenerator(count: 120, seed: 7, layout: .unsc, reference: Fixture.reference)
        let written = try generator.write(to: a)
        _ = try generator.write(to: b)
        XCTAssertEqual(written.files, 120)
        XCTAssertEqual(try files(a), try files(b), "deterministic for a seed")
        _ = try CorpusGenerator(count: 120, seed: 8, layout: .unsc, reference: Fixture.reference).write(to: c)
        XCTAssertNotEqual(try files(a), try files(c))

        let library = try Fixture.library()
        let report = library.importFiles([a])
        XCTAssertEqual(report.imported.count + report.alreadyPresent.count, 120, "\(report.failed)")
        XCTAssertTrue(report.failed.isEmpty)
        let rows = try library.store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 500)
        XCTAssertTrue(rows.allSatisfy { $0.date?.precision == .day && $0.forum == "Security Council" && $0.speaker != nil && $0.country != nil })
        let words = try rows.prefix(40).map { try library.store.statement(id: $0.id)!.body.split(separator: " ").count }
        XCTAssertTrue(words.allSatisfy { (150...6000).contains($0) }, "\(words)")
    }

    func testMixedLayoutUsesEveryTextFamily() throws {
        let dir = Fixture.tempDir()
        _ = try CorpusGenerator(count: 60, seed: 2, layout: .mixed, reference: Fixture.reference).write(to: dir)
        let library = try Fixture.library()
        let report = library.importFiles([dir])
        XCTAssertTrue(report.failed.isEmpty)
        let families = try Set(library.store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 100).map { try library.store.statement(id: $0.id)!.source.family })
        XCTAssertEqual(families, ["webpage", "wire", "plain"])
    }
}
