import Foundation
import StatementModel
import Translations

/// One clickable value in the filter sidebar.
package struct FacetRow: Equatable {
    package var value: String
    package var count: Int
    package var selected: Bool
    /// A theme's colour, or a situation's while the timeline is stacked by situation; nil otherwise.
    package var colour: String?
}

/// An active filter, shown as a removable chip above the timeline.
package struct FilterChip: Equatable {
    package enum Kind: Equatable {
        case facet(Facet)
        case dates, undated, search, imported
    }
    package var kind: Kind
    package var value: String
    package var label: String
}

/// What the main area shows when there is no list to show.
package enum EmptyState: Equatable {
    case emptyLibrary
    case noMatches
}

/// Everything the explorer window shows, computed from the library without any GTK: the filter and its
/// chips, the sidebar's counts, the timeline's bins, the list's rows and the text pane's statement.
/// Widgets read from it and call its methods; it calls `onChange` after each change.
@MainActor
package final class ExplorerViewModel {
    package let library: StatementLibrary
    /// The filter on screen; `requested` is the newest one asked for, which further changes build on
    /// while its query runs.
    package private(set) var filter = StatementFilter()
    private var requested = StatementFilter()
    /// False until the first answer arrives: the window shows "Opening the library…" meanwhile.
    package private(set) var isLoaded = false
    let scheduler: QueryScheduler
    private let requests = RequestCounter()
    /// The order the list shows; `requestedSort` is the newest asked for, shown once its rows are read.
    package private(set) var sort: StatementSort = .dateAscending
    private var requestedSort: StatementSort = .dateAscending
    /// A fit of the timeline was asked for and not yet installed: a newer request still fits it.
    private var fitPending = false
    /// The timeline's bins at a new granularity (a zoom), asked off the main thread; the newest answer wins.
    private let timelineQuery: LatestQuery
    /// The first statement of a clicked bin, asked off the main thread.
    private let binQuery: LatestQuery
    /// Every row under the filter, in list order; details load as rows are read.
    package private(set) var rowIDs: [StatementID] = []
    private let rowCache: RowCache
    package var rows: RowList { RowList(ids: rowIDs, cache: rowCache) }
    package private(set) var totalInLibrary = 0
    package private(set) var facets: [Facet: [FacetRow]] = [:]
    /// Every value of each facet with its count under the filter, and what each facet's find box holds.
    private var facetCounts: [Facet: [FacetCount]] = [:]
    private var facetQueries: [Facet: String] = [:]
    package private(set) var timeline: TimelineModel
    package private(set) var selected: StatementDetail?
    /// The statement asked for while it is read (`select`); nil once it has come.
    private var selecting: StatementID?
    private let selectQuery: LatestQuery
    /// A search the engine cannot run, in words; the last good results stay on screen meanwhile.
    package private(set) var searchError: String?
    /// An error the window should show once (as a toast).
    package var pendingError: String?
    /// A deletion or correction just made, for the window's Undo toast (taken once by the window).
    package var pendingUndo: UndoOffer?

    /// How many values of a facet the sidebar lists (themes are always all shown).
    package static let facetLimit = 12
    /// Whether the timeline's bars are stacked by situation (else by theme).
    package private(set) var stackBySituation = false
    /// The colours of the situations the timeline stacks, most statements first; the rest are "Other".
    package private(set) var situationColours: [(name: String, colour: String)] = []
    package var onChange: () -> Void = {}
    /// Rows the list showed as "Loading…" have been read: the list fills its rows again.
    package var onRowsLoaded: () -> Void {
        get { rowCache.onLoaded }
        set { rowCache.onLoaded = newValue }
    }
    private let today: Int
    /// The library's version when the screen was last filled: another process's import moves it on.
    private var shownVersion: Int64?
    private var versionCheckRunning = false

    /// `sort` and `stackBySituation`: the user's choices kept from the last run, in force from the first answer.
    package init(
        library: StatementLibrary, today: Date = Date(), scheduler: QueryScheduler = InlineScheduler(),
        sort: StatementSort = .dateAscending, stackBySituation: Bool = false
    ) {
        self.library = library
        (self.sort, requestedSort, self.stackBySituation) = (sort, sort, stackBySituation)
        self.scheduler = scheduler
        rowCache = RowCache(store: library.store, scheduler: scheduler)
        timelineQuery = LatestQuery(scheduler: scheduler)
        binQuery = LatestQuery(scheduler: scheduler)
        selectQuery = LatestQuery(scheduler: scheduler)
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: today)
        self.today = DayNumber.of(year: c.year!, month: c.month!, day: c.day!)
        timeline = TimelineModel(start: 0, end: 1)
        reload(fitTimeline: true)
    }

    package var emptyState: EmptyState? {
        guard isLoaded else { return nil }
        if totalInLibrary == 0 { return .emptyLibrary }
        return rowIDs.isEmpty ? .noMatches : nil
    }

    package var chips: [FilterChip] { FilterChip.chips(for: filter) }

    /// "42 statements" or "3 of 42 statements".
    package var countLine: String {
        guard isLoaded else { return tr("Opening the library…") }
        let n = rowIDs.count
        if filter.isEmpty { return trn("{0} statement", "{0} statements", n, n) }
        return trn("{0} of {1} statement", "{0} of {1} statements", totalInLibrary, n, totalInLibrary)
    }

    // MARK: - What the user does

    /// The search box's text, as typed: the word still being typed searches as a prefix.
    package func setSearch(_ text: String) {
        let trimmed = FullTextQuery.asTyped(text).trimmingCharacters(in: .whitespaces)
        var next = requested
        next.text = trimmed.isEmpty ? nil : trimmed
        apply(next)
    }

    package func toggle(_ facet: Facet, _ value: String) {
        var next = requested
        next.toggle(value, in: facet)
        apply(next)
    }

    package func remove(_ chip: FilterChip) {
        var next = requested
        switch chip.kind {
        case .facet(let facet): next.toggle(chip.value, in: facet)
        case .dates:
            next.from = nil
            next.to = nil
        case .undated: next.undated = false
        case .imported: next.importedSince = nil
        case .search:
            next.text = nil
            searchClears += 1
        }
        apply(next)
    }

    /// Counts the times the search was cleared by a command rather than by typing (Clear All, the search
    /// chip's ×): the window empties its search box when this changes.
    package private(set) var searchClears = 0

    /// Shows a whole filter (a compared group's). A search it does not share leaves the box empty; its chip
    /// says what is searched.
    package func show(_ filter: StatementFilter) {
        if filter.text != requested.text { searchClears += 1 }
        apply(filter)
    }

    /// The statements an import stored (since it began), alone: what the import toast's Show button lists.
    package func showImported(since moment: String) {
        if requested.text != nil { searchClears += 1 }
        var next = StatementFilter()
        next.importedSince = moment
        apply(next)
    }

    /// A filter made elsewhere from the window's (a trend's point: its period and series).
    package func setFilter(_ next: StatementFilter) { apply(next) }

    package func clearAll() {
        if requested.text != nil { searchClears += 1 }
        apply(StatementFilter())
    }

    /// Statements under the filter that have no date, so no place on the timeline.
    package var undatedCount: Int { max(0, rowIDs.count - timeline.bins.reduce(0) { $0 + $1.count }) }

    /// Shows only the undated statements, or all again (the timeline's "Undated" button).
    package func toggleUndated() {
        var next = requested
        next.undated.toggle()
        if next.undated {
            next.from = nil
            next.to = nil
        }  // a date range and no date exclude each other
        apply(next)
    }

    /// Stacks the timeline's bars by situation, or back by theme.
    package func toggleStacking() { setStacking(bySituation: !stackBySituation) }

    /// Idempotent, so a switch that reports its state as it is set cannot flip it back.
    package func setStacking(bySituation on: Bool) {
        guard on != stackBySituation else { return }
        stackBySituation = on
        colourSituationRows()
        onChange()
    }

    /// The timeline's bins as the chart stacks them: per theme, or per situation.
    package var stackedBins: [TimelineBin] {
        stackBySituation ? SituationSeries.stack(timeline.bins, colours: situationColours) : timeline.bins
    }

    private func colourSituationRows() {
        let colours = Dictionary(
            situationColours.map { ($0.name, $0.colour) }, uniquingKeysWith: { a, _ in a })
        facets[.situation] = facets[.situation]?.map { row in
            var r = row
            r.colour = stackBySituation ? colours[row.value] ?? SituationSeries.other.colour : nil
            return r
        }
    }

    /// Filters to the days between two x positions of the timeline (a drag-select).
    package func selectDays(from a: Double, to b: Double) {
        // Snapped outwards to the bins shown: a drag across March and April filters to 1 March – 30 April.
        let first = Self.binStart(Int(min(a, b).rounded(.down)), timeline.granularity)
        let last = Self.binEnd(Int(max(a, b).rounded(.down)), timeline.granularity) - 1
        var next = requested
        next.from = DayNumber.iso(first)
        next.to = DayNumber.iso(last)
        next.undated = false
        apply(next)
    }

    /// The first day of the bin (year, month or day) that holds `day`, and the day after its last.
    static func binStart(_ day: Int, _ granularity: TimelineGranularity) -> Int {
        let d = DayNumber.date(day)
        switch granularity {
        case .year: return DayNumber.of(year: d.year, month: 1, day: 1)
        case .month: return DayNumber.of(year: d.year, month: d.month, day: 1)
        case .day: return day
        }
    }

    static func binEnd(_ day: Int, _ granularity: TimelineGranularity) -> Int {
        let d = DayNumber.date(day)
        switch granularity {
        case .year: return DayNumber.of(year: d.year + 1, month: 1, day: 1)
        case .month: return d.month == 12 ? DayNumber.of(year: d.year + 1, month: 1, day: 1)
            : DayNumber.of(year: d.year, month: d.month + 1, day: 1)
        case .day: return day + 1
        }
    }

    /// The sidebar's From and To boxes: a year, a month or a day each (`2019`, `2019-03`, `2019-03-05`), either
    /// may be empty; From takes its period's first day, To its last. Returns what is wrong, and nothing changes.
    package func setDates(from: String, to: String) -> String? {
        /// The day a box stands for (nil when empty), or what is wrong with it.
        func day(_ text: String, _ label: String, last: Bool) -> (day: String?, problem: String?) {
            let typed = text.trimmingCharacters(in: .whitespaces)
            guard !typed.isEmpty else { return (nil, nil) }
            guard let date = StatementDate(iso: typed) else {
                return (nil, tr("{0}: “{1}” is not a date; write 2019, 2019-03 or 2019-03-05", label, typed))
            }
            return (last ? date.lastDay : date.firstDay, nil)
        }
        let first = day(from, tr("From"), last: false)
        let last = day(to, tr("To"), last: true)
        if let problem = first.problem ?? last.problem { return problem }
        if let a = first.day, let b = last.day, a > b { return tr("From comes after To") }
        var next = requested
        next.from = first.day
        next.to = last.day
        if first.day != nil || last.day != nil { next.undated = false }
        apply(next)
        return nil
    }

    /// Re-sorts off the main thread: the list and the sort button change together when the rows come.
    package func setSort(_ newSort: StatementSort) {
        guard newSort != requestedSort else { return }
        requestedSort = newSort
        load(requested, fitTimeline: false)
    }

    /// The sort button's click (by date, or best match first), from the order last asked for, not the one shown:
    /// a second click before the first one's rows come undoes it, as the user meant.
    package func toggleSort(relevance: Bool) {
        if relevance {
            setSort(requestedSort == .relevance ? .dateAscending : .relevance)
        } else {
            setSort(requestedSort == .dateAscending ? .dateDescending : .dateAscending)
        }
    }

    package func select(row: Int) {
        guard rowIDs.indices.contains(row) else { return }
        select(id: rowIDs[row])
    }

    /// Opens a statement; `hit` (UTF-16, in its stored text) is marked and scrolled to. The statement and its
    /// versions are read off the main thread; until they come, the list shows the row asked for (so keys pressed
    /// in a row each move on from it) and the text pane the statement open before. A newer choice wins.
    package func select(id: StatementID?, marking hit: NSRange? = nil) {
        selecting = id
        guard let id else {
            selectQuery.forget()
            selected = nil
            onChange()
            return
        }
        let store = library.store
        let themes = library.reader.reference.themes
        let terms = SearchTerm.terms(of: searchError == nil ? filter.text : nil)
        selectQuery.ask(
            { _ in try Self.detail(of: id, in: store, themes: themes, searchTerms: terms, marking: hit) },
            then: { [weak self] result in
                guard let self else { return }
                self.selecting = nil
                switch result {
                case .success(let detail?):
                    self.selected = detail
                    self.findEchoes(of: id)
                case .success(nil): break  // taken out of the library meanwhile
                case .failure(let error): self.pendingError = tr("Could not open the statement: {0}", "\(error)")
                }
                self.onChange()
            })
        onChange()  // the list's selection moves at once
    }

    /// A statement as the text pane shows it, with the other versions of its text; nil if it is not stored.
    private nonisolated static func detail(
        of id: StatementID, in store: any StatementStore, themes: ThemeCatalog, searchTerms: [SearchTerm],
        marking hit: NSRange?
    ) throws -> StatementDetail? {
        guard let s = try store.statement(id: id) else { return nil }
        var detail = StatementDetail(s, themes: themes, searchTerms: searchTerms)
        detail.versions = try store.links(of: id).map { link in
            let date = link.other.date.map {
                link.other.dateInferred ? tr("{0} (inferred)", DateText.long($0)) : DateText.long($0)
            }
            return (link.other.id, [link.publisher, link.other.kind, date].compactMap { $0 }.joined(separator: ", "))
        }
        if let hit { detail.mark(hit) }
        return detail
    }

    /// The passages the statement shares with others, looked for off the main thread; shown if the statement
    /// is still the one open when they come.
    private func findEchoes(of id: StatementID) {
        let store = library.store
        scheduler.run(
            { try? EchoFinder.echoes(of: id, in: store) },
            then: { [weak self] report in
                guard let self, let report, !report.clusters.isEmpty, self.selected?.id == id else { return }
                self.selected?.setEchoes(report)
                self.onChange()
            })
    }

    /// Whether the statement open is the one asked for last (none is being read in its place).
    package var isSelectionSettled: Bool { selecting == nil || selecting == selected?.id }

    /// The row of the statement open, or of the one asked for while it is read.
    package var selectedRow: Int? { (selecting ?? selected?.id).flatMap { rowIDs.firstIndex(of: $0) } }

    /// The selected statement's date, for the timeline's marker.
    package var selectedDate: StatementDate? { selected?.date }

    /// Enter, Ctrl+G, F3 (Shift: backwards): the statement's next search hit, scrolled to.
    package func stepHit(forward: Bool) {
        guard var detail = selected, !detail.searchHits.isEmpty else { return }
        detail.stepHit(forward: forward)
        selected = detail
        onChange()
    }

    package func selectNext() { select(row: min((selectedRow ?? -1) + 1, rowIDs.count - 1)) }
    package func selectPrevious() { select(row: max((selectedRow ?? rowIDs.count) - 1, 0)) }

    /// Selects the first statement of a timeline bin (a click on its bar).
    package func selectFirst(inBin key: String) {
        guard let span = DayNumber.span(ofBin: key) else { return }
        var narrowed = filter
        narrowed.from = DayNumber.iso(span.start)
        narrowed.to = DayNumber.iso(span.end - 1)
        let inBin = narrowed
        let store = library.store
        binQuery.ask(
            { _ in try store.page(inBin, sort: .dateAscending, offset: 0, limit: 1).first?.id },
            then: { [weak self] result in
                if case .success(let id?) = result { self?.select(id: id) }
            })
    }

    package func zoomTimeline(by factor: Double, anchor: Double) {
        timeline.zoom(by: factor, anchor: anchor)
        reloadTimeline()
        onChange()
    }

    /// Home or a double click: the whole of the dated statements in view again.
    package func fitTimeline() {
        timeline.fit(today: today)
        reloadTimeline()
        onChange()
    }

    /// Left and Right on the focused timeline: the next period with statements.
    package func moveTimelineCursor(by step: Int) {
        timeline.moveCursor(by: step)
        onChange()
    }

    /// Enter on the timeline: the first statement of the chosen period; with Shift, the list filtered to it.
    package func openTimelineCursor(filtering: Bool) {
        guard let key = timeline.cursor, let span = DayNumber.span(ofBin: key) else { return }
        if filtering { selectDays(from: Double(span.start), to: Double(span.end - 1)) } else { selectFirst(inBin: key) }
    }

    package func panTimeline(by fraction: Double) {
        timeline.pan(by: fraction)
        onChange()
    }

    /// After an import: counts and lists again, keeping the filter.
    package func libraryChanged() { reload(fitTimeline: true) }

    /// Whether another process (the tool, a second window) changed the library since the screen was
    /// filled; if so, counts and lists again and fits the timeline to the dates now there. The window asks
    /// every two seconds: one small read off the main thread.
    package func checkForOutsideChanges() {
        guard isLoaded, !versionCheckRunning, shownVersion != nil else { return }
        versionCheckRunning = true
        let store = library.store
        scheduler.run(
            { try? store.libraryVersion() },
            then: { [weak self] version in
                guard let self else { return }
                self.versionCheckRunning = false
                if let version, version != self.shownVersion { self.libraryChanged() }
            })
    }

    // MARK: - Loading

    private func apply(_ next: StatementFilter) {
        requested = next
        load(next, fitTimeline: false)
    }

    private func reload(fitTimeline: Bool) { load(requested, fitTimeline: fitTimeline) }

    /// What one change needs from the library, asked off the main thread in one go.
    private struct Answer {
        var total: Int
        var snapshot: FilterSnapshot
        var granularity: TimelineGranularity
        var extent: (Int, Int)??  // nil: not asked; .some(nil): nothing dated
        var sort: StatementSort
        /// Read before the rest, so a write that lands while the query runs is noticed by the next check.
        var version: Int64?
    }

    /// Everything the screen shows under a filter, read from the library in one go (off the main thread).
    /// - Parameter fitting: the timeline to fit to the dated statements, or nil to leave it as it is.
    private nonisolated static func answer(
        store: any StatementStore, filter: StatementFilter, granularity: TimelineGranularity, sort: StatementSort,
        fitting: (timeline: TimelineModel, today: Int)?
    ) throws -> Answer {
        let version = try? store.libraryVersion()
        var answer = Answer(
            total: try store.totalCount(),
            snapshot: try store.snapshot(filter, granularity: granularity, sort: sort),
            granularity: granularity, extent: nil, sort: sort, version: version)
        if let fitting {
            // The extent of the dated statements, from month bins (one query, whatever the library's size).
            let months = try store.timeline(filter, granularity: .month).compactMap { DayNumber.span(ofBin: $0.key) }
            if let a = months.map(\.start).min(), let b = months.map(\.end).max() {
                answer.extent = .some((a, b))
                // The bins at the fitted span's granularity, read here rather than on the main thread.
                var fitted = fitting.timeline
                fitted.extent = (a, b)
                fitted.fit(today: fitting.today)
                let g = TimelineModel.granularity(forSpan: fitted.span)
                if g != granularity {
                    answer.snapshot.bins = try store.timeline(filter, granularity: g)
                    answer.granularity = g
                }
            } else {
                answer.extent = .some(nil)
            }
        }
        return answer
    }

    /// Asks the library for everything the screen shows under `next`, then installs it, unless a newer
    /// request came first: stale queries are skipped before they start and their answers dropped.
    private func load(_ next: StatementFilter, fitTimeline asked: Bool) {
        // A fit asked for by a request that a newer one overtook is still owed.
        fitPending = fitPending || asked
        let fitTimeline = fitPending
        let ticket = requests.next()
        let store = library.store
        let requests = self.requests
        let sort = requestedSort
        let fitting = fitTimeline ? (timeline: timeline, today: today) : nil
        let granularity = fitTimeline ? .year : TimelineModel.granularity(forSpan: timeline.span)
        scheduler.run(
            { () -> Result<Answer, Error>? in
                guard requests.isLatest(ticket) else { return nil }
                // A newer request stops this one's reads where they are (a long search need not finish).
                return Result {
                    try store.abandoning(when: { !requests.isLatest(ticket) }) {
                        try Self.answer(
                            store: store, filter: next, granularity: granularity, sort: sort, fitting: fitting)
                    }
                }
            },
            then: { [weak self] result in
                guard let self, let result, requests.isLatest(ticket) else { return }
                switch result {
                case .success(let answer): self.install(answer, filter: next, fitTimeline: fitTimeline)
                case .failure(RostrumError.invalidSearch(_, let reason)):
                    // Keep the last good results on screen while the user finishes typing.
                    self.searchError = reason.prefix(1).uppercased() + reason.dropFirst()
                    self.requested = self.filter
                    self.requestedSort = self.sort
                    self.onChange()
                case .failure(let error):
                    self.pendingError = "\(error)"
                    self.requested = self.filter
                    self.requestedSort = self.sort
                    self.onChange()
                }
            })
    }

    private func install(_ answer: Answer, filter next: StatementFilter, fitTimeline: Bool) {
        filter = next
        searchError = nil
        isLoaded = true
        totalInLibrary = answer.total
        shownVersion = answer.version
        sort = answer.sort
        let snapshot = answer.snapshot
        rowCache.clear()
        rowCache.search = next.text
        rowIDs = snapshot.ids
        timeline.bins = snapshot.bins
        timeline.granularity = answer.granularity
        facetCounts = snapshot.facets
        situationColours = SituationSeries.colours(ranked: (snapshot.facets[.situation] ?? []).map(\.value))
        makeFacetRows()
        if fitTimeline, let extent = answer.extent {
            fitPending = false
            timeline.extent = extent.map { (start: $0.0, end: $0.1) }
            timeline.fit(today: today)
        }
        // A zoom made while this answer was read wants other bins than it brought.
        reloadTimeline()
        // The statement open (or asked for) read again if still listed, else the first listed, else none.
        if let open = selecting ?? selected?.id, rowIDs.contains(open) {
            select(id: open)
        } else {
            select(id: rowIDs.first)
        }
    }

    /// The sidebar's rows from the counts: the first `facetLimit` values of a facet (every theme), those the
    /// facet's find box matches when it has text, and the chosen ones always.
    private func makeFacetRows() {
        var lists: [Facet: [FacetRow]] = [:]
        let colours = Dictionary(
            library.reader.reference.themes.themes.map { ($0.name, $0.colour) },
            uniquingKeysWith: { a, _ in a })
        for facet in Facet.allCases {
            var counts = facetCounts[facet] ?? []
            if let query = facetQueries[facet], !query.isEmpty {
                let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
                counts = counts.filter { $0.value.range(of: query, options: options) != nil }
            }
            let chosen = filter.values(of: facet)
            var shown = facet == .theme ? counts : Array(counts.prefix(Self.facetLimit))
            for value in chosen where !shown.contains(where: { $0.value == value }) {
                shown.append(FacetCount(value: value, count: 0))
            }
            lists[facet] = shown.map {
                FacetRow(
                    value: $0.value, count: $0.count, selected: chosen.contains($0.value),
                    colour: facet == .theme ? colours[$0.value] : nil)
            }
        }
        facets = lists
        colourSituationRows()
    }

    /// A facet's find box: its values narrowed to those containing the text (any case, any accents).
    package func setFacetQuery(_ facet: Facet, _ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed != facetQueries[facet] ?? "" else { return }
        facetQueries[facet] = trimmed
        makeFacetRows()
        onChange()
    }

    /// How many values a facet has under the filter (the sidebar lists the first `facetLimit`): a facet with more
    /// than `findBoxFrom` gets a find box.
    package func valueCount(_ facet: Facet) -> Int { facetCounts[facet]?.count ?? 0 }
    package static let findBoxFrom = 20

    /// The bins at the granularity the span now wants, read off the main thread (none when it is the same).
    /// Read under the newest filter asked for, so an answer cannot bring back an older filter's bins.
    private func reloadTimeline() {
        let granularity = TimelineModel.granularity(forSpan: timeline.span)
        guard granularity != timeline.granularity else { return }
        let store = library.store
        let filter = requested
        timelineQuery.ask(
            { _ in try store.timeline(filter, granularity: granularity) },
            then: { [weak self] result in
                guard let self else { return }
                switch result {
                case .success(let bins):
                    // A zoom back past this granularity before the answer came makes it moot.
                    guard TimelineModel.granularity(forSpan: self.timeline.span) == granularity else { return }
                    self.timeline.bins = bins
                    self.timeline.granularity = granularity
                case .failure(let error): self.pendingError = "\(error)"
                }
                self.onChange()
            })
    }
}

extension FilterChip {
    /// The chips a filter shows: one per facet value, the dates, "Undated" and the search.
    package static func chips(for filter: StatementFilter) -> [FilterChip] {
        var chips: [FilterChip] = []
        for facet in Facet.allCases {
            for value in filter.values(of: facet).sorted() {
                chips.append(FilterChip(kind: .facet(facet), value: value, label: value))
            }
        }
        if filter.undated { chips.append(FilterChip(kind: .undated, value: "", label: tr("Undated"))) }
        if filter.importedSince != nil {
            chips.append(FilterChip(kind: .imported, value: "", label: tr("Just imported")))
        }
        if filter.from != nil || filter.to != nil {
            chips.append(
                FilterChip(kind: .dates, value: "", label: tr("{0} – {1}", filter.from ?? "…", filter.to ?? "…")))
        }
        if let text = filter.text, !text.isEmpty {
            chips.append(FilterChip(kind: .search, value: text, label: tr("“{0}”", text)))
        }
        return chips
    }
}
