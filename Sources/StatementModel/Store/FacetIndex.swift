import Foundation
import GRDB

/// Every statement's facet values, dates and themes in memory, compactly (a few dozen bytes a statement),
/// so that counts per facet value, timeline bins and the first page under any filter are loops over
/// arrays instead of SQL joins over the whole library. Built from the database on first use and again
/// whenever the library's version changes (any writer, in any process, bumps it).
final class FacetIndex: @unchecked Sendable {  // never changed after it is built
    struct Entry {
        var rowid: Int64
        var values: (forum: Int32, speaker: Int32, country: Int32, kind: Int32)
        var first: Int32  // day number of the first day, or .min when undated
        var last: Int32
        var words: Int32  // for phrase trends' rates per 10,000 words
        var year: Int16, month: Int8, day: Int8
        var precision: UInt8  // 0 day, 1 month, 2 year
        var inferred: Bool
        var themes: UInt64
        var situations: UInt64
    }

    /// In date order (undated last), then id: list order is entry order, so no query sorts.
    private(set) var entries: [Entry] = []
    private(set) var ids: [StatementID] = []
    /// Where the undated entries begin.
    private var undatedStart = 0
    private var maxRowid: Int64 = 0
    private(set) var names: [Facet: [String]] = [:]
    private var codes: [Facet: [String: Int32]] = [:]
    private(set) var themeNames: [String] = []
    private var themeBits: [String: UInt64] = [:]
    private(set) var situationNames: [String] = []
    private var situationBits: [String: UInt64] = [:]
    let version: Int64

