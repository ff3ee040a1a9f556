import Foundation
import class GRDB.DatabasePool
import XCTest
@testable import StatementModel

/// Filing statements under situations: what a reader would file them under, never every country named
/// in passing, each filing marked inferred with its evidence; stored, counted and filtered on.
final class SituationTests: XCTestCase {
    /// A small table of our own, so these tests hold whatever the shipped table grows into.
    static let catalog = SituationCatalog.parse("""
        # name\tkind\tagenda_titles\taliases\tresolutions\tsource
        Syria\tcountry\tSituation of human rights in the Syrian Arab Republic\tSyrian Arab Republic;Damascus;Сирия;Сирии\t2254\ttest
        Haiti\tcountry\tThe question concerning Haiti\tPort-au-Prince;BINUH\t2699\ttest
        Ukraine\tcountry\t\tKyiv;Donbas\t2202\ttest
        Iran\tcountry\tNon-proliferation\tTehran;JCPOA\t2231\ttest
        Counter-terrorism\tthematic\tThreats to international peace and security caused by terrorist acts\tterrorism;terrorist\t1373\ttest
        """)
    let finder = SituationFinder(catalog: SituationTests.catalog)

    func statement(title: String? = nil, agenda: String? = nil, _ paragraphs: [String]) -> Statement {
        var s = Statement(id: "t", source: StatementSource(family: "plain"), raw: paragraphs.joined(separator: "\n\n"),
                          paragraphs: paragraphs)
        let p = Provenance(basis: .stated, rule: "test", confidence: 1)
        if let title { s.title = Attributed(title, p) }
        if let agenda { s.agenda = Attributed(agenda, p) }
        return s
    }

    static let filler = Array(repeating: "Members of the Council heard a briefing and took note of the report before them.",
                              count: 12)

    func testACountryIsFoundByItsOwnNameAndItsPeoplesName() {
        let s = statement(["The people of Syria have suffered for too long.", "Syrians must decide their own future."]
                          + Self.filler)
        let found = finder.situations(of: s)
        XCTAssertEqual(found.map(\.name), ["Syria"])
        XCTAssertEqual(found.first?.provenance.isInferred, true, "a filing is always shown as inferred")
        XCTAssertEqual(found.first?.provenance.rule, "situation.body")
        XCTAssertTrue(found.first?.provenance.reason?.contains("2 mentions") ?? false, found.first?.provenance.reason ?? "")
    }

    func testTheFastFoldingFoldsAsFoundationDoes() {
        for text in ["The Security Council, UNAMA & the DPRK: 2231 (2015)!", "Haïti et la Côte d'Ivoire", "Сирия", "安理会", ""] {
            XCTAssertEqual(SituationFinder.foldedUnits(text), Array(KindLexicon.fold(text).utf16), text)
        }
    }

    func testInflectedRussianFormsCount() {
        let s = statement(["Положение в Сирии остаётся тяжёлым.", "Народ Сирии заслуживает мира, и мы поддерживаем Сирию."])
        XCTAssertEqual(finder.situations(of: s).map(\.name), ["Syria"])
    }

    func testACountryNamedOnceInPassingIsNotWhatTheStatementIsAbout() {
        let s = statement(["The situation in Haiti demands the Council's attention.", "Gangs control much of Port-au-Prince.",
                           "BINUH must be given the means to support the Haitian National Police."]
                          + Self.filler + ["As we have also seen in Ukraine, civilians pay the price."])
        XCTAssertEqual(finder.situations(of: s).map(\.name), ["Haiti"])
    }

    func testAResolutionNumberNamesItsSituation() {
        let s = statement(Self.filler + ["We call for the full implementation of resolution 2231 (2015) by all parties."])
        let found = finder.situations(of: s)
        XCTAssertEqual(found.map(\.name), ["Iran"])
        XCTAssertTrue(found[0].provenance.reason?.contains("resolution 2231") ?? false)
    }

    func testTheAgendaItemOutweighsTheBody() {
        let s = statement(agenda: "The question concerning Haiti", ["We thank the Special Representative.",
                                                                     "Terrorism threatens us all; terrorist groups grow."])
        let found = finder.situations(of: s)
        XCTAssertEqual(found.first?.name, "Haiti")
        XCTAssertEqual(found.first?.provenance.rule, "situation.agenda")
    }

    func testACorpusTopicColumnIsTheStrongestEvidence() {
        let s = statement(["We thank the briefers."] + Self.filler)
        let found = finder.situations(of: s, topics: ["Items relating to Ukraine", "Europe", "Thematic"])
        XCTAssertEqual(found.map(\.name), ["Ukraine"])
        XCTAssertEqual(found.first?.provenance.rule, "situation.corpus-topic")
        XCTAssertEqual(finder.situations(of: s, topics: ["Europe", "Thematic", "NA"]).map(\.name), [])
    }

