import Foundation

/// A decoded file (or any text) waiting to be read as a statement.
public struct SourceDocument: Sendable {
    public var path: String?
    public var text: String
    /// Notes from decoding, carried into the statement.
    public var notes: [String]
    /// When the file says it was made (a PDF's creation date): weak evidence, for narrowing a year only.
    public var created: StatementDate?
    /// Set when the text's first line is the headline its source marks as such (an HTML page's `h1`).
    public var headlineFirst = false
    /// The site's own name from the page's metadata (an HTML page's `og:site_name`): the publisher, stated,
    /// known before the fields are read so a mission's page speaks for its country.
    public var siteName: String?
    /// The last part of the page's `<title>` when it reads as the site's name ("Headline - Site"): inferred.
    public var titleSiteName: String?
    public init(path: String?, text: String, notes: [String] = []) {
        self.path = path
        self.text = text
        self.notes = notes
    }
}

/// One line of a document and where it sits in the whole text (UTF-16 range, for NSString work).
struct TextLine {
    let text: String
    let range: NSRange
    var trimmed: String { text.trimmed }
    var isBlank: Bool { trimmed.isEmpty }
}

/// A document's text with the helpers every importer needs: lines, and provenance for a range.
struct AnnotatedText {
    let text: String
    let ns: NSString
    let lines: [TextLine]
    private let offsets: ScalarOffsets

    init(_ text: String) {
        self.text = text
        ns = text as NSString
        offsets = ScalarOffsets(text)
        var lines: [TextLine] = []
        var start = 0
        let length = ns.length
        while start <= length {
            let nl = ns.range(of: "\n", range: NSRange(location: start, length: length - start))
            let end = nl.location == NSNotFound ? length : nl.location
            let r = NSRange(location: start, length: end - start)
            lines.append(TextLine(text: ns.substring(with: r), range: r))
            if nl.location == NSNotFound { break }
            start = end + 1
        }
        self.lines = lines
    }

    func provenance(
        _ basis: Provenance.Basis, rule: String, confidence: Double, range: NSRange?, reason: String? = nil
    ) -> Provenance {
        Provenance(
            basis: basis, rule: rule, confidence: confidence, span: range.map { offsets.span($0) },
            evidence: range.map { ns.substring(with: $0).trimmed }, reason: reason)
    }

    /// The range of `inner` within the line's range, when a match was made on the line alone.
    func range(_ inner: NSRange, inLine line: TextLine) -> NSRange {
        NSRange(location: line.range.location + inner.location, length: inner.length)
    }

    func range(of text: String, after location: Int = 0) -> NSRange? {
        let r = ns.range(of: text, range: NSRange(location: location, length: ns.length - location))
        return r.location == NSNotFound ? nil : r
    }
}
