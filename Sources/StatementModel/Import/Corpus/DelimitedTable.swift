import Foundation

/// A tab-separated table as R writes it: no quoting at all (a doubled apostrophe or a stray quote is just
/// text), `NA` for missing, an unnamed first column (row names), and, now and then, a newline inside a
/// field that splits a row, which is mended by joining lines until the row has the header's tab count.
///
/// Cells are slices of the text, not copies: a speaker table of 106,000 rows costs its own size, not
/// a string object per cell.
struct DelimitedTable {
    let header: [String]
    private let lines: ArraySlice<Substring>
    private let tabs: Int

    init(tsv text: String) {
        var lines = text.lineSlices  // a trailing "\r" is dropped where each line is read
        while lines.last.map({ $0.isEmpty || $0 == "\r" }) == true { lines.removeLast() }
        header =
            lines.first.map {
                Self.withoutCR($0).split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            } ?? []
        tabs = header.count - 1
        self.lines = lines.dropFirst()
    }

    /// Each row's cells in turn, without holding every row at once (a corpus table has 100,000).
    func forEachRow(_ body: ([Substring]) throws -> Void) rethrows {
        var pending: Substring?
        for raw in lines {
            let line = Self.withoutCR(raw)
            // A row split by a newline inside a field is joined back (a new string, for these rows only).
            let current = pending.map { Substring($0 + " " + line) } ?? line
            let count = current.utf8.reduce(0) { $0 + ($1 == 9 ? 1 : 0) }
            if count < tabs {
                pending = current
                continue
            }
            pending = nil
            try body(Self.cells(current))
        }
        if let pending { try body(Self.cells(pending)) }
    }

    /// A row's cells, split at its tab bytes: a tab is always a character of its own, so the cells are those
    /// `split(separator: "\t")` gives, without breaking the row into characters (which made reading a
    /// 106,000-row speaker table take three seconds at an import's start, one core idle).
    static func cells(_ line: Substring) -> [Substring] {
        var cells: [Substring] = []
        var start = line.startIndex
        var i = line.utf8.startIndex
        while i != line.utf8.endIndex {
            if line.utf8[i] == 0x09 {
                cells.append(line[start..<i])
                start = line.utf8.index(after: i)
            }
            i = line.utf8.index(after: i)
        }
        cells.append(line[start..<line.endIndex])
        return cells
    }

    /// Lines after the header: rows, or a little more where a newline split one.
    var rowCount: Int { lines.count }

    private static func withoutCR(_ line: Substring) -> Substring { line.utf8.last == 0x0D ? line.dropLast() : line }

    var rows: [[Substring]] {
        var all: [[Substring]] = []
        forEachRow { all.append($0) }
        return all
    }

    /// The index of the first column whose name is one of `names` (ignoring case).
    func column(_ names: String...) -> Int? {
        let lowered = header.map { $0.lowercased() }
        for name in names { if let i = lowered.firstIndex(of: name.lowercased()) { return i } }
        return nil
    }

    /// A cell, or nil when missing, empty or `NA`.
    static func value<S: StringProtocol>(_ row: [S], _ column: Int?) -> String? {
        guard let column, column < row.count else { return nil }
        let v = row[column].trimmed
        return v.isEmpty || v == "NA" ? nil : v
    }
}
