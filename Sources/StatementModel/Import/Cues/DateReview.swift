import Foundation

/// Weighs every date a page holds before its date is kept. In order of strength: a date in the headline
/// ("…Press Conference on February 22, 2018"), the dateline opening the story ("NEW YORK, 15 May (UN
/// Headquarters) --", "新华社联合国1月30日电": a day without a year takes its year from the page's own
/// date, on or before it), a date line near the top, a date in a heading or byline, a closing date
/// under the speech. A date line above the headline that names a weekday is the site's clock, and
/// "Updated"/"Modified" stamps never date a statement while anything else does. A date is shown as
/// certain only when the text states it where a date belongs and no other such date disagrees within a
/// month; otherwise it is inferred and its reason names the runner-up. A month and day with no year is
/// dated by the General Assembly session named or the file's creation date, as inferred.
struct DateReview {
    struct Candidate {
        var date: StatementDate
        var range: NSRange
        var score: Double
        var what: String
        var modification: Bool
        /// The text states this date whole, where a date belongs (a headline, a dateline, a date line).
        var stated: Bool
        var reason: String?
    }

    let doc: AnnotatedText
    /// The year it is: a two-digit year is read in this century only up to it.
    var currentYear = Calendar(identifier: .gregorian).component(.year, from: Date())

    func review(_ s: inout Statement, created: StatementDate?) {
        let candidates = collect(title: s.title)
        if let current = s.date {
            recheck(current, candidates: candidates, into: &s)
        } else if let best = best(of: candidates), best.score >= 0.45 {
            s.date = attribute(best, among: candidates)
        } else if let lead = leadDate(among: candidates) {
            s.date = lead
        } else if let loose = looselyWritten() {
            s.date = loose
        } else if let yearless = yearless(created: created) {
            s.date = yearless
        } else if let debate = generalDebateYear(created: created) {
            s.date = debate
        } else if let made = madeIn(created) {
            s.date = made
        } else if let stamp = candidates.filter(\.modification).max(by: { $0.score < $1.score }) {
            s.date = Attributed(
                stamp.date,
                doc.provenance(
                    .inferred, rule: "review.updated-stamp", confidence: 0.4, range: stamp.range,
                    reason:
                        "the page's only date says when it was updated or is the site's clock; "
                        + "the statement may be older"
                ))
        }
    }

    /// A date only the page's language or layout can read: "01/03/2022" on a Spanish page (day first), "08/29/16"
    /// under a "Date:" label. Inferred.
    private func looselyWritten() -> Attributed<StatementDate>? {
        let head = doc.lines.filter { !$0.isBlank && $0.trimmed.count <= 80 }.prefix(30)
        func inferred(
            _ d: DateFinding, _ line: TextLine, _ rule: String, _ confidence: Double, _ reason: String
        )
            -> Attributed<StatementDate>?
        {
            d.date.map {
                Attributed(
                    $0,
                    doc.provenance(
                        .inferred, rule: rule, confidence: confidence, range: doc.range(d.range, inLine: line),
                        reason: reason))
            }
        }
        for line in head {
            if let d = DateFinder.shortYearLine(line.text, currentYear: currentYear) {
                return inferred(
                    d, line, "review.short-year-date-line", 0.6, "a date line with a two-digit year (“\(d.text)”)")
            }
        }
        guard let language = LanguageGuesser.guess(doc.text)?.code, language != "en" else { return nil }
        for line in head {
            if let d = DateFinder.dayFirstSlashed(in: line.text) {
                return inferred(
                    d, line, "review.day-first-by-language", 0.55,
                    "“\(d.text)” read day first, as texts in this language (\(language)) write dates")
            }
        }
        return nil
    }

    private func best(of candidates: [Candidate]) -> Candidate? {
        candidates.filter { !$0.modification }.max { $0.score < $1.score }
    }

