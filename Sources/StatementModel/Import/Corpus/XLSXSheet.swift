import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The first worksheet of an .xlsx workbook as rows of strings: shared strings resolved (rich-text runs
/// joined), numbers as written, empty cells as "".
struct XLSXSheet {
    let rows: [[String]]

    init(url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        func data(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            _ = try archive.extract(entry) { out.append($0) }
            return out
        }
        let shared = try data("xl/sharedStrings.xml").map { SharedStringsParser.parse($0) } ?? []
        guard let sheet = try data("xl/worksheets/sheet1.xml") else { throw XLSXError.noSheet(url.path) }
        rows = SheetParser.parse(sheet, shared: shared)
    }

    enum XLSXError: Error, CustomStringConvertible {
        case noSheet(String)
        var description: String {
            switch self {
            case .noSheet(let p): return "\(p): the workbook has no first sheet"
            }
        }
    }
}

private final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false

    static func parse(_ data: Data) -> [String] {
        let delegate = SharedStringsParser()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.parse()
        return delegate.strings
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "si" { current = "" }
        if name == "t" { inText = true }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "si" { strings.append(current) }
    }
}

private final class SheetParser: NSObject, XMLParserDelegate {
    private let shared: [String]
    private var rows: [[String]] = []
    private var row: [String] = []
    private var column = 0
    private var type = ""
    private var value = ""
    private var inValue = false

    init(shared: [String]) { self.shared = shared }

    static func parse(_ data: Data, shared: [String]) -> [[String]] {
        let delegate = SheetParser(shared: shared)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        parser.parse()
        return delegate.rows
    }

    /// "C12" → 2 (zero-based column).
    static func columnIndex(_ reference: String) -> Int {
        var n = 0
        for c in reference.unicodeScalars {
            guard c.value >= 65, c.value <= 90 else { break }
            n = n * 26 + Int(c.value - 64)
        }
        return max(n - 1, 0)
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "row": row = []
        case "c":
            column = attributes["r"].map(Self.columnIndex) ?? row.count
            type = attributes["t"] ?? ""
            value = ""
        case "v", "t": inValue = true
        default: break
        }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { if inValue { value += string } }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t": inValue = false
        case "c":
            while row.count < column { row.append("") }
            let text = type == "s" ? (Int(value).flatMap { $0 < shared.count ? shared[$0] : nil } ?? "") : value
            if row.count == column { row.append(text) } else { row[column] = text }
        case "row": rows.append(row)
        default: break
        }
    }
}
