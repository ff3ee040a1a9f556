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
    /// Set on a date line that says the page was updated or modified then.
    var modification = false
}

/// Finds dates in the forms statements and their pages write them, in the six UN languages: ISO days,
/// "16 February 2022", "February 16, 2022", "16 février 2022", "16 de febrero de 2022", "16 февраля
/// 2022 г.", "16 فبراير 2022" (Arabic-Indic digits too), "2022/2/16", "16.02.2022", "2022年2月16日",
/// Japanese era dates ("令和4年2月16日"), "February 2022", and a month and day with no year ("Nov. 3",
/// "3 November", "3 ноября", "2月16日").
enum DateFinder {
    static let monthNames = MonthNames.alternation

    static func month(named name: String) -> Int? { MonthNames.month(name) }

    private enum Order { case ymd, dmy, mdy, my, chinese, dottedDMY, slashed, era, hanNumerals }

    private static let full: [(Pattern, Order, String)] = [
        (Pattern(#"(?<![\d/.-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/.-]*\d)"#), .ymd, "date.numeric-ymd"),
        (Pattern(#"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#), .chinese, "date.chinese"),
        (
            Pattern(#"(令和|平成|昭和)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"#),
            .era, "date.japanese-era"
        ),
        // "一九五四年十一月十一日": the year digit by digit, month and day as numbers are spoken (UN Chinese
        // records, formal Chinese documents).
        (
            Pattern(
                #"([〇○零一二三四五六七八九]{4})\s*年\s*"#
                    + #"(十[一二]?|[一二三四五六七八九])\s*月\s*"#
                    + #"(三十一?|二十[一二三四五六七八九]?|"#
                    + #"十[一二三四五六七八九]?|[一二三四五六七八九])\s*日"#),
            .hanNumerals, "date.chinese-numerals"
        ),
        (
            Pattern(
                // "25/سبتمبر/2025", "25-Sep-2025": slashes or dashes may stand for the spaces.
                #"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º|°)?\.?,?\s*[/-]?\s*(?:of\s+|de\s+)?\b"# + monthNames
                    // Arabic papers give both month series: "21 مارس- آذار 2013", "21 مارس/آذار".
                    + #"(?:\s*[-/–]\s*"# + MonthNames.plainAlternation + #")?"#
                    + #"\.?,?(?:\s+|\s*[/-]\s*)"#
                    + #"(?:de(?:l)?\s+|عام\s+|سنة\s+)?(\d{4})(?!\d)"#, caseInsensitive: true),
            .dmy,
            "date.day-month-year"
        ),
        (
            Pattern(
                #"\b"# + monthNames + #"\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b"#, caseInsensitive: true),
            .mdy, "date.month-day-year"
        ),
        // "16.02.2022", and "16. 2. 2022" as Czech and Slovak write it.
        (Pattern(#"(?<![\d/.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b"#), .dottedDMY, "date.numeric-dmy"),
        // After a publication label in a language that writes the day first ("Publicado: 10/04/2019", "Publié
        // le 10/04/2019", "Опубликовано: 10.04.2019"), the order is the language's.
        (
            Pattern(
                #"(?<=(?i:publicado|publicada|publié le|publié|mis en ligne le|mis à jour le|"#
                    + #"опубликовано|fecha|дата публикации|"#
                    + #"تاريخ النشر|نشر في)\s?:?\s?)(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"#),
            .dottedDMY, "date.labelled-day-first"
        ),
        // 19/09/2017 or 09/19/2017: read only when one of the two numbers cannot be a month.
        (Pattern(#"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"#), .slashed, "date.numeric-slashed"),
        (Pattern(#"(?<![\d/.-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])"#), .slashed, "date.numeric-dashed"),
        (Pattern(#"\b"# + monthNames + #"\s+(?:de\s+)?(\d{4})\b"#, caseInsensitive: true), .my, "date.month-year"),
    ]

    private static let monthDayPatterns: [(Pattern, Bool)] = [
        (
            Pattern(
                #"\b"# + monthNames + #"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?!\d)"#, caseInsensitive: true),
            true
        ),
        (
            Pattern(
                #"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er)?\s*(?:de\s+)?\b"# + monthNames
                    + #"\b\.?(?!,?\s*(?:de\s+)?\d{4})"#, caseInsensitive: true), false
        ),
    ]
    /// "7月25日" (and "当地时间7月25日") with no year before it.
    private static let chineseMonthDay = Pattern(#"(?<!\d)(?<!年)(?<!年\s)(\d{1,2})\s*月\s*(\d{1,2})\s*日"#)

    /// Arabic-Indic and Persian digits as ASCII, and the Persian yeh and kaf that Arabic texts made on
    /// Persian keyboards carry as the Arabic letters: each the same length in UTF-16, so ranges stay valid.
    static func asciiDigits(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x0660...0x06F9).contains($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            switch u.value {
            case 0x0660...0x0669: out.append(Unicode.Scalar(u.value - 0x0660 + 0x30)!)
            case 0x06F0...0x06F9: out.append(Unicode.Scalar(u.value - 0x06F0 + 0x30)!)
            case 0x06CC: out.append("\u{064A}")
            case 0x06A9: out.append("\u{0643}")
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Every full date in `text`, in order of position; overlapping shorter forms are dropped.
    static func fullDates(in original: String) -> [DateFinding] {
        let text = asciiDigits(original)
        var found: [DateFinding] = []
        for (pattern, order, rule) in full {
            for m in pattern.matches(in: text)
            where !found.contains(where: { NSIntersectionRange($0.range, m.range).length > 0 }) {
                // 10/04/2019 is April or October: no reading beats a wrong one.
                if order == .slashed, let a = Int(m.group(1)!), let b = Int(m.group(2)!), a <= 12, b <= 12 { continue }
                found.append(reading(m, order: order, rule: rule))
            }
        }
        return found.sorted { $0.range.location < $1.range.location }
    }

    /// Words that may stand beside a date on a date line, in the six UN languages (lower case).
    static let dateLineLabels: Set<String> = [
        "date", "dated", "updated", "published", "posted", "on", "am", "pm", "gmt", "utc", "est", "edt", "time", "last",
        "modified",
        "release", "released", "issued", "delivered", "new", "york", "geneva",
        "publié", "publie", "le", "mis", "jour", "à", "mise", "publicado", "actualizado", "el", "fecha", "de", "del",
        "hora",
        "дата", "опубликовано", "обновлено", "публикации", "обновления",
        "года", "г", "мск", "время",
        "日期", "发布时间", "时间", "更新时间", "发布日期", "发表时间", "发稿时间", "tarih",
        "تاريخ", "التاريخ", "نشر", "تحديث", "آخر", "بتاريخ", "في",
        // The second word of a Portuguese weekday ("segunda-feira").
        "feira",
        // New York and Geneva as the other languages write them in a dateline ("г. Нью-Йорк,
        // сентябрь 2017 года").
        "нью", "йорк", "женева", "nueva", "ginebra", "genève", "geneve", "ginevra", "nova", "iorque",
        "genf",
        "纽约", "日内瓦", "نيويورك", "جنيف",
    ]
    /// Words that say a date is when the page was changed, not when the statement was made.
    static let modificationWords: Set<String> = [
        "updated", "modified", "last", "mis", "actualizado", "обновлено", "обновления",
        "更新时间", "تحديث", "revised", "edited",
    ]
    /// Where a date line names its source ("2024-11-19 来源：外交部"): the rest of the line is not looked at.
    private static let sourceLabel = Pattern(
        #"(?:来源|來源|出处|source|fuente|источник|المصدر|"#
            + #"editor|编辑|責任編輯)\s*[:：]"#, caseInsensitive: true)

    private static let labelOpening = Pattern(
        #"(?i)^(?:published|posted|date|updated|publié|publicado|fecha|дата|опубликовано|"#
            + #"发布时间|日期|تاريخ النشر)\s*[:：]"#)

    /// The first date in a line, if the line is little more than that date (a page's date line).
    static func dateLine(_ line: String) -> DateFinding? {
        let stripped = line.trimmed
        guard !stripped.isEmpty, stripped.count <= 90, var first = fullDates(in: stripped).first else { return nil }
        // What is left once the date is gone must be a label, a place or a time, not a sentence.
        var rest = stripped as NSString
        for d in fullDates(in: stripped).reversed() {
            rest = rest.replacingCharacters(in: d.range, with: " ") as NSString
        }
        if let source = sourceLabel.firstMatch(in: rest as String) {
            rest = rest.substring(to: source.range.location) as NSString
        }
        let words = (rest as String).split(whereSeparator: { !$0.isLetter }).map { String($0).lowercased() }.filter {
            $0.count > 1
        }
        // A line opening with a date's label ("Published: ...") may carry a link's words after it ("PDF View").
        let unknown = words.filter { !dateLineLabels.contains($0) && Weekday.number(named: $0) == nil }.count
        let labelled = labelOpening.firstMatch(in: stripped) != nil
        guard words.count <= 6, unknown == 0 || labelled && unknown <= 2 else { return nil }
        // "Published: 13:57, December 9, 2023 | Updated: 19:26, ...": only a label before the date says what it is.
        let before = (stripped as NSString).substring(to: first.range.location)
        let labels = before.split(whereSeparator: { !$0.isLetter }).map { String($0).lowercased() }
        let lastLabel = labels.last {
            dateLineLabels.contains($0) && !["on", "am", "pm", "de", "el", "le"].contains($0)
        }
        first.modification =
            lastLabel.map { modificationWords.contains($0) }
            ?? words.contains { modificationWords.contains($0) }
        return first
    }

    private static let slashedPair = Pattern(#"(?<![\d/.])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])"#)

    /// The first slashed date whose order cannot be told from its numbers ("01/03/2022"), read day first: for
    /// texts in a language that writes the day first. Inferred by the caller, never stated.
    static func dayFirstSlashed(in line: String) -> DateFinding? {
        guard let m = slashedPair.firstMatch(in: line), let d = Int(m.group(1)!), let mo = Int(m.group(2)!),
            let y = Int(m.group(3)!), d <= 12, mo <= 12, let date = StatementDate(year: y, month: mo, day: d)
        else { return nil }
        return DateFinding(date: date, monthDay: nil, range: m.range, text: m.value, rule: "date.day-first-by-language")
    }

    private static let shortYear = Pattern(#"^\s*(\d{1,2})/(\d{1,2})/(\d{2})\s*$"#)

    /// "08/29/16" alone on a line (after a "Date:" label): a two-digit year, read only when one of the first two
    /// numbers cannot be a month.
    static func shortYearLine(_ line: String, currentYear: Int) -> DateFinding? {
        guard let m = shortYear.firstMatch(in: line), let a = Int(m.group(1)!), let b = Int(m.group(2)!),
            let yy = Int(m.group(3)!), (a > 12) != (b > 12)
        else { return nil }
        let year = yy <= currentYear % 100 ? 2000 + yy : 1900 + yy
        let (month, day) = a > 12 ? (b, a) : (a, b)
        guard let date = StatementDate(year: year, month: month, day: day) else { return nil }
        return DateFinding(date: date, monthDay: nil, range: m.range, text: m.value, rule: "date.short-year")
    }

    /// "Nov. 3" or "3 November" with no year after it.
    static func monthDay(in original: String) -> DateFinding? {
        let text = asciiDigits(original)
        if let m = chineseMonthDay.firstMatch(in: text), let month = Int(m.group(1)!), let day = Int(m.group(2)!),
            (1...12).contains(month), (1...31).contains(day), day <= StatementDate.daysIn(month: month, year: 2000)
        {
            return DateFinding(
                date: nil, monthDay: (month, day), range: m.range, text: m.value, rule: "date.chinese-month-day")
        }
        for (pattern, monthFirst) in monthDayPatterns {
            guard let m = pattern.firstMatch(in: text) else { continue }
            let monthName = m.group(monthFirst ? 1 : 2)!
            let dayText = m.group(monthFirst ? 2 : 1)!
            guard let month = month(named: monthName), let day = Int(dayText), (1...31).contains(day) else { continue }
            let problem = day > StatementDate.daysIn(month: month, year: 2000) ? "no such day: \(m.value)" : nil
            return DateFinding(
                date: nil, monthDay: problem == nil ? (month, day) : nil, range: m.range, text: m.value,
                rule: "date.month-day", problem: problem)
        }
        return nil
    }

    private static let hanDigits = Array("一二三四五六七八九")

    private static func hanDigit(_ c: Character) -> Int? {
        if "〇○零".contains(c) { return 0 }
        return hanDigits.firstIndex(of: c).map { $0 + 1 }
    }

    /// "十一" → 11, "二十" → 20, "三十一" → 31, "九" → 9.
    private static func hanNumber(_ s: String) -> Int? {
        guard let ten = s.firstIndex(of: "十") else { return s.first.flatMap(hanDigit) }
        let tens = s[..<ten].first.flatMap(hanDigit) ?? 1
        let units = s[s.index(after: ten)...].first.flatMap(hanDigit) ?? 0
        return tens * 10 + units
    }

    private static func reading(_ m: PatternMatch, order: Order, rule: String) -> DateFinding {
        func int(_ i: Int) -> Int? { m.group(i).flatMap { Int($0) } }
        var y: Int?
        var mo: Int?
        var d: Int?
        switch order {
        case .ymd, .chinese: (y, mo, d) = (int(1), int(2), int(3))
        case .dmy: (d, mo, y) = (int(1), m.group(2).flatMap(month(named:)), int(3))
        case .mdy: (mo, d, y) = (m.group(1).flatMap(month(named:)), int(2), int(3))
        case .my: (mo, y) = (m.group(1).flatMap(month(named:)), int(2))
        case .dottedDMY: (d, mo, y) = (int(1), int(2), int(3))
        case .slashed: (d, mo, y) = (int(1) ?? 0) > 12 ? (int(1), int(2), int(3)) : (int(2), int(1), int(3))
        case .hanNumerals:
            let digits = m.group(1)!.compactMap { hanDigit($0) }
            y = digits.count == 4 ? digits.reduce(0) { $0 * 10 + $1 } : nil
            (mo, d) = (hanNumber(m.group(2)!), hanNumber(m.group(3)!))
        case .era:
            let base = ["令和": 2018, "平成": 1988, "昭和": 1925][m.group(1)!]!
            let n = m.group(2) == "元" ? 1 : int(2)
            (y, mo, d) = (n.map { base + $0 }, int(3), int(4))
        }
        let date = y.flatMap { StatementDate(year: $0, month: mo, day: d) }
        let problem = date == nil ? "not a real date: “\(m.value)”" : nil
        return DateFinding(date: date, monthDay: nil, range: m.range, text: m.value, rule: rule, problem: problem)
    }
}
