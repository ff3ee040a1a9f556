import Foundation
import XCTest

@testable import RostrumViewModel
@testable import StatementModel

/// What the window would show, checked without a display.
final class ExplorerViewModelTests: XCTestCase, @unchecked Sendable {
    @MainActor
    func makeModel(extra: [String: String] = [:]) throws -> ExplorerViewModel {
        let (library, dir) = try TestLibrary.empty()
        try library.seedIfEmpty(from: TestLibrary.root.appendingPathComponent("data"))
        if !extra.isEmpty {
            let input = dir.appendingPathComponent("in")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            for (name, text) in extra {
                try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            _ = library.importFiles([input])
        }
        return ExplorerViewModel(library: library, today: Date(timeIntervalSince1970: 1_790_000_000))
    }

    func testOpensOnTheDefaultLibraryWithTheFirstStatementShown() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            XCTAssertEqual(vm.rows.count, 2)
            XCTAssertEqual(vm.rows.map { $0.date?.iso }, ["2020-11-03", "2022-02-16"])
            XCTAssertEqual(vm.countLine, "2 statements")
            XCTAssertNil(vm.emptyState)
            XCTAssertEqual(vm.selected?.id, vm.rows[0].id)
            XCTAssertTrue(
                vm.selected?.metaLine.hasPrefix("3 November 2020 (inferred)") ?? false, vm.selected?.metaLine ?? "")
            XCTAssertTrue(vm.selected?.inferenceNotes.first?.contains("Tuesday") ?? false)
        }
    }

    func testSearchNarrowsEverythingTogether() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            var changes = 0
            vm.onChange = { changes += 1 }
            vm.setSearch("cyberspace")
            XCTAssertEqual(vm.rows.count, 1)
            XCTAssertEqual(vm.countLine, "1 of 2 statements")
            XCTAssertEqual(vm.timeline.bins.map(\.count).reduce(0, +), 1)
            XCTAssertEqual(
                vm.facets[.theme]?.first { $0.value == "Regional organisations" }?.count, nil,
                "only the wire story's themes remain")
            XCTAssertEqual(vm.chips.map(\.label), ["“cyberspace*”"], "the word being typed searches as a prefix")
            XCTAssertGreaterThan(changes, 0)
            XCTAssertFalse(
                vm.selected?.highlights.filter { $0.kind == .search }.isEmpty ?? true, "search hits are highlighted")
        }
    }

    func testBrokenSearchKeepsResultsAndSaysWhy() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            vm.setSearch("\"unclosed")
            XCTAssertEqual(vm.rows.count, 2)
            XCTAssertEqual(vm.searchError, "A quotation mark is not closed")
            vm.setSearch("collective")
            XCTAssertNil(vm.searchError)
        }
    }

    func testClickingAThemeNarrowsAndShowsAChip() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            let before = try XCTUnwrap(vm.facets[.theme]?.first { $0.value == "Regional organisations" })
            XCTAssertEqual(before.count, 1)
            XCTAssertEqual(before.colour, "#059669")
            vm.toggle(.theme, "Regional organisations")
            XCTAssertEqual(vm.rows.count, 1)
            XCTAssertEqual(vm.rows.first?.date?.iso, "2022-02-16")
            XCTAssertTrue(vm.facets[.theme]?.first { $0.value == "Regional organisations" }?.selected ?? false)
            XCTAssertNil(
                vm.facets[.theme]?.first { $0.value == "Cybersecurity and data security" },
                "themes only the other statement has are gone")
            XCTAssertEqual(vm.chips.count, 1)
            vm.remove(vm.chips[0])
            XCTAssertEqual(vm.rows.count, 2)
        }
    }

    func testSituationsFilterAsAlternativesAndStackTheTimeline() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel(extra: [
                "syria.txt": "Statement on Syria\n3 March 2021\n\nThe people of Syria deserve "
                    + "peace. Syrians have suffered for too long in Idlib and Aleppo."
            ])
            let rows = try XCTUnwrap(vm.facets[.situation])
            XCTAssertEqual(rows.first { $0.value == "Syria" }?.count, 1)
            XCTAssertNil(rows.first?.colour, "no colours while the timeline is stacked by theme")
            vm.toggle(.situation, "Syria")
            XCTAssertEqual(vm.rows.count, 1)
            vm.toggle(.situation, "Regional organisations")
            XCTAssertEqual(vm.rows.count, 2, "situations are alternatives")
            XCTAssertEqual(vm.chips.count, 2)
            vm.clearAll()

            vm.toggleStacking()
            XCTAssertTrue(vm.stackBySituation)
            let colours = Dictionary(vm.situationColours.map { ($0.name, $0.colour) }, uniquingKeysWith: { a, _ in a })
            XCTAssertNotNil(colours["Syria"])
            XCTAssertEqual(vm.facets[.situation]?.first { $0.value == "Syria" }?.colour, colours["Syria"])
            let stacked = vm.stackedBins.flatMap { $0.themes.keys }
            XCTAssertTrue(stacked.contains("Syria"), "the bars are stacked by situation: \(stacked)")
            XCTAssertFalse(stacked.contains("Regional organisations") && stacked.contains("Multilateralism"))
            vm.setStacking(bySituation: true)
            XCTAssertTrue(vm.stackBySituation, "setting the state it has changes nothing")
            vm.toggleStacking()
            XCTAssertEqual(vm.stackedBins, vm.timeline.bins)
        }
    }

    func testTheWordBeingTypedIsAPrefix() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            vm.setSearch("terr")
            XCTAssertEqual(vm.rows.count, 2, "“terr” finds terrorism in both seeds")
            XCTAssertEqual(vm.chips.last?.label, "“terr*”", "the chip says it searches a prefix")
            vm.setSearch("terr ")
            XCTAssertEqual(vm.rows.count, 0, "a word followed by a space is a whole word")
            vm.setSearch("\"collective secu")
            XCTAssertNotNil(vm.searchError, "an open phrase stays a phrase, and says it is not closed")
        }
    }

    func testAStatementOpensAtItsFirstHitAndEnterStepsThroughTheRest() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel(extra: [
                "hits.txt": "Remarks on sanctions\n3 March 2021\n\n"
                    + (1...5).map {
                        "Paragraph \($0) is long enough to read. Sanctions were named here, then the debate went on."
                    }.joined(separator: "\n\n")
            ])
            vm.setSearch("sanctions ")
            let id = try XCTUnwrap(vm.rows.indices.first { vm.rows[$0].title == "Remarks on sanctions" })
            vm.select(row: id)
            let detail = try XCTUnwrap(vm.selected)
            XCTAssertEqual(detail.searchHits.count, 5, "one in each paragraph of the text")
            XCTAssertEqual(detail.hitLine, "1 of 5")
            XCTAssertEqual(detail.focus, detail.searchHits[0].start, "opened at the first hit, not at the top")
            vm.stepHit(forward: true)
            vm.stepHit(forward: true)
            XCTAssertEqual(vm.selected?.hitLine, "3 of 5")
            XCTAssertEqual(vm.selected?.focus, detail.searchHits[2].start, "the pane scrolls to the hit")
            XCTAssertEqual(
                vm.selected?.highlights.filter { $0.kind == .hit }.map(\.start), [detail.searchHits[2].start],
                "only the hit being read is marked as current")
            vm.stepHit(forward: false)
            XCTAssertEqual(vm.selected?.hitLine, "2 of 5")
            for _ in 0..<4 { vm.stepHit(forward: true) }
            XCTAssertEqual(vm.selected?.hitLine, "1 of 5", "past the last, back to the first")
            vm.stepHit(forward: false)
            XCTAssertEqual(vm.selected?.hitLine, "5 of 5")
            vm.clearAll()
            XCTAssertNil(vm.selected?.hitLine, "no search, no counter")
        }
    }

    func testASearchListsBestMatchesFirstOnAskingAndEachRowShowsItsHit() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel(extra: [
                "about.txt":
                    "Statement on terrorism\n1 January 2024\n\nTerrorism, terrorism and terrorism again: end it."
            ])
            vm.setSearch("terrorism ")
            XCTAssertEqual(vm.rows.count, 3)
            XCTAssertEqual(vm.rows[2].title, "Statement on terrorism", "by date, the newest last")
            vm.setSort(.relevance)
            XCTAssertEqual(vm.rows[0].title, "Statement on terrorism", "best match first")
            let snippet = try XCTUnwrap(vm.rows[0].snippet)
            XCTAssertTrue(snippet.contains(SQLiteStatementStore.snippetHitStart + "Terrorism"), snippet)
            vm.clearAll()
            XCTAssertNil(vm.rows[0].snippet, "no search, no snippet")
        }
    }

    func testTheTimelineStaysOnTheDataAndWorksFromTheKeyboard() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            let fitted = (vm.timeline.start, vm.timeline.end)
            for _ in 0..<40 { vm.zoomTimeline(by: 1.25, anchor: 0.5) }
            let extent = try XCTUnwrap(vm.timeline.extent)
            XCTAssertLessThanOrEqual(
                vm.timeline.span, max(Double(extent.end - extent.start) * 1.5, 3653) + 1,
                "zooming out stops near the data")
            for _ in 0..<40 { vm.panTimeline(by: 0.5) }
            XCTAssertLessThan(vm.timeline.start, Double(extent.end), "panning stops with the data still in view")
            vm.fitTimeline()
            XCTAssertEqual(vm.timeline.start, fitted.0, accuracy: 0.5, "Home fits again")
            XCTAssertEqual(vm.timeline.end, fitted.1, accuracy: 0.5)

            vm.moveTimelineCursor(by: 1)
            let first = try XCTUnwrap(vm.timeline.cursor)
            XCTAssertEqual(first, vm.timeline.bins.filter { $0.count > 0 }.map(\.key).sorted().first)
            XCTAssertTrue(
                vm.timeline.accessibleDescription.contains("Chosen: \(first)"), vm.timeline.accessibleDescription)
            vm.moveTimelineCursor(by: 1)
            let second = try XCTUnwrap(vm.timeline.cursor)
            XCTAssertNotEqual(second, first)
            vm.openTimelineCursor(filtering: false)
            XCTAssertEqual(
                vm.selected?.id, vm.rows.first { $0.date?.iso.hasPrefix(second) ?? false }?.id,
                "Enter opens the period's first statement")
            vm.openTimelineCursor(filtering: true)
            XCTAssertEqual(vm.chips.map(\.kind), [.dates], "Shift+Enter filters to the period")
            XCTAssertEqual(vm.rows.count, 1)
        }
    }

    func testJustImportedListsWhatAnImportStoredAlone() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            Thread.sleep(forTimeInterval: 1.1)  // the library stamps statements to the second
            let moment = ISO8601DateFormatter().string(from: Date())
            let (dir, library) = (
                FileManager.default.temporaryDirectory.appendingPathComponent(
                    "rostrum-vm-new-\(UUID().uuidString.prefix(8))"), vm.library
            )
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try "Remarks on water\n4 April 2023\n\nWater security matters to every delegation.".write(
                to: dir.appendingPathComponent("water.txt"), atomically: true, encoding: .utf8)
            XCTAssertEqual(library.importFiles([dir]).imported.count, 1)
            vm.libraryChanged()
            XCTAssertEqual(vm.rows.count, 3)
            vm.showImported(since: moment)
            XCTAssertEqual(vm.rows.map(\.title), ["Remarks on water"])
            XCTAssertEqual(vm.chips.map(\.label), ["Just imported"])
            vm.remove(vm.chips[0])
            XCTAssertEqual(vm.rows.count, 3)
        }
    }

    func testAFacetWithManyValuesCanBeSearched() throws {
        try MainActor.assumeIsolated {
            let (library, dir) = try TestLibrary.empty()
            let corpus = dir.appendingPathComponent("corpus")
            _ = try CorpusGenerator(count: 150, seed: 3, layout: .unsc, reference: library.reader.reference)
                .write(to: corpus)
            _ = library.importFiles([corpus])
            let vm = ExplorerViewModel(library: library, today: Date(timeIntervalSince1970: 1_790_000_000))
            XCTAssertGreaterThan(
                vm.valueCount(.speaker), ExplorerViewModel.findBoxFrom, "enough speakers for a find box")
            XCTAssertEqual(vm.facets[.speaker]?.count, ExplorerViewModel.facetLimit, "the sidebar lists the first ones")
            let all = try library.store.facetCounts(.speaker, filter: StatementFilter())
            let rare = try XCTUnwrap(all.last, "a speaker too rare to be listed")
            XCTAssertFalse(vm.facets[.speaker]?.contains { $0.value == rare.value } ?? true)
            let part = String(rare.value.split(separator: " ").last ?? "").uppercased()
            vm.setFacetQuery(.speaker, part)
            XCTAssertTrue(
                vm.facets[.speaker]?.contains { $0.value == rare.value } ?? false, "found by part of the name")
            XCTAssertTrue(vm.facets[.speaker]?.allSatisfy { $0.value.uppercased().contains(part) } ?? false)
            vm.setFacetQuery(.speaker, "")
            XCTAssertEqual(vm.facets[.speaker]?.count, ExplorerViewModel.facetLimit)
        }
    }

    func testTypedDatesFilterByYearMonthOrDay() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            XCTAssertNil(vm.setDates(from: "2022", to: ""))
            XCTAssertEqual(vm.rows.map { $0.date?.iso }, ["2022-02-16"])
            XCTAssertEqual(vm.chips.map(\.label), ["2022-01-01 – …"])
            XCTAssertNil(vm.setDates(from: "2020-11", to: "2020-11"))
            XCTAssertEqual(vm.chips.map(\.label), ["2020-11-01 – 2020-11-30"], "a month is its first to its last day")
            XCTAssertEqual(vm.rows.count, 1)
            XCTAssertEqual(
                vm.setDates(from: "2020-13", to: ""),
                "From: “2020-13” is not a date; write 2019, 2019-03 or 2019-03-05")
            XCTAssertEqual(vm.setDates(from: "2023", to: "2021"), "From comes after To")
            XCTAssertEqual(vm.rows.count, 1, "a date that cannot be read changes nothing")
            XCTAssertNil(vm.setDates(from: "", to: ""))
            XCTAssertEqual(vm.rows.count, 2)
        }
    }

    func testUndatedStatementsAreCountedAndListedAlone() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel(extra: [
                "undated.txt": "Remarks on multilateralism\n\nMultilateralism matters to us all."
            ])
            XCTAssertEqual(vm.undatedCount, 1, "the timeline has no place for it; the button says so")
            vm.toggleUndated()
            XCTAssertEqual(vm.rows.count, 1)
            XCTAssertNil(vm.rows.first?.date)
            XCTAssertEqual(vm.chips.map(\.label), ["Undated"])
            vm.remove(vm.chips[0])
            XCTAssertEqual(vm.rows.count, 3)
        }
    }

    func testAnImportSaysWhatFailedAndWhatWasSkipped() throws {
        try MainActor.assumeIsolated {
            let (library, dir) = try TestLibrary.empty()
            let input = dir.appendingPathComponent("in")
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try "Remarks on peace\n\nPeace matters to us all, and to every delegation here.".write(
                to: input.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
            try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]).write(
                to: input.appendingPathComponent("photo.txt"))
            let report = library.importFiles([input, dir.appendingPathComponent("missing.txt")])
            let headline = ImportSummary.headline(report)
            XCTAssertTrue(headline.hasPrefix("Imported 1 statement · "), headline)
            XCTAssertTrue(headline.contains("failed"), headline)
            let problem = try XCTUnwrap(ImportSummary.firstProblem(report))
            XCTAssertTrue(problem.contains("photo.txt") || problem.contains("missing.txt"), problem)
            // The Details dialog names each file, with its folder and reason; a path that does not exist is a failure.
            let lines = ImportSummary.details(report)
            XCTAssertEqual(Set(lines.filter { $0.outcome == "failed" }.map(\.file)), ["photo.txt", "missing.txt"])
            XCTAssertEqual(lines.first { $0.file == "photo.txt" }?.folder, input.path)
            XCTAssertTrue(lines.allSatisfy { !$0.reason.isEmpty }, "\(lines)")
            XCTAssertTrue(ImportSummary.hasDetails(report))
        }
    }

    func testForumFacetKeepsOtherForumsClickable() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel(extra: [
                "ga.txt":
                    "Statement by Ambassador Zhang Jun at the General Assembly Debate on Reform\n3 March 2021\n\n"
                    + "Multilateralism matters."
            ])
            vm.toggle(.forum, "General Assembly")
            XCTAssertEqual(vm.rows.count, 1)
            XCTAssertEqual(vm.facets[.forum]?.map(\.value).sorted(), ["General Assembly", "Security Council"])
            vm.toggle(.speaker, "Zhang Jun")
            vm.clearAll()
            XCTAssertEqual(vm.rows.count, 3)
            XCTAssertTrue(vm.chips.isEmpty)
        }
    }

    func testSelectionHighlightsThemePhrasesWhereTheyAre() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            vm.select(row: 1)
            let detail = try XCTUnwrap(vm.selected)
            XCTAssertTrue(detail.title.hasPrefix("Remarks by Ambassador Zhang Jun"))
            let body = Array(detail.body.unicodeScalars)
            let regional = detail.highlights.filter {
                if case .theme(let name, _) = $0.kind { return name == "Regional organisations" } else { return false }
            }
            XCTAssertGreaterThan(regional.count, 5)
            for h in regional {
                let text = String(String.UnicodeScalarView(body[h.start..<h.end])).lowercased()
                XCTAssertTrue(
                    text.contains("region") || text.contains("csto") || text.contains("chapter")
                        || text.contains("shanghai") || text.contains("sco"), text)
            }
            XCTAssertEqual(detail.themes.first?.name, "Regional organisations")
        }
    }

    func testCopyGivesTheQuoteWithACitation() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            let quote = try XCTUnwrap(vm.selected).quote("We must reject the Cold War mentality ")
            XCTAssertTrue(
                quote.hasPrefix(
                    "“We must reject the Cold War mentality”\n— Zhang Jun, Permanent Representative of China to "
                        + "the United Nations, Security Council high-level debate, 3 November 2020 (date inferred)"
                ), quote)
            XCTAssertTrue(quote.contains("Xinhua News Agency"))
        }
    }

    func testOtherVersionsOfTheSpeechAreOffered() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel(extra: [
                "mission.txt":
                    "Home > Mission > Statements\nRemarks by Ambassador Zhang Jun at the Security Council High-level "
                    + "Debate\n2020-11-03\n\nWe must fully recognize that strengthening collective security is an "
                    + "important means to achieve our own security.\n\nSuggest to a friend"
            ])
            let wireRow = try XCTUnwrap(vm.rows.firstIndex { $0.kind == "news report" })
            vm.select(row: wireRow)
            XCTAssertEqual(vm.selected?.versions.count, 1)
            XCTAssertTrue(
                vm.selected?.versions.first?.label.contains("3 November 2020") ?? false,
                vm.selected?.versions.first?.label ?? "")
            vm.select(id: vm.selected?.versions.first?.id)
            XCTAssertTrue(
                vm.selected?.title.hasPrefix("Remarks by Ambassador Zhang Jun at the Security Council High-level")
                    ?? false)
        }
    }

    func testATalkingPointSaidAgainIsShownAsAnEchoAndOpensTheOtherStatement() throws {
        try MainActor.assumeIsolated {
            // Prose no two texts share, then the same passage in both (one word changed in the second).
            let point =
                "the so-called rules-based order is a pretext for unilateral coercive measures that undermine "
                + "the authority of this Council and the principles of sovereign equality enshrined in the Charter"
            let vm = try makeModel(extra: [
                "first.txt": "Statement by the delegation\n2021-03-12\n\n\(TestLibrary.prose(1))\n\n\(point).\n",
                "second.txt": "Statement by the delegation\n2023-06-01\n\n\(TestLibrary.prose(2))\n\n"
                    + point.replacingOccurrences(of: "pretext", with: "cover") + ".\n",
            ])
            let second = try XCTUnwrap(vm.rows.firstIndex { $0.date?.iso == "2023-06-01" })
            vm.select(row: second)
            let detail = try XCTUnwrap(vm.selected)
            XCTAssertEqual(detail.echoes.count, 1)
            XCTAssertTrue(
                detail.echoes[0].label.hasPrefix("Echo: also in 1 other statement; first said by"),
                detail.echoes[0].label)
            XCTAssertTrue(detail.echoes[0].label.contains("12 March 2021"), detail.echoes[0].label)
            let body = Array(detail.body.unicodeScalars)
            let marked = detail.highlights.filter { $0.kind == .echo }.map {
                String(String.UnicodeScalarView(body[$0.start..<$0.end]))
            }
            XCTAssertEqual(marked.count, 1)
            XCTAssertTrue(marked[0].hasPrefix("the so-called rules-based order"), marked[0])
            XCTAssertTrue(marked[0].hasSuffix("Charter"), marked[0])
            vm.select(id: detail.echoes[0].open)
            XCTAssertEqual(vm.selected?.echoes.count, 1)
            XCTAssertTrue(vm.selected?.body.contains("is a pretext for") ?? false)
        }
    }

    func testKeyboardSteppingThroughTheList() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            XCTAssertEqual(vm.selectedRow, 0)
            vm.selectNext()
            XCTAssertEqual(vm.selectedRow, 1)
            vm.selectNext()
            XCTAssertEqual(vm.selectedRow, 1, "stays on the last row")
            vm.selectPrevious()
            XCTAssertEqual(vm.selectedRow, 0)
            vm.setSort(.dateDescending)
            XCTAssertEqual(vm.rows.first?.date?.iso, "2022-02-16")
        }
    }

    func testTimelineBinsZoomAndDragSelect() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            XCTAssertEqual(vm.timeline.granularity, .month, "two statements 15 months apart fit in month bins")
            XCTAssertEqual(vm.timeline.bins.map(\.key), ["2020-11", "2022-02"])
            XCTAssertEqual(vm.timeline.bins.first?.inferred, 1, "the inferred date is marked")
            vm.zoomTimeline(by: 8, anchor: 0.5)
            XCTAssertEqual(vm.timeline.granularity, .year)
            XCTAssertEqual(vm.timeline.bins.map(\.key), ["2020", "2022"])
            let nov2020 = try XCTUnwrap(DayNumber.of(iso: "2020-11-01"))
            vm.selectDays(from: Double(nov2020), to: Double(nov2020 + 40))
            XCTAssertEqual(vm.rows.count, 1)
            XCTAssertEqual(vm.chips.last?.label, "2020-01-01 – 2020-12-31", "snapped to the year bins shown")
        }
    }

    func testAnImportByAnotherProcessIsNoticedAndTheTimelineRefitted() throws {
        try MainActor.assumeIsolated {
            let (library, dir) = try TestLibrary.empty()
            try library.seedIfEmpty(from: TestLibrary.root.appendingPathComponent("data"))
            let vm = ExplorerViewModel(library: library, today: Date(timeIntervalSince1970: 1_790_000_000))
            vm.checkForOutsideChanges()
            XCTAssertEqual(vm.rows.count, 2, "nothing changed: nothing reloaded")
            let before = vm.timeline.start
            // The tool opens the same file with a store of its own, as another process does.
            let tool = StatementLibrary(
                store: try SQLiteStatementStore(path: dir.appendingPathComponent("l.sqlite").path),
                reader: library.reader)
            let file = dir.appendingPathComponent("old.txt")
            try "Statement at the 1995 session\n\n12 October 1995\n\nWe support the Charter of the United Nations."
                .write(to: file, atomically: true, encoding: .utf8)
            XCTAssertEqual(tool.importFiles([file]).imported.count, 1)
            XCTAssertEqual(vm.rows.count, 2, "the window has not looked yet")
            vm.checkForOutsideChanges()
            XCTAssertEqual(vm.rows.count, 3, "the other process's statement is listed")
            XCTAssertEqual(vm.countLine, "3 statements")
            XCTAssertLessThan(vm.timeline.start, before, "the timeline is fitted again to reach back to 1995")
            XCTAssertLessThan(vm.timeline.start, Double(try XCTUnwrap(DayNumber.of(iso: "1995-10-12"))))
        }
    }

    func testACorrectionOrADeletionByTheToolIsNoticedAndShownAsSetByYou() throws {
        try MainActor.assumeIsolated {
            let (library, dir) = try TestLibrary.empty()
            try library.seedIfEmpty(from: TestLibrary.root.appendingPathComponent("data"))
            let vm = ExplorerViewModel(library: library, today: Date(timeIntervalSince1970: 1_790_000_000))
            let wire = try XCTUnwrap(vm.selected?.id)
            XCTAssertTrue(vm.selected?.inferenceNotes.contains { $0.hasPrefix("Date inferred") } ?? false)
            let tool = try SQLiteStatementStore(path: dir.appendingPathComponent("l.sqlite").path)
            try tool.correct(wire, .date, to: "2020-11-04")
            try tool.correct(wire, .country, to: "France")
            vm.checkForOutsideChanges()
            XCTAssertEqual(vm.rows.first { $0.id == wire }?.date?.iso, "2020-11-04")
            XCTAssertEqual(vm.rows.first { $0.id == wire }?.country, "France")
            let corrected = try XCTUnwrap(library.store.statement(id: wire))
            let detail = StatementDetail(corrected, themes: library.reader.reference.themes, searchTerms: [])
            XCTAssertTrue(detail.metaLine.hasPrefix("4 November 2020 (set by you)"), detail.metaLine)
            XCTAssertFalse(detail.inferenceNotes.contains { $0.hasPrefix("Date") }, "a date set by you is no guess")
            XCTAssertEqual(detail.setByYou, ["Date", "Country"])
            _ = try tool.delete([wire])
            vm.checkForOutsideChanges()
            XCTAssertEqual(vm.rows.map(\.id).contains(wire), false)
            XCTAssertEqual(vm.countLine, "1 statement")
        }
    }

    func testTimelineGeometry() {
        MainActor.assumeIsolated {
            var t = TimelineModel(start: 0, end: 100)
            XCTAssertEqual(t.x(ofDay: 25, width: 400), 100)
            XCTAssertEqual(t.day(atX: 200, width: 400), 50)
            t.zoom(by: 0.5, anchor: 0.5)
            XCTAssertEqual(t.start, 25)
            XCTAssertEqual(t.end, 75)
            t.pan(by: 0.2)
            XCTAssertEqual(t.start, 35)
            XCTAssertEqual(DayNumber.iso(DayNumber.of(year: 2020, month: 11, day: 3)), "2020-11-03")
            XCTAssertEqual(DayNumber.of(year: 1970, month: 1, day: 1), 0)
            XCTAssertEqual(DayNumber.span(ofBin: "2020-02")?.end, DayNumber.of(year: 2020, month: 3, day: 1))
        }
    }

    func testEmptyLibraryState() throws {
        try MainActor.assumeIsolated {
            let vm = ExplorerViewModel(library: try TestLibrary.empty().0)
            XCTAssertEqual(vm.emptyState, .emptyLibrary)
            XCTAssertNil(vm.selected)
        }
    }

    func testNoMatchesState() throws {
        try MainActor.assumeIsolated {
            let vm = try makeModel()
            vm.setSearch("zzzzzz")
            XCTAssertEqual(vm.emptyState, .noMatches)
            XCTAssertNil(vm.selected)
        }
    }
}

