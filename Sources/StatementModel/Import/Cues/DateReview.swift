import Foundation

/// Weighs every date a page holds before its date is kept: the date lines near the top, dates in a
/// headline or byline, a closing date under the speech, an "updated" stamp; a month and day without a
/// year, with the year from the session named or the file's own creation date. A date is shown as
/// certain only when a date line states it and no other date line says otherwise; the runner-up is
/// kept in the reason. The family's own reading (a wire dateline, a corpus column) is kept when sure.
struct DateReview {
    struct Candidate {
        var date: StatementDate
        var range: NSRange
        var score: Double
        var what: String
        var modification: Bool
    }

    let doc: AnnotatedText

    func review(_ s: inout Statement, created: StatementDate?) {
        let candidates = collect()
        if let current = s.date {
            recheck(current, candidates: candidates, into: &s)
        } else if let best = candidates.filter({ !$0.modification }).max(by: { $0.score < $1.score }), best.score >= 0.45 {
            s.date = attribute(best, among: candidates)
        } else if let yearless = yearless(created: created) {
            s.date = yearless
        } else if let stamp = candidates.filter(\.modification).max(by: { $0.score < $1.score }) {
            s.date = Attributed(stamp.date, doc.provenance(.inferred, rule: "review.updated-stamp", confidence: 0.4, range: stamp.range,
                reason: "the page's only date says when it was updated; the statement may be older"))
        }
    }

    /// Dates in the first thirty lines with text and the last ten.
    func collect() -> [Candidate] {
        let filled = doc.lines.filter { !$0.isBlank }
        var out: [Candidate] = []
        for (i, line) in filled.enumerated() {
            let head = i < 30, tail = i >= filled.count - 10
            guard head || tail, line.trimmed.count <= 400 else { continue }
            if let d = DateFinder.dateLine(line.text), let date = d.date {
                let score = d.modification ? 0.3 : (head ? 0.95 - Double(i) * 0.005 : 0.7)
                out.append(Candidate(date: date, range: doc.range(d.range, inLine: line), score: score,
                                     what: d.modification ? "an updated stamp" : (head ? "a date line" : "a closing date line"), modification: d.modification))
                continue
            }
            for d in DateFinder.fullDates(in: line.text).prefix(2) {
                guard let date = d.date, date.precision == .day else { continue }
                let short = line.trimmed.count <= 160
                let score = head ? (short ? 0.6 : 0.45) - Double(i) * 0.01 : (short ? 0.5 : 0.3)
                out.append(Candidate(date: date, range: doc.range(d.range, inLine: line), score: score,
                                     what: head ? (short ? "a heading or byline" : "an opening paragraph") : "the closing lines", modification: false))
            }
        }
        return out
    }

    private func attribute(_ best: Candidate, among all: [Candidate]) -> Attributed<StatementDate> {
        let rivals = all.filter { !$0.modification && $0.date != best.date && $0.score >= best.score - 0.2 }
        let certain = best.what == "a date line" && rivals.isEmpty
        var reason = "the date of \(best.what)"
        if let r = rivals.max(by: { $0.score < $1.score }) { reason += "; \(r.what) says \(r.date.iso) (runner-up)" }
        return Attributed(best.date, doc.provenance(certain ? .stated : .inferred, rule: "review." + best.what.replacingOccurrences(of: " ", with: "-"),
                                                    confidence: min(0.95, best.score), range: best.range, reason: certain ? nil : reason))
    }

    /// A stated date that is only an "updated" stamp, or that another date line contradicts, is no longer certain.
    private func recheck(_ current: Attributed<StatementDate>, candidates: [Candidate], into s: inout Statement) {
        guard current.provenance.basis == .stated, let span = current.provenance.span else { return }
        let own = candidates.first { doc.provenance(.stated, rule: "", confidence: 0, range: $0.range).span == span }
        if let own, own.modification {
            if let better = candidates.filter({ !$0.modification }).max(by: { $0.score < $1.score }), better.score >= 0.45 {
                s.date = attribute(better, among: candidates)
            } else {
                var p = current.provenance
                p.basis = .inferred; p.confidence = 0.4; p.rule = "review.updated-stamp"
                p.reason = "the page's only date line says when it was updated; the statement may be older"
                s.date?.provenance = p
            }
            return
        }
        let rivals = candidates.filter { !$0.modification && $0.date != current.value && $0.score >= 0.7 && $0.what == "a date line" }
        if let r = rivals.first {
            var p = current.provenance
            p.basis = .inferred
            p.confidence = min(p.confidence, 0.6)
            p.reason = (p.reason.map { $0 + "; " } ?? "") + "another date line says \(r.date.iso) (runner-up)"
            s.date?.provenance = p
        }
    }

    private static let session = Pattern(#"\b(\d{2})\s*(?:st|nd|rd|th|e|ème|eme|ª|°|º|-?[йя])?\s+(?:regular\s+)?(?:session|sesión|periodo de sesiones|período de sesiones|сессии|сессия)\b|(?:الدورة|الدورة العادية)\s+(\d{2})\b|\bUNGA\s?(\d{2})\b|第(\d{2})届联大"#, caseInsensitive: true)

    /// A month and day near the top with no year: the year from the General Assembly session the text
    /// names, else from the file's creation date (on or after the day, within the year).
    private func yearless(created: StatementDate?) -> Attributed<StatementDate>? {
        let filled = doc.lines.filter { !$0.isBlank }
        guard let (line, md) = filled.prefix(12).lazy.filter({ $0.trimmed.count <= 120 })
                .compactMap({ l in DateFinder.monthDay(in: l.text).map { (l, $0) } }).first,
              let (month, day) = md.monthDay else { return nil }
        let range = doc.range(md.range, inLine: line)
        let head = filled.prefix(40).map(\.text).joined(separator: "\n")
        if let m = Self.session.firstMatch(in: head), let n = (1...4).lazy.compactMap({ m.group($0).flatMap { Int($0) } }).first, n >= 1 {
            let year = 1945 + n + (month >= 9 ? 0 : 1)
            if let date = StatementDate(year: year, month: month, day: day) {
                return Attributed(date, doc.provenance(.inferred, rule: "review.month-day+ga-session", confidence: 0.8, range: range,
                    reason: "“\(md.text)” gives no year; the text names the General Assembly's \(n)th session, which runs from September \(1945 + n) to September \(1946 + n)"))
            }
        }
        if let created, let date = StatementDate(year: created.year, month: month, day: day) ?? nil {
            let year = date.firstDay <= created.firstDay ? created.year : created.year - 1
            if let dated = StatementDate(year: year, month: month, day: day) {
                return Attributed(dated, doc.provenance(.inferred, rule: "review.month-day+file-created", confidence: 0.6, range: range,
                    reason: "“\(md.text)” gives no year; the file was made on \(created.iso), so the day is taken as the last \(md.text) before it"))
            }
        }
        return nil
    }
}
