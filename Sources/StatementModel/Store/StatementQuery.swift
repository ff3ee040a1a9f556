/// What the user has narrowed the library to. Values within one facet are alternatives (forum is
/// Security Council or General Assembly); facets combine (and). Themes combine with "and" too: a
/// statement must carry every chosen theme, which is what "click a theme to narrow" means. Situations
/// are alternatives, as forums are: Syria or Yemen.
public struct StatementFilter: Hashable, Sendable, Codable {
    public var situations: Set<String> = []
    public var forums: Set<String> = []
    public var themes: Set<String> = []
    public var speakers: Set<String> = []
    public var countries: Set<String> = []
    public var kinds: Set<String> = []
    /// First and last ISO day, inclusive; a statement counts when its date overlaps the range.
    public var from: String?
    public var to: String?
    /// A full-text query in FTS5 syntax (words, "phrases", AND, OR, NOT, prefix*).
    public var text: String?
    /// Only the statements with no date at all: those the timeline cannot show.
    public var undated = false
    /// Only the statements stored at or after this moment (ISO 8601, as `imported_at` keeps it): "just imported".
    public var importedSince: String?

    public init(
        forums: Set<String> = [], themes: Set<String> = [], speakers: Set<String> = [], countries: Set<String> = [],
        kinds: Set<String> = [], from: String? = nil, to: String? = nil, text: String? = nil,
        situations: Set<String> = []
    ) {
        self.situations = situations
        self.forums = forums
        self.themes = themes
        self.speakers = speakers
        self.countries = countries
        self.kinds = kinds
        self.from = from
        self.to = to
        self.text = text
    }

    public var isEmpty: Bool { self == StatementFilter() || self == StatementFilter(text: "") }

    /// Nothing chosen but themes (or nothing at all).
    public var isThemesOnly: Bool {
        StatementFilter(themes: themes) == self || StatementFilter(themes: themes, text: "") == self
    }

    public func values(of facet: Facet) -> Set<String> {
        switch facet {
        case .situation: return situations
        case .theme: return themes
        case .forum: return forums
        case .speaker: return speakers
        case .country: return countries
        case .kind: return kinds
        }
    }

    public mutating func setValues(_ values: Set<String>, of facet: Facet) {
        switch facet {
        case .situation: situations = values
        case .theme: themes = values
        case .forum: forums = values
        case .speaker: speakers = values
        case .country: countries = values
        case .kind: kinds = values
        }
    }

    /// Adds the value when absent, removes it when present: what a click in the filter sidebar does.
    public mutating func toggle(_ value: String, in facet: Facet) {
        var v = values(of: facet)
        if v.contains(value) { v.remove(value) } else { v.insert(value) }
        setValues(v, of: facet)
    }
}

/// The dimensions the filter sidebar offers.
public enum Facet: String, CaseIterable, Sendable, Codable {
    case situation, theme, forum, speaker, country, kind
    public var title: String {
        switch self {
        case .situation: return "Situations"
        case .theme: return "Themes"
        case .forum: return "Forums"
        case .speaker: return "Speakers"
        case .country: return "Countries"
        case .kind: return "Kinds"
        }
    }
}

public struct FacetCount: Hashable, Sendable {
    public var value: String
    public var count: Int
    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}

public enum TimelineGranularity: String, CaseIterable, Sendable {
    case day, month, year
    /// How many characters of an ISO day name a bin: 10, 7 or 4.
    var prefixLength: Int { self == .day ? 10 : self == .month ? 7 : 4 }
}

/// One bar of the timeline.
public struct TimelineBin: Hashable, Sendable {
    /// The ISO prefix the bin covers: `2020-11-03`, `2020-11` or `2020`.
    public var key: String
    public var count: Int
    /// Statements in the bin whose date was inferred: the timeline draws them apart.
    public var inferred: Int
    /// Statements dated less precisely than the bins around it: all of a coarse bin (see `isCoarser(than:)`),
    /// none of the others.
    public var imprecise: Int
    /// Statements per theme, for stacking by theme colour.
    public var themes: [String: Int]
    /// Statements per situation, for stacking by situation.
    public var situations: [String: Int]