/// Holds queries until the test lets them run, in any order: what a slow library and a fast typist do.
final class HeldScheduler: QueryScheduler {
    private var jobs: [() -> Void] = []
    var pending: Int { jobs.count }

    func run<T>(_ work: @escaping () -> T, then deliver: @escaping (T) -> Void) {
        jobs.append { deliver(work()) }
    }

    /// Lets the oldest held query run and deliver.
    func runNext() {
        guard !jobs.isEmpty else { return }
        jobs.removeFirst()()
    }

    func runAll(reversed: Bool = false) {
        let batch = reversed ? jobs.reversed() : jobs
        jobs = []
        batch.forEach { $0() }
    }

    /// Runs what is held and whatever the answers ask next (a statement opened, its echoes), until nothing is.
    func settle() {
        while !jobs.isEmpty { runAll() }
    }
}

final class QueryOrderTests: XCTestCase, @unchecked Sendable {
    func testTypingAheadOfTheQueriesShowsOnlyTheNewestAnswer() throws {
        try MainActor.assumeIsolated {
            let library = try TestLibrary.seeded()
            let held = HeldScheduler()
            let vm = ExplorerViewModel(library: library, scheduler: held)
            XCTAssertFalse(vm.isLoaded)
            XCTAssertEqual(vm.countLine, "Opening the library…")
            XCTAssertNil(vm.emptyState, "no “empty library” page before the library has answered")
            held.runAll()
            XCTAssertEqual(vm.countLine, "2 statements")
            XCTAssertEqual(held.pending, 1, "the statement the answer opened is read next (then its echoes)")
            held.settle()

            // Three keystrokes before any query runs; the answers then come back newest first.
            vm.setSearch("c")
            vm.setSearch("cyber")
            vm.setSearch("cyberspace")
            XCTAssertEqual(vm.countLine, "2 statements", "the screen keeps the last answer while queries run")
            XCTAssertEqual(held.pending, 3)
            held.runAll(reversed: true)
            XCTAssertEqual(vm.countLine, "1 of 2 statements")
            XCTAssertEqual(vm.chips.map(\.label), ["“cyberspace*”"], "the word being typed searches as a prefix")

            // A facet toggled while a search is still running builds on that search, not on the screen's filter.
            vm.setSearch("")
            vm.toggle(.forum, "Security Council")
            held.runAll()
            XCTAssertEqual(vm.chips.map(\.label), ["Security Council"])
            XCTAssertEqual(vm.countLine, "2 of 2 statements")

            // A broken query says why and keeps what was shown.
            vm.setSearch("\"unclosed")
            held.runAll()
            XCTAssertNotNil(vm.searchError)
            XCTAssertEqual(vm.chips.map(\.label), ["Security Council"])
        }
    }

