import Foundation

/// One term of office from `Resources/envoys.tsv` or `Resources/leaders.tsv`.
public struct Envoy: Hashable, Sendable {
    /// Which table a term comes from. Heads of state and government and foreign ministers are named on far
    /// more pages than they speak on: a page naming one is weaker evidence of its speaker than an envoy.
    public enum Roster: Hashable, Sendable { case envoys, leaders }

    public var name: String
    public var post: String
    public var country: String
    public var start: StatementDate
    /// nil: still in office when the table was written; treated as running to the current year.
    public var end: StatementDate?
    public var aliases: [String]
    public var roster: Roster = .envoys

    public func covers(_ date: StatementDate, currentYear: Int) -> Bool {
        let last = end?.lastDay ?? "\(currentYear)-12-31"
        return date.lastDay >= start.firstDay && date.firstDay <= last
    }
}

/// Envoys' terms of office: who held which post when. Used to narrow an undated year and to fill a
/// speaker's role and country, always as inferred values.
public struct EnvoyTable: Sendable {
    public private(set) var envoys: [Envoy]
    /// Folded names and aliases to the envoys' positions, in table order: an import asks once a
    /// statement, and folding every name each time was most of the cost.
    private let positionsByKey: [String: [Int]]
    /// Every folded name and alias with the person's table name, longest first: for finding known
    /// people in a text ("Небензя", "张军", "Linda Thomas-Greenfield").
    public let spellings: [(folded: String, name: String)]
    /// The spellings indexed by first word, to find them all in one reading of a line.
    let spellingIndex: PhraseIndex
    /// The table names of people with no term outside the leaders table.
    public let leaderOnlyNames: Set<String>

    public init(envoys: [Envoy]) {
        self.envoys = envoys
        var byKey: [String: [Int]] = [:]
        var spellings: [String: String] = [:]
        for (i, envoy) in envoys.enumerated() {
            for key in Set(([envoy.name] + envoy.aliases).flatMap(EnvoyTable.arabicVariants).map(EnvoyTable.fold)) {
                byKey[key, default: []].append(i)
                if key.count >= 2 { spellings[key] = spellings[key] ?? envoy.name }
            }
        }
        positionsByKey = byKey
        let envoyNames = Set(envoys.filter { $0.roster == .envoys }.map(\.name))
        leaderOnlyNames = Set(envoys.map(\.name)).subtracting(envoyNames)
        // Longest first, by characters (counted once each: counting in the comparison was most of the cost).
        let sorted = spellings.map { ($0.key, $0.value, $0.key.count) }.sorted {
            $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0
        }
        self.spellings = sorted.map { (folded: $0.0, name: $0.1) }
        spellingIndex = PhraseIndex(sorted.map(\.0))
    }

    /// The envoys table and, beside it, the leaders table: a leader the envoys table already holds under
    /// another spelling ("Zelenskyy", "Zelensky") keeps the envoys table's name, the other as an alias, so
    /// one person is one speaker.
    public static func parse(envoys envoyText: String, leaders leaderText: String) -> EnvoyTable {
        let envoys = rows(envoyText)
        // Each envoy's folded spellings and name words, by country, folded once.
        var byCountry: [String: [(name: String, keys: Set<String>, words: [Substring])]] = [:]
        for e in envoys {
            let keys = Set(([e.name] + e.aliases).map(fold))
            byCountry[e.country, default: []].append((e.name, keys, fold(e.name).split(separator: " ")))
        }
        let merged = rows(leaderText).map { leader -> Envoy in
            var leader = leader
            leader.roster = .leaders
            let keys = Set(([leader.name] + leader.aliases).map(fold))
            let words = fold(leader.name).split(separator: " ")
            guard
                let same = byCountry[leader.country]?.first(where: {
                    !$0.keys.isDisjoint(with: keys) || sameNameButOneLetter($0.words, words)
                }), same.name != leader.name
            else { return leader }
            leader.aliases.append(leader.name)
            leader.name = same.name
            return leader
        }
        return EnvoyTable(envoys: envoys + merged)
    }

    /// The first names agree and the surnames differ by a letter at most ("Zelensky", "Zelenskyy").
    static func sameNameButOneLetter(_ a: [Substring], _ b: [Substring]) -> Bool {
        guard a.count >= 2, b.count >= 2, a.first == b.first, let la = a.last, let lb = b.last, la.count >= 4
        else { return false }
        return oneEditApart(Array(la), Array(lb))
    }

