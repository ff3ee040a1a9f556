import Foundation

/// A calendar date known to a day, a month or only a year.
public struct StatementDate: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Precision: String, Codable, Hashable, Sendable { case day, month, year }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Returns nil for impossible dates (30 February, month 13), so a typo never becomes a wrong date.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1000...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...StatementDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    public var precision: Precision { day != nil ? .day : (month != nil ? .month : .year) }

    /// ISO 8601 to its precision: `2022-02-16`, `2022-02` or `2022`.
    public var iso: String {
        var s = Self.padded(year, 4)
        if let month { s += "-" + Self.padded(month, 2) }
        if let day { s += "-" + Self.padded(day, 2) }
        return s
    }
    public var description: String { iso }

    /// First and last day covered, as ISO days: what range filters compare against.
    public var firstDay: String {
        Self.padded(year, 4) + "-" + Self.padded(month ?? 1, 2) + "-" + Self.padded(day ?? 1, 2)
    }
    public var lastDay: String {
        let m = month ?? 12
        return Self.padded(year, 4) + "-" + Self.padded(m, 2) + "-"
            + Self.padded(day ?? StatementDate.daysIn(month: m, year: year), 2)
    }

    /// `%0Nd` without `String(format:)`, which goes through CoreFoundation (an import asks this for
    /// every statement several times). Years are 1000...9999, months and days positive.
    static func padded(_ value: Int, _ width: Int) -> String {
        guard value >= 0 else { return String(format: "%0\(width)d", value) }
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// Parses the ISO forms `iso` produces.
    public init?(iso: String) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.count <= 3, !parts.contains(where: { $0 == nil }) else { return nil }
        self.init(year: parts[0]!, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    public static func < (a: StatementDate, b: StatementDate) -> Bool { a.firstDay < b.firstDay }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// 1 = Sunday ... 7 = Saturday (Gregorian), for day-precision dates.
    public var weekday: Int? {
        guard let month, let day else { return nil }
        return Weekday.of(year: year, month: month, day: day)
    }
}

/// Weekday arithmetic without Foundation calendars (which depend on the machine's locale and zone).
public enum Weekday {
    public static let names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// 1 = Sunday ... 7 = Saturday, by Zeller's congruence.
    public static func of(year: Int, month: Int, day: Int) -> Int {
        var y = year
        var m = month
        if m < 3 {
            m += 12
            y -= 1
        }
        let k = y % 100
        let j = y / 100
        let h = (day + (13 * (m + 1)) / 5 + k + k / 4 + j / 4 + 5 * j) % 7  // 0 = Saturday
        return ((h + 6) % 7) + 1
    }

    public static func number(named name: String) -> Int? {
        let n = name.lowercased()
        if let i = names.firstIndex(where: { $0.lowercased() == n || $0.lowercased().hasPrefix(n) && n.count >= 3 }) {
            return i + 1
        }
        return otherLanguages[n.folding(options: .diacriticInsensitive, locale: nil)]
    }

    /// The days' names in the other five UN languages (and the Russian cases a date line uses), and in the
    /// languages whose month names `MonthNames` knows (de, pt, it, nl, tr, pl, uk), Sunday = 1. Portuguese
    /// weekdays are read by their first word ("segunda" of "segunda-feira").
    private static let otherLanguages: [String: Int] = {
        let rows: [[String]] = [
            [
                "dimanche", "domingo", "воскресенье", "الأحد", "星期日", "星期天", "周日",
                "sonntag", "domenica", "zondag", "pazar", "niedziela", "неділя",
            ],
            [
                "lundi", "lunes", "понедельник", "الاثنين", "الإثنين", "星期一", "周一",
                "montag", "segunda", "lunedì", "maandag", "pazartesi", "poniedziałek", "понеділок",
            ],
            [
                "mardi", "martes", "вторник", "الثلاثاء", "星期二", "周二",
                "dienstag", "terça", "martedì", "dinsdag", "salı", "wtorek", "вівторок",
            ],
            [
                "mercredi", "miercoles", "среда", "среду", "الأربعاء", "星期三", "周三",
                "mittwoch", "quarta", "mercoledì", "woensdag", "çarşamba", "środa", "середа",
            ],
            [
                "jeudi", "jueves", "четверг", "الخميس", "星期四", "周四",
                "donnerstag", "quinta", "giovedì", "donderdag", "perşembe", "czwartek", "четвер",
            ],
            [
                "vendredi", "viernes", "пятница", "пятницу", "الجمعة", "星期五", "周五",
                "freitag", "sexta", "venerdì", "vrijdag", "cuma", "piątek", "пʼятниця", "п'ятниця",
            ],
            [
                "samedi", "sabado", "суббота", "субботу", "السبت", "星期六", "周六",
                "samstag", "sábado", "sabato", "zaterdag", "cumartesi", "sobota", "субота",
            ],
        ]
        var table: [String: Int] = [:]
        for (i, row) in rows.enumerated() {
            for name in row { table[name.folding(options: .diacriticInsensitive, locale: nil)] = i + 1 }
        }
        return table
    }()
}
