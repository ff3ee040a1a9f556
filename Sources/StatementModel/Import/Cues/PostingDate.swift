import Foundation

/// A web page's own date (its date line, its `published_time`) is when the page went up. For a news
/// report or a press release that is the item's date; for words that were given — a speech, a
/// transcript, an interview — it is only evidence of the day they were given: sites post a statement on
/// the day, the next, or a week later. Such a date is kept, marked inferred, with the reason.
struct PostingDate {
    /// Rules that read the date a saved web page gives its post (its date line under the site's menus and
    /// trail, its publication metadata). A plain text's date line under a statement's heading is the
    /// document's own date, and is not among them.
    static let pageDateRules: [String] = [
        "webpage.date-line", "html.meta-", "html.JSON-LD-", "html.time-element",
    ]
    /// Kinds whose date is the day the words were said, not the day they were posted. A page of no known
    /// kind may be one of them, so its page date is not stated as the statement's either.
    static let givenKinds: Set<String> = ["speech", "transcript", "interview"]

    /// The word for "yesterday" in the languages read, folded.
    var yesterdayWords: [String] = []

    func review(_ s: inout Statement) {
        guard let date = s.date, date.provenance.basis == .stated,
            Self.givenKinds.contains(s.kind?.value ?? "speech"),
            Self.pageDateRules.contains(where: { date.provenance.rule.hasPrefix($0) })
        else { return }
        var p = date.provenance
        p.basis = .inferred
        p.confidence = min(p.confidence, 0.9)
        p.reason =
            (p.reason.map { $0 + "; " } ?? "")
            + "the page's own date, when it was posted; a \(s.kind?.value ?? "statement") is often posted on the day "
            + "it was given, not always"
        s.date?.provenance = p
        if date.value.precision == .day, let word = yesterday(in: s.raw), let n = DayNumber.of(iso: date.value.firstDay)
        {
            let (y, m, d) = DayNumber.date(n - 1)
            guard let before = StatementDate(year: y, month: m, day: d) else { return }
            var q = p
            q.rule = "review.yesterday-before-page-date"
            q.confidence = 0.8
            q.reason =
                "the page, posted \(date.value.iso), says the words were given “\(word)”: the day before"
            s.date = Attributed(before, q)
        }
    }

    /// The first "yesterday" in the opening paragraphs (the lead before a speech's text), as a word.
    func yesterday(in text: String) -> String? {
        guard !yesterdayWords.isEmpty else { return nil }
        let lines: [Substring] = text.split(whereSeparator: { $0.isNewline })
        let lead = lines.prefix(40).filter { $0.count >= 60 }.prefix(2)
        for line in lead {
            let folded = KindLexicon.fold(String(line))
            for word in yesterdayWords where KindLexicon.contains(folded, word) { return word }
        }
        return nil
    }
}
