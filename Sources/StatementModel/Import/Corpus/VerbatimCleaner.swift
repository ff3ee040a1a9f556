import Foundation

/// Tidies text extracted from UN verbatim records: drops PDF page headers and footers
/// (`15-29701 15/28`, `A/70/PV.21 30/09/2015`), paragraph numbers (`64.<TAB>`), "(spoke in English)"
/// lines and Markdown emphasis, so that the paragraphs read as the speech did.
enum VerbatimCleaner {
    private static let pageFurniture: [Pattern] = [
        Pattern(#"^\s*\d{2}-\d{5}\s+\d{1,3}/\d{1,3}\s*$"#),
        Pattern(#"^\s*\d{1,3}/\d{1,3}\s+\d{2}-\d{5}\s*$"#),
        Pattern(#"^\s*[AS]/(?:\d+/)?PV\.\d+\s+\d{2}/\d{2}/\d{4}\s*$"#),
        Pattern(#"^\s*\d{2}/\d{2}/\d{4}\s+[AS]/(?:\d+/)?PV\.\d+\s*$"#),
        Pattern(#"^\s*\(\s*[Ss]poke in [A-Za-z]+\s*\)\s*$"#),
    ]
    private static let paragraphNumber = Pattern(#"^\s*\d{1,4}\.\t+"#)
    private static let bold = Pattern(#"\*\*([^*\n]+)\*\*"#)
    private static let italic = Pattern(#"(?<![\w*])\*([^*\n]+)\*(?![\w*])"#)

    static func clean(_ text: String) -> String {
        var out: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw)
            if pageFurniture.contains(where: { $0.firstMatch(in: line) != nil }) { continue }
            if let m = paragraphNumber.firstMatch(in: line) {
                // A numbered paragraph starts a new one, even where the record has no blank line.
                if out.last.map({ !$0.trimmed.isEmpty }) ?? false { out.append("") }
                line = (line as NSString).substring(from: m.range.upperBound)
            }
            if line.contains("*") {
                line = bold.regex.stringByReplacingMatches(in: line, range: NSRange(location: 0, length: (line as NSString).length), withTemplate: "$1")
                line = italic.regex.stringByReplacingMatches(in: line, range: NSRange(location: 0, length: (line as NSString).length), withTemplate: "$1")
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }
}
