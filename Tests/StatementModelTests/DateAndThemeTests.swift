import XCTest
@testable import StatementModel

final class DateFinderTests: XCTestCase {
    func dates(_ text: String) -> [String] { DateFinder.fullDates(in: text).compactMap { $0.date?.iso } }

    func testWrittenForms() {
        XCTAssertEqual(dates("2022-02-16 23:37"), ["2022-02-16"])
        XCTAssertEqual(dates("16 February 2022"), ["2022-02-16"])
        XCTAssertEqual(dates("February 16, 2022"), ["2022-02-16"])
        XCTAssertEqual(dates("Feb. 16, 2022"), ["2022-02-16"])
        XCTAssertEqual(dates("2022/2/16"), ["2022-02-16"])
        XCTAssertEqual(dates("16.02.2022"), ["2022-02-16"])
        XCTAssertEqual(dates("2022年2月16日"), ["2022-02-16"])
        XCTAssertEqual(dates("the 16th of February 2022"), ["2022-02-16"])
        XCTAssertEqual(dates("in February 2022 we met"), ["2022-02"])
        XCTAssertEqual(dates("On April 21, 2021, and on 3 May 2022"), ["2021-04-21", "2022-05-03"])
    }

    func testImpossibleDatesAreNotRead() {
        let f = DateFinder.fullDates(in: "February 30, 2022")
        XCTAssertEqual(f.count, 1)
        XCTAssertNil(f[0].date)
        XCTAssertNotNil(f[0].problem)
        XCTAssertNil(StatementDate(year: 2021, month: 2, day: 29))
        XCTAssertNotNil(StatementDate(year: 2020, month: 2, day: 29))
    }

    func testDateLineIsOnlyADate() {
        XCTAssertNotNil(DateFinder.dateLine("Updated: 16 February 2022 10:30 GMT"))
        XCTAssertNil(DateFinder.dateLine("On 16 February 2022 the Council met in New York."))
    }

    func testMonthDayWithoutYear() {
        let f = DateFinder.monthDay(in: "Nov. 3")
        XCTAssertEqual(f?.monthDay?.month, 11)
        XCTAssertEqual(f?.monthDay?.day, 3)
        XCTAssertEqual(DateFinder.monthDay(in: "3 November")?.monthDay?.month, 11)
    }

    func testWeekdays() {
        XCTAssertEqual(StatementDate(year: 2020, month: 11, day: 3)?.weekday, Weekday.number(named: "Tuesday"))
        XCTAssertEqual(StatementDate(year: 2022, month: 2, day: 16)?.weekday, Weekday.number(named: "Wednesday"))
        XCTAssertEqual(StatementDate(year: 2000, month: 1, day: 1)?.weekday, Weekday.number(named: "Saturday"))
    }

    func testYearInferenceNeedsOneCandidate() {
        let envoys = Fixture.reference.envoys
        guard case .year(let y, _, _) = YearInference.infer(month: 11, day: 3, monthDayText: "Nov. 3", weekday: ("Tuesday", 3),
                                                             speaker: "Zhang Jun", envoys: envoys, currentYear: 2026) else {
            return XCTFail("one year fits Zhang Jun's term")
        }
        XCTAssertEqual(y, 2020)
        // Without the weekday, his term holds several Nov. 3rds.
        guard case .ambiguous(let c, _) = YearInference.infer(month: 11, day: 3, monthDayText: "Nov. 3", weekday: nil,
                                                              speaker: "Zhang Jun", envoys: envoys, currentYear: 2026) else {
            return XCTFail("several years fit without a weekday")
        }
        XCTAssertEqual(Set(c), [2019, 2020, 2021, 2022, 2023])
    }

    func testISORoundTripAndRanges() {
        let d = StatementDate(year: 2020, month: 2)!
        XCTAssertEqual(d.iso, "2020-02")
        XCTAssertEqual(d.firstDay, "2020-02-01")
        XCTAssertEqual(d.lastDay, "2020-02-29")
        XCTAssertEqual(StatementDate(iso: "2020-02"), d)
        XCTAssertNil(StatementDate(iso: "2020-13"))
    }
}