    /// Equal, or equal but for one letter added, dropped or changed.
    static func oneEditApart(_ a: [Character], _ b: [Character]) -> Bool {
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        let i = short.indices.first { short[$0] != long[$0] } ?? short.count
        // A letter dropped from the longer, or (same length) one letter changed.
        if short.count < long.count { return Array(long[(i + 1)...]) == Array(short[i...]) }
        return Array(short[(i + 1)...]) == Array(long[(i + 1)...])
    }

    /// Whether every term a name is known by comes from the leaders table.
    public func isLeaderOnly(_ name: String) -> Bool { leaderOnlyNames.contains(name) }

    public static func parse(_ text: String) -> EnvoyTable { EnvoyTable(envoys: rows(text)) }

    /// The terms a table's text lists, comments and short rows left out.
    static func rows(_ text: String) -> [Envoy] {
        var envoys: [Envoy] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            guard f.count >= 4, let start = StatementDate(iso: f[3]) else { continue }
            let end = f.count > 4 && !f[4].isEmpty ? StatementDate(iso: f[4]) : nil
            let aliases = f.count > 5 ? f[5].split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty } : []
            envoys.append(Envoy(name: f[0], post: f[1], country: f[2], start: start, end: end, aliases: aliases))
        }
        return envoys
    }

    /// Every term held by a person of this name (or alias), ignoring case and diacritics.
    public func terms(of name: String) -> [Envoy] {
        (positionsByKey[EnvoyTable.fold(name)] ?? []).map { envoys[$0] }
    }

    static func fold(_ s: String) -> String {
        // Egyptian and Sudanese print writes a final yaa without its dots ("المعلمى" for "المعلمي"): one
        // unit for one, so offsets hold.
        let folded = HanScript.simplified(s).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .squeezed
        // Only Arabic needs the search (a table of thousands of names is folded at every start).
        return folded.unicodeScalars.contains("\u{0649}")
            ? folded.replacingOccurrences(of: "\u{0649}", with: "\u{064A}") : folded
    }

    /// "عبدالله" is as often written "عبد الله": a name with one spelling is known in both.
    static func arabicVariants(_ name: String) -> [String] {
        guard name.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) else { return [name] }
        if name.contains("عبدال") {
            return [name, name.replacingOccurrences(of: "عبدال", with: "عبد ال")]
        }
        if name.contains("عبد ال") {
            return [name, name.replacingOccurrences(of: "عبد ال", with: "عبدال")]
        }
        return [name]
    }
}

/// A place or organisation Rostrum can recognise by name.
public struct Place: Hashable, Sendable {
    public var name: String
    public var kind: Mention.Kind
    public var aliases: [String]
    /// "Chinese", "Kazakh": how a text says "of this country" before a noun.
    public var adjectives: [String]
}

/// The places and organisations of `Resources/places.tsv`, with one combined pattern to find them all
/// in a single pass over a text.
public struct Gazetteer: Sendable {
    public let places: [Place]
    /// Every name and alias, and the place each stands for.
    private let forms: [(form: String, place: Int)]
    private let scanner: LiteralScanner

    public init(places: [Place]) {
        self.places = places
        var seen = Set<String>()
        var forms: [(String, Int)] = []
        for (i, p) in places.enumerated() {
            for form in [p.name] + p.aliases where seen.insert(form).inserted { forms.append((form, i)) }
        }
        self.forms = forms
        scanner = LiteralScanner(forms.map(\.0))
    }