    /// Dates in the first thirty lines with text and the last ten, the headline's and the dateline's.
    func collect(title: Attributed<String>?) -> [Candidate] {
        let filled = doc.lines.filter { !$0.isBlank }
        let titleIndex = title?.provenance.span.flatMap { span in filled.firstIndex { contains($0, span.start) } }
        // Only a headline the page states is trusted to date the statement by a date it holds.
        let statedHeadline = title?.provenance.basis == .stated
        // A page printed from a browser carries the day it was printed in its top corner.
        let printed = BrowserPrint.isPrinted(filled.suffix(3).map(\.trimmed))
        var out: [Candidate] = []
        for (i, line) in filled.enumerated() {
            let head = i < 30
            let tail = i >= filled.count - 10
            guard head || tail else { continue }
            // A long paragraph is read for dates in its opening sentence only ("took part on Thursday, ...").
            let long = line.trimmed.count > 400
            if i == titleIndex,
                let d = DateFinder.fullDates(in: line.text).first(where: { $0.date?.precision == .day }),
                let date = d.date, !(printed && i < 4 && BrowserPrint.isStamp(d.text))
            {
                // A headline found by its shape is less sure than one the page marks; one that names a
                // statement's kind ("Statement by ..., March 27, 2014") still dates the words it names.
                let named = Self.kindWord.firstMatch(in: line.text) != nil
                // A line read as the headline that ends as a sentence ends may be a sentence, not a headline.
                let sentence = line.trimmed.last.map { ".!?。".contains($0) } ?? false
                let score = statedHeadline ? 0.98 : sentence ? 0.6 : named ? 0.96 : 0.9
                out.append(
                    Candidate(
                        date: date, range: doc.range(d.range, inLine: line), score: score, what: "the headline",
                        modification: false, stated: statedHeadline))
                continue
            }
            if !long, let d = DateFinder.dateLine(line.text), let date = d.date {
                // A weekday's date above the headline, or above another date line, is the site's clock.
                let weekday = line.text.split(whereSeparator: { !$0.isLetter }).contains {
                    // Five letters at least in Latin script ("Monday", "Jeudi", not "Mon"); Arabic names are
                    // shorter ("السبت").
                    Weekday.number(named: String($0)) != nil
                        && ($0.count >= 5 || !$0.unicodeScalars.allSatisfy(\.isASCII))
                }
                let anotherBelow = filled[(i + 1)...].prefix(15).contains { l in
                    l.trimmed.count <= 60 && DateFinder.fullDates(in: l.text).contains { $0.date?.precision == .day }
                }
                // Any date line above the headline, when another stands just below it, is the site's bar: the
                // story's own date is the one beside its headline ("10 Mayıs 2024" over the headline, "03 Nisan
                // 2023 Pazartesi 23:00" under it).
                let besideHeadline =
                    titleIndex.map { t in
                        i < t
                            && filled[(t + 1)...].prefix(3).contains {
                                DateFinder.dateLine($0.text).map { !$0.modification } ?? false
                            }
                    } ?? false
                let stamp = printed && i < 4 && BrowserPrint.isStamp(line.trimmed)
                let clock =
                    !d.modification
                    && (weekday && i < 4 && (titleIndex.map { i < $0 } == true || anotherBelow) || besideHeadline
                        || stamp)
                // "New York, 2 October 2024" says where and when the words were given; a bare stamp beside it
                // ("03.10.2024.") is when the page was posted.
                let placed =
                    head
                    && Self.placeBefore.firstMatch(in: (line.text as NSString).substring(to: d.range.location)) != nil
                let score =
                    d.modification || clock ? 0.3 : (head ? 0.95 - Double(i) * 0.005 + (placed ? 0.03 : 0) : 0.7)
                let what =
                    d.modification
                    ? "an updated stamp"
                    : clock
                        ? (stamp ? Self.printStamp : Self.clock)
                        : head ? (placed ? "a place and date line" : "a date line") : "a closing date line"
                out.append(
                    Candidate(
                        date: date, range: doc.range(d.range, inLine: line), score: score, what: what,
                        modification: d.modification || clock, stated: what == "a date line" || placed))
                continue
            }
            let searched = long ? String(line.text.prefix(300)) : line.text
            for d in DateFinder.fullDates(in: searched).prefix(2) {
                guard let date = d.date, date.precision == .day else { continue }
                let short = line.trimmed.count <= 160
                // The first lines may be a heading block run together (a PDF's masthead, title and date).
                var score = i < 4 ? 0.55 : head ? (short ? 0.6 : 0.45) - Double(i) * 0.01 : (short ? 0.5 : 0.3)
                var what = head ? (short ? "a heading or byline" : "an opening paragraph") : "the closing lines"
                let context = Self.context(of: d.range, in: searched, date: date)
                if let (bonus, why) = context.bonus {
                    score += bonus
                    what = why
                }
                out.append(
                    Candidate(
                        date: date, range: doc.range(d.range, inLine: line), score: score, what: what,
                        modification: context.modification, stated: context.stated))
            }
        }
        if let dateline = dateline(in: filled, after: titleIndex, others: out) { out.append(dateline) }
        return out
    }

