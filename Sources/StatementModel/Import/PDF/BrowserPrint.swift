import Foundation

/// A web page printed from a browser to PDF: the date and time of printing in a top corner ("8/17/22, 9:14
/// AM", "18/05/2021 14:37") and the page's address, then the page count ("1/3"), at the foot. The stamp says
/// when someone printed the page, which may be years after its words were said.
enum BrowserPrint {
    private static let stamp = Pattern(#"^\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?$"#)
    private static let pageCount = Pattern(#"^\d{1,3}/\d{1,3}$"#)

    private static let stampBeside = Pattern(
        #"^(\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?)\s+(\S.*)$|"#
            + #"^(.*\S)\s+(\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?)$"#)

    static func isStamp(_ line: String) -> Bool { stamp.firstMatch(in: line) != nil }

    /// A web address alone on a line ("archive.example.gov/statements/2007/"): no spaces, a dot and a slash.
    static func isAddress(_ line: String) -> Bool {
        !line.contains(" ") && line.contains(".") && line.contains("/") && line.count >= 10
    }

    /// The last lines of a text: an address (a word or two, one with a dot and a slash: a long address wraps),
    /// and perhaps the page count after it.
    static func isPrinted(_ lastLines: [String]) -> Bool {
        var lines = lastLines[...]
        if let last = lines.last, pageCount.firstMatch(in: last) != nil { lines = lines.dropLast() }
        // The address's words: the last line's, and the line's before when the address wrapped onto two.
        var words = (lines.last ?? "").split(separator: " ")
        if words.count == 1, lines.count >= 2, !lines[lines.endIndex - 2].contains(" ") {
            words.insert(Substring(lines[lines.endIndex - 2]), at: 0)
        }
        return words.count <= 2 && words.joined().count >= 10 && words.contains { $0.contains(".") && $0.contains("/") }
    }

    /// A printed page's lines with the stamp on a line of its own (the title beside it in the corner is the
    /// page's title) and the address at the foot apart from the text above it.
    static func separated(_ lines: [String]) -> [String] {
        var out: [String] = []
        var opening = 0
        for line in lines {
            if !line.isEmpty { opening += 1 }
            // Blank lines around the stamp, so no paragraph runs into it.
            if opening <= 3, isStamp(line) {
                out += ["", line, ""]
            } else if opening <= 3, let m = stampBeside.firstMatch(in: line) {
                out += m.group(1) != nil ? ["", m.group(1)!, "", m.group(2)!] : [m.group(3)!, "", m.group(4)!, ""]
            } else {
                out.append(line)
            }
        }
        // The address (and the page count) run back from the foot as lines without spaces.
        let foot = out.lastIndex { !$0.isEmpty && $0.contains(" ") }.map { $0 + 1 } ?? out.count
        if foot > 0, foot < out.count { out.insert("", at: foot) }
        return out
    }
}
