import Foundation
import StatementModel
import Translations

/// Echoes for the window: the passages said again in the statements under the window's filter, as clusters
/// (the passage, how many statements, who said it first), and for the cluster chosen every statement that holds
/// it. Found off the main thread from the echo index; a newer filter drops an older answer.
@MainActor
package final class EchoesModel {
    package private(set) var isOpen = false
    package private(set) var report: EchoFinder.Report?
    package private(set) var chosen: Int?
    package private(set) var problem: String?
    package private(set) var isWorking = false
    package var onChange: () -> Void = {}

    private let store: any StatementStore
    /// The newest asking only: a filter changed makes an older answer stale.
    private let query: LatestQuery
    private var filter = StatementFilter()

    package init(store: any StatementStore, scheduler: QueryScheduler) {
        self.store = store
        query = LatestQuery(scheduler: scheduler)
    }

    package func open() {
        isOpen = true
        run()
    }

    package func close() {
        isOpen = false
        query.forget()  // an answer still coming is not wanted
        isWorking = false
        onChange()
    }

    /// The window's filter changed: the clusters follow it while the view is open.
    package func setFilter(_ newFilter: StatementFilter) {
        guard newFilter != filter else { return }
        filter = newFilter
        if isOpen { run() }
    }

    package func choose(_ index: Int) {
        guard let report, report.clusters.indices.contains(index) else { return }
        chosen = index
        onChange()
    }

    /// "12 passages said again, in 31 statements (2 formulae left out)", or what is happening.
    package var summary: String {
        if let problem { return problem }
        guard let r = report else { return isWorking ? tr("Looking for passages said again…") : "" }
        guard !r.clusters.isEmpty else {
            return tr("No passage of 20 words or more is said again in these statements.")
        }
        let statements = Set(r.clusters.flatMap { $0.occurrences.map(\.statement.id) }).count
        let inStatements = trn("in {0} statement", "in {0} statements", statements, statements)
        var line = trn(
            "{0} passage said again, {1}", "{0} passages said again, {1}", r.clusters.count, r.clusters.count,
            inStatements)
        if r.formulae > 0 {
            line = trn(
                "{0} ({1} formula said by many left out)", "{0} ({1} formulae said by many left out)", r.formulae,
                line, r.formulae)
        }
        return line
    }

    /// A cluster as its row shows it: the passage's opening words, and how often, by whom, since when.
    package func row(_ index: Int) -> (passage: String, meta: String)? {
        guard let c = report?.clusters[safe: index] else { return nil }
        let first = c.first.statement
        let who = StatementSummary.who(first.speaker, first.country)
        let when = first.date.map { DateText.long($0) } ?? tr("undated")
        let counts = [
            trn("{0} statement", "{0} statements", c.statements, c.statements),
            trn("{0} speaker", "{0} speakers", c.speakers, c.speakers), trn("{0} day", "{0} days", c.days, c.days),
        ]
        return (
            tr("“{0}”", c.passage),
            counts.joined(separator: ", ") + " · "
                + tr("first by {0}, {1}", who.isEmpty ? tr("an unknown speaker") : who, when)
        )
    }

    /// Every statement holding the chosen passage, first said first: a line each, and where the passage stands.
    package var occurrences: [(label: String, statement: StatementID, range: NSRange)] {
        guard let chosen, let c = report?.clusters[safe: chosen] else { return [] }
        return c.occurrences.map { o in
            let s = o.statement
            let date = s.date.map { DateText.long($0) } ?? tr("Undated")
            let who = StatementSummary.who(s.speaker, s.country)
            return ([date, who.isEmpty ? nil : who, s.title].compactMap { $0 }.joined(separator: " · "), s.id, o.range)
        }
    }

    private func run() {
        isWorking = true
        problem = nil
        onChange()
        let (store, filter) = (self.store, self.filter)
        query.ask(
            { stale in try store.abandoning(when: stale) { try EchoFinder.clusters(in: store, filter: filter) } },
            then: { [weak self] answer in
                guard let self else { return }
                self.isWorking = false
                switch answer {
                case .success(let report):
                    self.report = report
                    self.chosen = report.clusters.isEmpty ? nil : 0
                case .failure(let error):
                    (self.report, self.problem) = (nil, tr("The echoes could not be read: {0}", "\(error)"))
                }
                self.onChange()
            })
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
