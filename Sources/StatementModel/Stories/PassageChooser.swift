import Foundation

/// The words a card shows, and how they were chosen: the presenter's own selection, or a paragraph the
/// chooser picked. A picked passage says so on the card; it is a choice made for the user, not a fact.
public struct CardPassage: Hashable, Sendable {
    public enum Rule: String, Hashable, Sendable {
        /// The words the user selected, exactly.
        case selected
        /// The paragraph with the most of the filter's themes, then the most mentions of them.
        case richestInActiveThemes
        /// No theme is filtered on (or none is in the text): the paragraph richest in the statement's own themes.
        case richestInOwnThemes
        /// No theme in the text at all: the first paragraph long enough to say something.
        case opening
    }

    public var text: String
    public var rule: Rule
    /// Index of the paragraph it comes from; nil for a selection.
    public var paragraph: Int?
    /// Themes mentioned in the passage, most mentioned first.
    public var themes: [String]
    /// Whether sentences were left out before or after it.
    public var trimmedStart: Bool
    public var trimmedEnd: Bool

    /// One line for the card: what the passage is and why it was chosen.
    public var explanation: String {
        switch rule {
        case .selected: return "Passage selected by the presenter"
        case .richestInActiveThemes, .richestInOwnThemes:
            return "Passage chosen by Rostrum: most mentions of \(themes.prefix(3).joined(separator: ", "))"
        case .opening: return "Passage chosen by Rostrum: the opening (no theme is mentioned)"
        }
    }

    /// The text as a card prints it, with an ellipsis where sentences were left out.
    public var displayText: String { (trimmedStart ? "… " : "") + text + (trimmedEnd ? " …" : "") }
}

/// Chooses the passage a presentation card shows for a statement.
public struct PassageChooser: Sendable {
    /// Longest passage, in characters, a card shows in large type; longer paragraphs are cut to the run of
    /// whole sentences with the most theme mentions.
    public var maxCharacters: Int

    public init(maxCharacters: Int = 420) { self.maxCharacters = maxCharacters }

    public func passage(for s: Statement, selection: String? = nil, activeThemes: Set<String> = []) -> CardPassage {
        if let selection {
            let words = selection.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !words.isEmpty {
                let themes = s.themes.filter { t in
                    t.spans.contains { span in
                        s.paragraphs.indices.contains(span.paragraph)
                            && words.contains(Self.slice(s.paragraphs[span.paragraph], span.start, span.end))
                    }
                }.map(\.theme)
                return CardPassage(
                    text: words, rule: .selected, paragraph: nil, themes: themes, trimmedStart: false, trimmedEnd: false
                )
            }
        }
        let active = s.themes.filter { activeThemes.contains($0.theme) }
        if let best = richest(s, themes: active) {
            return trimmed(s, paragraph: best, themes: active, rule: .richestInActiveThemes)
        }
        if let best = richest(s, themes: s.themes) {
            return trimmed(s, paragraph: best, themes: s.themes, rule: .richestInOwnThemes)
        }
        let opening =
            s.paragraphs.firstIndex { $0.split(separator: " ").count >= 20 }
            ?? s.paragraphs.indices.max { s.paragraphs[$0].count < s.paragraphs[$1].count }
        guard let opening else {
            return CardPassage(
                text: s.displayTitle, rule: .opening, paragraph: nil, themes: [], trimmedStart: false, trimmedEnd: false
            )
        }
        return trimmed(s, paragraph: opening, themes: [], rule: .opening)
    }

    /// The paragraph touching the most distinct themes, then with the most mentions; the earlier on a tie.
    private func richest(_ s: Statement, themes: [ThemeMatch]) -> Int? {
        var distinct = [Int: Set<String>]()
        var mentions = [Int: Int]()
        for t in themes {
            for span in t.spans where s.paragraphs.indices.contains(span.paragraph) {
                distinct[span.paragraph, default: []].insert(t.theme)
                mentions[span.paragraph, default: 0] += 1
            }
        }
        return distinct.keys.min { a, b in
            let ka = (distinct[a]!.count, mentions[a]!)
            let kb = (distinct[b]!.count, mentions[b]!)
            return ka != kb ? ka > kb : a < b
        }
    }

    /// The paragraph, or the run of its sentences that fits and holds the most theme mentions.
    private func trimmed(_ s: Statement, paragraph p: Int, themes: [ThemeMatch], rule: CardPassage.Rule) -> CardPassage
    {
        let text = s.paragraphs[p]
        let scalars = Array(text.unicodeScalars)
        let spans = themes.flatMap { t in t.spans.filter { $0.paragraph == p }.map { (t.theme, $0.start) } }
        func themesIn(_ range: Range<Int>) -> [String] {
            var counts: [String: Int] = [:]
            for (theme, start) in spans where range.contains(start) { counts[theme, default: 0] += 1 }
            return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        }
        if scalars.count <= maxCharacters {
            return CardPassage(
                text: text, rule: rule, paragraph: p, themes: themesIn(0..<scalars.count), trimmedStart: false,
                trimmedEnd: false)
        }
        let sentences = Self.sentenceRanges(scalars)
        var best: (range: Range<Int>, hits: Int)?
        for first in sentences.indices {
            var last = first
            while last + 1 < sentences.count,
                sentences[last + 1].upperBound - sentences[first].lowerBound <= maxCharacters
            { last += 1 }
            let range = sentences[first].lowerBound..<sentences[last].upperBound
            let hits = spans.filter { range.contains($0.1) }.count
            if best == nil || hits > best!.hits { best = (range, hits) }
        }
        var range = best!.range
        var cutEnd = range.upperBound < scalars.count
        if range.count > maxCharacters {
            // One sentence longer than a card holds: cut at a word near the limit, around the first mention.
            let anchor = spans.map(\.1).filter { range.contains($0) }.min() ?? range.lowerBound
            var start = max(range.lowerBound, min(anchor - maxCharacters / 4, range.upperBound - maxCharacters))
            while start > range.lowerBound, !scalars[start - 1].properties.isWhitespace { start -= 1 }
            var end = min(range.upperBound, start + maxCharacters)
            while end < range.upperBound, end > start + maxCharacters / 2, !scalars[end].properties.isWhitespace {
                end -= 1
            }
            range = start..<end
            cutEnd = end < scalars.count
        }
        let passage = String(String.UnicodeScalarView(scalars[range])).trimmingCharacters(in: .whitespaces)
        return CardPassage(
            text: passage, rule: rule, paragraph: p, themes: themesIn(range),
            trimmedStart: range.lowerBound > 0, trimmedEnd: cutEnd)
    }

    /// Sentence ranges in scalar offsets: a sentence ends at . ! ? (and closing quotes) before a space.
    static func sentenceRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "." || c == "!" || c == "?" {
                var end = i + 1
                while end < scalars.count, "\"'”’)".unicodeScalars.contains(scalars[end]) { end += 1 }
                if end == scalars.count || scalars[end].properties.isWhitespace {
                    ranges.append(start..<end)
                    start = end
                    while start < scalars.count, scalars[start].properties.isWhitespace { start += 1 }
                    i = start
                    continue
                }
            }
            i += 1
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }

    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start < end else { return "" }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
