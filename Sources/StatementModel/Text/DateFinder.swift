import Foundation

/// A date written in a text, read or not.
struct DateFinding {
    /// The date, when the written form names a real day (or month, or year).
    var date: StatementDate?
    /// Month and day written with no year ("Nov. 3"): the year must be inferred.
    var monthDay: (month: Int, day: Int)?
    var range: NSRange
    var text: String
    var rule: String
    /// Why a date-shaped text could not be read ("February 30, 2022": no such day).
    var problem: String?
}

/// Finds dates in the forms statements and their pages write them: ISO days, "16 February 2022",
/// "February 16, 2022", "Feb. 16, 2022", "2022/2/16", "16.02.2022", "2022年2月16日", "February 2022",
/// and a month and day with no year ("Nov. 3", "3 November").
enum DateFinder {
    static let monthNames = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"

    static func month(named name: String) -> Int? {
        let key = String(name.lowercased().prefix(3))
        return ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].firstIndex(of: key).map { $0 + 1 }
    }

    private enum Order { case ymd, dmy, mdy, my, chinese, dottedDMY }

    private static let full: [(Pattern, Order, String)] = [
        (Pattern(#"(?<![\d/.-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/.-]*\d)"#), .ymd, "date.numeric-ymd"),
        (Pattern(#"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#), .chinese, "date.chinese"),
        (Pattern(#"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"# + monthNames + #"\.?,?\s+(\d{4})\b"#, caseInsensitive: true), .dmy, "date.day-month-year"),
        (Pattern(#"\b"# + monthNames + #"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"#, caseInsensitive: true), .mdy, "date.month-day-year"),
        (Pattern(#"(?<![\d/.])(\d{1,2})\.(\d{1,2})\.(\d{4})\b"#), .dottedDMY, "date.numeric-dmy"),
        (Pattern(#"\b"# + monthNames + #"\s+(\d{4})\b"#, caseInsensitive: true), .my, "date.month-year"),
    ]

    private static let monthDayPatterns: [(Pattern, Bool)] = [
        (Pattern(#"\b"# + monthNames + #"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?!\d)"#, caseInsensitive: true), true),
        (Pattern(#"\b(\d{1,2})(?:st|nd|rd|th)?\s+"# + monthNames + #"\b\.?(?!,?\s*\d{4})"#, caseInsensitive: true), false),
    ]

    /// Every full date in `text`, in order of position; overlapping shorter forms are dropped.
    static func fullDates(in text: String) -> [DateFinding] {
        var found: [DateFinding] = []
        for (pattern, order, rule) in full {
            for m in pattern.matches(in: text) where !found.contains(where: { NSIntersectionRange($0.range, m.range).length > 0 }) {
                found.append(reading(m, order: order, rule: rule))
            }
        }
        return found.sorted { $0.range.location < $1.range.location }
    }

    /// The first date in a line, if the line is little more than that date (a page's date line).
    static func dateLine(_ line: String) -> DateFinding? {
        let stripped = line.trimmed
        guard !stripped.isEmpty, stripped.count <= 60, let first = fullDates(in: stripped).first else { return nil }
        // What is left once the date is gone must be a label or a time, not a sentence.
        let rest = (stripped as NSString).replacingCharacters(in: first.range, with: "")
        let words = rest.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 1 }
        let labels: Set<String> = ["date", "updated", "published", "posted", "on", "am", "pm", "gmt", "utc", "est", "edt", "time", "source", "last", "modified", "release"]
        guard words.allSatisfy({ labels.contains(String($0).lowercased()) || Weekday.number(named: String($0)) != nil }) else { return nil }
        return first
    }

    /// "Nov. 3" or "3 November" with no year after it.
    static func monthDay(in text: String) -> DateFinding? {
        for (pattern, monthFirst) in monthDayPatterns {
            guard let m = pattern.firstMatch(in: text) else { continue }
            let monthName = m.group(monthFirst ? 1 : 2)!, dayText = m.group(monthFirst ? 2 : 1)!
            guard let month = month(named: monthName), let day = Int(dayText), (1...31).contains(day) else { continue }
            let problem = day > StatementDate.daysIn(month: month, year: 2000) ? "no such day: \(m.value)" : nil
            return DateFinding(date: nil, monthDay: problem == nil ? (month, day) : nil, range: m.range, text: m.value,
                               rule: "date.month-day", problem: problem)
        }
        return nil
    }

    private static func reading(_ m: PatternMatch, order: Order, rule: String) -> DateFinding {
        func int(_ i: Int) -> Int? { m.group(i).flatMap { Int($0) } }
        var y: Int?, mo: Int?, d: Int?
        switch order {
        case .ymd, .chinese: (y, mo, d) = (int(1), int(2), int(3))
        case .dmy: (d, mo, y) = (int(1), m.group(2).flatMap(month(named:)), int(3))
        case .mdy: (mo, d, y) = (m.group(1).flatMap(month(named:)), int(2), int(3))
        case .my: (mo, y) = (m.group(1).flatMap(month(named:)), int(2))
        case .dottedDMY: (d, mo, y) = (int(1), int(2), int(3))
        }
        let date = y.flatMap { StatementDate(year: $0, month: mo, day: d) }
        let problem = date == nil ? "not a real date: “\(m.value)”" : nil
        return DateFinding(date: date, monthDay: nil, range: m.range, text: m.value, rule: rule, problem: problem)
    }
}
