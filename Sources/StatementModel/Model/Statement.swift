import Foundation

/// A statement's stable identity: derived from its text, so importing the same text twice finds the
/// same row instead of adding a second one.
public struct StatementID: Codable, Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (a: StatementID, b: StatementID) -> Bool { a.rawValue < b.rawValue }

    /// 16 hex digits of the SHA-256 of the text with whitespace runs collapsed, so a changed line ending
    /// or trailing blank does not make a different statement.
    public static func forContent(_ text: String) -> StatementID {
        let normalized = text.squeezed
        return StatementID(String(SHA256.hex(ofUTF8: normalized).prefix(16)))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
}

/// Where a statement was read from.
public struct StatementSource: Codable, Hashable, Sendable {
    /// The file it was imported from, when it came from one.
    public var path: String?
    /// The importer family that read it (`webpage`, `wire`, `plain`, ...).
    public var family: String
    public var url: Attributed<String>?
    /// Who published the text: a Permanent Mission, a news agency, the UN.
    public var publisher: Attributed<String>?
    public init(
        path: String? = nil, family: String, url: Attributed<String>? = nil, publisher: Attributed<String>? = nil
    ) {
        self.path = path
        self.family = family
        self.url = url
        self.publisher = publisher
    }

    /// Read from a published research corpus (one file a speech, with the corpus's tables), not gathered by
    /// hand: its importers' families end in "-corpus".
    public var isResearchCorpus: Bool { family.hasSuffix("-corpus") }
}

/// Where in the body a theme phrase or a name was found: paragraph index and scalar offsets within it.
public struct BodySpan: Codable, Hashable, Sendable {
    public var paragraph: Int
    public var start: Int
    public var end: Int
    public init(paragraph: Int, start: Int, end: Int) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
    }
}

/// One theme found in a statement: how often and where, so the text pane can highlight it.
public struct ThemeMatch: Codable, Hashable, Sendable {
    public var theme: String
    public var count: Int
    public var spans: [BodySpan]
    public init(theme: String, count: Int, spans: [BodySpan]) {
        self.theme = theme
        self.count = count
        self.spans = spans
    }
}

/// A place or organisation named in the body.
public struct Mention: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable { case country, organisation, region }
    public var name: String
    public var kind: Kind
    public var count: Int
    public var spans: [BodySpan]
    public init(name: String, kind: Kind, count: Int, spans: [BodySpan]) {
        self.name = name
        self.kind = kind
        self.count = count
        self.spans = spans
    }
}

/// One speech, remark or report about one, with everything Rostrum knows of it and how it knows it.
public struct Statement: Codable, Hashable, Sendable {
    public var id: StatementID
    public var title: Attributed<String>?
    public var date: Attributed<StatementDate>?
    public var speaker: Attributed<String>?
    /// The speaker's post, e.g. "Permanent Representative of China to the United Nations".
    public var role: Attributed<String>?
    /// The country or organisation the speaker represents.
    public var country: Attributed<String>?
    /// Security Council, General Assembly, Human Rights Council, ECOSOC, press conference, ...
    public var forum: Attributed<String>?
    /// Open debate, briefing, high-level debate, Arria-formula meeting, ...
    public var meetingType: Attributed<String>?
    /// The agenda item or topic of the meeting.
    public var agenda: Attributed<String>?
    /// The meeting's document symbol, e.g. `S/PV.7138` or `A/70/PV.21`.
    public var meetingSymbol: Attributed<String>?
    /// The language the speaker spoke in, when the record says ("(spoke in French)"); the text may be a
    /// translation, whose own language is `language`.
    public var deliveryLanguage: Attributed<String>?
    /// Speech, news report, press release, ...
    public var kind: Attributed<String>?
    public var source: StatementSource
    /// ISO 639-1 code of the text's language.
    public var language: Attributed<String>?
    /// The cleaned body: navigation, breadcrumbs, datelines and footers removed.
    public var paragraphs: [String]
    public var themes: [ThemeMatch]
    public var mentions: [Mention]
    /// The situations and agenda items it is about, each inferred (nil in libraries stored before
    /// Rostrum found them: the document then has no such key).
    public var situations: [SituationMatch]?
    /// The text exactly as decoded, navigation and footer included; provenance spans point into it.
    public var raw: String
    /// What the importer noticed and the user should know (an unreadable date, a converted encoding).
    public var notes: [String]

    public init(id: StatementID, source: StatementSource, raw: String, paragraphs: [String]) {
        self.id = id
        self.source = source
        self.raw = raw
        self.paragraphs = paragraphs
        themes = []
        mentions = []
        notes = []
    }

    public var body: String { paragraphs.joined(separator: "\n\n") }

    /// What a list shows when the source gave no title.
    public var displayTitle: String {
        if let t = title?.value, !t.isEmpty { return t }
        if let built = builtTitle { return built }
        if let first = paragraphs.first {
            let words = first.split(separator: " ").prefix(12).joined(separator: " ")
            return words.count < first.count ? words + "…" : words
        }
        return source.path.map { ($0 as NSString).lastPathComponent } ?? id.rawValue
    }
}

extension Statement {
    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// For a text without a headline, a title made of what is known rather than its first sentence:
    /// "Zhang Jun (China) — Security Council, 5 June 1992, S/PV.3001: Reports of the Secretary-General on
    /// the Sudan". Nil when fewer than two of speaker, forum and date are known.
    public var builtTitle: String? {
        let who = speaker.map { s in country.map { "\(s.value) (\($0.value))" } ?? s.value }
        let when = date.map { d -> String in
            guard let m = d.value.month else { return String(d.value.year) }
            let month = Self.months[m - 1]
            return d.value.day.map { "\($0) \(month) \(d.value.year)" } ?? "\(month) \(d.value.year)"
        }
        let place = [forum?.value, when, meetingSymbol?.value].compactMap { $0 }
        guard [who, forum?.value, when].compactMap({ $0 }).count >= 2 else { return nil }
        var title = [who, place.isEmpty ? nil : place.joined(separator: ", ")].compactMap { $0 }.joined(
            separator: " — ")
        if let agenda = agenda?.value, !agenda.isEmpty { title += ": " + agenda }
        return title
    }
}
