import XCTest

@testable import StatementModel

/// Echoes with known answers: a talking point planted in some statements (a few words changed in some
/// copies) is found in exactly those; a formula every delegation says is not reported; wording shared by
/// several delegations in one debate is; a statement replaced by a re-import leaves no echo behind.
final class EchoTests: XCTestCase {
    /// Words no other statement shares by chance: each statement's prose from its own seeded draw.
    static func prose(_ seed: UInt64, words: Int = 160) -> String {
        var rng = SeededRandom(seed: seed)
        let syllables = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "vo", "pe", "da", "go", "zu"]
        let list = (0..<words).map { _ in (0..<3).map { _ in rng.pick(syllables) }.joined() }
        return EchoPlanter.sentences(list, rng: &rng).joined(separator: " ")
    }

    static let talkingPoint =
        "the so-called rules-based order is a pretext for unilateral coercive measures that undermine the "
        + "authority of this Council and the principles of sovereign equality enshrined in the Charter itself"

    static let formula =
        "I thank the President for convening this meeting and I thank the briefers for their comprehensive "
        + "and very useful presentations on the situation before the Council today"

    func statement(_ n: Int, country: String, date: String, _ paragraphs: [String]) -> Statement {
        var s = Statement(
            id: StatementID(String(format: "%016x", n)), source: StatementSource(family: "plain"),
            raw: paragraphs.joined(separator: "\n\n"), paragraphs: paragraphs)
        let p = Provenance(basis: .stated, rule: "test", confidence: 1)
        s.country = Attributed(country, p)
        s.speaker = Attributed("Speaker of \(country)", p)
        s.date = Attributed(StatementDate(iso: date)!, p)
        return s
    }

    func store(_ statements: [Statement]) throws -> SQLiteStatementStore {
        let store = try SQLiteStatementStore(path: Fixture.tempDir().appendingPathComponent("l.sqlite").path)
        _ = try store.insert(statements, sources: [])
        try store.catchUpEchoIndex()
        return store
    }

    /// The postings are written 400 to an INSERT and the rest in one of their own size: every one of a
    /// statement's fingerprints is in the index, each once, whatever their count.
    func testEveryFingerprintIsIndexedWhateverItsCount() throws {
        let long = statement(1, country: "Chile", date: "2020-02-01", (0..<20).map { Self.prose(UInt64(900 + $0)) })
        let short = statement(2, country: "Peru", date: "2020-02-02", [Self.prose(950, words: 30)])
        let store = try store([long, short])
        let prints = [long, short].map { EchoPrints.of($0.body).count }
        XCTAssertGreaterThan(prints[0], SQLiteStatementStore.postingsPerInsert * 2)
        XCTAssertNotEqual(prints[0] % SQLiteStatementStore.postingsPerInsert, 0)
        let indexed = try store.pool.read { db in
            try Int.fetchAll(
                db, sql: "SELECT COUNT(*) FROM echo_print GROUP BY statement_rowid ORDER BY statement_rowid")
        }
        XCTAssertEqual(indexed, prints)
        // Written again (a statement restored after a delete is): INSERT OR IGNORE keeps each once.
        try store.pool.write { db in
            let all = try Int64.fetchAll(db, sql: "SELECT hash << 32 | statement_rowid FROM echo_print ORDER BY 1")
            try SQLiteStatementStore.insertPostings(all.map { UInt64($0) }, in: db)
        }
        let total = try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM echo_print") }
        XCTAssertEqual(total, prints.reduce(0, +))
    }

    /// The stored fingerprints are made from the words as they are scanned, without a word array: they must be
    /// the ones winnowing the word array gives, or an index made before would no longer match.
    func testFingerprintsMadeAsWordsAreScannedAreTheStoredOnes() {
        let texts = [
            "", "one two three", "one two three four five six",
            String(repeating: "the Council reaffirms its commitment to the sovereignty of Ukraine. ", count: 40),
            "Le Conseil de sécurité réaffirme son attachement à la souveraineté, l'unité et l'intégrité.",
            "安理会 重申 对 乌克兰 主权 统一 和 领土 完整 的 承诺 😀 and English after it",
        ]
        for text in texts {
            let fromArray = Array(Set(EchoPrints.winnowed(WordHashes(text).words).map(\.hash))).sorted()
            XCTAssertEqual(EchoPrints.of(text), fromArray, text)
        }
        XCTAssertFalse(EchoPrints.of(texts[3]).isEmpty)
    }

    func testATalkingPointIsFoundInExactlyTheStatementsThatHoldIt() throws {
        var words = Self.talkingPoint.split(separator: " ").map(String.init)
        words[5] = "alleged"  // a word changed
        words.remove(at: 12)  // one dropped
        words.insert("deeply", at: 20)  // one put in
        let changed = words.joined(separator: " ")
        let holders: [Int: String] = [1: Self.talkingPoint, 4: changed, 7: Self.talkingPoint, 9: changed]
        let statements = (0..<12).map { n in
            statement(n, country: n % 2 == 0 ? "China" : "Russian Federation", date: "20\(10 + n)-03-0\(1 + n % 9)",
                      [Self.prose(UInt64(n) * 3 + 1),
                       holders[n].map { "As we said, " + $0 + "." } ?? Self.prose(UInt64(n) * 3 + 2),
                       Self.prose(UInt64(n) * 3 + 3)])
        }
        let store = try store(statements)
        let report = try EchoFinder.clusters(in: store, filter: StatementFilter())
        XCTAssertEqual(report.clusters.count, 1, report.clusters.map(\.passage).joined(separator: " | "))
        let cluster = try XCTUnwrap(report.clusters.first)
        XCTAssertEqual(Set(cluster.occurrences.map(\.statement.id)), Set([1, 4, 7, 9].map { statements[$0].id }))
        XCTAssertEqual(cluster.first.statement.id, statements[1].id, "the oldest statement said it first")
        XCTAssertFalse(cluster.isFormula)
        // Each occurrence's range covers the passage in that statement's text.
        for o in cluster.occurrences {
            let body = statements.first { $0.id == o.statement.id }!.body as NSString
            let found = body.substring(with: o.range)
            XCTAssertTrue(found.contains("unilateral coercive measures"), found)
            XCTAssertGreaterThanOrEqual(o.words, 25)
        }
        // The echoes of one holder are the same cluster; a statement that holds nothing has none.
        let ofFour = try XCTUnwrap(EchoFinder.echoes(of: statements[4].id, in: store))
        XCTAssertEqual(ofFour.clusters.map { Set($0.occurrences.map(\.statement.id)) },
                       [Set([1, 4, 7, 9].map { statements[$0].id })])
        XCTAssertEqual(try EchoFinder.echoes(of: statements[2].id, in: store)?.clusters.count, 0)
        // With the words of only two statements kept in memory at a time, the same cluster and passage.
        let lean = try EchoFinder.clusters(in: store, filter: StatementFilter(), textsKept: 2)
        XCTAssertEqual(lean.clusters.map(\.passage), report.clusters.map(\.passage))
        XCTAssertEqual(
            lean.clusters.map { $0.occurrences.map(\.range) }, report.clusters.map { $0.occurrences.map(\.range) })
    }

    func testEchoesAreTheSameWithFewTextsInMemory() throws {
        // Statement 0 shares one passage with statement 3 and another with statement 5: with room for two texts,
        // 0 must stay while 3 makes way for 5.
        let other = "every delegation in this hall knows that the humanitarian pause agreed last week has not held and "
            + "that convoys still wait at the crossings while the wounded wait in hospitals without power"
        let statements = (0..<6).map { n in
            statement(n, country: "Brazil", date: "2019-0\(n + 1)-15", [
                Self.prose(UInt64(500 + n)),
                n == 0 ? Self.talkingPoint + ". " + Self.prose(600) + " " + other + "."
                    : n == 3 ? Self.talkingPoint + "." : n == 5 ? other + "." : Self.prose(UInt64(700 + n)),
            ])
        }
        let store = try store(statements)
        let full = try EchoFinder.clusters(in: store, filter: StatementFilter())
        let lean = try EchoFinder.clusters(in: store, filter: StatementFilter(), textsKept: 2)
        XCTAssertEqual(full.clusters.count, 2)
        XCTAssertEqual(Set(lean.clusters.map(\.passage)), Set(full.clusters.map(\.passage)))
    }

    func testALibraryMadeBeforeTheEchoIndexIsFingerprintedOnItsFirstCatchUp() throws {
        let statements = (0..<3).map { n in
            statement(n, country: "Chile", date: "2020-02-0\(n + 1)",
                      [Self.prose(UInt64(800 + n)), Self.talkingPoint + "."])
        }
        let store = try store(statements)
        // As a library of migration v10 was: no fingerprints stored, nothing in the index.
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM echo_print")
            try db.execute(sql: "DELETE FROM statement_echo_prints")
        }
        XCTAssertEqual(try EchoFinder.clusters(in: store, filter: StatementFilter()).clusters.count, 0)
        XCTAssertEqual(try store.catchUpEchoIndex(), 3)
        XCTAssertEqual(try EchoFinder.clusters(in: store, filter: StatementFilter()).clusters.map(\.statements), [3])
    }

    /// The index takes a run only when a whole one is pending, leaving the rest to the next catch-up, and the
    /// two together index every statement once.
    func testWholeRunsLeaveTheRestForTheCatchUp() throws {
        let statements = (0..<5).map { n in
            statement(
                n, country: "Chile", date: "2020-03-0\(n + 1)", [Self.prose(UInt64(700 + n)), Self.talkingPoint + "."])
        }
        let store = try SQLiteStatementStore(path: Fixture.tempDir().appendingPathComponent("l.sqlite").path)
        _ = try store.insert(statements, sources: [])
        XCTAssertEqual(try store.indexWholeEchoRuns(chunk: 2, isCancelled: { false }), 4)
        XCTAssertEqual(try pending(in: store), 1)
        XCTAssertEqual(try store.indexWholeEchoRuns(chunk: 2, isCancelled: { false }), 0, "a run of one is not whole")
        XCTAssertEqual(try store.catchUpEchoIndex(), 1)
        XCTAssertEqual(try pending(in: store), 0)
        XCTAssertEqual(try EchoFinder.clusters(in: store, filter: StatementFilter()).clusters.map(\.statements), [5])
    }

    /// An import indexes echoes in runs as it stores (here every three statements), the end the rest: the
    /// index is the one a single catch-up makes, and the planted talking point is found in every file.
    func testEchoesIndexedInRunsDuringAnImportAreThoseOneCatchUpIndexes() throws {
        let dir = Fixture.tempDir()
        let files = dir.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        for n in 0..<8 {
            let text =
                "Statement by the delegation of Chile\n\n\(Self.prose(UInt64(600 + n)))\n\n\(Self.talkingPoint).\n"
            try text.write(to: files.appendingPathComponent("s\(n).txt"), atomically: true, encoding: .utf8)
        }
        let store = try SQLiteStatementStore(path: dir.appendingPathComponent("l.sqlite").path)
        let library = StatementLibrary(store: store, reader: Fixture.reader, batchSize: 2, echoRun: 3)
        XCTAssertEqual(library.importFiles([files]).imported.count, 8)
        XCTAssertEqual(try pending(in: store), 0)
        let postings = try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM echo_print") }
        try store.pool.write { db in
            try db.execute(sql: "DELETE FROM echo_print")
            try db.execute(sql: "UPDATE statement_echo_prints SET indexed = 0")
        }
        XCTAssertEqual(try store.catchUpEchoIndex(), 8)
        XCTAssertEqual(try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM echo_print") }, postings)
        XCTAssertEqual(try EchoFinder.clusters(in: store, filter: StatementFilter()).clusters.map(\.statements), [8])
    }

    private func pending(in store: SQLiteStatementStore) throws -> Int? {
        try store.pool.read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM statement_echo_prints WHERE indexed = 0")
        }
    }

    func testAFormulaEveryDelegationSaysIsNotAnEcho() throws {
        let countries = ["France", "Ghana", "India", "Japan", "Kenya", "Mexico", "Norway", "Peru"]
        let statements = countries.enumerated().map { n, country in
            statement(n, country: country, date: "2023-0\(1 + n)-10", [Self.formula + ".", Self.prose(UInt64(100 + n))])
        }
        let store = try store(statements)
        let report = try EchoFinder.clusters(in: store, filter: StatementFilter())
        XCTAssertEqual(report.clusters.count, 0, report.clusters.map(\.passage).joined(separator: " | "))
        XCTAssertEqual(report.formulae, 1)
        let listed = try EchoFinder.clusters(in: store, filter: StatementFilter(), includeFormulae: true)
        XCTAssertEqual(listed.clusters.first?.isFormula, true)
        XCTAssertEqual(listed.clusters.first?.statements, countries.count)
    }

    func testWordingSharedInOneDebateIsAnEcho() throws {
        // The same words from eight delegations, but in one meeting: a joint talking point, not a formula.
        let countries = ["France", "Ghana", "India", "Japan", "Kenya", "Mexico", "Norway", "Peru"]
        let statements = countries.enumerated().map { n, country in
            statement(n, country: country, date: "2023-05-10", [Self.prose(UInt64(200 + n)), Self.talkingPoint + "."])
        }
        let report = try EchoFinder.clusters(in: try store(statements), filter: StatementFilter())
        XCTAssertEqual(report.clusters.map(\.statements), [countries.count])
        XCTAssertEqual(report.formulae, 0)
    }

    func testShortSharedRunsAndChanceWordsAreNoEcho() throws {
        // Fifteen words in common are a quotation's length, not a passage's.
        let short = Self.talkingPoint.split(separator: " ").prefix(15).joined(separator: " ")
        let statements = (0..<4).map { n in
            statement(n, country: "Chile", date: "2020-01-0\(n + 1)", [Self.prose(UInt64(300 + n)), short + "."])
        }
        XCTAssertEqual(try EchoFinder.clusters(in: try store(statements), filter: StatementFilter()).clusters.count, 0)
    }

    func testAReplacedStatementLeavesNoEchoBehind() throws {
        let dir = Fixture.tempDir()
        let files = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        let a = files.appendingPathComponent("a.txt"), b = files.appendingPathComponent("b.txt")
        try (Self.prose(401) + "\n\n" + Self.talkingPoint + ".\n").write(to: a, atomically: true, encoding: .utf8)
        try (Self.prose(402) + "\n\n" + Self.talkingPoint + ".\n").write(to: b, atomically: true, encoding: .utf8)
        let library = try Fixture.library(in: dir)
        XCTAssertEqual(library.importFiles([files]).imported.count, 2)
        XCTAssertEqual(try EchoFinder.clusters(in: library.store, filter: StatementFilter()).clusters.count, 1)
        // b changes: its talking point goes. The re-import replaces it, and the index forgets the old text.
        try (Self.prose(403) + "\n\nA different closing paragraph altogether.\n")
            .write(to: b, atomically: true, encoding: .utf8)
        let again = library.importFiles([files])
        XCTAssertEqual(again.updated.count, 1)
        XCTAssertEqual(try EchoFinder.clusters(in: library.store, filter: StatementFilter()).clusters.count, 0)
        let store = try XCTUnwrap(library.store as? SQLiteStatementStore)
        let postings = try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM echo_print") ?? 0 }
        let prints = try store.pool.read { db in
            try Data.fetchAll(db, sql: "SELECT prints FROM statement_echo_prints").map { EchoPrints.decode($0).count }
        }
        XCTAssertEqual(postings, prints.reduce(0, +), "every posting belongs to a statement still there")
    }
}
