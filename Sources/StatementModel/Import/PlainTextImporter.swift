import Foundation

/// Any text at all. It reads what general cues give (a title-shaped first line, a date line near the
/// top, a "Statement by ..." title) and leaves every other field empty rather than guess.
public struct PlainTextImporter: StatementImporter {
    public let family = "plain"
    public init() {}

    public func recognition(of document: SourceDocument) -> Double { 0.05 }

    public func read(_ document: SourceDocument, reference: ReferenceData) -> Statement {
        let doc = AnnotatedText(document.text)
        let writer = CueWriter(doc: doc, reference: reference)
        var s = Statement(
            id: StatementID.forContent(document.text), source: StatementSource(path: document.path, family: family),
            raw: document.text, paragraphs: [])
        s.notes = document.notes
        let nonBlank = doc.lines.enumerated().filter { !$0.element.isBlank }
        var skip = Set<Int>()
        let head = nonBlank.prefix(4)

        // A heading stands alone: a blank line or a date line follows it, never more of a sentence.
        if let (offset, line) = head.first.map({ ($0.offset, $0.element) }), Self.isTitleShaped(line.trimmed),
            offset + 1 >= doc.lines.count || doc.lines[offset + 1].isBlank
                || DateFinder.dateLine(doc.lines[offset + 1].text) != nil
        {
            writer.setTitle(line, rule: "plain.first-line", basis: .inferred, confidence: 0.6, to: &s)
            skip.insert(offset)
            if let cue = SpeakerCues.title(line.trimmed) {
                let leading = line.text.prefix { $0.isWhitespace }.utf16.count
                writer.applyTitle(
                    cue, titleRange: NSRange(location: line.range.location + leading, length: line.trimmed.utf16.count),
                    to: &s)
            }
        }
        // A browser's print stamp ("8/17/22, 9:14 AM" atop a page that ends with its address) dates the printing,
        // not the statement: it still closes the heading above it, but it is no date line.
        let printed = BrowserPrint.isPrinted(nonBlank.suffix(3).map(\.element.trimmed))
        if let (offset, line, finding) = head.lazy.filter({ !(printed && BrowserPrint.isStamp($0.element.trimmed)) })
            .compactMap({ e in DateFinder.dateLine(e.element.text).map { (e.offset, e.element, $0) } }).first
        {
            writer.applyDateLine(finding, line: line, rule: "plain.date-line", to: &s)
            skip.insert(offset)
        }
        s.paragraphs = ParagraphSplitter.paragraphs(
            from: doc.lines.enumerated().map { skip.contains($0.offset) ? "" : Substring($0.element.text) })
        return s
    }

    /// A heading rather than a sentence: several words, not too long, no closing punctuation.
    static func isTitleShaped(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count >= 3, line.count <= 250, let last = line.last else { return false }
        return !".,:;!?\"”-".contains(last)
    }
}
