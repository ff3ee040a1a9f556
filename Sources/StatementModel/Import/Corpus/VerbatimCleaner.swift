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
        var out: [Substring] = []
        let starred = text.containsByte(0x2A)  // "*": most records have no emphasis at all
        for raw in text.lineSlices {
            var line = raw
            // Every furniture pattern and the paragraph number start with a digit, "A", "S" or "(" after
            // the indent: most lines are ruled out by that one scalar, without a regex.
            if Self.mayBeFurniture(line) {
                let whole = String(line)
                if pageFurniture.contains(where: { $0.firstMatch(in: whole) != nil }) { continue }
                if let m = paragraphNumber.firstMatch(in: whole) {
                    // A numbered paragraph starts a new one, even where the record has no blank line.
                    if out.last.map({ !$0.trimmed.isEmpty }) ?? false { out.append("") }
                    line = Substring((whole as NSString).substring(from: m.range.upperBound))
                }
            }
            if starred, line.containsByte(0x2A) {
                var l = String(line)
                l = bold.regex.stringByReplacingMatches(
                    in: l, range: NSRange(location: 0, length: (l as NSString).length), withTemplate: "$1")
                l = italic.regex.stringByReplacingMatches(
                    in: l, range: NSRange(location: 0, length: (l as NSString).length), withTemplate: "$1")
                line = Substring(l)
            }
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// Whether the line's first scalar after ASCII blanks could start furniture or a paragraph number.
    /// Anything outside ASCII counts as could (a Unicode space or digit, which the patterns' `\s` and
    /// `\d` accept), so the patterns still decide every line they could match.
    private static func mayBeFurniture(_ line: Substring) -> Bool {
        for byte in line.utf8 {
            switch byte {
            case 0x20, 0x09...0x0D: continue
            case 0x30...0x39, 0x41, 0x53, 0x28: return true  // a digit, "A", "S", "("
            default: return byte >= 0x80
            }
        }
        return false
    }
}
