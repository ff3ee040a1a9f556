import Foundation
import StatementModel
import Translations

/// A range of the text pane's body to colour: a theme phrase or a search hit.
package struct Highlight: Equatable {
    package enum Kind: Equatable {
        case theme(name: String, colour: String)
        case search
        /// A passage other statements repeat.
        case echo
        /// The occurrence a line of key words in context opened.
        case hit
    }
    package var start: Int
    package var end: Int
    package var kind: Kind
}

/// Everything the text pane shows for one statement, ready to display.
package struct StatementDetail: Equatable {
    package var id: StatementID
    package var title: String
    /// "16 February 2022 · Zhang Jun, Permanent Representative ... · Security Council, debate ·
    /// Permanent Mission ..."
    package var metaLine: String
    package var dateInferred: Bool
    /// For the timeline's marker (a day, or a band over a month or year).
    package var date: StatementDate?
    /// Why the date or other fields are inferred, one line each, for the pane's "inferred" note.
    package var inferenceNotes: [String]
    /// The fields inferred, for the pane's one-line summary ("Inferred: date, speaker"), details on demand.
    package var inferredFields: [String] = []
    /// The fields the user corrected ("Date", "Speaker", ...): theirs, never listed among the inferred.
    package var setByYou: [String]
    package var themes: [(name: String, colour: String, count: Int)]
    /// "Filed under Ukraine, Humanitarian affairs (inferred)", and why, for its tooltip.
    package var situationLine: String?
    package var situationReasons: String?
    /// The body as the text view holds it: paragraphs separated by blank lines.
    package var body: String
    package var highlights: [Highlight]
    /// Character offset where each paragraph starts in `body`.
    package var paragraphStarts: [Int]
    package var citation: String
    /// Other versions of this speech in the library ("Xinhua News Agency news report, 3 November 2020").
    package var versions: [(id: StatementID, label: String)] = []
    /// Passages of this statement said again in others, found after the statement is shown (see `setEchoes`).
    package var echoes: [EchoLine] = []
    /// Where the text pane scrolls to (a character offset in `body`): a line of key words in context opened,
    /// or the search hit being read.
    package var focus: Int?
    /// The search's hits in the body, in reading order: what Enter, Ctrl+G and F3 step through.
    package private(set) var searchHits: [Highlight] = []
    /// Which of `searchHits` is being read (the pane opens at the first).
    package private(set) var currentHit: Int?

    /// One echoed passage: what the pane says of it, and the statement a click opens (the first other one).
    package struct EchoLine: Equatable {
        package var label: String
        package var open: StatementID
    }

    package static func == (a: StatementDetail, b: StatementDetail) -> Bool {
        a.id == b.id && a.body == b.body && a.highlights == b.highlights && a.metaLine == b.metaLine
            && a.title == b.title && a.setByYou == b.setByYou && a.inferenceNotes == b.inferenceNotes
            && a.situationLine == b.situationLine && a.versions.map(\.id) == b.versions.map(\.id)
            && a.echoes == b.echoes && a.focus == b.focus && a.currentHit == b.currentHit
    }

    /// "3 of 17": where the reader is among the search's hits, for the pane's counter.
    package var hitLine: String? {
        currentHit.map { tr("{0} of {1}", $0 + 1, searchHits.count) }
    }

    /// Moves to the next (or, backwards, the previous) search hit, round from the last to the first, marks it
    /// as the one being read and scrolls to it.
    package mutating func stepHit(forward: Bool) {
        guard !searchHits.isEmpty else { return }
        let n = searchHits.count
        let next = currentHit.map { (($0 + (forward ? 1 : -1)) % n + n) % n } ?? (forward ? 0 : n - 1)
        showHit(next)
    }

    private mutating func showHit(_ index: Int) {
        currentHit = index
        let hit = searchHits[index]
        highlights.removeAll { $0.kind == .hit }
        highlights.append(Highlight(start: hit.start, end: hit.end, kind: .hit))
        focus = hit.start
    }

    /// Marks one occurrence (UTF-16 range of the stored text, as the concordance gives it) and scrolls to it.
    package mutating func mark(_ range: NSRange) {
        let offsets = Self.scalarOffsets(body)
        guard range.location >= 0, range.upperBound < offsets.count else { return }
        let start = offsets[range.location]
        let end = offsets[range.upperBound]
        highlights.removeAll { $0.kind == .hit }
        highlights.append(Highlight(start: start, end: end, kind: .hit))
        focus = start
        // Stepping goes on from the occurrence opened, not from the first hit.
        currentHit = searchHits.lastIndex { $0.start <= start }
    }

    /// Takes in the echoes found for this statement: a line for each passage and its place highlighted.
    package mutating func setEchoes(_ report: EchoFinder.Report) {
        let offsets = Self.scalarOffsets(body)
        echoes = []
        for cluster in report.clusters {
            let mine = cluster.occurrences.filter { $0.statement.id == id }
            guard let other = cluster.occurrences.first(where: { $0.statement.id != id }) else { continue }
            for o in mine where o.range.upperBound < offsets.count {
                highlights.append(
                    Highlight(start: offsets[o.range.location], end: offsets[o.range.upperBound], kind: .echo))
            }
            let label = Self.echoLabel(cluster, other: other, mine: mine.count)
            echoes.append(EchoLine(label: label, open: other.statement.id))
        }
    }

    /// "Also said in 3 statements, first by Vassily Nebenzia (Russian Federation), 12 March 2021:
    /// “the so-called…”"
    static func echoLabel(_ c: EchoFinder.Cluster, other: EchoFinder.Occurrence, mine: Int) -> String {
        let first = c.first.statement
        let who = StatementSummary.who(first.speaker, first.country)
        let when = first.date.map { DateText.long($0) } ?? tr("undated")
        let words = c.passage.split(whereSeparator: \.isWhitespace)
        let passage = words.prefix(12).joined(separator: " ") + (words.count > 12 ? "…" : "")
        let others = c.statements - (mine > 0 ? 1 : 0)
        return trn(
            "Echo: also in {0} other statement; first said by {1}, {2}: “{3}”",
            "Echo: also in {0} other statements; first said by {1}, {2}: “{3}”", others, others,
            who.isEmpty ? tr("an unknown speaker") : who, when, passage)
    }

    /// For each UTF-16 offset of `text`, the offset in Unicode scalars, as the text view counts.
    static func scalarOffsets(_ text: String) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf16.count + 1)
        var scalarIndex = 0
        for scalar in text.unicodeScalars {
            offsets.append(scalarIndex)
            if scalar.value > 0xFFFF { offsets.append(scalarIndex) }
            scalarIndex += 1
        }
        offsets.append(scalarIndex)
        return offsets
    }

    /// The labels of the fields whose provenance says the user set them, in the pane's order.
    static func fieldsSetByUser(_ s: Statement) -> [String] {
        let fields: [(String, Provenance?)] = [
            (tr("Title"), s.title?.provenance), (tr("Date"), s.date?.provenance),
            (tr("Speaker"), s.speaker?.provenance), (tr("Role"), s.role?.provenance),
            (tr("Country"), s.country?.provenance), (tr("Forum"), s.forum?.provenance),
            (tr("Meeting"), s.meetingType?.provenance), (tr("Symbol"), s.meetingSymbol?.provenance),
            (tr("Kind"), s.kind?.provenance),
        ]
        return fields.compactMap { label, p in p?.isSetByUser == true ? label : nil }
    }

    package init(_ s: Statement, themes catalog: ThemeCatalog, searchTerms: [SearchTerm]) {
        id = s.id
        title = s.displayTitle
        dateInferred = s.date?.provenance.isInferred ?? false
        date = s.date?.value
        var meta: [String] = []
        if let d = s.date {
            let long = DateText.long(d.value)
            meta.append(
                d.provenance.isSetByUser
                    ? tr("{0} (set by you)", long) : d.provenance.isInferred ? tr("{0} (inferred)", long) : long)
        } else {
            meta.append(tr("Undated"))
        }
        if let speaker = s.speaker?.value {
            meta.append([speaker, s.role?.value].compactMap { $0 }.joined(separator: ", "))
        }
        let venue = [s.forum?.value, s.meetingType?.value, s.meetingSymbol?.value].compactMap { $0 }.joined(
            separator: ", ")
        if !venue.isEmpty { meta.append(venue) }
        if let spoken = s.deliveryLanguage?.value { meta.append(tr("spoke in {0}", spoken)) }
        if let publisher = s.source.publisher?.value { meta.append(publisher) }
        metaLine = meta.joined(separator: " · ")
        var notes: [String] = []
        // Each field's label, and its name inside a sentence ("Inferred: date, speaker").
        for (label, name, field) in [
            (tr("Date"), tr("date"), s.date?.provenance), (tr("Speaker"), tr("speaker"), s.speaker?.provenance),
            (tr("Role"), tr("role"), s.role?.provenance), (tr("Country"), tr("country"), s.country?.provenance),
            (tr("Forum"), tr("forum"), s.forum?.provenance),
        ] {
            guard let p = field, p.isInferred else { continue }
            inferredFields.append(name)
            notes.append(
                tr("{0} inferred ({1}%, {2})", label, Int((p.confidence * 100).rounded()), p.rule)
                    + (p.reason.map { ": " + $0 } ?? ""))
        }
        inferenceNotes = notes
        setByYou = Self.fieldsSetByUser(s)
        let situations = s.situations ?? []
        situationLine =
            situations.isEmpty
            ? nil
            : tr("Filed under {0} (inferred)", situations.map(\.name).joined(separator: ", "))
        situationReasons =
            situations.isEmpty
            ? nil
            : situations.map { m in
                let sure = Int((m.provenance.confidence * 100).rounded())
                return "\(m.name): \(m.provenance.reason ?? m.provenance.rule) (\(sure)%)"
            }.joined(separator: "\n")
        self.themes = s.themes.map { t in
            (t.theme, catalog.theme(named: t.theme)?.colour ?? "#888888", t.count)
        }

        var starts: [Int] = []
        var offset = 0
        for p in s.paragraphs {
            starts.append(offset)
            offset += p.unicodeScalars.count + 2
        }
        paragraphStarts = starts
        body = s.body
        var marks: [Highlight] = []
        for t in s.themes {
            let colour = catalog.theme(named: t.theme)?.colour ?? "#888888"
            for span in t.spans where span.paragraph < starts.count {
                marks.append(
                    Highlight(
                        start: starts[span.paragraph] + span.start, end: starts[span.paragraph] + span.end,
                        kind: .theme(name: t.theme, colour: colour)))
            }
        }
        marks += SearchTerm.hits(of: searchTerms, in: body).map {
            Highlight(start: $0.start, end: $0.end, kind: .search)
        }
        highlights = marks.sorted { $0.start < $1.start }
        searchHits = highlights.filter { $0.kind == .search }
        citation = Citation.line(for: s)
        // Opened at its first hit, not at its top: the reader came for the words searched.
        if !searchHits.isEmpty { showHit(0) }
    }

    /// The quote as copied: the selected words, then where they come from.
    package func quote(_ selected: String) -> String {
        tr("“{0}”\n— {1}", selected.trimmingCharacters(in: .whitespacesAndNewlines), citation)
    }
}

