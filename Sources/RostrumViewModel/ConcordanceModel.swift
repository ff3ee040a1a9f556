import Foundation
import StatementModel
import TimelineChart

/// Key words in context for the window: every occurrence of a word or phrase in the statements under the
/// window's filter, one line each, sorted by date or by the words either side, and the words that go with
/// it. Asked off the main thread; a newer phrase, sort or filter drops an older answer.
package final class ConcordanceModel {
    package private(set) var isOpen = false
    package private(set) var phrase = ""
    package private(set) var sort: Concordance.Sort = .date
    package private(set) var result: Concordance?
    /// The phrase per year (or per month when the timeline shows months or days), for the timeline's line.
    package private(set) var trend: PhraseTrend?
    package private(set) var byMonth = false
    /// One line per speaker, country, forum or kind (the commonest `TrendLines.most`), or one line.
    package private(set) var split: Facet?
    /// Why there is no result ("“…” has no word to look for"), or nil.
    package private(set) var problem: String?
    package private(set) var isWorking = false
    package var onChange: () -> Void = {}
    /// The lines shown: the first of a sort; the summary says how many there are in all.
    package static let shown = 500
    /// Sorted by date, the first lines come at once, read no further than they need, while all are counted.
    package static let firstShown = 50

    private let store: any StatementStore
    /// The newest asking only: a phrase typed on, a sort or filter changed, make older answers stale.
    private let query: LatestQuery
    /// The first lines by date, asked before the whole answer on the same queue, so they come first.
    private let firstLines: LatestQuery
    private var filter = StatementFilter()

    package init(store: any StatementStore, scheduler: QueryScheduler) {
        self.store = store
        query = LatestQuery(scheduler: scheduler)
        firstLines = LatestQuery(scheduler: scheduler)
    }

    package func open(phrase start: String?) {
        isOpen = true
        if let start, !start.isEmpty, start != phrase { setPhrase(start) } else { onChange() }
    }

    package func close() {
        isOpen = false
        onChange()
    }

    package func setPhrase(_ text: String) {
        phrase = text.trimmingCharacters(in: .whitespaces)
        run()
    }

    package func setSort(_ newSort: Concordance.Sort) {
        guard newSort != sort else { return }
        sort = newSort
        run()
    }

    /// The window's filter changed: the lines follow it while the view is open.
    package func setFilter(_ newFilter: StatementFilter) {
        guard newFilter != filter else { return }
        filter = newFilter
        if isOpen { run() }
    }

    /// The timeline's bins got finer or coarser: the trend follows (by month for month and day bins).
    package func setByMonth(_ monthly: Bool) {
        guard monthly != byMonth else { return }
        byMonth = monthly
        if isOpen { run() }
    }

    package func setSplit(_ facet: Facet?) {
        guard facet != split else { return }
        precondition(facet.map(PhraseTrend.splits.contains) ?? true, "a trend splits by a statement's own column")
        split = facet
        if isOpen { run() }
    }

    /// The trend as the timeline draws it: a line per series, each period's day span and hits per 10,000 words.
    package var trendLines: [TimelineChart.Trend] {
        guard isOpen, let trend, !trend.points.isEmpty else { return [] }
        return TimelineChart.Trend.lines(of: trend)
    }

    /// The filter a point of the trend stands for: the window's, narrowed to the point's period and series.
    package func filter(forLine line: Int, point: Int) -> StatementFilter? {
        let lines = trendLines
        guard lines.indices.contains(line), lines[line].points.indices.contains(point) else { return nil }
        let p = lines[line].points[point]
        var narrowed = filter
        narrowed.from = DayNumber.iso(Int(p.start))
        narrowed.to = DayNumber.iso(Int(p.end) - 1)
        narrowed.undated = false
        if let split = trend?.split, let series = lines[line].series {
            narrowed.setValues([series], of: split)  // the series alone, even where the filter allowed several
        }
        return narrowed
    }

    /// "“terrorism”: 1,204 occurrences in 311 statements; the first 500 by date" (or why there are none).
    package var summary: String {
        if let problem { return problem }
        guard let r = result else {
            return isWorking ? "Looking…" : "Type a word or a phrase (a final * ends a word)."
        }
        let n = { (v: Int) in v.formatted(.number) }
        var line =
            "“\(phrase)”: \(n(r.total)) occurrence\(r.total == 1 ? "" : "s") in \(n(r.statements)) "
            + "statement\(r.statements == 1 ? "" : "s")"
        guard r.isComplete else {
            return "“\(phrase)”: the first \(n(r.lines.count)) occurrences by date; counting them all…"
        }
        if r.total > r.lines.count { line += "; the first \(n(r.lines.count)) \(Self.sortName(sort))" }
        return line
    }

    /// The words most often near the phrase (within five words), by logDice: "security (11.9), council (11.2), …".
    package var collocateLine: String? {
        guard let r = result, !r.collocates.isEmpty else { return nil }
        let top = r.collocates.prefix(10).map { "\($0.word) (\(String(format: "%.1f", $0.logDice)))" }
        return "Words near it (±5, logDice): " + top.joined(separator: ", ")
    }

    package static let sorts: [(Concordance.Sort, String)] = [
        (.date, "By date"), (.L1, "By 1st word left"), (.L2, "By 2nd word left"), (.L3, "By 3rd word left"),
        (.R1, "By 1st word right"), (.R2, "By 2nd word right"), (.R3, "By 3rd word right"),
    ]

    package static let splits: [(Facet?, String)] = [
        (nil, "One line"), (.speaker, "By speaker"), (.country, "By country"), (.forum, "By forum"), (.kind, "By kind"),
    ]

    /// What the timeline's lines are, when split: "The 6 countries with most hits; 14 more not drawn. Click a
    /// point to list its statements."
    package var trendNote: String? {
        guard let trend, let split = trend.split, isOpen else {
            return trend?.points.isEmpty == false ? "Click a point of the line to list its statements." : nil
        }
        let drawn = TimelineChart.Trend.lines(of: trend).count
        let more = TimelineChart.Trend.leftOut(of: trend)
        let name = Self.plural(split)
        var note =
            drawn == 0 ? "None of the \(name) says it."
            : drawn == 1 ? "One line: the only one of the \(name) that says it"
            : "One line for each of the \(drawn) \(name) with most hits"
        if more > 0 { note += "; \(more) more not drawn" }
        return note + (drawn == 0 ? "" : ". Click a point to list its statements.")
    }

    private static func plural(_ facet: Facet) -> String {
        switch facet {
        case .speaker: "speakers"
        case .country: "countries"
        case .forum: "forums"
        case .kind: "kinds"
        case .theme: "themes"
        case .situation: "situations"
        }
    }

    static func sortName(_ sort: Concordance.Sort) -> String {
        sort == .date ? "by date" : "sorted by the \(sorts.first { $0.0 == sort }?.1.dropFirst(3) ?? "")"
    }

    /// The first lines by date, shown while the whole answer is still being read (never over it).
    private func askFirstLines(_ phraseQuery: PhraseQuery) {
        let (store, filter) = (self.store, self.filter)
        firstLines.ask(
            { stale in
                try store.abandoning(when: stale) {
                    try Concordance.firstLines(
                        phraseQuery, in: store, filter: filter, limit: Self.firstShown, cancelled: stale)
                }
            },
            then: { [weak self] answer in
                guard let self, self.isWorking, case .success(let first) = answer else { return }
                // Read to the end without reaching the limit, the first answer is the whole one.
                self.result = first
                self.onChange()
            })
    }

    private func run() {
        guard !phrase.isEmpty else {
            query.forget()
            firstLines.forget()
            (result, trend, problem, isWorking) = (nil, nil, nil, false)
            return onChange()
        }
        guard let phraseQuery = PhraseQuery(phrase) else {
            query.forget()
            firstLines.forget()
            (result, trend, problem, isWorking) = (nil, nil, "“\(phrase)” has no word to look for.", false)
            return onChange()
        }
        isWorking = true
        onChange()
        let (store, filter, sort, byMonth, split) = (self.store, self.filter, self.sort, self.byMonth, self.split)
        if sort == .date { askFirstLines(phraseQuery) } else { firstLines.forget() }
        query.ask(
            { stale in
                try store.abandoning(when: stale) {
                    let lines = try Concordance.compute(
                        phraseQuery, in: store, filter: filter, sort: sort, limit: Self.shown, collocates: true,
                        cancelled: stale)
                    let trend = try PhraseTrend.compute(
                        phraseQuery, in: store, filter: filter, byMonth: byMonth, split: split, cancelled: stale)
                    return (lines, trend)
                }
            },
            then: { [weak self] answer in
                guard let self else { return }
                self.isWorking = false
                switch answer {
                case .success(let (lines, trend)): (self.result, self.trend, self.problem) = (lines, trend, nil)
                case .failure(let error):
                    (self.result, self.trend, self.problem) = (nil, nil, "The lines could not be read: \(error)")
                }
                self.onChange()
            })
    }
}
