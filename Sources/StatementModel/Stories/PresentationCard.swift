import Foundation

/// Everything one presentation card shows, worked out from a statement (no drawing here): the quote,
/// who said it where and when, the date marked when it was inferred, the themes as a legend.
public struct PresentationCard: Hashable, Sendable {
    public struct ThemeLabel: Hashable, Sendable {
        public var name: String
        public var colour: String
        /// One of the themes the filter is on: drawn first and stronger.
        public var active: Bool
    }

    public var statementID: StatementID
    public var passage: CardPassage
    public var speaker: String?
    public var role: String?
    public var country: String?
    /// "Security Council · open debate · S/PV.8946"
    public var venue: String?
    public var date: StatementDate?
    /// The date as a card prints it: "16 February 2022", or "≈ 3 November 2020 (inferred)".
    public var dateText: String
    public var dateInferred: Bool
    /// Why a date was inferred ("weekday and dateline: ...", 90%), shown under it; nil when stated.
    public var dateNote: String?
    /// Other fields that were inferred rather than stated ("Speaker inferred, 80%").
    public var inferredFields: [String]
    public var themes: [ThemeLabel]
    public var note: String
    public var citation: String
    /// False when the card's statement is no longer in the library: the card shows what it kept.
    public var available: Bool

    /// The card for a statement: `selection` is the user's chosen words, if any.
    public init(
        _ s: Statement, selection: String? = nil, note: String = "", activeThemes: Set<String> = [],
        catalog: ThemeCatalog, chooser: PassageChooser = PassageChooser()
    ) {
        statementID = s.id
        passage = chooser.passage(for: s, selection: selection, activeThemes: activeThemes)
        speaker = s.speaker?.value
        role = s.role?.value
        country = s.country?.value
        let venueParts = [s.forum?.value, s.meetingType?.value, s.meetingSymbol?.value].compactMap { $0 }
        venue = venueParts.isEmpty ? nil : venueParts.joined(separator: " · ")
        date = s.date?.value
        dateInferred = s.date?.provenance.isInferred ?? false
        if let d = s.date {
            let inferred = d.provenance.isInferred
            dateText = (inferred ? "≈ " : "") + DateText.long(d.value) + (inferred ? " (inferred)" : "")
            dateNote = inferred ? Self.why(d.provenance) : nil
        } else {
            dateText = "Undated"
            dateNote = nil
        }
        var fields: [String] = []
        for (label, p) in [
            ("Speaker", s.speaker?.provenance), ("Role", s.role?.provenance), ("Country", s.country?.provenance),
            ("Forum", s.forum?.provenance),
        ] {
            if let p, p.isInferred { fields.append("\(label) inferred, \(Int((p.confidence * 100).rounded()))%") }
        }
        inferredFields = fields
        // The statement's themes, those of the filter first, then by mentions.
        themes = s.themes.sorted { a, b in
            let (aa, ba) = (activeThemes.contains(a.theme), activeThemes.contains(b.theme))
            return aa != ba ? aa : (a.count != b.count ? a.count > b.count : a.theme < b.theme)
        }.map {
            ThemeLabel(
                name: $0.theme, colour: catalog.theme(named: $0.theme)?.colour ?? "#888888",
                active: activeThemes.contains($0.theme))
        }
        self.note = note
        citation = Citation.line(for: s)
        available = true
    }

    /// A story card whose statement has gone from the library: it shows its label and quote, and says so.
    public init(missing card: StoryCard) {
        statementID = card.statementID
        passage = CardPassage(
            text: card.quote ?? card.label, rule: card.quote == nil ? .opening : .selected, paragraph: nil, themes: [],
            trimmedStart: false, trimmedEnd: false)
        dateText = card.label
        dateInferred = false
        dateNote = "This statement is no longer in the library (removed or re-imported); the card keeps what it saved."
        inferredFields = []
        themes = []
        note = card.note
        citation = card.label + " (no longer in the library)."
        available = false
    }

    /// "Zhang Jun · Permanent Representative of China" as one line.
    public var byline: String {
        [speaker, role ?? country].compactMap { $0 }.joined(separator: " · ")
    }

    /// All of the card as text, for screen readers and for searching a deck.
    public var spokenText: String {
        [
            "“\(passage.displayText)”", passage.explanation, byline, venue, dateText, dateNote,
            note.isEmpty ? nil : "Note: \(note)",
            themes.isEmpty ? nil : "Themes: " + themes.map(\.name).joined(separator: ", "),
        ].compactMap { $0 }.joined(separator: ". ")
    }

    /// "Zhang Jun, 16 February 2022": how a story's card is labelled in lists.
    public static func label(for s: Statement) -> String {
        [
            s.speaker?.value ?? s.displayTitle,
            s.date.map { ($0.provenance.isInferred ? "≈ " : "") + DateText.long($0.value) },
        ]
        .compactMap { $0 }.joined(separator: ", ")
    }

    private static func why(_ p: Provenance) -> String {
        var text = "Date inferred (\(Int((p.confidence * 100).rounded()))%, \(p.rule))"
        if let reason = p.reason { text += ": " + reason }
        return text
    }
}

extension Story {
    /// The story's cards, in order, read from the library.
    public func presentationCards(from store: any StatementStore, catalog: ThemeCatalog) throws -> [PresentationCard] {
        try cards.map { card in
            guard let s = try store.statement(id: card.statementID) else { return PresentationCard(missing: card) }
            return PresentationCard(s, selection: card.quote, note: card.note, catalog: catalog)
        }
    }
}

/// Timeline bars for a handful of cards (a story): one per year or month, stacked by theme.
public enum CardTimeline {
    public static func bins(of cards: [PresentationCard], granularity: TimelineGranularity) -> [TimelineBin] {
        var bins: [String: TimelineBin] = [:]
        for card in cards {
            guard let d = card.date else { continue }
            // At the date's own precision when that is coarser: a year-only date is no January.
            let key = String(d.iso.prefix(granularity.prefixLength))
            var bin = bins[key] ?? TimelineBin(key: key, count: 0, inferred: 0, imprecise: 0, themes: [:])
            bin.count += 1
            if bin.isCoarser(than: granularity) { bin.imprecise += 1 }
            if card.dateInferred { bin.inferred += 1 }
            for t in card.themes.prefix(1) { bin.themes[t.name, default: 0] += 1 }
            bins[key] = bin
        }
        return bins.values.sorted { $0.key < $1.key }
    }
}