    /// A sort and a zoom wait for nothing on the main thread: their reads are held like any query, the list and
    /// its sort change together when the rows come, and a sort asked again before the answer wins.
    func testSortAndZoomReadOffTheMainThread() throws {
        try MainActor.assumeIsolated {
            let library = try TestLibrary.seeded()
            let held = HeldScheduler()
            let vm = ExplorerViewModel(library: library, scheduler: held)
            held.settle()
            let ascending = vm.rowIDs
            XCTAssertEqual(vm.sort, .dateAscending)

            vm.setSort(.dateDescending)
            XCTAssertEqual(held.pending, 1, "the re-sort is a query of its own")
            XCTAssertEqual(vm.sort, .dateAscending, "the list keeps its order and its sort until the rows come")
            XCTAssertEqual(vm.rowIDs, ascending)
            vm.setSort(.dateAscending)
            vm.setSort(.dateDescending)
            held.runAll(reversed: true)
            XCTAssertEqual(vm.sort, .dateDescending, "the newest sort asked for wins, whatever order answers come in")
            XCTAssertEqual(vm.rowIDs, ascending.reversed())
            held.settle()

            // Two clicks on the sort button before the first one's rows come: back to the order the list shows.
            vm.toggleSort(relevance: false)
            vm.toggleSort(relevance: false)
            held.runAll()
            XCTAssertEqual(vm.sort, .dateDescending, "the second click undoes the first, not asks it again")
            XCTAssertEqual(vm.rowIDs, ascending.reversed())
            vm.toggleSort(relevance: false)
            held.runAll()
            XCTAssertEqual(vm.sort, .dateAscending)
            XCTAssertEqual(vm.rowIDs, ascending)

            let granularity = vm.timeline.granularity
            vm.zoomTimeline(by: 0.001, anchor: 0.5)
            XCTAssertEqual(vm.timeline.granularity, granularity, "the finer bins are read off the main thread")
            XCTAssertGreaterThan(held.pending, 0)
            held.runAll()
            XCTAssertEqual(vm.timeline.granularity, .day)
            XCTAssertEqual(vm.timeline.bins.map(\.count).reduce(0, +), 2, "both statements in the day bins")
        }
    }

