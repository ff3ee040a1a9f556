import Foundation

/// A tab-separated table as R writes it: no quoting at all (a doubled apostrophe or a stray quote is just
/// text), `NA` for missing, an unnamed first column (row names), and, now and then, a newline inside a
/// field that splits a row, which is mended by joining lines until the row has the header's tab count.
struct DelimitedTable {
    let header: [String]
    let rows: [[String]]

    init(tsv text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let first = lines.first else { header = []; rows = []; return }
        let head = first.components(separatedBy: "\t").map { $0.trimmed }
        let tabs = head.count - 1
        var rows: [[String]] = []
        var pending: String?
        for line in lines.dropFirst() {
            let current = pending.map { $0 + " " + line } ?? line
            let count = current.reduce(0) { $0 + ($1 == "\t" ? 1 : 0) }
            if count < tabs { pending = current; continue }
            pending = nil
            rows.append(current.components(separatedBy: "\t"))
        }
        if let pending { rows.append(pending.components(separatedBy: "\t")) }
        header = head
        self.rows = rows
    }

    /// The index of the first column whose name is one of `names` (ignoring case).
    func column(_ names: String...) -> Int? {
        let lowered = header.map { $0.lowercased() }
        for name in names { if let i = lowered.firstIndex(of: name.lowercased()) { return i } }
        return nil
    }

    /// A cell, or nil when missing, empty or `NA`.
    static func value(_ row: [String], _ column: Int?) -> String? {
        guard let column, column < row.count else { return nil }
        let v = row[column].trimmed
        return v.isEmpty || v == "NA" ? nil : v
    }
}
