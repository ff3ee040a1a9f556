import Foundation

/// The situations and agenda items statements are filed under (`Resources/situations.tsv`): each with
/// the UN's agenda titles that belong to it, the names and words that mark it in six languages, and the
/// Security Council resolutions that concern it.
public struct SituationCatalog: Sendable {
    public struct Situation: Sendable {
        public var name: String
        /// `country` (a country or regional situation) or `thematic`.
        public var kind: String
        /// Folded, as every list here.
        var agendaTitles: [String]
        var aliases: [String]
        /// General words that count for less than a name ("humanitarian", "nuclear"): `~word` in the table.
        var weakAliases: [String]
        var resolutions: [String]
        public var isThematic: Bool { kind == "thematic" }
    }

    public let situations: [Situation]
    /// Framing words and pairs that sharpen what the names find.
    public var cues = SituationCues()
    /// What a library records it was filed with (`fingerprint(table:cues:)`): the tables and the finder's rules.
    public var fingerprint = ""

    public init(situations: [Situation], cues: SituationCues = SituationCues()) {
        self.situations = situations
        self.cues = cues
    }

    public static func parse(_ text: String, cues: SituationCues = SituationCues()) -> SituationCatalog {
        var out: [Situation] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 5, !f[0].isEmpty else { continue }
            func list(_ i: Int) -> [String] {
                f[i].split(separator: ";").map { KindLexicon.fold(String($0)).trimmed }.filter {
                    $0.hasPrefix("~") ? long(enough: String($0.dropFirst())) : long(enough: $0)
                }
            }
            let all = list(3)
            var aliases = all.filter { !$0.hasPrefix("~") }
            let weak = all.filter { $0.hasPrefix("~") }.map { String($0.dropFirst()).trimmed }
            // A country situation is found by its own name too ("Haiti"); a thematic one's name is often a
            // word used in passing ("Development"), so it counts only where the table lists it.
            let name = KindLexicon.fold(f[0].trimmed)
            if f[1].trimmed == "country", !name.contains(" and "), !aliases.contains(name) { aliases.append(name) }
            out.append(
                Situation(
                    name: f[0].trimmed, kind: f[1].trimmed, agendaTitles: list(2), aliases: aliases, weakAliases: weak,
                    resolutions: f[4].split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }))
        }
        return SituationCatalog(situations: out, cues: cues)
    }

    /// Three letters at least, so that an abbreviation of two ("UN", "G4") names nothing; but two characters of
    /// a script written without spaces are a word ("伊朗" Iran, "也门" Yemen, "북한" the DPRK).
    static func long(enough name: String) -> Bool {
        let trimmed = name.trimmed
        return trimmed.count >= 3 || trimmed.count == 2 && trimmed.utf16.allSatisfy(PhraseIndex.unspaced)
    }

    public func situation(named name: String) -> Situation? { situations.first { $0.name == name } }

    /// Sixteen hex digits that change when the table, the cues or the finder's rules do: a library filed with
    /// another fingerprint may be filed differently today.
    public static func fingerprint(table: String, cues: String) -> String {
        String(SHA256.hex(ofUTF8: "rules \(SituationFinder.rulesVersion)\n" + table + "\u{0}" + cues).prefix(16))
    }
}

/// One situation a statement is filed under, with how Rostrum came to file it there.
public struct SituationMatch: Codable, Hashable, Sendable {
    /// The rule of a filing made from a research corpus's own topic or agenda columns.
    public static let corpusTopicRule = "situation.corpus-topic"
    public var name: String
    public var provenance: Provenance
    public init(name: String, provenance: Provenance) {
        self.name = name
        self.provenance = provenance
    }
}