    func testAThematicWordInPassingIsNotEnough() {
        let s = statement(Self.filler + ["We condemn terrorism in all its forms."])
        XCTAssertEqual(finder.situations(of: s).map(\.name), [])
    }

    func testNeverMoreThanThree() {
        let s = statement(title: "Syria, Haiti, Ukraine and Iran: the Council's year",
                          ["Damascus, Port-au-Prince, Kyiv and Tehran were on the agenda.",
                           "Syria and Haiti, Ukraine and Iran, terrorism and terrorist groups."])
        XCTAssertLessThanOrEqual(finder.situations(of: s).count, 3)
    }

    /// Two characters name a country in Chinese ("伊朗", "海地") and the DPRK in Korean ("북한"); the table's
    /// minimum of three letters is for scripts with spaces, where two letters are an abbreviation.
    func testNamesInScriptsWithoutSpacesCountWhereAWordBeginsWithThem() {
        let catalog = SituationCatalog.parse("""
            Iran\tcountry\t\t伊朗;IR\t\ttest
            Haiti\tcountry\t\t海地\t\ttest
            DPRK\tcountry\t\t북한\t\ttest
            Peacekeeping\tthematic\t\t维和;维和行动\t\ttest
            Libya\tcountry\t\tリビア\t\ttest
            """)
        let finder = SituationFinder(catalog: catalog)
        func names(_ text: String) -> [String] { finder.situations(of: statement([text])).map(\.name) }
        XCTAssertEqual(names("安理会今天讨论伊朗核问题。各方呼吁伊朗履行承诺。"), ["Iran"])
        XCTAssertEqual(names("북한은 오늘 또 미사일을 발사했다. 안보리는 북한의 도발을 규탄했다."), ["DPRK"],
                       "a particle follows")
        XCTAssertEqual(names("중국은 남북한 대화를 지지한다. 남북한 관계가 중요하다."), [], "북한 inside another word")
        XCTAssertEqual(names("IR IR IR IR: two letters of a script with spaces are no name."), [])
        // The letters of a name across two words, as ICU's dictionary reads them, are no name.
        XCTAssertEqual(names("个别国家执着于冷战思维和零和博弈，冷战思维和零和博弈不可取。"), [],
                       "思维 | 和 is not 维和")
        XCTAssertEqual(names("沿海地区的发展很快。沿海地区的人民欢迎合作。"), [], "沿海 | 地区 is not 海地")
        XCTAssertEqual(names("中国维和部队在海地服务。海地人民感谢维和人员。"), ["Haiti", "Peacekeeping"],
                       "维和部队 is one word")
        XCTAssertEqual(names("这片海地区很大。这片海地区资源丰富。"), [], "海 | 地区 (a sea area) is not 海地")
        XCTAssertEqual(names("ボリビアの大統領が演説した。ボリビアは協力を求めた。"), [],
                       "Bolivia holds the letters of Libya")
        XCTAssertEqual(names("リビアの情勢について。リビア人の権利を守る。"), ["Libya"])
    }

    /// Arabic writes "and", "in" and "to" joined to the name: "وليبيا" is "and Libya", "بليبيا" "in Libya".
    func testArabicParticlesJoinedToAPlaceNameCount() {
        let catalog = SituationCatalog.parse("""
            Libya\tcountry\t\tليبيا;الليبية\t\ttest
            Peacekeeping\tthematic\t\tحفظ السلام\t\ttest
            """)
        let finder = SituationFinder(catalog: catalog)
        let text = "ناقش المجلس الوضع في السودان وليبيا. وأكد دعمه للمؤسسات بليبيا وللحكومة."
        XCTAssertEqual(finder.situations(of: statement([text])).map(\.name), ["Libya"])
        XCTAssertEqual(ArabicParticles.forms(of: "الليبية").filter { $0.hasPrefix("لل") }, ["لليبية"],
                       "to + the: the article's alif goes")
        // A thematic item's words with a particle are as often the ordinary phrase: "to keep the peace".
        let peace = "ندعو الجميع لحفظ السلام في المنطقة. ونعمل لحفظ السلام والأمن."
        XCTAssertEqual(finder.situations(of: statement([peace])).map(\.name), [])
        XCTAssertEqual(ArabicParticles.forms(of: "Libya"), ["Libya"])
    }