    /// Opening a statement waits for nothing on the main thread: the list's selection moves at once, the text
    /// pane keeps the statement it showed until the new one is read, keys pressed in a row each move on from the
    /// row asked for, and an older answer coming last does not undo a newer choice.
    func testSelectingReadsOffTheMainThread() throws {
        try MainActor.assumeIsolated {
            let (library, dir) = try TestLibrary.empty()
            for (n, day) in ["2021-03-12", "2022-06-01", "2023-06-01", "2024-01-15"].enumerated() {
                try "Statement by the delegation\n\(day)\n\n\(TestLibrary.prose(n + 1))\n"
                    .write(to: dir.appendingPathComponent("s\(n).txt"), atomically: true, encoding: .utf8)
            }
            _ = library.importFiles([dir])
            let held = HeldScheduler()
            let vm = ExplorerViewModel(library: library, scheduler: held)
            held.settle()
            let ids = vm.rowIDs
            XCTAssertEqual(ids.count, 4)
            XCTAssertEqual(vm.selected?.id, ids[0], "the first statement is open")

            vm.selectNext()
            XCTAssertEqual(held.pending, 1, "the statement is read as a query")
            XCTAssertEqual(vm.selectedRow, 1, "the list's selection moves at once")
            XCTAssertEqual(vm.selected?.id, ids[0], "the text pane shows what it showed until the statement comes")
            vm.deleteSelected()
            XCTAssertEqual(held.pending, 1, "no deletion while the list and the text pane name different statements")
            vm.selectNext()
            vm.selectNext()
            XCTAssertEqual(vm.selectedRow, 3, "three Downs before any answer: three rows on")
            held.runAll(reversed: true)
            XCTAssertEqual(vm.selected?.id, ids[3], "the newest choice is open, though older answers came after it")
            XCTAssertEqual(vm.selectedRow, 3)
            held.settle()
            XCTAssertEqual(vm.rowIDs.count, 4, "nothing was deleted")

            // A deletion and its undo are writes on the query thread too (an import's writer may hold them).
            vm.deleteSelected()
            XCTAssertEqual(try library.store.totalCount(), 4, "nothing deleted on the main thread")
            held.settle()
            XCTAssertEqual(vm.rowIDs, Array(ids.prefix(3)))
            let undo = try XCTUnwrap(vm.pendingUndo)
            undo.undo()
            XCTAssertEqual(try library.store.totalCount(), 3, "nor put back on it")
            held.settle()
            XCTAssertEqual(vm.rowIDs, ids)
            XCTAssertEqual(vm.selected?.id, ids[3], "and it is open again")

            // Cleared while a statement is read: nothing open when its answer comes.
            vm.select(row: 1)
            vm.select(id: nil)
            held.settle()
            XCTAssertNil(vm.selected)
            XCTAssertNil(vm.selectedRow)
        }
    }
}
