import Foundation

/// Month names and abbreviations in the six UN languages (and Portuguese, German, Italian, Dutch, Turkish,
/// Polish, Ukrainian and Persian, which missions and newspapers also write), as dates on
/// statements' pages write them, lower case, to their month numbers. Arabic has two series: the
/// Egyptian/Gulf names (سبتمبر) and the Levantine ones (أيلول); both are in use.
enum MonthNames {
    static let table: [String: Int] = {
        var t: [String: Int] = [:]
        let series: [[String]] = [
            [
                "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december",
            ],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            [
                "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre",
            ],
            ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"],
            [
                "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre",
            ],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
            [
                "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                "novembro", "dezembro",
            ],
            [
                "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                "november", "dezember",
            ],
            [
                "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre", "novembre", "dicembre",
            ],
            [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december",
            ],
            [
                "ocak", "şubat", "mart", "nisan", "mayıs", "haziran",
                "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
            ],
            // Polish and Ukrainian write the month in the genitive, as Russian does.
            [
                "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia",
            ],
            [
                "січня", "лютого", "березня", "квітня", "травня", "червня",
                "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
            ],
            // Russian: the genitive that dates use ("18 ноября"), then the nominative ("ноябрь 2024").
            [
                "января", "февраля", "марта", "апреля", "мая", "июня",
                "июля", "августа", "сентября", "октября", "ноября", "декабря",
            ],
            [
                "январь", "февраль", "март", "апрель", "май", "июнь",
                "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
            ],
            [
                "янв", "фев", "мар", "апр", "мая", "июн",
                "июл", "авг", "сен", "окт", "ноя", "дек",
            ],
            [
                "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
                "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
            ],
            [
                "كانون الثاني", "شباط", "آذار", "نيسان",
                "أيار", "حزيران", "تموز", "آب",
                "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
            ],
            // Persian pages (Iran's, Afghanistan's) write the Gregorian months so beside the solar calendar;
            // with the Arabic yeh and kaf, as `DateFinder.asciiDigits` reads Persian text.
            [
                "ژانويه", "فوريه", "مارس", "آوريل", "مه", "ژوئن",
                "ژوئيه", "اوت", "سپتامبر", "اكتبر", "نوامبر", "دسامبر",
            ],
        ]
        for names in series { for (i, n) in names.enumerated() where t[n] == nil { t[n] = i + 1 } }
        // Spellings seen beside the standard ones.
        for (n, m) in [
            ("sept", 9), ("setiembre", 9), ("fevrier", 2), ("aout", 8), ("decembre", 12),
            ("ابريل", 4), ("إبريل", 4), ("يونيه", 6), ("يوليه", 7), ("اغسطس", 8),
            ("اكتوبر", 10), ("سبتمبر", 9), ("ايار", 5), ("اذار", 3),
        ] { t[n] = m }
        return t
    }()

    /// Every name, longest first, as one regular-expression alternation (a group).
    static let alternation: String = {
        let names = table.keys.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        return "(" + names.map(escape).joined(separator: "|") + ")"
    }()

    /// The same names as a group that captures nothing, for a second month name beside the first.
    static let plainAlternation: String = "(?:" + alternation.dropFirst()

    static func month(_ name: String) -> Int? {
        let key = name.lowercased().trimmingCharacters(in: .init(charactersIn: "."))
        return table[key]
    }

    private static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: " ", with: #"\s+"#)
    }
}