    func testStoredFilteredAndCountedAndOldStatementsCanBeFiled() throws {
        let library = try Fixture.library()
        var syria = Fixture.read("Statement on Syria\n\nThe people of Syria deserve peace. Syrians have suffered.\n\n"
                                 + "Damascus must engage with the Constitutional Committee in Geneva.")
        var haiti = Fixture.read("Statement on Haiti\n\nThe situation in Haiti is grave. Haitians need security.\n\n"
                                 + "Port-au-Prince is controlled by gangs.")
        XCTAssertEqual(syria.situations?.map(\.name), ["Syria"])
        XCTAssertEqual(haiti.situations?.map(\.name), ["Haiti"])
        // One stored as a library from before situations were found would have it.
        haiti.situations = nil
        syria.source.path = "/a"; haiti.source.path = "/b"
        _ = try library.store.insert([syria, haiti], sources: [])
        XCTAssertEqual(try library.store.count(StatementFilter(situations: ["Syria"])), 1)
        XCTAssertEqual(try library.store.count(StatementFilter(situations: ["Haiti"])), 0)
        XCTAssertEqual(try library.store.facetCounts(.situation, filter: StatementFilter()),
                       [FacetCount(value: "Syria", count: 1)])

        var reported: [(Int, Int)] = []
        let read = try library.store.assignSituations(batchSize: 500, find: { Fixture.reader.situationFinder.situations(of: $0) }) {
            reported.append(($0, $1))
        }
        XCTAssertEqual(read, 1, "only the statement stored without situations is read")
        XCTAssertEqual(reported.last?.0, 1)
        XCTAssertEqual(try library.store.count(StatementFilter(situations: ["Syria", "Haiti"])), 2, "alternatives")
        let back = try XCTUnwrap(try library.store.statement(id: haiti.id))
        XCTAssertEqual(back.situations?.map(\.name), ["Haiti"], "the table's filing comes back with the statement")
        XCTAssertEqual(back.situations?.first?.provenance.isInferred, true)
        XCTAssertEqual(try library.store.assignSituations(batchSize: 500, find: { _ in [] }, progress: { _, _ in }), 0,
                       "nothing left to file")

        // Deleted by an import beside it while it was being filed: no filings for the row gone.
        var yemen = Fixture.read("Statement on Yemen\n\nThe people of Yemen need peace. Sanaa and Aden must talk.")
        yemen.situations = nil
        yemen.source.path = "/c"
        _ = try library.store.insert([yemen], sources: [])
        _ = try library.store.assignSituations(
            batchSize: 500,
            find: { s in
                _ = try? library.store.delete([s.id])
                let filed = Provenance(basis: .inferred, rule: "test", confidence: 0.5)
                return [SituationMatch(name: "Yemen", provenance: filed)]
            }, progress: { _, _ in })
        XCTAssertEqual(try library.store.facetCounts(.situation, filter: StatementFilter()).map(\.value).sorted(),
                       ["Haiti", "Syria"])
        XCTAssertEqual(try orphanFilings(library), 0)
    }

