import XCTest

@testable import StatementModel

/// Phrase trends and key words in context on a small library whose counts are known: hits per period,
/// words per period, where each hit stands, and the filters narrowing both.
final class AnalysisTests: XCTestCase {
    var library: StatementLibrary!
    var store: any StatementStore { library.store }

    /// Statements in the shape of mission pages: heading, date line, body. The phrase "Cold War mentality"
    /// is planted 2 + 1 + 0 + 3 times; "zero-sum" beside it three times.
    static let texts: [String: String] = [
        "a.txt": """
            Statement by Ambassador Zhang Jun at the Security Council Open Debate on Peacekeeping
            10 May 2019

            The Cold War mentality must be abandoned. Zero-sum games and a cold war mentality serve no one.
            """,
        "b.txt": """
            Statement by Ambassador Vassily Nebenzia at the Security Council Briefing on Ukraine
            3 November 2019

            We reject the Cold-War mentality of some delegations, and we call for dialogue.
            """,
        "c.txt": """
            Statement by Ambassador Linda Thomas-Greenfield at the Security Council Briefing on Syria
            12 March 2021

            Humanitarian aid must reach every Syrian in need. Counter-terrorism is no excuse for blocking it.
            """,
        "d.txt": """
            Statement by Ambassador Zhang Jun at the General Assembly Debate on Sanctions
            4 March 2022

            Zero-sum thinking and the Cold War mentality go together. Zero-sum games, a Cold War mentality: \
            these are the Cold War mentality of another age, and zero-sum rivalry follows them.
            """,
    ]