final class ThemeCatalogTests: XCTestCase {
    func testShippedTaxonomyCoversTheRequiredThemes() {
        let names = Set(Fixture.reference.themes.themes.map(\.name))
        for required in ["Multilateralism", "Collective security", "Cold War mentality and bloc politics", "Counter-terrorism and extremism",
                         "Cybersecurity and data security", "Nuclear disarmament", "Sovereignty and non-interference", "Regional organisations",
                         "Humanitarian aid", "Peacekeeping", "Development and connectivity", "Drugs and organised crime", "Sanctions", "COVID-19"] {
            XCTAssertTrue(names.contains(required), required)
        }
        XCTAssertEqual(Set(Fixture.reference.themes.themes.map(\.colour)).count, names.count, "every theme has its own colour")
    }

    func testUserThemesAddAndReplace() throws {
        let dir = Fixture.tempDir()
        let file = dir.appendingPathComponent("themes.txt")
        try "theme: Arctic\ncolour: #112233\nphrases: Arctic; polar silk road\n\ntheme: sanctions\ncolour: #000000\nphrases: embargo\n".write(to: file, atomically: true, encoding: .utf8)
        let reference = try ReferenceData.load(resources: Fixture.resources, userThemes: file, currentYear: 2026)
        XCTAssertEqual(reference.themes.theme(named: "Arctic")?.colour, "#112233")
        XCTAssertEqual(reference.themes.themes.filter { $0.name.lowercased() == "sanctions" }.count, 1)
        let s = StatementReader(reference: reference).read(SourceDocument(path: nil, text: "The Polar Silk Road crosses the Arctic. Sanctions and an embargo."))
        XCTAssertEqual(s.themes.first { $0.theme == "Arctic" }?.count, 2)
        XCTAssertEqual(s.themes.first { $0.theme == "sanctions" }?.count, 1, "the user's block replaced the built-in phrases")
    }

    func testMistakesNameTheLine() {
        XCTAssertThrowsError(try ThemeCatalog.parse("theme: A\ncolour: blue\nphrases: a", file: "t.txt")) { e in
            XCTAssertEqual((e as? ThemeFileError)?.line, 2)
        }
        XCTAssertThrowsError(try ThemeCatalog.parse("theme: A\npatterns: (unclosed", file: "t.txt")) { e in
            XCTAssertTrue("\(e)".contains("t.txt:2"))
        }
        XCTAssertThrowsError(try ThemeCatalog.parse("theme: Empty\ncolour: #123456\n", file: "t.txt"))
    }

    func testLongerPhraseWinsAndCountsOnce() {
        let matcher = ThemeMatcher(catalog: ThemeCatalog(themes: [Theme(name: "C", colour: "#000000", phrases: ["COVID", "COVID-19"], patterns: [])]))
        let m = matcher.matches(in: ["COVID-19 and covid."])
        XCTAssertEqual(m.first?.count, 2)
        XCTAssertEqual(m.first?.spans.first, BodySpan(paragraph: 0, start: 0, end: 8))
    }

    func testSpansCountScalarsNotUTF16() {
        let matcher = ThemeMatcher(catalog: ThemeCatalog(themes: [Theme(name: "S", colour: "#000000", phrases: ["sanctions"], patterns: [])]))
        let m = matcher.matches(in: ["😀 “sanctions”"])
        XCTAssertEqual(m.first?.spans.first, BodySpan(paragraph: 0, start: 3, end: 12))
    }