/// One word or phrase of the search, for highlighting hits in the text.
package struct SearchTerm: Equatable {
    package var text: String
    package var prefix: Bool

    /// The words and phrases of an FTS query, without its operators and parentheses.
    package static func terms(of query: String?) -> [SearchTerm] {
        guard let query, !query.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        var terms: [SearchTerm] = []
        let parts = query.components(separatedBy: "\"")
        for (i, part) in parts.enumerated() {
            if i % 2 == 1 {
                if !part.isEmpty { terms.append(SearchTerm(text: part, prefix: false)) }
                continue
            }
            for word in part.split(whereSeparator: { $0.isWhitespace || $0 == "(" || $0 == ")" })
            where !["AND", "OR", "NOT"].contains(String(word)) {
                var w = String(word)
                let prefix = w.hasSuffix("*")
                if prefix { w.removeLast() }
                w = w.trimmingCharacters(in: .punctuationCharacters)
                if !w.isEmpty { terms.append(SearchTerm(text: w, prefix: prefix)) }
            }
        }
        return terms
    }

    /// Character ranges of the terms in `text`; a word matches its inflections ("sanction" finds "sanctions"),
    /// as the stemming search does.
    package static func hits(of terms: [SearchTerm], in text: String) -> [(start: Int, end: Int)] {
        guard !terms.isEmpty else { return [] }
        let ns = text as NSString
        let offsets = StatementDetail.scalarOffsets(text)  // utf16 → scalar
        var result: [(Int, Int)] = []
        for term in terms {
            let escaped = NSRegularExpression.escapedPattern(for: term.text).replacingOccurrences(
                of: "\\ ", with: "\\s+")
            guard
                let regex = try? NSRegularExpression(
                    pattern: "(?<![\\p{L}\\p{N}])" + escaped + "[\\p{L}\\p{N}]*", options: [.caseInsensitive])
            else { continue }
            for m in regex.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                result.append((offsets[m.range.location], offsets[m.range.location + m.range.length]))
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
