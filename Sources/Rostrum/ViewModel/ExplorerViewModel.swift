import Foundation
import StatementModel

/// One clickable value in the filter sidebar.
struct FacetRow: Equatable {
    var value: String
    var count: Int
    var selected: Bool
    /// A theme's colour; nil for other facets.
    var colour: String?
}

/// An active filter, shown as a removable chip above the timeline.
struct FilterChip: Equatable {
    enum Kind: Equatable { case facet(Facet), dates, search }
    var kind: Kind
    var value: String
    var label: String
}

/// What the main area shows when there is no list to show.
enum EmptyState: Equatable {
    case emptyLibrary
    case noMatches
}

/// Everything the explorer window shows, computed from the library without any GTK: the filter and its
/// chips, the sidebar's counts, the timeline's bins, the list's rows and the text pane's statement.
/// Widgets read from it and call its methods; it calls `onChange` after each change.
final class ExplorerViewModel {
    let library: StatementLibrary
    private(set) var filter = StatementFilter()
    private(set) var sort: StatementSort = .dateAscending
    private(set) var rows: [StatementSummary] = []
    private(set) var totalInLibrary = 0
    private(set) var facets: [Facet: [FacetRow]] = [:]
    private(set) var timeline: TimelineModel
    private(set) var selected: StatementDetail?
    /// A search the engine cannot run, in words; the last good results stay on screen meanwhile.
    private(set) var searchError: String?
    /// An error the window should show once (as a toast).
    var pendingError: String?

    /// How many values of a facet the sidebar lists (themes are always all shown).
    static let facetLimit = 12
    var onChange: () -> Void = {}
    private let today: Int