    override func setUpWithError() throws {
        let dir = Fixture.tempDir()
        let files = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        for (name, text) in Self.texts {
            try text.write(to: files.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        library = try Fixture.library(in: dir)
        XCTAssertEqual(library.importFiles([files]).imported.count, 4)
    }

    func testWordsAreCountedAsTheIndexSplitsThem() {
        XCTAssertEqual(WordTokens.count(in: "The Secretary-General's report, l'ONU — 2023."), 8)
        XCTAssertEqual(WordTokens(" Éte  l'ONU").map(\.folded), ["ete", "l", "onu"])
        XCTAssertEqual(WordTokens.count(in: "冷战思维"), 4, "a Han character is a word")
        let tokens = Array(WordTokens("a «Cold War» b"))
        XCTAssertEqual(tokens[1].range, NSRange(location: 3, length: 4))
    }

    func testTrendCountsHitsAndWordsPerYear() throws {
        let query = try XCTUnwrap(PhraseQuery("Cold War mentality"))
        let trend = try PhraseTrend.compute(query, in: store, filter: StatementFilter())
        let byYear = Dictionary(uniqueKeysWithValues: trend.points.map { ($0.period, $0) })
        XCTAssertEqual(byYear["2019"]?.hits, 3, "two in May, one (hyphenated) in November")
        XCTAssertEqual(byYear["2019"]?.statements, 2)
        XCTAssertEqual(byYear["2021"]?.hits, 0, "a year that never says it is a zero, not a gap")
        XCTAssertEqual(byYear["2022"]?.hits, 3)
        // The words are every word of the year's texts, as the library stores them.
        let words2022 = try XCTUnwrap(byYear["2022"]?.words)
        let d = try store.statement(id: try XCTUnwrap(store.page(StatementFilter(from: "2022"), sort: .dateAscending,
                                                                   offset: 0, limit: 1).first?.id))
        XCTAssertEqual(words2022, WordTokens.count(in: try XCTUnwrap(d?.body)))
        XCTAssertEqual(byYear["2022"]!.perTenThousandWords, 3 * 10_000 / Double(words2022), accuracy: 0.001)
        // The trend's statements are the full-text search's for the phrase, and its words the library's.
        let searched = try store.count(StatementFilter(text: "\"cold war mentality\""))
        XCTAssertEqual(trend.points.map(\.statements).reduce(0, +), searched)
        let rows = try store.page(StatementFilter(), sort: .dateAscending, offset: 0, limit: 100)
        let counted = try rows.map { WordTokens.count(in: try XCTUnwrap(store.statement(id: $0.id)?.body)) }
        XCTAssertEqual(trend.points.map(\.words).reduce(0, +), counted.reduce(0, +), "every word of every text")
    }

    func testTrendSplitsAndFiltersAndMonths() throws {
        let query = try XCTUnwrap(PhraseQuery("cold war mentality"))
        let split = try PhraseTrend.compute(query, in: store, filter: StatementFilter(), split: .speaker)
        let zhang = split.points.filter { $0.series == "Zhang Jun" }.map(\.hits).reduce(0, +)
        XCTAssertEqual(zhang, 5)
        let russia = try PhraseTrend.compute(
            query, in: store, filter: StatementFilter(countries: ["Russian Federation"]))
        XCTAssertEqual(russia.points.map(\.hits).reduce(0, +), 1)
        let months = try PhraseTrend.compute(query, in: store, filter: StatementFilter(), byMonth: true)
        XCTAssertEqual(months.points.first { $0.period == "2019-05" }?.hits, 2)
        XCTAssertEqual(months.points.first { $0.period == "2019-11" }?.hits, 1)
    }

    func testKWICLinesPointAtTheirHitsAndSortByTheWordAfter() throws {
        let query = try XCTUnwrap(PhraseQuery("Cold War mentality"))
        let kwic = try Concordance.compute(query, in: store, filter: StatementFilter(), sort: .R1, limit: 0)
        XCTAssertEqual(kwic.total, 6)
        XCTAssertEqual(kwic.statements, 3)
        for line in kwic.lines {
            let body = try XCTUnwrap(store.statement(id: line.statement)?.body) as NSString
            XCTAssertEqual(body.substring(with: NSRange(location: line.offset, length: line.length)), line.match)
        }
        let r1 = kwic.lines.map { $0.rightWords.first ?? "" }
        XCTAssertEqual(r1, r1.sorted(), "sorted by the word after the match")
        XCTAssertTrue(r1.contains("go") && r1.contains("must") && r1.contains("of"))
        let dated = try Concordance.compute(query, in: store, filter: StatementFilter(), limit: 2)
        XCTAssertEqual(dated.lines.map { $0.date?.iso }, ["2019-05-10", "2019-05-10"], "oldest first, limited")
        XCTAssertEqual(dated.total, 6, "the total counts every hit, shown or not")
    }

    func testPrefixAndCollocates() throws {
        let prefix = try Concordance.compute(
            try XCTUnwrap(PhraseQuery("zero-su*")), in: store, filter: StatementFilter())
        XCTAssertEqual(prefix.total, 4)
        let kwic = try Concordance.compute(
            try XCTUnwrap(PhraseQuery("Cold War mentality")), in: store, filter: StatementFilter(), collocates: true)
        let zero = try XCTUnwrap(kwic.collocates.first { $0.word == "zero" }, "planted within five words three times")
        XCTAssertGreaterThanOrEqual(zero.together, 3)
        XCTAssertGreaterThan(zero.logDice, 0)
        XCTAssertNil(kwic.collocates.first { $0.word == "humanitarian" }, "a word never near it is no collocate")
    }

    /// The byte scan finds what the word-by-word reading finds, in every script and with accents either way.
    func testTheByteScanAgreesWithTheWords() throws {
        let texts = [
            "The Cold War mentality, the COLD war Mentality; cold-war mentality. Cold Warmentality is not it.",
            "«Cold War mentality» — Résolution 2231; la résolution 2231 et l'État. ÉTAT, etat, Etats.",
            "冷战思维Cold War mentality冷战; 😀 Cold War mentality 😀 and café-terrorisme, Terroriste.",
            "Холодная война, холодной войны; “terrorism” and terrorist's terrorisms.",
        ]
        let queries = ["cold war mentality", "resolution 2231", "etat", "terroris*", "cold war*", "холодной войны",
                       "État", "mentality"]
        for text in texts {
            let hashed = WordHashes(text).words
            let tokens = Array(WordTokens(text))
            XCTAssertEqual(hashed.map(\.location), tokens.map(\.range.location), "the same words, hashed")
            XCTAssertEqual(hashed.map(\.length), tokens.map(\.range.length))
            XCTAssertEqual(hashed.map(\.hash), tokens.map { WordHashes.hash($0.folded) })
            XCTAssertEqual(WordTokens.count(in: text), tokens.count, "the stored count is the words' count")
            for q in queries {
                let query = try XCTUnwrap(PhraseQuery(q))
                let tokens = Array(WordTokens(text))
                let byWords = query.occurrences(in: tokens).map { i -> NSRange in
                    let a = tokens[i].range, b = tokens[i + query.words.count - 1].range
                    return NSRange(location: a.location, length: b.upperBound - a.location)
                }
                XCTAssertEqual(query.ranges(in: text), byWords, "“\(q)” in “\(text.prefix(30))…”")
            }
        }
        XCTAssertEqual(try XCTUnwrap(PhraseQuery("etat")).ranges(in: texts[1]).count, 3, "l'État, ÉTAT, etat")
    }

    /// Two groups told apart by the words each uses more, a word one long speech repeats set aside.
    func testCompareFindsEachGroupsWordsNotOneSpeechs() throws {
        let filler = Array(repeating: "the council and the members of the assembly met on the day", count: 20)
            .joined(separator: " ")
        var texts: [(String, String)] = []
        for i in 0..<6 {
            texts.append(("A", filler + " sovereignty and sovereignty, non-interference and sovereignty \(i)"))
            texts.append(("B", filler + " climate and climate, resilience and climate \(i)"))
        }
        // One long speech of A says "hegemony" forty times; no other does.
        texts.append(("A", filler + String(repeating: " hegemony", count: 40)))
        let reader = ListReader(texts: texts)
        let result = try GroupComparison.compute(
            StatementFilter(speakers: ["A"]), StatementFilter(speakers: ["B"]), in: reader)
        XCTAssertEqual(result.a.statements, 7)
        XCTAssertEqual(result.distinctiveOfA.first?.word, "sovereignty")
        XCTAssertEqual(result.distinctiveOfB.first?.word, "climate")
        XCTAssertTrue(result.distinctiveOfA.allSatisfy { $0.logRatio >= 1 })
        XCTAssertNil(result.distinctiveOfA.first { $0.word == "hegemony" }, "one speech's word is not the group's")
        XCTAssertNil((result.distinctiveOfA + result.distinctiveOfB).first { $0.word == "the" })
    }
}

/// Texts in memory, a speaker's name as their group: what the comparison reads, without a library.
private struct ListReader: StatementTextReading {
    var texts: [(speaker: String, body: String)]

    func eachText(_ filter: StatementFilter, _ each: (StatementText) throws -> Bool) throws {
        for (i, t) in texts.enumerated() where filter.speakers.contains(t.speaker) {
            let row = StatementSummary(
                id: StatementID(String(format: "%016x", i)), title: "t\(i)", date: nil, dateInferred: false,
                speaker: t.speaker, forum: nil, country: nil, kind: nil)
            guard try each(StatementText(summary: row, body: t.body)) else { return }
        }
    }

    func wordTotals(_ filter: StatementFilter, byMonth: Bool, split: Facet?) throws
        -> [(period: String?, value: String?, words: Int, statements: Int)]
    {
        []
    }

    func libraryVersion() throws -> Int64 { 1 }
}