    public static func parse(_ text: String) -> Gazetteer {
        var places: [Place] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            guard f.count >= 2, let kind = Mention.Kind(rawValue: f[1]) else { continue }
            func list(_ i: Int) -> [String] {
                f.count > i ? f[i].split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty } : []
            }
            places.append(Place(name: f[0], kind: kind, aliases: list(2), adjectives: list(3)))
        }
        return Gazetteer(places: places)
    }

    /// Places named in the paragraphs, most mentioned first.
    public func mentions(in paragraphs: [String]) -> [Mention] {
        var found: [Int: [BodySpan]] = [:]
        for (index, paragraph) in paragraphs.enumerated() {
            for m in scanner.matches(in: paragraph) {
                found[forms[m.literal].place, default: []].append(
                    BodySpan(paragraph: index, start: m.start, end: m.end))
            }
        }
        return found.map {
            Mention(name: places[$0.key].name, kind: places[$0.key].kind, count: $0.value.count, spans: $0.value)
        }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }

    /// Whether a text is an organisation's bare name or alias ("United Nations", "NATO").
    public func isOrganisationName(_ text: String) -> Bool {
        places.contains { $0.kind == .organisation && ($0.name == text || $0.aliases.contains(text)) }
    }

    /// Whether a text is a place's whole name or alias, of any kind: a country, a region ("Middle East"), a
    /// city, an organisation.
    public func isPlaceName(_ text: String) -> Bool {
        places.contains { $0.name == text || $0.aliases.contains(text) }
    }

    /// Whether a word is a country's name or alias ("China", "UK"), leaving out adjectives: "French" may be
    /// a surname.
    public func isCountryName(_ word: String) -> Bool {
        places.contains { $0.kind == .country && ($0.name == word || $0.aliases.contains(word)) }
    }

    /// The country a name, alias or adjective stands for: "China", "China's", "Chinese" all give China.
    public func country(for word: String) -> String? {
        let w = word.replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "'s", with: "").trimmed
        for p in places where p.kind == .country {
            if p.name == w || p.aliases.contains(w) || p.adjectives.contains(w) { return p.name }
        }
        return nil
    }
}

/// Everything importers consult besides the text itself.
public struct ReferenceData: Sendable {
    public var themes: ThemeCatalog
    public var envoys: EnvoyTable
    public var gazetteer: Gazetteer
    public var countries: CountryCodes
    /// Forums' names in the six UN languages (`forums.tsv`).
    public var forums = ForumLexicon(rows: [])
    /// Words that tell a text's kind (`kinds.tsv`).
    public var kinds = KindLexicon(phrases: [:])
    /// Lines that are never a statement's title or text (`furniture.tsv`), folded.
    public var furniture: [String] = []
    /// The links that end a teaser on a list page (`teasers.tsv`), folded.
    public var teaserLinks: [String] = []
    /// The headings over a list of links to other pages (`related-headings.tsv`), folded.
    public var relatedHeadings: Set<String> = []
    /// The word for "yesterday" in the languages read (`yesterday.tsv`), folded.
    public var yesterdayWords: [String] = []
    /// Publishers known by their web address.
    public var publishers = PublisherTable(byHost: [:])
    /// Situations and agenda items (`situations.tsv`).
    public var situations = SituationCatalog(situations: [])
    /// How headings name a national post without its holder (`national-posts.tsv`): folded words → the
    /// leaders table's post.
    public var nationalPosts: [(phrase: String, post: String)] = []
    /// The year "now" for open-ended terms; injected so tests do not depend on the clock.
    public var currentYear: Int

    public init(
        themes: ThemeCatalog, envoys: EnvoyTable, gazetteer: Gazetteer, countries: CountryCodes, currentYear: Int
    ) {
        self.themes = themes
        self.envoys = envoys
        self.gazetteer = gazetteer
        self.countries = countries
        self.currentYear = currentYear
    }

    /// One name for a country whatever a source calls it ("Turkey", "Türkiye"; "Czech Republic", "Czechia").
    /// Whether a line is page furniture: it is, or opens with, a delivery notice, a status line, a tool label.
    public func isFurnitureLine(_ line: String) -> Bool {
        let folded = KindLexicon.fold(line).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        // A phrase opens the line as a word ("By Minlu Zhang", not "Bygone ..."), and the line stays short.
        return !folded.isEmpty
            && furniture.contains { p in
                let opensWithIt = folded.hasPrefix(p) && !(folded.dropFirst(p.count).first?.isLetter ?? false)
                return folded == p || (opensWithIt && folded.count <= p.count + 60)
            }
    }

    public func countryName(_ written: String) -> String {
        let name = written.squeezed
        if countries.code(forName: name) != nil { return countries.canonicalName(name) }
        return gazetteer.country(for: name) ?? name
    }

    /// A table's first column, folded, comments and blank rows left out.
    private static func firstColumn(of table: String) -> [String] {
        table.split(separator: "\n").filter { !$0.hasPrefix("#") }
            .compactMap { $0.split(separator: "\t").first.map { KindLexicon.fold(String($0)).trimmed } }
            .filter { !$0.isEmpty }
    }

