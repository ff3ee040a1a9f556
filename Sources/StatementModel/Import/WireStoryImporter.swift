import Foundation

/// A news agency story: an optional headline, then a dateline such as "UNITED NATIONS, Nov. 3 (Xinhua) —"
/// (often with no year), then prose that names the speaker ("said Zhang Jun, China's permanent
/// representative ...") and the forum ("told a Security Council high-level debate on ...").
public struct WireStoryImporter: StatementImporter {
    public let family = "wire"
    public init() {}

    /// PLACE[, REGION], DATE (AGENCY) — | PLACE, DATE /AGENCY/ — . The date may lack a year or be absent.
    static let dateline = Pattern(
        #"^\s*([\p{Lu}][\p{Lu}\p{Lu} .'’\-]{1,40}(?:,\s*[\p{L} .]{2,30}?(?=\s*,))?)\s*,?\s*"#
            + #"(?:\b(\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+\p{L}{3,9}\.?(?:\s+\d{4})?)\s*)?"#
            + #"(?:\(([^)]{2,40})\)|/([^/]{2,20})/)\s*(?:[—–\-]{1,2}|:|\.)\s*"#
    )
    private static let agencies: [String: String] = [
        "xinhua": "Xinhua News Agency", "ap": "Associated Press", "afp": "Agence France-Presse", "reuters": "Reuters",
        "tass": "TASS", "itar-tass": "TASS", "ria novosti": "RIA Novosti", "cna": "CNA", "ani": "ANI", "pti": "PTI",
        "kyodo": "Kyodo News", "yonhap": "Yonhap", "anadolu": "Anadolu Agency", "dpa": "dpa", "efe": "EFE",
        "ansa": "ANSA",
        "un news": "UN News", "xinhuanet": "Xinhua News Agency", "chinadaily.com.cn": "China Daily", "cgtn": "CGTN",
    ]

    public func recognition(of document: SourceDocument) -> Double {
        let head = document.text.split(separator: "\n", omittingEmptySubsequences: true).prefix(4)
        return head.contains { Self.dateline.firstMatch(in: String($0)) != nil } ? 0.9 : 0
    }

    public func read(_ document: SourceDocument, reference: ReferenceData) -> Statement {
        let doc = AnnotatedText(document.text)
        let writer = CueWriter(doc: doc, reference: reference)
        var s = Statement(
            id: StatementID.forContent(document.text), source: StatementSource(path: document.path, family: family),
            raw: document.text, paragraphs: [])
        s.notes = document.notes
        let nonBlank = doc.lines.enumerated().filter { !$0.element.isBlank }
        guard
            let (lineIndex, line, m) = nonBlank.prefix(4).lazy.compactMap({ (i, l) in
                Self.dateline.firstMatch(in: l.text).map { (i, l, $0) }
            }).first
        else {
            return PlainTextImporter().read(document, reference: reference)
        }
        let agencyRaw = (m.group(3) ?? m.group(4) ?? "").trimmed
        s.source.publisher = Attributed(
            Self.agencies[agencyRaw.lowercased()] ?? agencyRaw,
            doc.provenance(
                .stated, rule: "wire.dateline.agency", confidence: 0.95,
                range: doc.range(m.groupRange(3) ?? m.groupRange(4)!, inLine: line)))
        s.kind = Attributed(
            "news report",
            doc.provenance(
                .inferred, rule: "wire.dateline", confidence: 0.9,
                range: doc.range(m.range, inLine: line), reason: "an agency dateline opens the text"))

        // A headline is whatever stands above the dateline.
        if let headline = nonBlank.first(where: { $0.offset < lineIndex }) {
            writer.setTitle(headline.element, rule: "wire.headline", basis: .stated, confidence: 0.9, to: &s)
        }

        // The body: the dateline line without its dateline, then every later line.
        let firstRest = (line.text as NSString).substring(from: m.range.upperBound)
        let bodyLines = [Substring(firstRest)] + doc.lines[(lineIndex + 1)...].map { Substring($0.text) }
        s.paragraphs = ParagraphSplitter.paragraphs(from: bodyLines)
        let bodyText = doc.ns.substring(from: line.range.location + m.range.upperBound)
        let bodyOffset = line.range.location + m.range.upperBound

        if s.title == nil, let lead = s.paragraphs.first {
            let sentence = lead.split(separator: ".", maxSplits: 1).first.map(String.init) ?? lead
            let leadRange = NSRange(location: bodyOffset, length: min(sentence.utf16.count, doc.ns.length - bodyOffset))
            s.title = Attributed(
                sentence.trimmed,
                doc.provenance(
                    .inferred, rule: "wire.lead-sentence", confidence: 0.5, range: leadRange,
                    reason: "the story has no headline, so its first sentence stands in for one"))
        }
        if let person = SpeakerCues.prose(bodyText, gazetteer: reference.gazetteer) {
            writer.applyPerson(person, offset: bodyOffset, confidence: 0.85, to: &s)
        }
        if let forum = ForumCues.find(in: bodyText) {
            writer.applyForum(
                forum, offset: bodyOffset, rulePrefix: "wire.prose", confidence: forum.tiedToSpeaker ? 0.85 : 0.6,
                to: &s)
        }
        readDate(m, line: line, bodyText: bodyText, bodyOffset: bodyOffset, doc: doc, reference: reference, into: &s)
        return s
    }

    private func readDate(
        _ m: PatternMatch, line: TextLine, bodyText: String, bodyOffset: Int, doc: AnnotatedText,
        reference: ReferenceData, into s: inout Statement
    ) {
        guard let dateRange = m.groupRange(2) else { return }
        let dateText = m.group(2)!
        let range = doc.range(dateRange, inLine: line)
        if let full = DateFinder.fullDates(in: dateText).first {
            if let date = full.date {
                s.date = Attributed(
                    date, doc.provenance(.stated, rule: "wire.dateline.date", confidence: 0.95, range: range))
            } else {
                s.notes.append("date not read: \(full.problem ?? dateText)")
            }
            return
        }
        guard let md = DateFinder.monthDay(in: dateText) else {
            s.notes.append("date not read: “\(dateText)” in the dateline")
            return
        }
        guard let (month, day) = md.monthDay else {
            s.notes.append("date not read: \(md.problem ?? dateText)")
            return
        }
        let weekdayMatch = YearInference.weekdayPattern.firstMatch(in: bodyText)
        let weekday = weekdayMatch.flatMap { w in
            Weekday.number(named: w.group(1)!).map { (name: w.group(1)!, number: $0) }
        }
        switch YearInference.infer(
            month: month, day: day, monthDayText: dateText, weekday: weekday, speaker: s.speaker?.value,
            envoys: reference.envoys, currentYear: reference.currentYear)
        {
        case .year(let year, let confidence, let reason):
            let date = StatementDate(year: year, month: month, day: day)!
            let rule = "wire.dateline" + (weekday != nil ? "+weekday" : "") + "+envoy-term"
            s.date = Attributed(
                date, doc.provenance(.inferred, rule: rule, confidence: confidence, range: range, reason: reason))
        case .ambiguous(_, let reason):
            s.notes.append("year not inferred: " + reason)
        }
    }
}