    func testPrefilterWordsArePartsEveryMatchMustHave() {
        XCTAssertEqual(ThemeMatcher.requiredLiteral(#"\bmultilateral(?:ism)?\b"#), "multilateral")
        XCTAssertEqual(ThemeMatcher.requiredLiteral(#"\binterfer\w* in (?:the )?internal affairs\b"#), "interfer")
        XCTAssertEqual(ThemeMatcher.requiredLiteral(#"\bregional (?:security )?organi[sz]ations?\b"#), "regional")
        XCTAssertEqual(ThemeMatcher.requiredLiteral(#"\bcovid[- ]?19\b"#), "covid")
        XCTAssertNil(ThemeMatcher.requiredLiteral(#"peace|war"#), "a top-level alternative has no required part")
        XCTAssertNil(ThemeMatcher.requiredLiteral(#"\w+ist"#))
        // Every run a match must hold, for the closer look at ASCII paragraphs; nil where the syntax is not read.
        func runs(_ p: String) -> [String]? { RequiredRuns.runs(in: p)?.map { String(decoding: $0, as: UTF8.self) } }
        XCTAssertEqual(runs(#"\bpeace[- ]?keep\w*"#), ["peace", "keep"])
        XCTAssertEqual(runs(#"\bregional (?:security )?organi[sz]ations?\b"#), ["regional ", "organi", "ation"])
        XCTAssertEqual(runs(#"\bwomen[’']s (?:[\w,-]+ ){0,4}participation\b"#), ["women", "participation"])
        XCTAssertEqual(runs(#"\bArticle 2\s?\(4\)"#), ["article 2"])
        XCTAssertEqual(runs(#"\bCOP ?\d{2}\b"#), ["cop"])
        XCTAssertEqual(runs(#"\bhold(?:s|ing)? (?:\w+ ){0,3}(?:accountable|to account)\b"#), ["hold"])
        XCTAssertEqual(runs("y*"), [])
        let unreadable = ["peace|war", "(?i)embargo", "(?x)cold war", #"\x41bc"#, #"\p{L}abc"#, #"\Qa|b\E"#, "[]abc]"]
        for unread in unreadable + ["abc(?#x)"] {
            XCTAssertNil(runs(unread), unread)
        }
        // A theme found in a text is found whatever the prefilter decides: every shipped theme, one text.
        let text = ["We reject interfering in the internal affairs of states, and bloc confrontation.",
                    "Regional security organisations and COVID 19 vaccines; peace-keeping; cyberattacks; unilateral sanctions."]
        let found = Set(ThemeMatcher(catalog: Fixture.reference.themes).matches(in: text).map(\.theme))
        XCTAssertEqual(found, ["Sovereignty and non-interference", "Cold War mentality and bloc politics", "Regional organisations", "COVID-19",
                               "Peacekeeping", "Cybersecurity and data security", "Sanctions"])
    }
}

/// The word prefilter only skips work: with it and without it, every theme is found at the same spans.
final class ThemePrefilterTests: XCTestCase {
    func testThePrefilterChangesNoMatch() throws {
        let dir = Fixture.tempDir()
        _ = try CorpusGenerator(count: 80, seed: 9, layout: .mixed, reference: Fixture.reference).write(to: dir.appendingPathComponent("mixed"))
        _ = try CorpusGenerator(count: 40, seed: 10, layout: .unsc, reference: Fixture.reference).write(to: dir.appendingPathComponent("unsc"))
        var texts = try FileManager.default.contentsOfDirectory(at: Fixture.data, includingPropertiesForKeys: nil).map { try String(contentsOf: $0, encoding: .utf8) }
        for file in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!.compactMap({ $0 as? URL }) where file.pathExtension == "txt" {
            texts.append(try String(contentsOf: file, encoding: .utf8))
        }
        texts.append("Ünilateral SANCTIONS, Multilateralism’s friends; peace‑keeping (COVID‑19) and cyber-attacks on the UN Charter.")
        let fast = ThemeMatcher(catalog: Fixture.reference.themes), full = ThemeMatcher(catalog: Fixture.reference.themes, prefilter: false)
        var mentions = 0
        for text in texts {
            let paragraphs = text.components(separatedBy: "\n").filter { !$0.isEmpty }
            let expected = full.matches(in: paragraphs)
            XCTAssertEqual(fast.matches(in: paragraphs), expected)
            mentions += expected.map(\.count).reduce(0, +)
        }
        XCTAssertGreaterThan(mentions, 200, "the texts should mention themes")
    }

    /// The trie scan of phrases with the patterns merged in must find what each theme's one regex finds,
    /// even where phrases and patterns overlap, touch, differ in case or sit beside punctuation, and with
    /// awkward patterns of a user's own (empty matches, anchors, look-behind).
    func testPhraseScanAndPatternsFindWhatTheRegexFinds() {
        let user = [
            Theme(name: "Overlaps", colour: "#111111", phrases: ["new Cold War", "cold", "war crimes", "crimes against humanity", "ICT"],
                  patterns: [#"\bcold\w*"#, #"war(?: on)? terror\w*"#, #"(?<=the )crimes"#]),
            Theme(name: "Awkward", colour: "#222222", phrases: ["peace", "peace-keeping", "x"], patterns: ["y*", "^The", #"\d{4}"#, "keep$"]),
            Theme(name: "Phrases only", colour: "#333333", phrases: ["a b", "a b c", "b c d", "2030 Agenda", "people's livelihoods"], patterns: []),
            Theme(name: "Patterns only", colour: "#444444", phrases: [], patterns: [#"\bsanction\w*"#, "(?i)embargo"]),
            Theme(name: "Not ASCII", colour: "#555555", phrases: ["Türkiye", "peace"], patterns: [#"\bcold\b"#]),
            // A pattern's match that starts inside a phrase and runs past it hides a shorter one after it.
            Theme(name: "Straddles", colour: "#666666", phrases: ["a b", "cold war"], patterns: ["b c d", "c d", #"war on terror\w*"#, "on terror"]),
        ]
        let catalog = Fixture.reference.themes.merging(user)
        let fast = ThemeMatcher(catalog: catalog), full = ThemeMatcher(catalog: catalog, prefilter: false)
        var words = ["new", "New", "NEW", "Cold", "cold", "colder", "War", "war", "crimes", "against", "humanity", "on", "terror", "terrorism",
                     "the", "The", "a", "b", "c", "d", "ICT", "ICTs", "ict", "peace", "peace-keeping", "keep", "x", "y", "yy", "2030", "Agenda",
                     "people's", "livelihoods", "sanctions", "EMBARGO", "Türkiye", "multilateral", "multilateralism", "COVID-19", "COVID",
                     "covid 19", "humanitarian", "cyber", "cyberspace", "UN", "Charter", "of", "the", "United", "Nations"]
        words += Fixture.reference.themes.themes.flatMap(\.phrases)
        let glue = [" ", " ", " ", ", ", "-", "", ". ", "'", " (", ") ", "/", "  "]
        var rng = SeededRandom(seed: 42)
        var checked = 0, found = 0
        let crafted = ["a b c d", "x a b c d e a b c d", "cold war on terror", "Cold War on terrorism, then war on terror.",
                       "the crimes against humanity", "new Cold War on terror", "peace-keeping keep"]
        for round in 0..<(1500 + crafted.count) {
            var paragraph = round < crafted.count ? crafted[round] : ""
            for _ in 0..<(round < crafted.count ? 0 : Int.random(in: 1...25, using: &rng)) {
                paragraph += words.randomElement(using: &rng)! + glue.randomElement(using: &rng)!
            }
            let paragraphs = [paragraph, paragraph.uppercased(), "Intro.", paragraph.lowercased()]
            let expected = full.matches(in: paragraphs)
            XCTAssertEqual(fast.matches(in: paragraphs), expected, "in “\(paragraph)”")
            checked += 1
            found += expected.map(\.count).reduce(0, +)
        }
        XCTAssertEqual(checked, 1500 + crafted.count)
        XCTAssertGreaterThan(found, 5000, "the paragraphs should be full of themes")
    }
}
