import Foundation
import StatementModel
import TimelineChart
import Translations

/// Key words in context for the window: every occurrence of a word or phrase in the statements under the
/// window's filter, one line each, sorted by date or by the words either side, and the words that go with
/// it. Asked off the main thread; a newer phrase, sort or filter drops an older answer.
@MainActor
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
    package nonisolated static let shown = 500
    /// Sorted by date, the first lines come at once, read no further than they need, while all are counted.
    package nonisolated static let firstShown = 50

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
            return isWorking ? tr("Looking…") : tr("Type a word or a phrase (a final * ends a word).")
        }
        let n = { (v: Int) in v.formatted(.number) }
        guard r.isComplete else {
            return trn(
                "“{0}”: the first {1} occurrence by date; counting them all…",
                "“{0}”: the first {1} occurrences by date; counting them all…", r.lines.count, phrase,
                n(r.lines.count))
        }
        let statements = trn("in {0} statement", "in {0} statements", r.statements, n(r.statements))
        let line = trn(
            "“{0}”: {1} occurrence {2}", "“{0}”: {1} occurrences {2}", r.total, phrase, n(r.total), statements)
        guard r.total > r.lines.count else { return line }
        return line + "; " + Self.shownLines(r.lines.count, sort)
    }

    /// The words most often near the phrase (within five words), by logDice: "security (11.9), council (11.2), …".
    package var collocateLine: String? {
        guard let r = result, !r.collocates.isEmpty else { return nil }
        let top = r.collocates.prefix(10).map { "\($0.word) (\(String(format: "%.1f", $0.logDice)))" }
        return tr("Words near it (±5, logDice): {0}", top.joined(separator: ", "))
    }

    package static let sorts: [(Concordance.Sort, String)] = [
        (.date, tr("By date")), (.L1, tr("By 1st word left")), (.L2, tr("By 2nd word left")),
        (.L3, tr("By 3rd word left")), (.R1, tr("By 1st word right")), (.R2, tr("By 2nd word right")),
        (.R3, tr("By 3rd word right")),
    ]

    package static let splits: [(Facet?, String)] = [
        (nil, tr("One line")), (.speaker, tr("By speaker")), (.country, tr("By country")), (.forum, tr("By forum")),
        (.kind, tr("By kind")),
    ]

    /// What the timeline's lines are, when split: "The 6 countries with most hits; 14 more not drawn. Click a
    /// point to list its statements."
    package var trendNote: String? {
        guard let trend, let split = trend.split, isOpen else {
            return trend?.points.isEmpty == false ? tr("Click a point of the line to list its statements.") : nil
        }
        let drawn = TimelineChart.Trend.lines(of: trend).count
        let more = TimelineChart.Trend.leftOut(of: trend)
        var note = Self.linesDrawn(drawn, of: split)
        if more > 0 { note = trn("{0}; {1} more not drawn", "{0}; {1} more not drawn", more, note, more) }
        return drawn == 0 ? note : tr("{0}. Click a point to list its statements.", note)
    }

    /// What the trend's lines are, split by `facet`: whole sentences, so each language can agree them with the
    /// facet and the count. Themes and situations do not split a trend (`PhraseTrend.splits`).
    private static func linesDrawn(_ drawn: Int, of facet: Facet) -> String {
        switch (facet, drawn) {
        case (.speaker, 0): tr("None of the speakers says it.")
        case (.speaker, 1): tr("One line: the only one of the speakers that says it")
        case (.speaker, _):
            trn(
                "One line for each of the {0} speaker with most hits",
                "One line for each of the {0} speakers with most hits", drawn, drawn)
        case (.country, 0): tr("None of the countries says it.")
        case (.country, 1): tr("One line: the only one of the countries that says it")
        case (.country, _):
            trn(
                "One line for each of the {0} country with most hits",
                "One line for each of the {0} countries with most hits", drawn, drawn)
        case (.forum, 0): tr("None of the forums says it.")
        case (.forum, 1): tr("One line: the only one of the forums that says it")
        case (.forum, _):
            trn(
                "One line for each of the {0} forum with most hits",
                "One line for each of the {0} forums with most hits", drawn, drawn)
        case (.kind, 0): tr("None of the kinds says it.")
        case (.kind, 1): tr("One line: the only one of the kinds that says it")
        case (.kind, _):
            trn(
                "One line for each of the {0} kind with most hits",
                "One line for each of the {0} kinds with most hits", drawn, drawn)
        case (.theme, 0): tr("None of the themes says it.")
        case (.theme, 1): tr("One line: the only one of the themes that says it")
        case (.theme, _):
            trn(
                "One line for each of the {0} theme with most hits",
                "One line for each of the {0} themes with most hits", drawn, drawn)
        case (.situation, 0): tr("None of the situations says it.")
        case (.situation, 1): tr("One line: the only one of the situations that says it")
        case (.situation, _):
            trn(
                "One line for each of the {0} situation with most hits",
                "One line for each of the {0} situations with most hits", drawn, drawn)
        }
    }

    /// "the first 500 by date", "the first 500 sorted by the 1st word left": the lines shown of more.
    static func shownLines(_ count: Int, _ sort: Concordance.Sort) -> String {
        let n = count.formatted(.number)
        return switch sort {
        case .date: tr("the first {0} by date", n)
        case .L1: tr("the first {0} sorted by the 1st word left", n)
        case .L2: tr("the first {0} sorted by the 2nd word left", n)
        case .L3: tr("the first {0} sorted by the 3rd word left", n)
        case .R1: tr("the first {0} sorted by the 1st word right", n)
        case .R2: tr("the first {0} sorted by the 2nd word right", n)
        case .R3: tr("the first {0} sorted by the 3rd word right", n)
        }
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
            (result, trend, problem, isWorking) = (nil, nil, tr("“{0}” has no word to look for.", phrase), false)
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
                    (self.result, self.trend) = (nil, nil)
                    self.problem = tr("The lines could not be read: {0}", "\(error)")
                }
                self.onChange()
            })
    }
}