    /// Loads the shipped tables from a resources folder and the user's themes, when that file exists.
    public static func load(resources: URL, userThemes: URL?, currentYear: Int) throws -> ReferenceData {
        func read(_ name: String) throws -> String {
            let url = resources.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw RostrumError.missingResource(url.path)
            }
            return text
        }
        var catalog = ThemeCatalog(themes: try ThemeCatalog.parse(try read("themes.txt"), file: "themes.txt"))
        if let userThemes, FileManager.default.fileExists(atPath: userThemes.path) {
            let text = try String(contentsOf: userThemes, encoding: .utf8)
            catalog = catalog.merging(try ThemeCatalog.parse(text, file: userThemes.path))
        }
        var reference = ReferenceData(
            themes: catalog, envoys: EnvoyTable.parse(envoys: try read("envoys.tsv"), leaders: try read("leaders.tsv")),
            gazetteer: Gazetteer.parse(try read("places.tsv")),
            countries: CountryCodes.parse(try read("countries.tsv"), names: try read("country-names.tsv")),
            currentYear: currentYear)
        reference.forums = ForumLexicon.parse(try read("forums.tsv"))
        reference.forums.placing = ForumPlacing.parse(try read("forum-placing.tsv"))
        reference.forums.organs = ForumOrgans.parse(try read("forum-organs.tsv"))
        reference.kinds = KindLexicon.parse(try read("kinds.tsv"))
        let (situationTable, cueTable) = (try read("situations.tsv"), try read("situation-cues.tsv"))
        reference.situations = SituationCatalog.parse(situationTable, cues: SituationCues.parse(cueTable))
        reference.situations.fingerprint = SituationCatalog.fingerprint(table: situationTable, cues: cueTable)
        reference.nationalPosts = try read("national-posts.tsv").split(separator: "\n")
            .filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t").map(String.init) }
            .filter { $0.count >= 2 }.map { (phrase: KindLexicon.fold($0[0]), post: $0[1]) }
            // Longest first: "minister of foreign affairs" before a shorter phrase inside it.
            .sorted { $0.phrase.count > $1.phrase.count }
        reference.publishers = PublisherTable.parse(try read("publishers.tsv"))
        reference.furniture = try firstColumn(of: read("furniture.tsv"))
        reference.teaserLinks = try firstColumn(of: read("teasers.tsv"))
        reference.relatedHeadings = Set(try firstColumn(of: read("related-headings.tsv")))
        reference.yesterdayWords = try firstColumn(of: read("yesterday.tsv"))
        return reference
    }
}

/// Errors of Rostrum's own, each a sentence a user can act on.
public enum RostrumError: Error, CustomStringConvertible, Sendable {
    case missingResource(String)
    case invalidSearch(query: String, reason: String)
    case notFound(String)
    case ambiguousID(String, matches: Int)
    case invalidMapping(String)
    case invalidTable(file: String, reason: String)
    case storyNameTaken(String)
    case storyNotFound(String)
    case cardNotFound(Int)
    case invalidStoryName
    case cannotWrite(String)
    case invalidLabelledSet(String)
    /// The library's folder could not be made.
    case libraryFolder(path: String, reason: String)
    /// A value the user typed for a field that cannot be stored there (a date that is no date).
    case invalidCorrection(field: String, value: String, reason: String)

    public var description: String {
        switch self {
        case .missingResource(let path):
            return "a file Rostrum ships with is missing: \(path) (set ROSTRUM_RESOURCES to the Resources folder)"
        case .invalidSearch(let query, let reason):
            // A pasted page must not come back whole in the message: its start is enough to know it.
            let shown = query.count > 60 ? query.prefix(57) + "…" : query
            return "the search “\(shown)” cannot be run: \(reason)"
        case .notFound(let id): return "no statement has the id \(id)"
        case .ambiguousID(let id, let n): return "\(n) statements have ids starting with \(id); give more of the id"
        case .invalidMapping(let detail): return "a column mapping cannot be read: \(detail)"
        case .invalidTable(let file, let reason): return "\(file): \(reason)"
        case .storyNameTaken(let name): return "a story named “\(name)” already exists; choose another name"
        case .storyNotFound(let name): return "no story is named “\(name)” (see `rostrum-cli story list`)"
        case .cardNotFound(let n): return "the story has no card \(n) any more: its note was not saved"
        case .cannotWrite(let place): return "cannot write \(place)"
        case .invalidStoryName: return "a story needs a name with at least one letter or digit"
        case .invalidLabelledSet(let detail): return "a labelled set cannot be read: \(detail)"
        case .libraryFolder(let path, let reason): return "its folder \(path) cannot be made: \(reason)"
        case .invalidCorrection(let field, let value, let reason):
            return "the \(field) “\(value)” cannot be set: \(reason)"
        }
    }
}