    /// Nil when the library has more themes or situations than the index can hold (64 each): the store
    /// then answers in SQL.
    init?(db: Database, version: Int64) throws {
        self.version = version
        let themes = try String.fetchAll(db, sql: "SELECT DISTINCT theme FROM statement_theme ORDER BY theme")
        let situations = try String.fetchAll(db, sql: "SELECT DISTINCT situation FROM statement_situation ORDER BY 1")
        guard themes.count <= 64, situations.count <= 64 else { return nil }
        themeNames = themes
        for (i, t) in themes.enumerated() { themeBits[t] = 1 << UInt64(i) }
        situationNames = situations
        for (i, t) in situations.enumerated() { situationBits[t] = 1 << UInt64(i) }
        for facet in [Facet.forum, .speaker, .country, .kind] {
            names[facet] = []
            codes[facet] = [:]
        }
        var positionOfID: [String: Int] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT rowid, forum, speaker, country, kind, date_first, date_last, date_precision, date_inferred, id,
                  COALESCE(words, 0)
                FROM statement ORDER BY date_first IS NULL, date_first, id
                """)
        while let row = try rows.next() {
            func code(_ facet: Facet, _ value: String?) -> Int32 {
                guard let value else { return -1 }
                if let c = codes[facet]![value] { return c }
                let c = Int32(names[facet]!.count)
                names[facet]!.append(value)
                codes[facet]![value] = c
                return c
            }
            let firstISO: String? = row[5]
            let first = firstISO.flatMap(DayNumber.of(iso:))
            let last = (row[6] as String?).flatMap(DayNumber.of(iso:))
            let ymd = first.map(DayNumber.date) ?? (0, 0, 0)
            let precision: String? = row[7]
            let rowid: Int64 = row[0]
            let id: String = row[9]
            positionOfID[id] = entries.count
            ids.append(StatementID(id))
            entries.append(
                Entry(
                    rowid: rowid,
                    values: (code(.forum, row[1]), code(.speaker, row[2]), code(.country, row[3]), code(.kind, row[4])),
                    first: first.map(Int32.init) ?? .min, last: last.map(Int32.init) ?? .min,
                    words: Int32(clamping: row[10] as Int64),
                    year: Int16(ymd.0), month: Int8(ymd.1), day: Int8(ymd.2),
                    precision: precision == "day" ? 0 : precision == "month" ? 1 : 2, inferred: row[8] ?? false,
                    themes: 0,
                    situations: 0))
        }
        // The theme table alone, matched to entries by id in memory: far cheaper than a join of every row.
        let themeRows = try Row.fetchCursor(db, sql: "SELECT statement_id, theme FROM statement_theme")
        while let row = try themeRows.next() {
            if let p = positionOfID[row[0] as String], let bit = themeBits[row[1] as String] {
                entries[p].themes |= bit
            }
        }
        var positionOfRow: [Int64: Int] = [:]
        positionOfRow.reserveCapacity(entries.count)
        for (p, e) in entries.enumerated() { positionOfRow[e.rowid] = p }
        let situationRows = try Row.fetchCursor(db, sql: "SELECT statement_rowid, situation FROM statement_situation")
        while let row = try situationRows.next() {
            if let p = positionOfRow[row[0] as Int64], let bit = situationBits[row[1] as String] {
                entries[p].situations |= bit
            }
        }
        derive()
    }

    /// An index read back from its cache (`FacetIndexCache`): the lookups are rebuilt from the names.
    init(version: Int64, entries: [Entry], ids: [StatementID], names named: [String: [String]]) {
        self.version = version
        self.entries = entries
        self.ids = ids
        themeNames = named["theme"] ?? []
        for (i, t) in themeNames.enumerated() { themeBits[t] = 1 << UInt64(i) }
        situationNames = named["situation"] ?? []
        for (i, t) in situationNames.enumerated() { situationBits[t] = 1 << UInt64(i) }
        for facet in [Facet.forum, .speaker, .country, .kind] {
            let list = named[facet.rawValue] ?? []
            names[facet] = list
            codes[facet] = Dictionary(list.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        }
        derive()
    }

    private func derive() {
        undatedStart = entries.firstIndex { $0.first == .min } ?? entries.count
        maxRowid = entries.map(\.rowid).max() ?? 0
    }

    /// A filter compiled to codes and masks; `rows` is the full-text match, when there is a query.
    struct Compiled {
        /// Per facet, a table indexed by value code: true where the value is chosen (nil: any value).
        var forum: [Bool]?, speaker: [Bool]?, country: [Bool]?, kind: [Bool]?
        var themes: UInt64
        /// Any of these situations, when `situationChosen` (a mask of 0 then matches nothing: the chosen
        /// situations are on no statement, yet the situation counts, which leave their own choice out, are not empty).
        var situations: UInt64
        var situationChosen: Bool
        var impossible: Bool
        var from: Int32?, to: Int32?
        var undatedOnly = false
        /// The full-text match as a table indexed by rowid: a load per statement, where a set costs a hash.
        var rows: [Bool]?

        func matches(_ e: Entry, ignoring facet: Facet? = nil) -> Bool {
            if impossible { return false }
            if facet != .forum, let t = forum, !Self.allows(t, e.values.forum) { return false }
            if facet != .speaker, let t = speaker, !Self.allows(t, e.values.speaker) { return false }
            if facet != .country, let t = country, !Self.allows(t, e.values.country) { return false }
            if facet != .kind, let t = kind, !Self.allows(t, e.values.kind) { return false }
            if e.themes & themes != themes { return false }
            if facet != .situation, situationChosen, e.situations & situations == 0 { return false }
            if undatedOnly && e.first != .min { return false }
            if from != nil || to != nil {
                guard e.first != .min else { return false }
                if let from, e.last < from { return false }
                if let to, e.first > to { return false }
            }
            if let rows, !(e.rowid >= 0 && Int(e.rowid) < rows.count && rows[Int(e.rowid)]) { return false }
            return true
        }

        @inline(__always) static func allows(_ table: [Bool], _ code: Int32) -> Bool {
            code >= 0 && Int(code) < table.count && table[Int(code)]
        }
    }

    func compile(_ filter: StatementFilter, textRows: Set<Int64>?) -> Compiled {
        var impossible = false
        func set(_ facet: Facet) -> [Bool]? {
            let chosen = filter.values(of: facet)
            guard !chosen.isEmpty else { return nil }
            var table = [Bool](repeating: false, count: names[facet]?.count ?? 0)
            for value in chosen { if let c = codes[facet]?[value] { table[Int(c)] = true } }
            return table
        }
        var mask: UInt64 = 0
        for theme in filter.themes { if let bit = themeBits[theme] { mask |= bit } else { impossible = true } }
        var anySituation: UInt64 = 0
        for name in filter.situations { anySituation |= situationBits[name] ?? 0 }
        var compiled = Compiled(
            forum: set(.forum), speaker: set(.speaker), country: set(.country), kind: set(.kind), themes: mask,
            situations: anySituation, situationChosen: !filter.situations.isEmpty, impossible: impossible,
            from: filter.from.flatMap(DayNumber.of(iso:)).map(Int32.init),
            to: filter.to.flatMap(DayNumber.of(iso:)).map(Int32.init),
            rows: textRows.map { matched in
                var table = [Bool](repeating: false, count: Int(maxRowid) + 1)
                for r in matched where r >= 0 && r <= maxRowid { table[Int(r)] = true }
                return table
            })
        compiled.undatedOnly = filter.undated
        return compiled
    }

    /// The words of the matching statements by period (a year, or a month where the date gives one) and, when
    /// asked, by a facet's value: what a phrase trend divides by, in one pass instead of a scan of every row.
    func wordTotals(_ c: Compiled, byMonth: Bool, split: Facet?)
        -> [(period: String?, value: String?, words: Int, statements: Int)]
    {
        struct Key: Hashable {
            var period: Int32  // year, or year * 100 + month; -1 when the statement has none at this scale
            var code: Int32
        }
        var sums: [Key: (words: Int, statements: Int)] = [:]
        for e in entries where c.matches(e) {
            let dated = e.first != .min
            let period: Int32 =
                !dated ? -1 : !byMonth ? Int32(e.year) : e.precision <= 1 ? Int32(e.year) * 100 + Int32(e.month) : -1
            let code: Int32
            switch split {
            case .speaker?: code = e.values.speaker
            case .country?: code = e.values.country
            case .forum?: code = e.values.forum
            case .kind?: code = e.values.kind
            default: code = -1
            }
            sums[Key(period: period, code: code), default: (0, 0)].words += Int(e.words)
            sums[Key(period: period, code: code), default: (0, 0)].statements += 1
        }
        let values = split.flatMap { names[$0] } ?? []
        return sums.map { key, sum in
            let period: String?
            if key.period < 0 {
                period = nil
            } else if byMonth {
                period = String(format: "%04d-%02d", key.period / 100, key.period % 100)
            } else {
                period = String(format: "%04d", key.period)
            }
            let value = key.code >= 0 && Int(key.code) < values.count ? values[Int(key.code)] : nil
            return (period, value, sum.words, sum.statements)
        }
    }

    /// The matching statements' row ids, in list order (oldest first, undated last, then by id).
    func rowids(_ c: Compiled) -> [Int64] { entries.compactMap { c.matches($0) ? $0.rowid : nil } }

    func count(_ c: Compiled) -> Int { entries.reduce(0) { $0 + (c.matches($1) ? 1 : 0) } }

    /// Count, every facet's counts, the timeline's bins and the matching positions, in one pass over the
    /// entries: each statement is tested once for the whole filter, and once more per facet it fails only
    /// on (a facet's own choice is left out of that facet's counts, so other values stay clickable).
    /// Entries are in date order, so bins close one after another and positions come out sorted.
    func snapshot(
        _ c: Compiled, granularity: TimelineGranularity?, positions wanted: Bool
    )
        -> (count: Int, facets: [Facet: [FacetCount]], bins: [TimelineBin], positions: [Int32])
    {
        var total = 0
        var forum = [Int](repeating: 0, count: names[.forum]?.count ?? 0)
        var speaker = [Int](repeating: 0, count: names[.speaker]?.count ?? 0)
        var country = [Int](repeating: 0, count: names[.country]?.count ?? 0)
        var kind = [Int](repeating: 0, count: names[.kind]?.count ?? 0)
        var themes = [Int](repeating: 0, count: themeNames.count)
        var situations = [Int](repeating: 0, count: situationNames.count)
        let anyChosen = c.forum != nil || c.speaker != nil || c.country != nil || c.kind != nil || c.situationChosen
        var positions: [Int32] = []
        var bins = BinBuilder(granularity: granularity, themeNames: themeNames, situationNames: situationNames)
        for (position, e) in entries.enumerated() {
            if c.matches(e) {
                total += 1
                if e.values.forum >= 0 { forum[Int(e.values.forum)] += 1 }
                if e.values.speaker >= 0 { speaker[Int(e.values.speaker)] += 1 }
                if e.values.country >= 0 { country[Int(e.values.country)] += 1 }
                if e.values.kind >= 0 { kind[Int(e.values.kind)] += 1 }
                var bits = e.themes
                while bits != 0 {
                    let i = bits.trailingZeroBitCount
                    themes[i] += 1
                    bits &= bits - 1
                }
                Self.tally(e.situations, into: &situations)
                if wanted { positions.append(Int32(position)) }
                if granularity != nil, e.first != .min { bins.add(e) }
            } else if anyChosen {
                if c.forum != nil, e.values.forum >= 0, c.matches(e, ignoring: .forum) {
                    forum[Int(e.values.forum)] += 1
                }
                if c.speaker != nil, e.values.speaker >= 0, c.matches(e, ignoring: .speaker) {
                    speaker[Int(e.values.speaker)] += 1
                }
                if c.country != nil, e.values.country >= 0, c.matches(e, ignoring: .country) {
                    country[Int(e.values.country)] += 1
                }
                if c.kind != nil, e.values.kind >= 0, c.matches(e, ignoring: .kind) { kind[Int(e.values.kind)] += 1 }
                if c.situationChosen, c.matches(e, ignoring: .situation) { Self.tally(e.situations, into: &situations) }
            }
        }
        func list(_ facet: Facet, _ counts: [Int]) -> [FacetCount] {
            counts.enumerated().filter { $0.element > 0 }.map {
                FacetCount(value: names[facet]![$0.offset], count: $0.element)
            }.sorted(by: Self.order)
        }
        let themeList = Self.counted(themes, themeNames)
        return (
            total,
            [
                .forum: list(.forum, forum), .speaker: list(.speaker, speaker), .country: list(.country, country),
                .kind: list(.kind, kind), .theme: themeList, .situation: Self.counted(situations, situationNames),
            ],
            bins.finish(), positions
        )
    }

    /// Adds one to the count of every bit set.
    @inline(__always) static func tally(_ bits: UInt64, into counts: inout [Int]) {
        var bits = bits
        while bits != 0 {
            let i = bits.trailingZeroBitCount
            counts[i] += 1
            bits &= bits - 1
        }
    }

    /// The values with a count, most first.
    static func counted(_ counts: [Int], _ names: [String]) -> [FacetCount] {
        counts.enumerated().filter { $0.element > 0 }.map { FacetCount(value: names[$0.offset], count: $0.element) }
            .sorted(by: order)
    }

    func facetCounts(_ facet: Facet, _ c: Compiled) -> [FacetCount] {
        var counts: [Int32: Int] = [:]
        if facet == .theme {
            var perBit = [Int](repeating: 0, count: themeNames.count)
            for e in entries where e.themes != 0 && c.matches(e) {
                var bits = e.themes
                while bits != 0 {
                    let i = bits.trailingZeroBitCount
                    perBit[i] += 1
                    bits &= bits - 1
                }
            }
            return perBit.enumerated().filter { $0.element > 0 }.map {
                FacetCount(value: themeNames[$0.offset], count: $0.element)
            }.sorted(by: Self.order)
        }
        if facet == .situation {
            var perBit = [Int](repeating: 0, count: situationNames.count)
            for e in entries where e.situations != 0 && c.matches(e, ignoring: .situation) {
                Self.tally(e.situations, into: &perBit)
            }
            return Self.counted(perBit, situationNames)
        }
        for e in entries where c.matches(e, ignoring: facet) {
            let v: Int32
            switch facet {
            case .forum: v = e.values.forum
            case .speaker: v = e.values.speaker
            case .country: v = e.values.country
            case .kind: v = e.values.kind
            case .theme, .situation: v = -1
            }
            if v >= 0 { counts[v, default: 0] += 1 }
        }
        return counts.map { FacetCount(value: names[facet]![Int($0.key)], count: $0.value) }.sorted(by: Self.order)
    }

    static func order(_ a: FacetCount, _ b: FacetCount) -> Bool {
        a.count != b.count ? a.count > b.count : a.value < b.value
    }

    func timeline(_ c: Compiled, granularity: TimelineGranularity) -> [TimelineBin] {
        snapshot(c, granularity: granularity, positions: false).bins
    }

    static func isoKey(_ e: Entry, _ g: TimelineGranularity) -> String {
        switch g {
        case .year: return String(format: "%04d", Int(e.year))
        case .month: return String(format: "%04d-%02d", Int(e.year), Int(e.month))
        case .day: return String(format: "%04d-%02d-%02d", Int(e.year), Int(e.month), Int(e.day))
        }
    }

    /// Statement ids of every match, in list order.
    func ids(_ c: Compiled, sort: StatementSort) -> [StatementID] {
        ids(ofPositions: order(entries.indices.filter { c.matches(entries[$0]) }.map { Int32($0) }, sort))
    }

    func ids(ofPositions positions: [Int32]) -> [StatementID] { positions.map { ids[Int($0)] } }

    /// Statement ids of one page, in date order (undated last either way).
    func page(_ c: Compiled, sort: StatementSort, offset: Int, limit: Int) -> [StatementID] {
        if sort == .dateAscending {
            // Entries are in list order: stop at the end of the page.
            var out: [StatementID] = []
            var skipped = 0
            for (p, e) in entries.enumerated() where c.matches(e) {
                if skipped < offset {
                    skipped += 1
                    continue
                }
                out.append(ids[p])
                if out.count >= limit { break }
            }
            return out
        }
        let all = ids(c, sort: sort)
        guard offset < all.count else { return [] }
        return Array(all[offset..<min(offset + limit, all.count)])
    }

    /// Matching positions (ascending, as entries are kept) in list order: newest first keeps the undated
    /// last and ties in id order, as the SQL query does.
    func order(_ ascending: [Int32], _ sort: StatementSort) -> [Int32] {
        guard sort == .dateDescending else { return ascending }
        let split = ascending.firstIndex { Int($0) >= undatedStart } ?? ascending.count
        var result: [Int32] = []
        result.reserveCapacity(ascending.count)
        var i = split - 1
        while i >= 0 {
            var j = i
            while j > 0 && entries[Int(ascending[j - 1])].first == entries[Int(ascending[i])].first { j -= 1 }
            result += ascending[j...i]
            i = j - 1
        }
        return result + ascending[split...]
    }
}