    private static let clock = "the site's clock above the headline"
    private static let printStamp = "the day a browser printed the page"
    private static let publication = "the page's own publication date"
    /// Where a text says when its words were given: a place and a date, its dateline, its first paragraph.
    private static let deliveryWhats: Set<String> = [
        "a place and date line", "a place and date closing a heading", "the dateline opening the text",
        "an opening paragraph", "a date line", statementHeading,
    ]

    private static let closingNote = Pattern(#"^\.?\s*(?:\([^()]{0,60}\)\.?)?$"#)
    private static let statementHeading = "the day a heading naming the statement gives"
    /// The word a heading puts before the day it names ("on", "am", "le", "el", "del", or a comma).
    private static let headingDayBefore = Pattern(#"(?i)(?:\s(?:on|am|le|el|del|du|de|em|il|del)|,)\s*$"#)

    private static let kindWord = Pattern(
        #"(?i)\b(?:statement|remarks|speech|address|intervention|briefing|message|declaración|intervención|discurso|"#
            + #"press conference|point de presse|conférence de presse|conferencia de prensa|rueda de prensa|"#
            + #"пресс-конференция|rede|ansprache|erklärung|intervento|discorso|dichiarazione|"#
            + #"pronunciamento|"#
            + #"discours|déclaration|allocution|выступление|заявление)\b|讲话|发言|"#
            + #"致辞|كلمة|بيان"#)

    /// "Letter dated 7 March 2003", "le 12 mars 2019", "от 5 мая 2021 г.": a document's own date.
    private static let datedBefore = Pattern(
        #"(?i)(?:\bdated|\bde fecha|\bdaté(?:e)? du|بتاريخ)\s*$"#)
    /// "Updated: 21-11-2022 21:08 | Created: ...": the label just before a date says it is a change.
    private static let changedBefore = Pattern(
        #"(?i)(?:updated|modified|actualizado|mis à jour|обновлено|更新)\s*[:：]?\s*$"#)
    /// "Press Release Issue Date: Jan 14, 2020", "Fecha de publicación:": a label naming the page's own date.
    private static let publishedBefore = Pattern(
        #"(?i)(?:issue date|release date|date of issue|date of release|published(?: on)?|date published|"#
            + #"fecha de publicaci[oó]n|publicado(?: el)?|date de publication|publié le|дата публи"#
            + #"кации|опубликовано|"#
            + #"发布时间|发布日期|تاريخ النشر)\s*[:：]?\s*$"#)
    /// "Ginebra, 7 de junio de 2017.": a place and the date closing a heading or a speech.
    /// Arabic has no capitals ("نيويورك، 14 أكتوبر 2025"); a post may open the line with a pin ("📍").
    private static let placeBefore = Pattern(
        #"(?:^[^\p{L}\d]*|[.;]\s+)(?:[\p{Lu}][\p{L} .'’\-]{2,30}|\p{Arabic}[\p{Arabic} ]{1,30})[,،]\s*"#
            // "New York, le 29 juin 2022", "Nueva York, el 5 de mayo", "Genf, den 3. März".
            + #"(?:(?:le|el|the|am|den|il)\s+)?$"#)

    /// What the words just around a date in running text say of it.
    static func context(
        of range: NSRange, in line: String, date: StatementDate
    )
        -> (bonus: (Double, String)?, modification: Bool, stated: Bool)
    {
        let ns = line as NSString
        let start = max(0, range.location - 40)
        let before = ns.substring(with: NSRange(location: start, length: range.location - start))
        let after = ns.substring(from: range.upperBound).trimmed
        if datedBefore.firstMatch(in: before) != nil {
            return ((0.3, "the date the document gives itself"), false, true)
        }
        if changedBefore.firstMatch(in: before) != nil { return (nil, true, false) }
        if publishedBefore.firstMatch(in: before) != nil {
            return ((0.3, publication), false, true)
        }
        // A weekday written before the date, and the right one: a date someone wrote down with care.
        let words = before.split(whereSeparator: { !$0.isLetter }).suffix(2).map(String.init)
        if let named = words.lazy.compactMap({ Weekday.number(named: $0) }).first, let d = date.day, let m = date.month,
            Weekday.of(year: date.year, month: m, day: d) == named
        {
            return ((0.15, "a date with its weekday in the opening lines"), false, false)
        }
        // "Rede des Außenministers … vor dem Sicherheitsrat am 24. September 2024.": a heading that names a
        // statement and closes with its day.
        // A note may follow in brackets ("(own translation)"); a line of related links ("Related: … | …") names
        // other statements' days.
        if closingNote.firstMatch(in: after) != nil, line.count <= 240, !line.contains("|"),
            kindWord.firstMatch(in: line) != nil, headingDayBefore.firstMatch(in: before) != nil,
            DateFinder.fullDates(in: line).count == 1
        {
            return ((0.3, statementHeading), false, false)
        }
        if placeBefore.firstMatch(in: before) != nil, after.isEmpty || after == "." {
            return ((0.15, "a place and date closing a heading"), false, false)
        }
        // "4 December 2014 - Statement by the Special Representative …": the date heads the line it opens.
        if before.trimmed.isEmpty, let dash = after.first, "-–—|".contains(dash) {
            return ((0.2, "a date heading a standfirst"), false, false)
        }
        // A dateline opening the story: "(Washington DC, 21/11/2016). El Consejo ...".
        if range.location <= 45,
            openingDateline.firstMatch(in: ns.substring(to: range.upperBound + min(3, ns.length - range.upperBound)))
                != nil
        {
            return ((0.25, "the dateline opening the text"), false, false)
        }
        return (nil, false, false)
    }

    private static let openingDateline = Pattern(
        #"^\s*\(?[\p{Lu}][\p{L} .'’\-]{1,30},\s*[^,()]{4,30}\)?\s*[.:—–-]"#)

    private func contains(_ line: TextLine, _ scalarOffset: Int) -> Bool {
        guard let span = doc.provenance(.stated, rule: "", confidence: 0, range: line.range).span else { return false }
        return span.start <= scalarOffset && scalarOffset <= span.end
    }

    /// "PLACE, 15 May (Agency) --", "PLACE, Dec. 8 (Xinhua) --", "New York, 26 March 2019 –",
    /// "新华社联合国1月30日电": the first lines of the story after its headline.
    private static let latinDateline = Pattern(
        #"^\s*[\p{Lu}][\p{L} .'’\-]{1,40}(?:,\s*[\p{L} .]{2,30})?[,\s]\s*([^()\[\]]{3,30}?)\s*(?:\([^)"#
            + #"]{2,40}\)\s*)?(?"#
            + #":[—–]|-{1,2}|:|\.[-–—]|/[^/]{2,20}/)"#
    )
    private static let shortYear = Pattern(#"^\s*(\d{1,2})\.(\d{1,2})\.(\d{2})\s*$"#)
    /// The agency and the place may stand a space apart ("中新网 联合国12月1日电").
    private static let chineseDateline = Pattern(
        #"^\s*[【\[]?[\p{Han}（）()\s]{0,14}?(?:当地时间|當地時間)?(\d{1,2})月(\d{1,2})日(?:电|讯|"#
            + #"消息|電|訊)"#)

    private func dateline(in filled: [TextLine], after titleIndex: Int?, others: [Candidate]) -> Candidate? {
        let start = (titleIndex ?? -1) + 1
        for line in filled.dropFirst(start).prefix(4) {
            let text = line.text
            var found: (DateFinding, NSRange)?
            if let m = Self.chineseDateline.firstMatch(in: text), let month = Int(m.group(1)!),
                let day = Int(m.group(2)!)
            {
                found = (
                    DateFinding(
                        date: nil, monthDay: (month, day), range: m.range, text: m.value, rule: "date.chinese-month-day"
                    ), m.range
                )
            } else if let m = Self.latinDateline.firstMatch(in: text), let r = m.groupRange(1) {
                let inner = (text as NSString).substring(with: r)
                if let full = DateFinder.fullDates(in: inner).first, full.date?.precision == .day {
                    found = (full, NSRange(location: r.location + full.range.location, length: full.range.length))
                } else if let md = DateFinder.monthDay(in: inner), md.monthDay != nil {
                    found = (md, NSRange(location: r.location + md.range.location, length: md.range.length))
                } else if let m = Self.shortYear.firstMatch(in: inner), let d = Int(m.group(1)!),
                    let mo = Int(m.group(2)!), let yy = Int(m.group(3)!),
                    let date = StatementDate(year: 2000 + yy, month: mo, day: d),
                    date.year <= currentYear
                {
                    // "Бишкек, 26.09.18 /Кабар/.": a dateline's two-digit year, this century's.
                    let at = NSRange(location: r.location + m.range.location, length: m.range.length)
                    found = (
                        DateFinding(
                            date: date, monthDay: nil, range: at, text: m.value, rule: "date.dateline-short-year"), at
                    )
                }
            }
            guard let (finding, range) = found else { continue }
            let docRange = doc.range(range, inLine: line)
            if let date = finding.date {
                return Candidate(
                    date: date, range: docRange, score: 0.97, what: "the story's dateline", modification: false,
                    stated: true)
            }
            // A day without a year: the page's own date gives it, the dateline's day being on or before that
            // date (a day after it at most: the agency's clock may run ahead of the page's); a date only met in
            // the text gives the nearest such day instead.
            guard let (month, day) = finding.monthDay,
                let anchor = others.filter({ !$0.modification || $0.what.hasPrefix("an updated") }).max(by: {
                    $0.score < $1.score
                }),
                let year = anchor.stated
                    ? Self.year(month: month, day: day, onOrBefore: anchor.date)
                    : Self.year(month: month, day: day, nearest: anchor.date),
                let date = StatementDate(year: year, month: month, day: day)
            else { return nil }
            let md = finding.text.trimmed
            return Candidate(
                date: date, range: docRange, score: anchor.stated ? 0.96 : 0.8, what: "the story's dateline",
                modification: false, stated: false,
                reason: anchor.stated
                    ? "the dateline gives “\(md)” without a year; the page is dated "
                        + "\(anchor.date.iso), so the day is the last \(md) on or before it"
                    : "the dateline gives “\(md)” without a year; the nearest \(md) to the "
                        + "date \(anchor.date.iso) in \(anchor.what) is taken"
            )
        }
        return nil
    }

    /// The year in which month/day falls on or before `anchor` (or the day after it), within a year of it.
    static func year(month: Int, day: Int, onOrBefore anchor: StatementDate) -> Int? {
        guard anchor.precision == .day else { return nil }
        for year in [anchor.year, anchor.year - 1] {
            guard let d = StatementDate(year: year, month: month, day: day) else { continue }
            if d.firstDay <= anchor.firstDay || daysApart(d, anchor) <= 1 { return year }
        }
        return nil
    }

    /// The year in which month/day falls nearest to `anchor`.
    static func year(month: Int, day: Int, nearest anchor: StatementDate) -> Int? {
        guard anchor.precision == .day else { return nil }
        return [anchor.year - 1, anchor.year, anchor.year + 1].compactMap { y in
            StatementDate(year: y, month: month, day: day).map { (y, daysApart($0, anchor)) }
        }.min { $0.1 < $1.1 }?.0
    }

    private func attribute(_ best: Candidate, among all: [Candidate]) -> Attributed<StatementDate> {
        // "Fecha de publicación: 24/09/2025" under words given "el 23 de setiembre de 2025": a page posts a
        // speech or a release after the day it was given. The earlier day nearby is the likelier one; neither
        // is certain.
        if best.what == Self.publication,
            let earlier = Self.givenBefore(best.date, among: all, where: Self.deliveryWhats)
        {
            var chosen = earlier
            chosen.stated = false
            chosen.score = min(earlier.score, 0.6)
            chosen.reason =
                "the date of \(earlier.what); the page's publication date, \(best.date.iso), is when it was posted"
            return attribute(chosen, among: all.filter { $0.what != Self.publication })
        }
        // A publication date with any other day in the week before it: the words may be older than the page.
        let olderWords =
            best.what == Self.publication
            && all.contains {
                !$0.modification && $0.date.precision == .day && $0.date.iso < best.date.iso
                    && Self.daysApart($0.date, best.date) <= 7
            }
        let rivals = all.filter { !$0.modification && $0.date != best.date && $0.score >= best.score - 0.2 }
        let near = all.filter {
            !$0.modification && $0.date != best.date && $0.score >= 0.45 && Self.daysApart($0.date, best.date) <= 31
        }
        let strongest = ["the headline", "the story's dateline"].contains(best.what)
        let certain = best.stated && rivals.isEmpty && (strongest || near.isEmpty) && !olderWords
        var reason = best.reason ?? "the date of \(best.what)"
        if let r = (rivals + near).max(by: { $0.score < $1.score }) {
            reason += "; \(r.what) says \(r.date.iso) (runner-up)"
        }
        let rule =
            "review."
            + best.what.replacingOccurrences(of: "the ", with: "").replacingOccurrences(of: "'s", with: "")
            .replacingOccurrences(of: " ", with: "-")
        return Attributed(
            best.date,
            doc.provenance(
                certain ? .stated : .inferred, rule: rule, confidence: min(0.95, best.score), range: best.range,
                reason: certain ? nil : reason))
    }

    /// A page with no date line dates its words in its first paragraph at best ("lors du débat du Conseil …,
    /// le 10 janvier 2017"): that date, when it is of the latest year the page's first lines name, so that a
    /// history's date ("celebrada el 23 de enero de 1946") never stands in for the page's. A guess, shown so.
    private func leadDate(among candidates: [Candidate]) -> Attributed<StatementDate>? {
        let filled = doc.lines.filter { !$0.isBlank }.prefix(30)
        guard let first = filled.first(where: { $0.trimmed.count > 200 }),
            let c = candidates.first(where: {
                $0.what == "an opening paragraph" && !$0.modification && $0.date.precision == .day
                    && contains(
                        first, doc.provenance(.stated, rule: "", confidence: 0, range: $0.range).span?.start ?? -1)
            })
        else { return nil }
        let years = filled.flatMap { line in Self.yearWord.matches(in: line.text).compactMap { Int($0.value) } }
        guard let latest = years.max(), c.date.year == latest else { return nil }
        return Attributed(
            c.date,
            doc.provenance(
                .inferred, rule: "review.lead-paragraph", confidence: 0.45, range: c.range,
                reason: "the page has no date line; its first paragraph dates what it reports, in the latest year "
                    + "its first lines name"))
    }

    private static let yearWord = Pattern(#"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)"#)

    /// The latest day in the week before a page's own date that the text gives for its words, read from the
    /// kinds of place named: a speech or a release is posted a day or a few after it was given.
    private static func givenBefore(
        _ posted: StatementDate, among all: [Candidate], where whats: Set<String>
    )
        -> Candidate?
    {
        all.filter {
            !$0.modification && whats.contains($0.what) && $0.date.precision == .day && $0.date.iso < posted.iso
                && daysApart($0.date, posted) <= 7
        }.max { $0.date.iso < $1.date.iso }
    }

    static func daysApart(_ a: StatementDate, _ b: StatementDate) -> Int {
        guard let x = DayNumber.of(iso: a.firstDay), let y = DayNumber.of(iso: b.firstDay) else { return .max }
        return abs(x - y)
    }

    /// A family's stated date checked against the page: a headline or dateline that says otherwise wins;
    /// an "updated" stamp or the site's clock is replaced; a rival within a month makes it inferred.
    func recheck(_ current: Attributed<StatementDate>, candidates: [Candidate], into s: inout Statement) {
        guard current.provenance.basis == .stated else { return }
        // Only a strong reading overrides a date the family read as stated: a marked headline's, a named
        // statement's headline, a dateline dated by the page itself.
        if let strong = candidates.first(where: {
            ["the headline", "the story's dateline"].contains($0.what) && $0.score >= 0.95
        }),
            strong.date != current.value
        {
            s.date = attribute(strong, among: candidates)
            return
        }
        // "New York, 2 October 2024" over the words, and the page posted "03.10.2024.": the words were given
        // on the day the place line names, a few days before the page put them up.
        if let placed = Self.givenBefore(
            current.value, among: candidates,
            where: ["a place and date line", "a place and date closing a heading", Self.statementHeading])
        {
            var chosen = attribute(placed, among: candidates.filter { $0.date != current.value })
            // Two dates a day apart on one page: the reading is the likelier one, not a certainty.
            chosen.provenance.basis = .inferred
            chosen.provenance.confidence = min(chosen.provenance.confidence, 0.8)
            chosen.provenance.reason =
                (chosen.provenance.reason.map { $0 + "; " } ?? "")
                + "the page's own date, \(current.value.iso), is when it was posted"
            s.date = chosen
            return
        }
        guard let span = current.provenance.span else { return }
        let own = candidates.first { doc.provenance(.stated, rule: "", confidence: 0, range: $0.range).span == span }
        if let own, own.modification {
            if let better = best(of: candidates), better.score >= 0.45 {
                s.date = attribute(better, among: candidates)
            } else {
                var p = current.provenance
                p.basis = .inferred
                p.confidence = 0.4
                p.rule = "review.updated-stamp"
                // A weekday's date over the headline is the site's clock or a print edition's date: a guess at best.
                p.reason =
                    "the page's only date is an updated stamp, or the date over its headline (the site's clock "
                    + "or the edition's date); the statement may be older"
                s.date?.provenance = p
            }
            return
        }
        let rivals =
            candidates.filter {
                !$0.modification && $0.date != current.value && $0.score >= 0.45
                    && (["a date line", "a place and date line"].contains($0.what)
                        || Self.daysApart($0.date, current.value) <= 31)
            } + leadMentions(before: current.value)
        if let r = rivals.max(by: { $0.score < $1.score }) {
            var p = current.provenance
            p.basis = .inferred
            p.confidence = min(p.confidence, 0.6)
            p.reason = (p.reason.map { $0 + "; " } ?? "") + "\(r.what) says \(r.date.iso) (runner-up)"
            s.date?.provenance = p
        }
    }

    /// Days the opening paragraphs name in the month before a date ("delivered on 19 June" under a
    /// "26 June 2008" release): the page may have been posted after the words were said.
    func leadMentions(before date: StatementDate) -> [Candidate] {
        guard date.precision == .day else { return [] }
        let paragraphs = doc.lines.filter { $0.trimmed.count > 80 }.prefix(3)
        var out: [Candidate] = []
        for line in paragraphs {
            guard let md = DateFinder.monthDay(in: line.text), let (month, day) = md.monthDay,
                let year = Self.year(month: month, day: day, onOrBefore: date),
                let d = StatementDate(year: year, month: month, day: day),
                d != date, Self.daysApart(d, date) <= 31
            else { continue }
            out.append(
                Candidate(
                    date: d, range: doc.range(md.range, inLine: line), score: 0.5, what: "the opening paragraphs",
                    modification: false, stated: false))
        }
        return out
    }

    private static let generalDebate = Pattern(
        #"(?i)general debate|débat général|debate general|общ\w+ дискусси\w+|一般性辩"#
            + #"论|المناقشة العامة|"#
            // The Assembly's "high-level debate" is its general debate.
            + #"high-level debate|debate de alto nivel|débat de haut niveau|прени\w+ высокого у"#
            + #"ровня"#)

    /// A text that names a General Assembly session and its general debate, and no day: the debate is
    /// held in the autumn of the session's first year, so that year (and no more) is known.
    /// Without the words "general debate", a file made in the autumn the session opened (a PDF's creation
    /// date, weak evidence alone) says the same: the session's other meetings run into the next year.
    private func generalDebateYear(created: StatementDate? = nil) -> Attributed<StatementDate>? {
        let head = doc.lines.filter { !$0.isBlank }.prefix(40).map(\.text).joined(separator: "\n")
        guard let m = Self.session.firstMatch(in: head),
            let n = (1...4).lazy.compactMap({ m.group($0).flatMap { Int($0) } }).first,
            (1...120).contains(n), let date = StatementDate(year: 1945 + n)
        else { return nil }
        let madeThatAutumn = created.map { $0.year == 1945 + n && ($0.month ?? 0) >= 9 } ?? false
        guard Self.generalDebate.firstMatch(in: head) != nil || head.contains("UNGA") || madeThatAutumn
        else { return nil }
        return Attributed(
            date,
            Provenance(
                basis: .inferred, rule: "review.ga-session-general-debate", confidence: 0.7, evidence: m.value,
                reason:
                    "the text names the General Assembly's \(n)th session and its general "
                    + "debate, held in the autumn of \(1945 + n); no day is given"
            ))
    }

    private static let session = Pattern(
        #"\b(\d{2})\s*(?:st|nd|rd|th|e|ème|eme|ª|°|º|-?[йя])?\s+(?:regular\s+)?(?:session|sesión|"#
            + #"periodo de sesiones|"#
            + #"período de sesiones|сессии|сессия)\b|(?:الدورة|الدورة العادية)"#
            + #"\s+(\d{2})\b|\bUNGA\s?(\d{2})\b|"#
            + #"第(\d{2})届联大"#,
        caseInsensitive: true)

    /// A text that gives no date at all, in a file that says when it was made (a PDF's creation date): the
    /// year it was made, and no more, as a weak guess. A statement's PDF is most often made for the day it is
    /// given; one made later, or in January for a speech of December, makes the guess wrong, so it is shown as
    /// inferred and never more precise than the year. No date before 1990 (older PDFs' dates are unreliable)
    /// nor after the current year.
    private func madeIn(_ created: StatementDate?) -> Attributed<StatementDate>? {
        guard let created, (1990...currentYear).contains(created.year), let year = StatementDate(year: created.year)
        else { return nil }
        return Attributed(
            year,
            Provenance(
                basis: .inferred, rule: "review.file-created-year", confidence: 0.3, evidence: created.iso,
                reason:
                    "the text gives no date; its file was made on \(created.iso), so the statement is taken to be "
                    + "of that year (a file made later would make this wrong)"
            ))
    }

    /// A month and day near the top with no year: the year from the General Assembly session the text
    /// names, else from the file's creation date (on or after the day, within the year).
    private func yearless(created: StatementDate?) -> Attributed<StatementDate>? {
        let filled = doc.lines.filter { !$0.isBlank }
        // A PDF may run its heading into the opening words: the first line's start counts as a short line.
        let opening = filled.first.flatMap { l in DateFinder.monthDay(in: String(l.text.prefix(120))).map { (l, $0) } }
        let short =
            filled.prefix(12).lazy.filter({ $0.trimmed.count <= 120 })
            .compactMap({ l in DateFinder.monthDay(in: l.text).map { (l, $0) } }).first ?? opening
        // A story's opening sentence gives the day as often ("addressed the 77th session … today, September
        // 20"): there only the session can give the year.
        let lead = filled.prefix(30).lazy.filter({ $0.trimmed.count > 80 && ".。!！".contains($0.trimmed.last!) })
            .prefix(2)
            .compactMap({ l in DateFinder.monthDay(in: String(l.text.prefix(240))).map { (l, $0) } }).first
        guard let (line, md) = short ?? lead, let (month, day) = md.monthDay else { return nil }
        let range = doc.range(md.range, inLine: line)
        let head = filled.prefix(40).map(\.text).joined(separator: "\n")
        if let m = Self.session.firstMatch(in: head),
            let n = (1...4).lazy.compactMap({ m.group($0).flatMap { Int($0) } }).first, n >= 1
        {
            let year = 1945 + n + (month >= 9 ? 0 : 1)
            if let date = StatementDate(year: year, month: month, day: day) {
                return Attributed(
                    date,
                    doc.provenance(
                        .inferred, rule: "review.month-day+ga-session", confidence: 0.8, range: range,
                        reason:
                            "“\(md.text)” gives no year; the text names the General "
                            + "Assembly's \(n)th session, which runs from September \(1945 + n) "
                            + "to September \(1946 + n)"
                    ))
            }
        }
        if short != nil, let created, let year = Self.year(month: month, day: day, onOrBefore: created),
            let dated = StatementDate(year: year, month: month, day: day)
        {
            return Attributed(
                dated,
                doc.provenance(
                    .inferred, rule: "review.month-day+file-created", confidence: 0.6, range: range,
                    reason:
                        "“\(md.text)” gives no year; the file was made on \(created.iso), "
                        + "so the day is taken as the last \(md.text) before it"
                ))
        }
        return nil
    }
}