    private func orphanFilings(_ library: StatementLibrary) throws -> Int? {
        let sqlite = try XCTUnwrap(library.store as? SQLiteStatementStore)
        return try sqlite.pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM statement_situation x
                WHERE NOT EXISTS (SELECT 1 FROM statement s WHERE s.rowid = x.statement_rowid)
                """)
        }
    }

    /// A library filled before names were added keeps its filings until it is filed again: then the new
    /// names count, a corpus's own filings stay, and a second run changes nothing.
    func testALibraryFiledAgainGainsTheNewNamesAndKeepsTheCorpusFilings() throws {
        let library = try Fixture.library()
        let finder = Fixture.reader.situationFinder
        var haiti = Fixture.read("Statement on Haiti\n\nThe situation in Haiti is grave. Haitians need security.\n\n"
                                 + "Port-au-Prince is controlled by gangs.")
        var corpus = Fixture.read("Mr. President, I thank the briefers for their words today.")
        XCTAssertEqual(haiti.situations?.map(\.name), ["Haiti"])
        // As an older table would have filed them: Haiti nowhere, the corpus speech from its topic column.
        haiti.situations = []
        corpus.situations = [SituationMatch(name: "Ukraine", provenance: Provenance(
            basis: .inferred, rule: SituationMatch.corpusTopicRule, confidence: 0.95, evidence: "Ukraine"))]
        haiti.source.path = "/a"; corpus.source.path = "/b"
        _ = try library.store.insert([haiti, corpus], sources: [])
        XCTAssertEqual(try library.store.count(StatementFilter(situations: ["Haiti"])), 0)

        var reported: [(Int, Int)] = []
        let first = try library.store.refileSituations(
            batchSize: 1, fingerprint: nil, isCancelled: { false }, find: { finder.situations(of: $0) }
        ) {
            reported.append(($0, $1))
        }
        XCTAssertEqual(first.read, 2)
        XCTAssertEqual(first.changed, 1)
        XCTAssertEqual(first.gained, ["Haiti": 1])
        XCTAssertEqual(first.lost, [:])
        XCTAssertEqual(first.keptFromCorpus, 1, "the corpus's topic columns are not stored: its filing stays")
        XCTAssertEqual(reported.map(\.0), [1, 2])
        XCTAssertEqual(try library.store.count(StatementFilter(situations: ["Haiti"])), 1, "filters see it")
        XCTAssertEqual(try library.store.count(StatementFilter(situations: ["Ukraine"])), 1)
        let back = try XCTUnwrap(try library.store.statement(id: haiti.id))
        XCTAssertEqual(back.situations?.map(\.name), ["Haiti"], "the statement shows it too")
        XCTAssertEqual(back.situations?.first?.provenance.isInferred, true)

        let second = try library.store.refileSituations(
            batchSize: 500, fingerprint: nil, isCancelled: { false }, find: { finder.situations(of: $0) }) { _, _ in }
        XCTAssertEqual(second.changed + second.reworded, 0, "nothing left to change")
        // Filed with a table that no longer has Haiti: the filing is taken back.
        let third = try library.store.refileSituations(
            batchSize: 500, fingerprint: nil, isCancelled: { false }, find: { _ in [] }) { _, _ in }
        XCTAssertEqual(third.lost, ["Haiti": 1])
        XCTAssertEqual(try library.store.count(StatementFilter(situations: ["Haiti"])), 0)
        XCTAssertEqual(try library.store.statement(id: haiti.id)?.situations?.count, 0)

        // Deleted (by an import beside it) after it was read and before its new filings were written: the
        // statement gone gets no filings.
        let fourth = try library.store.refileSituations(
            batchSize: 500, fingerprint: nil, isCancelled: { false },
            find: { s in
                if s.id == haiti.id { _ = try? library.store.delete([haiti.id]) }
                return finder.situations(of: s)
            }) { _, _ in }
        XCTAssertEqual(fourth.changed, 0, "nothing was written for the deleted statement")
        XCTAssertEqual(try library.store.count(StatementFilter(situations: ["Haiti"])), 0)
        XCTAssertEqual(try orphanFilings(library), 0)
    }

    /// The window and the tool offer filing again only to a library filed with another table than today's.
    func testALibraryKnowsWhetherItWasFiledWithThisVersionsTable() throws {
        let dir = Fixture.tempDir()
        let library = try Fixture.library(in: dir)
        XCTAssertFalse(try library.situationsOutOfDate(), "an empty library has nothing to file")
        let file = dir.appendingPathComponent("haiti.txt")
        try "Statement on Haiti\n\nThe situation in Haiti is grave. Haitians need security.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(library.importFiles([file]).imported.count, 1)
        let today = Fixture.reader.reference.situations.fingerprint
        XCTAssertEqual(try library.store.situationFiling(), today, "an empty library filled today is today's")
        XCTAssertFalse(try library.situationsOutOfDate())

        // As a library filed by an earlier version: another fingerprint, or none at all.
        try library.store.recordSituationFiling("0123456789abcdef")
        XCTAssertTrue(try library.situationsOutOfDate())
        let more = dir.appendingPathComponent("syria.txt")
        try "Statement on Syria\n\nThe people of Syria deserve peace.\n"
            .write(to: more, atomically: true, encoding: .utf8)
        _ = library.importFiles([more])
        XCTAssertTrue(try library.situationsOutOfDate(), "new statements do not make the older ones today's")

        let cancelled = ImportCancellation()
        cancelled.cancel()
        let stopped = try library.refileSituations(cancellation: cancelled) { _, _ in }
        XCTAssertTrue(stopped.stopped)
        XCTAssertTrue(try library.situationsOutOfDate(), "a stopped filing leaves the library out of date")
        let done = try library.refileSituations { _, _ in }
        XCTAssertFalse(done.stopped)
        XCTAssertEqual(done.read, 2)
        XCTAssertFalse(try library.situationsOutOfDate())

        XCTAssertNotEqual(SituationCatalog.fingerprint(table: "Haiti\tcountry", cues: ""),
                          SituationCatalog.fingerprint(table: "Haiti\tcountry\tHaïti", cues: ""))
        XCTAssertEqual(today.count, 16)
    }
}