    init(library: StatementLibrary, today: Date = Date()) {
        self.library = library
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: today)
        self.today = DayNumber.of(year: c.year!, month: c.month!, day: c.day!)
        timeline = TimelineModel(start: 0, end: 1)
        reload(fitTimeline: true)
    }

    var emptyState: EmptyState? {
        if totalInLibrary == 0 { return .emptyLibrary }
        return rows.isEmpty ? .noMatches : nil
    }

    var chips: [FilterChip] {
        var chips: [FilterChip] = []
        for facet in Facet.allCases {
            for value in filter.values(of: facet).sorted() { chips.append(FilterChip(kind: .facet(facet), value: value, label: value)) }
        }
        if filter.from != nil || filter.to != nil {
            chips.append(FilterChip(kind: .dates, value: "", label: "\(filter.from ?? "…") – \(filter.to ?? "…")"))
        }
        if let text = filter.text, !text.isEmpty { chips.append(FilterChip(kind: .search, value: text, label: "“\(text)”")) }
        return chips
    }

    /// "42 statements" or "3 of 42 statements".
    var countLine: String {
        let n = rows.count
        if filter.isEmpty { return "\(n) \(n == 1 ? "statement" : "statements")" }
        return "\(n) of \(totalInLibrary) \(totalInLibrary == 1 ? "statement" : "statements")"
    }

    // MARK: - What the user does

    func setSearch(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var next = filter
        next.text = trimmed.isEmpty ? nil : trimmed
        apply(next)
    }

    func toggle(_ facet: Facet, _ value: String) {
        var next = filter
        next.toggle(value, in: facet)
        apply(next)
    }

    func remove(_ chip: FilterChip) {
        var next = filter
        switch chip.kind {
        case .facet(let facet): next.toggle(chip.value, in: facet)
        case .dates: next.from = nil; next.to = nil
        case .search: next.text = nil
        }
        apply(next)
    }

    func clearAll() { apply(StatementFilter()) }

    /// Filters to the days between two x positions of the timeline (a drag-select).
    func selectDays(from a: Double, to b: Double) {
        let first = Int(min(a, b).rounded(.down)), last = Int(max(a, b).rounded(.down))
        var next = filter
        next.from = DayNumber.iso(first)
        next.to = DayNumber.iso(last)
        apply(next)
    }

    func setSort(_ newSort: StatementSort) {
        guard newSort != sort else { return }
        sort = newSort
        reloadRows()
        onChange()
    }

    func select(row: Int) {
        guard rows.indices.contains(row) else { return }
        select(id: rows[row].id)
    }

    func select(id: StatementID?) {
        guard let id else { selected = nil; onChange(); return }
        do {
            if let s = try library.store.statement(id: id) {
                var detail = StatementDetail(s, themes: library.reader.reference.themes, searchTerms: SearchTerm.terms(of: searchError == nil ? filter.text : nil))
                detail.versions = try library.store.links(of: id).map { link in
                    let date = link.other.date.map { DateText.long($0) + (link.other.dateInferred ? " (inferred)" : "") }
                    return (link.other.id, [link.publisher, link.other.kind, date].compactMap { $0 }.joined(separator: ", "))
                }
                selected = detail
            }
        } catch { pendingError = "Could not open the statement: \(error)" }
        onChange()
    }

    var selectedRow: Int? { selected.flatMap { s in rows.firstIndex { $0.id == s.id } } }

    func selectNext() { select(row: min((selectedRow ?? -1) + 1, rows.count - 1)) }
    func selectPrevious() { select(row: max((selectedRow ?? rows.count) - 1, 0)) }

    /// Selects the first statement of a timeline bin (a click on its bar).
    func selectFirst(inBin key: String) {
        if let row = rows.firstIndex(where: { $0.date?.firstDay.hasPrefix(key) ?? false }) { select(row: row) }
    }

    func zoomTimeline(by factor: Double, anchor: Double) {
        timeline.zoom(by: factor, anchor: anchor)
        reloadTimeline()
        onChange()
    }

    func panTimeline(by fraction: Double) {
        timeline.pan(by: fraction)
        onChange()
    }

    /// After an import: counts and lists again, keeping the filter.
    func libraryChanged() { reload(fitTimeline: true) }

    // MARK: - Loading

    private func apply(_ next: StatementFilter) {
        do {
            _ = try library.store.count(next)  // surfaces a broken search before anything changes
            searchError = nil
        } catch RostrumError.invalidSearch(_, let reason) {
            // Keep the last good results on screen while the user finishes typing.
            searchError = reason.prefix(1).uppercased() + reason.dropFirst()
            onChange()
            return
        } catch {
            pendingError = "\(error)"
            onChange()
            return
        }
        filter = next
        reload(fitTimeline: false)
    }

    private func reload(fitTimeline: Bool) {
        do {
            totalInLibrary = try library.store.totalCount()
            reloadRows()
            var lists: [Facet: [FacetRow]] = [:]
            let colours = Dictionary(library.reader.reference.themes.themes.map { ($0.name, $0.colour) }, uniquingKeysWith: { a, _ in a })
            for facet in Facet.allCases {
                let counts = try library.store.facetCounts(facet, filter: filter)
                let chosen = filter.values(of: facet)
                var shown = facet == .theme ? counts : Array(counts.prefix(Self.facetLimit))
                for value in chosen where !shown.contains(where: { $0.value == value }) { shown.append(FacetCount(value: value, count: 0)) }
                lists[facet] = shown.map { FacetRow(value: $0.value, count: $0.count, selected: chosen.contains($0.value), colour: facet == .theme ? colours[$0.value] : nil) }
            }
            facets = lists
            if fitTimeline {
                let dated = rows.compactMap { $0.date }
                if let first = dated.min(), let last = dated.max(), let a = DayNumber.of(iso: first.firstDay), let b = DayNumber.of(iso: last.lastDay) {
                    timeline.extent = (a, b + 1)
                } else { timeline.extent = nil }
                timeline.fit(today: today)
            }
            reloadTimeline()
            if let current = selected, !rows.contains(where: { $0.id == current.id }) { selected = nil }
            if selected == nil, let first = rows.first { select(id: first.id); return }
            if let current = selected { select(id: current.id); return }
        } catch { pendingError = "\(error)" }
        onChange()
    }

    private func reloadRows() {
        do { rows = try library.store.page(filter, sort: sort, offset: 0, limit: Int.max) } catch { pendingError = "\(error)"; rows = [] }
    }

    private func reloadTimeline() {
        let granularity = TimelineModel.granularity(forSpan: timeline.span)
        do {
            timeline.bins = try library.store.timeline(filter, granularity: granularity)
            timeline.granularity = granularity
        } catch { pendingError = "\(error)" }
    }
}
