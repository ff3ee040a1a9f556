import Foundation

/// Days since 1970-01-01 for a civil date, and back: the timeline's x axis. Pure arithmetic
/// (H. Hinnant's algorithm), so no time zone or locale can shift a statement by a day.
public enum DayNumber {
    public static func of(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func date(_ n: Int) -> (year: Int, month: Int, day: Int) {
        let z = n + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `2020-11-03` → day number.
    public static func of(iso: String) -> Int? {
        // Fast path for the full `YYYY-MM-DD` form the store writes (read 100,000 times at start).
        let u = Array(iso.utf8)
        if u.count == 10, u[4] == 45, u[7] == 45 {
            func digits(_ r: Range<Int>) -> Int? {
                var n = 0
                for i in r {
                    let d = Int(u[i]) - 48
                    guard (0...9).contains(d) else { return nil }
                    n = n * 10 + d
                }
                return n
            }
            if let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10), (1...12).contains(m),
                (1...31).contains(d)
            {
                return of(year: y, month: m, day: d)
            }
        }
        guard let d = StatementDate(iso: iso) else { return nil }
        return of(year: d.year, month: d.month ?? 1, day: d.day ?? 1)
    }

    public static func iso(_ n: Int) -> String {
        let (y, m, d) = date(n)
        return StatementDate.padded(y, 4) + "-" + StatementDate.padded(m, 2) + "-" + StatementDate.padded(d, 2)
    }

    /// First day and the day after the last, of a timeline bin key (`2020`, `2020-11`, `2020-11-03`).
    public static func span(ofBin key: String) -> (start: Int, end: Int)? {
        guard let d = StatementDate(iso: key) else { return nil }
        let start = of(year: d.year, month: d.month ?? 1, day: d.day ?? 1)
        switch d.precision {
        case .day: return (start, start + 1)
        case .month: return (start, start + StatementDate.daysIn(month: d.month!, year: d.year))
        case .year: return (start, of(year: d.year + 1, month: 1, day: 1))
        }
    }
}