    public init(
        key: String, count: Int, inferred: Int, imprecise: Int, themes: [String: Int],
        situations: [String: Int] = [:]
    ) {
        self.key = key
        self.count = count
        self.inferred = inferred
        self.imprecise = imprecise
        self.themes = themes
        self.situations = situations
    }

    /// A bin keyed at a date's own precision among finer bins ("2023" among months): its statements are known
    /// only to that year (or month), so the chart spreads them over all of it.
    public func isCoarser(than granularity: TimelineGranularity) -> Bool { key.count < granularity.prefixLength }
}

/// A statement as a list row shows it.
public struct StatementSummary: Hashable, Sendable {
    /// "Zhang Jun (China)", "Zhang Jun", "(China)", or "" when neither is known: how lists name who spoke.
    public static func who(_ speaker: String?, _ country: String?) -> String {
        [speaker, country.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
    }

    public var id: StatementID
    public var title: String
    public var date: StatementDate?
    public var dateInferred: Bool
    public var speaker: String?
    public var forum: String?
    public var country: String?
    public var kind: String?
    /// Words around the search's first hit in the text (see `StatementStore.snippets`), while a search is on.
    public var snippet: String?

    public init(
        id: StatementID, title: String, date: StatementDate?, dateInferred: Bool, speaker: String?, forum: String?,
        country: String?, kind: String?
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.dateInferred = dateInferred
        self.speaker = speaker
        self.forum = forum
        self.country = country
        self.kind = kind
    }
}

/// List order: by date either way, or best match first (only a search has one; without, oldest first).
public enum StatementSort: String, Sendable { case dateAscending, dateDescending, relevance }

/// Everything a screen shows after a change of filter, answered together.
public struct FilterSnapshot: Sendable {
    public var count: Int
    public var facets: [Facet: [FacetCount]]
    public var bins: [TimelineBin]
    public var ids: [StatementID]
}

/// What storing a batch did with each statement.
public enum InsertOutcome: Sendable, Equatable { case inserted, alreadyPresent }

/// What a file was when it was imported: an unchanged file need not be read again.
public struct FileFingerprint: Hashable, Sendable {
    public var path: String
    public var size: Int
    public var modified: Double
    public init(path: String, size: Int, modified: Double) {
        self.path = path
        self.size = size
        self.modified = modified
    }
}

/// A file whose statements a batch stores; `replacing` drops what the file gave before (it has changed).
public struct SourceUpdate: Sendable {
    public var fingerprint: FileFingerprint
    public var replacing: Bool
    public init(fingerprint: FileFingerprint, replacing: Bool) {
        self.fingerprint = fingerprint
        self.replacing = replacing
    }
}

/// Another statement in the library that is a version of this one: the same speech as a wire story
/// reported it and as the mission published it, say.
public struct StatementLink: Hashable, Sendable {
    public var other: StatementSummary
    /// How many eight-word runs the two texts share.
    public var sharedPassages: Int
    public var publisher: String?
}

/// A library's storage. SQLite is the embedded default; a shared server store can stand behind the same
/// protocol, so nothing above it knows which one it talks to. It covers stories too (`StoryStore`):
/// one protocol for everything a library keeps.
public protocol StatementStore: StoryStore, StatementTextReading, EchoIndexReading, StatementEditing {
    /// Stores a batch in one transaction: all of it lands, or none of it. Files in `sources` are recorded
    /// with their fingerprints; for a changed file, the statements it gave before and gives no longer go.
    func insert(_ statements: [EncodedStatement], sources: [SourceUpdate]) throws -> [InsertOutcome]
    /// The fingerprints (size and time at their last import) of those files that were imported before,
    /// by path: one question for a chunk of an import.
    func fingerprints(of paths: [String]) throws -> [String: FileFingerprint]
    func statement(id: StatementID) throws -> Statement?
    /// The one id that starts with `prefix`, so users can type a short id.
    func resolve(idPrefix: String) throws -> StatementID
    func count(_ filter: StatementFilter) throws -> Int
    func page(_ filter: StatementFilter, sort: StatementSort, offset: Int, limit: Int) throws -> [StatementSummary]
    /// Every matching id, in list order: what a list of 100,000 rows keeps, fetching rows as they show.
    func ids(_ filter: StatementFilter, sort: StatementSort) throws -> [StatementID]
    /// List rows for ids, in the order given.
    func summaries(_ ids: [StatementID]) throws -> [StatementSummary]
    /// The statements a search matches, best match first.
    func rankedIDs(matching search: String) throws -> [StatementID]
    /// For each statement that holds a hit of the search in its text, the words around the first one (the hit
    /// between `SQLiteStatementStore.snippetHitStart` and `snippetHitEnd`).
    func snippets(of ids: [StatementID], matching search: String) throws -> [StatementID: String]
    /// Count, every facet's counts, timeline bins and the ordered ids under a filter, in one go.
    func snapshot(
        _ filter: StatementFilter, granularity: TimelineGranularity, sort: StatementSort
    ) throws -> FilterSnapshot
    /// Counts per value of `facet` under the filter; for single-valued facets the facet's own selection
    /// is left out, so the other values stay visible and clickable.
    func facetCounts(_ facet: Facet, filter: StatementFilter) throws -> [FacetCount]
    func timeline(_ filter: StatementFilter, granularity: TimelineGranularity) throws -> [TimelineBin]
    func totalCount() throws -> Int
    /// Versions of the same speech found at import.
    func links(of id: StatementID) throws -> [StatementLink]
    /// Files statements stored before situations were found under them (see the SQLite store's method).
    func assignSituations(
        batchSize: Int, find: (Statement) -> [SituationMatch],
        progress: (_ done: Int, _ total: Int) -> Void
    ) throws -> Int
    /// Files every statement again with today's table (see the SQLite store's method).
    func refileSituations(
        batchSize: Int, fingerprint: String?, isCancelled: () -> Bool, find: (Statement) -> [SituationMatch],
        progress: (_ done: Int, _ total: Int) -> Void
    ) throws -> RefiledSituations
    /// The fingerprint of the situation table the library was filed with, nil when not known.
    func situationFiling() throws -> String?
    func recordSituationFiling(_ fingerprint: String) throws
    /// Builds and keeps whatever makes the next reader fast (the SQLite store's echo and facet indexes), after
    /// a write.
    func prepareForReading() throws
    /// Whether opening this store created the library (nothing was there before): only then may the
    /// default statements go in, never into a library another process has just made for an import.
    var createdLibrary: Bool { get }
    /// Gives back the memory its caches hold: after a large text is written, before the next is read.
    func releaseMemory()
    /// Runs `body`, whose reads of this store stop with `QueryAbandoned` once `isStale` says so.
    func abandoning<T>(when isStale: @escaping @Sendable () -> Bool, _ body: () throws -> T) throws -> T
}

extension StatementStore {
    /// Gives back the memory caches hold (after a write of a large text).
    public func releaseMemory() {}

    /// A store whose reads cannot be stopped part way checks only before it starts.
    public func abandoning<T>(when isStale: @escaping @Sendable () -> Bool, _ body: () throws -> T) throws -> T {
        if isStale() { throw QueryAbandoned() }
        return try body()
    }

    /// Stores statements not yet encoded (tests, small imports): see `insert(_:sources:)`.
    public func insert(_ statements: [Statement], sources: [SourceUpdate]) throws -> [InsertOutcome] {
        try insert(statements.map(EncodedStatement.init), sources: sources)
    }

    public func prepareForReading() throws {}
}
