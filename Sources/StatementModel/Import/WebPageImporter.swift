import Foundation

/// A web page saved as text: site navigation and a breadcrumb, a title line, a date line, the speech,
/// then a footer ("Suggest to a friend", "Print", "Copyright ..."). Navigation and footer leave the body
/// but stay in `raw`.
public struct WebPageImporter: StatementImporter {
    public let family = "webpage"
    public init() {}

    static let footerStarts = [
        "suggest to a friend", "print", "close", "close window", "share", "share this", "back to top",
        "related news", "related articles", "related links", "follow us", "contact us", "subscribe",
        "copyright", "©", "all rights reserved", "email this", "e-mail this", "print this page",
        "top of page", "source:", "editor:", "[print]", "[close]", "【打印】", "【关闭】",
    ]
    private static let breadcrumb = Pattern(#"(?:\s(?:>|»|›|/)\s.*){2,}"#)
    private static let url = Pattern(#"https?://[^\s<>"]+"#)
    private static let mission = Pattern(#"Permanent Mission of (?:the\s+)?(.{2,60}?) to the (?:United Nations|UN)\b"#)

    public func recognition(of document: SourceDocument) -> Double {
        let lines = document.text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.trimmed }
        let head = lines.prefix(20)
        // A breadcrumb or a site footer is what makes a text a saved page; a title or a date line alone
        // is just as common in plain text, so they only add to a page's score.
        var score = 0.0
        if head.contains(where: { Self.isBreadcrumb($0) }) { score += 0.4 }
        if lines.suffix(15).contains(where: { Self.isFooter($0) }) { score += 0.25 }
        guard score > 0 else { return 0 }
        if head.contains(where: { DateFinder.dateLine($0) != nil }) { score += 0.25 }
        if head.contains(where: { SpeakerCues.titlePattern.firstMatch(in: $0) != nil }) { score += 0.15 }
        return min(score, 1)
    }

    static func isBreadcrumb(_ line: String) -> Bool {
        line.count < 300 && breadcrumb.firstMatch(in: " " + line) != nil
            && (line.contains(">") || line.contains("»") || line.contains("›"))
    }

    /// A trail of two steps ("News > News and events", "Αρχική > Άμυνα & Διπλωματία"): both short
    /// labels, as a trail's are. Too weak to tell a page's family by, but never a headline. A quoted headline
    /// ("« Assez », dit Guterres") has its marks unspaced and pairs them: it is none.
    static func isShortTrail(_ line: String) -> Bool {
        guard !line.contains("«"), !line.contains("„") else { return false }
        let steps = line.replacingOccurrences(of: " » ", with: " > ").replacingOccurrences(of: " › ", with: " > ")
            .components(separatedBy: " > ").map { $0.trimmed }
        return steps.count == 2
            && steps.allSatisfy { step in
                !step.isEmpty && step.split(separator: " ").count <= 4 && !step.contains(where: \.isNumber)
            }
    }

    static func isFooter(_ line: String) -> Bool {
        let l = line.lowercased()
        guard !l.isEmpty, l.count < 120 || l.hasPrefix("copyright") || l.hasPrefix("©") else { return false }
        return footerStarts.contains {
            l.hasPrefix($0) && (l.count == $0.count || !(l.dropFirst($0.count).first?.isLetter ?? false))
        }
    }

    /// A photo's credit ("© AFP", "© Autre presse par DR") under a picture in the article, not the page's
    /// copyright notice: running text goes on after it (two paragraphs of prose, which no footer holds).
    static func isCreditInText(_ line: String, before rest: ArraySlice<TextLine>) -> Bool {
        guard line.hasPrefix("©") || line.lowercased().hasPrefix("copyright") else { return false }
        return rest.lazy.filter { l in
            let t = l.trimmed
            return t.count >= 150 && [".", "!", "?", "»", "”", "\"", "。", ":"].contains { t.hasSuffix($0) }
        }.prefix(2).count == 2
    }

    public func read(_ document: SourceDocument, reference: ReferenceData) -> Statement {
        let doc = AnnotatedText(document.text)
        let writer = CueWriter(doc: doc, reference: reference)
        let lines = doc.lines
        var s = Statement(
            id: StatementID.forContent(document.text), source: StatementSource(path: document.path, family: family),
            raw: document.text, paragraphs: [])
        s.notes = document.notes

        // The footer starts at the first footer line after the header; everything after it is footer too.
        let headLimit = min(lines.count, 25)
        let dateIndex = lines.prefix(headLimit).firstIndex { DateFinder.dateLine($0.text) != nil }
        var titleIndex: Int?
        var titleCue: TitleCue?
        if let (line, cue) = writer.titleLine(in: lines.prefix(headLimit)) {
            titleIndex = lines.firstIndex { $0.range == line.range }
            titleCue = cue
        } else if let d = dateIndex {
            // No "Remarks by" title: the nearest real line above the date line is the title.
            titleIndex = lines[..<d].lastIndex {
                !$0.isBlank && !Self.isBreadcrumb($0.trimmed) && $0.trimmed.count > 15
            }
        }
        let headerEnd = max(titleIndex ?? -1, dateIndex ?? -1)
        let bodyStart = headerEnd + 1
        var footerIndex = lines.count
        if bodyStart < lines.count {
            footerIndex =
                lines.indices[bodyStart...].first { i in
                    Self.isFooter(lines[i].trimmed) && !Self.isCreditInText(lines[i].trimmed, before: lines[(i + 1)...])
                } ?? lines.count
        }

        if let t = titleIndex {
            // Only a line that calls itself a statement is stated as the title; the line above a date is a guess.
            writer.setTitle(
                lines[t], rule: titleCue != nil ? "webpage.title-line" : "webpage.line-above-date",
                basis: titleCue != nil ? .stated : .inferred,
                confidence: titleCue != nil ? 0.95 : 0.7, to: &s)
        }
        if let d = dateIndex, let finding = DateFinder.dateLine(lines[d].text) {
            writer.applyDateLine(finding, line: lines[d], rule: "webpage.date-line", to: &s)
        }
        if let cue = titleCue, let t = titleIndex {
            let leading = lines[t].text.prefix { $0.isWhitespace }.utf16.count
            writer.applyTitle(
                cue,
                titleRange: NSRange(location: lines[t].range.location + leading, length: lines[t].trimmed.utf16.count),
                to: &s)
        } else if let t = titleIndex, let forum = ForumCues.find(in: lines[t].text) {
            writer.applyForum(
                forum, offset: lines[t].range.location, rulePrefix: "title.venue", confidence: 0.8, to: &s)
        }

        s.paragraphs =
            bodyStart < footerIndex
            ? ParagraphSplitter.paragraphs(from: lines[bodyStart..<footerIndex].map { Substring($0.text) }) : []
        readPublisherAndURL(
            doc: doc, header: Array(lines.prefix(max(0, titleIndex ?? bodyStart))),
            footer: Array(lines[footerIndex...]), into: &s)
        if s.paragraphs.isEmpty { s.notes.append("no body text found between the page's header and footer") }
        return s
    }

    /// The publisher is named in the navigation, the breadcrumb or the footer, if anywhere.
    private func readPublisherAndURL(
        doc: AnnotatedText, header: [TextLine], footer: [TextLine], into s: inout Statement
    ) {
        for line in header + footer {
            if s.source.url == nil, let m = Self.url.firstMatch(in: line.text) {
                s.source.url = Attributed(
                    m.value,
                    doc.provenance(
                        .stated, rule: "webpage.url", confidence: 0.9, range: doc.range(m.range, inLine: line)))
            }
            if s.source.publisher == nil, let m = Self.mission.firstMatch(in: line.text) {
                s.source.publisher = Attributed(
                    m.value,
                    doc.provenance(
                        .stated, rule: "webpage.mission-name", confidence: 0.9, range: doc.range(m.range, inLine: line))
                )
            }
        }
        // "The Permanent Mission" in a breadcrumb without the country: the country comes from elsewhere.
        if s.source.publisher == nil,
            let line = header.first(where: { $0.text.range(of: "Permanent Mission", options: .caseInsensitive) != nil })
        {
            s.source.publisher = Attributed(
                "Permanent Mission",
                doc.provenance(
                    .inferred, rule: "webpage.breadcrumb-mission", confidence: 0.6,
                    range: doc.range(of: "Permanent Mission", after: line.range.location) ?? line.range,
                    reason: "the page's breadcrumb places it under a Permanent Mission's site"))
        }
    }
}
