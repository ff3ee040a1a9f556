/// ISO 3166-1 alpha-3 codes and the codes research corpora use (EU, CSK, DDR, YUG, YMD), with the years
/// a code meant another state (CHN before 1971: the Republic of China; RUS before 1992: the USSR).
public struct CountryCodes: Sendable {
    struct Entry: Sendable {
        var name: String
        var aliases: [String]
        var until: Int?
        var earlierName: String?
    }
    private let entries: [String: Entry]
    /// Lowercased names and aliases to codes: an import asks this once a statement. Where two codes
    /// share a name, the first in code order answers, so the answer does not depend on hashing.
    private let codesByName: [String: String]

    init(entries: [String: Entry]) {
        self.entries = entries
        var byName: [String: String] = [:]
        for code in entries.keys.sorted() {
            let e = entries[code]!
            for name in [e.name] + e.aliases where byName[name.lowercased()] == nil { byName[name.lowercased()] = code }
        }
        codesByName = byName
    }

    /// Codes that releases of the corpora write differently from ISO (the workbook's CZK for CSK, ...).
    static let variants = [
        "CZK": "CSK", "POR": "PRT", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "BUR": "MMR", "DRC": "COD",
    ]

    /// - Parameter names: `country-names.tsv`: the names in the other five UN languages (code, language,
    ///   names, source), Russian declined forms among them, read as more aliases of each code.
    public static func parse(_ text: String, names: String = "") -> CountryCodes {
        var entries: [String: Entry] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            guard f.count >= 2 else { continue }
            let aliases = f.count > 2 ? f[2].split(separator: ";").map { $0.trimmed } : []
            entries[f[0]] = Entry(
                name: f[1], aliases: aliases, until: f.count > 3 ? Int(f[3]) : nil,
                earlierName: f.count > 4 ? f[4] : nil)
        }
        for line in names.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            guard f.count >= 3, entries[f[0]] != nil else { continue }
            entries[f[0]]!.aliases += f[2].split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }
        }
        return CountryCodes(entries: entries)
    }

    public static func canonical(_ code: String) -> String {
        let upper = code.uppercased()
        return variants[upper] ?? upper
    }

    /// Current states' names (three-letter codes), sorted: for generated corpora.
    public var memberNames: [String] {
        entries.filter { $0.key.count == 3 && !Self.historical.contains($0.key) }.map(\.value.name).sorted()
    }

    /// Codes of states that no longer exist.
    static let historical: Set<String> = ["CSK", "DDR", "YUG", "YMD", "SUN", "SCG", "YAR", "ZAR"]

    /// The name a code stood for in a year.
    public func name(for code: String, year: Int? = nil) -> String? {
        guard let e = entries[Self.canonical(code)] else { return nil }
        if let year, let until = e.until, year <= until, let earlier = e.earlierName { return earlier }
        return e.name
    }

    /// The code of a name or alias ("Turkey" and "Türkiye" both give TUR).
    public func code(forName name: String) -> String? {
        codesByName[name.trimmed.lowercased()]
    }

    /// A country name as Rostrum shows it, whatever alias a source used.
    public func canonicalName(_ name: String) -> String {
        code(forName: name).flatMap { entries[$0]?.name } ?? name.trimmed
    }
}
