import Foundation

/// Finds each theme's phrases and patterns in a body and reports counts and spans.
public struct ThemeMatcher: Sendable {
    private let compiled: [(name: String, pattern: Pattern)]

    public init(catalog: ThemeCatalog) {
        compiled = catalog.themes.map { theme in
            // Longest phrases first: the regex takes the first alternative that matches at a position,
            // so "COVID-19" must be tried before "COVID".
            let phrases = theme.phrases.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }
            var parts: [String] = []
            if !phrases.isEmpty { parts.append(#"(?<![\p{L}\p{N}])(?:"# + phrases.joined(separator: "|") + #")(?![\p{L}\p{N}])"#) }
            parts += theme.patterns.map { "(?:\($0))" }
            return (theme.name, Pattern(parts.joined(separator: "|"), caseInsensitive: true))
        }
    }

    /// Themes found in the paragraphs, most frequent first.
    public func matches(in paragraphs: [String]) -> [ThemeMatch] {
        var results: [ThemeMatch] = []
        for (name, pattern) in compiled {
            var spans: [BodySpan] = []
            for (index, paragraph) in paragraphs.enumerated() {
                let found = pattern.matches(in: paragraph).filter { $0.range.length > 0 }
                guard !found.isEmpty else { continue }
                let offsets = ScalarOffsets(paragraph)
                spans += found.map { let s = offsets.span($0.range); return BodySpan(paragraph: index, start: s.start, end: s.end) }
            }
            if !spans.isEmpty { results.append(ThemeMatch(theme: name, count: spans.count, spans: spans)) }
        }
        return results.sorted { $0.count != $1.count ? $0.count > $1.count : $0.theme < $1.theme }
    }
}
