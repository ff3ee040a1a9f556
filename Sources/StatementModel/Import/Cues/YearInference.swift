import Foundation

/// Finds the year of a date written without one ("Nov. 3") from the weekday the text names and the
/// speaker's term of office. It only answers when exactly one year fits, and says why.
struct YearInference {
    enum Outcome {
        case year(Int, confidence: Double, reason: String)
        case ambiguous(candidates: [Int], reason: String)
    }

    static let weekdayPattern = Pattern(
        #"\b(?:on|last|this|early|late|since)?\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"#)

    static func infer(
        month: Int, day: Int, monthDayText: String, weekday: (name: String, number: Int)?,
        speaker: String?, envoys: EnvoyTable, currentYear: Int
    ) -> Outcome {
        let terms = speaker.map { envoys.terms(of: $0) } ?? []
        let dayName = "\(day) \(monthName(month))"
        func fits(_ year: Int) -> Bool {
            guard let date = StatementDate(year: year, month: month, day: day) else { return false }
            if let weekday, date.weekday != weekday.number { return false }
            return terms.isEmpty || terms.contains { $0.covers(date, currentYear: currentYear) }
        }
        let window: ClosedRange<Int>
        if terms.isEmpty {
            window = (currentYear - 30)...currentYear
        } else {
            window = terms.map(\.start.year).min()!...terms.map { $0.end?.year ?? currentYear }.max()!
        }
        let candidates = window.filter(fits).sorted(by: >)
        let weekdayClause = weekday.map { "the text says “\($0.name)”" }
        let termClause =
            terms.isEmpty
            ? nil
            : terms.map { "\($0.name) was \($0.post) from \($0.start.iso) to \($0.end?.iso ?? "the present")" }.joined(
                separator: "; ")
        let evidence =
            ["“\(monthDayText)” gives the month and day but no year"]
            + [weekdayClause, termClause].compactMap { $0 }
        if candidates.count == 1, !terms.isEmpty {
            let year = candidates[0]
            let how =
                weekday != nil
                ? "in that term \(dayName) fell on a \(weekday!.name) only in \(year)"
                : "the term covers \(dayName) only in \(year)"
            return .year(
                year, confidence: weekday != nil ? 0.9 : 0.7,
                reason: evidence.joined(separator: "; ") + "; " + how + ".")
        }
        let list = candidates.prefix(6).map(String.init).joined(separator: ", ")
        let why = candidates.isEmpty ? "no year fits" : "years that fit: \(list)\(candidates.count > 6 ? ", ..." : "")"
        let missing = terms.isEmpty ? " (the speaker is not in the envoys table, so the years cannot be narrowed)" : ""
        return .ambiguous(candidates: candidates, reason: evidence.joined(separator: "; ") + "; " + why + missing + ".")
    }

    static func monthName(_ m: Int) -> String {
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ][m - 1]
    }
}
