import Foundation
import GRDB
import XCTest
@testable import StatementModel

/// A library written by an earlier version opens in this one with everything in it.
final class MigrationTests: XCTestCase {
    func testAVersion3LibraryKeepsItsStatementsAndSearch() throws {
        let path = Fixture.tempDir().appendingPathComponent("old.sqlite").path
        let statement = try XCTUnwrap(Fixture.reader.read(fileAt: Fixture.data.appendingPathComponent("002_08fac898d3eaf5b5.txt")).statements.first)
        do {
            let queue = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(queue, upTo: "v3: links between versions of one speech")
            let document = String(decoding: try JSONEncoder().encode(statement), as: UTF8.self)
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO statement (id, title, display_title, date_iso, date_first, date_last, date_precision, date_inferred, speaker, forum,
                      kind, family, body, document, imported_at)
                    VALUES (?, ?, ?, '2020-11-03', '2020-11-03', '2020-11-03', 'day', 1, 'Zhang Jun', 'Security Council', 'news report', 'wire', ?, ?, 'then')
                    """, arguments: [statement.id.rawValue, statement.title?.value, statement.displayTitle, statement.body, document])
            }
        }
        let store = try SQLiteStatementStore(path: path)  // migrates to the newest version
        XCTAssertEqual(try store.totalCount(), 1)
        XCTAssertEqual(try store.statement(id: statement.id)?.date?.value.iso, "2020-11-03")
        XCTAssertEqual(try store.count(StatementFilter(text: "cyberspace")), 1, "the full-text index was rebuilt over the moved text")
        XCTAssertEqual(try store.count(StatementFilter(forums: ["Security Council"], text: "\"collective security\"")), 1)
    }
}
