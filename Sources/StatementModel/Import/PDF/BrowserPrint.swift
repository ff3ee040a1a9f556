import Foundation

/// A web page printed from a browser to PDF: the date and time of printing in a top corner ("8/17/22, 9:14
/// AM", "18/05/2021 14:37") and the page's address, then the page count ("1/3"), at the foot. The stamp says
/// when someone printed the page, which may be years after its words were said.
enum BrowserPrint {
    private static let stamp = Pattern(#"^\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?)?$"#)
    private static let pageCount = Pattern(#"^\d{1,3}/\d{1,3}$"#)

    static func isStamp(_ line: String) -> Bool { stamp.firstMatch(in: line) != nil }

    /// The last lines of a text: an address (no spaces, a dot and a slash), and perhaps the page count after it.
    static func isPrinted(_ lastLines: [String]) -> Bool {
        var lines = lastLines[...]
        if let last = lines.last, pageCount.firstMatch(in: last) != nil { lines = lines.dropLast() }
        guard let address = lines.last else { return false }
        return !address.contains(" ") && address.contains(".") && address.contains("/") && address.count >= 10
    }
}
