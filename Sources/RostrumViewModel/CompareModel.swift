import Foundation
import StatementModel
import Translations

/// Two groups of statements side by side, for the window: group A is a filter the user pinned, group B is
/// the window's filter as it changes (so A can be a speaker and B another, a country and the same country
/// later). Shows each group's size, its theme shares, and the words most distinctive of each. Each group's
/// word counts are kept while the library does not change, so changing B leaves A's counts as they are.
@MainActor
package final class CompareModel {
    package private(set) var isOpen = false
    /// Pinned when the view opens, from the window's filter then; "Set A" pins the filter of the moment.
    package private(set) var groupA: StatementFilter?
    package private(set) var groupB = StatementFilter()
    package private(set) var result: GroupComparison?
    package private(set) var themes: [ThemeShare] = []
    package private(set) var problem: String?
    package private(set) var isWorking = false
    package var onChange: () -> Void = {}

    package typealias ThemeShare = GroupComparison.ThemeShare

    /// A word of the table: the word, and what makes it distinctive, as one line.
    package struct Row: Equatable, Sendable {
        package var word: String
        package var detail: String
    }

    private let store: any StatementStore
    private let query: LatestQuery
    private let tallies = WordTallyCache()

    package init(store: any StatementStore, scheduler: QueryScheduler) {
        self.store = store
        query = LatestQuery(scheduler: scheduler)
    }

    /// Opens with group A pinned to the filter of the moment (unless one is pinned already).
    package func open(current filter: StatementFilter) {
        isOpen = true
        groupB = filter
        if groupA == nil { groupA = filter }
        run()
    }

    package func close() {
        isOpen = false
        query.forget()
        isWorking = false
        onChange()
    }

    /// "Set A": the window's filter of the moment becomes group A.
    package func pinA(_ filter: StatementFilter) {
        groupA = filter
        if isOpen { run() }
    }

    /// The window's filter changed: it is group B while the view is open.
    package func setFilter(_ filter: StatementFilter) {
        guard filter != groupB else { return }
        groupB = filter
        if isOpen { run() }
    }

    /// "Afghanistan · 2019-01-01 – 2020-12-31", or "Every statement".
    package static func describe(_ filter: StatementFilter) -> String {
        let labels = FilterChip.chips(for: filter).map(\.label)
        return labels.isEmpty ? tr("Every statement") : labels.joined(separator: " · ")
    }

    /// What the view says while group B is still group A.
    private static let pinnedNote = tr(
        "Group A is pinned to the filter you had. Change the filter (a speaker, a country, a period) to choose group B."
    )

    /// What the view says above the tables: the two groups and their sizes, or what to do next.
    package var summary: String {
        if let problem { return problem }
        guard let a = groupA else { return "" }
        if a == groupB {
            return Self.pinnedNote
        }
        guard let r = result else { return isWorking ? tr("Reading both groups…") : "" }
        let n = { (v: Int) in v.formatted(.number) }
        return tr(
            "A: {0} — {1} statements, {2} words.  B: {3} — {4} statements, {5} words.", Self.describe(a),
            n(r.a.statements), n(r.a.words), Self.describe(groupB), n(r.b.statements), n(r.b.words))
    }

    /// The words most distinctive of A (or of B), strongest first.
    package func rows(ofA: Bool) -> [Row] {
        guard let r = result else { return [] }
        return (ofA ? r.distinctiveOfA : r.distinctiveOfB).map { w in
            let times = ofA ? w.logRatio : -w.logRatio
            let spread = ofA ? w.statementsA : w.statementsB
            // A word the other group never says has no ratio worth a figure (it would come from the smoothing).
            let ratio =
                (ofA ? w.countB : w.countA) == 0
                ? tr("only in {0}", ofA ? "A" : "B") : tr("{0}× as frequent", String(format: "%.1f", pow(2, times)))
            let detail =
                "A \(w.countA.formatted(.number)) · B \(w.countB.formatted(.number)) · "
                + trn("in {0} statement", "in {0} statements", spread, spread.formatted(.number)) + " · \(ratio) · "
                + "G² \(String(format: "%.0f", w.logLikelihood))"
            return Row(word: w.word, detail: detail)
        }
    }

    /// The filter of group A or B, for "a row opens key words in context for that word in that group".
    package func filter(ofA: Bool) -> StatementFilter { ofA ? groupA ?? groupB : groupB }

    private func run() {
        guard let a = groupA else { return }
        guard a != groupB else {
            query.forget()
            (result, themes, problem, isWorking) = (nil, [], nil, false)
            return onChange()
        }
        isWorking = true
        problem = nil
        onChange()
        let (store, b, tallies) = (self.store, groupB, self.tallies)
        query.ask(
            { stale in
                try store.abandoning(when: stale) {
                    let result = try GroupComparison.compute(a, b, in: store, cached: tallies, cancelled: stale)
                    return (result, try GroupComparison.themeShares(a, b, in: store))
                }
            },
            then: { [weak self] answer in
                guard let self else { return }
                self.isWorking = false
                switch answer {
                case .success(let (result, themes)): (self.result, self.themes) = (result, themes)
                case .failure(let error):
                    (self.result, self.themes) = (nil, [])
                    self.problem = tr("The groups could not be read: {0}", "\(error)")
                }
                self.onChange()
            })
    }
}
