import Foundation

/// Finds each theme's phrases and patterns in a body and reports counts and spans.
public struct ThemeMatcher: Sendable {
    private let compiled: [(name: String, pattern: Pattern)]
    /// Per theme, words one of which (as a prefix) must be in a paragraph for the theme to match there;
    /// nil when a pattern gives no such word. Checking them is far cheaper than running the regex.
    private let anchors: [[String]?]

    public init(catalog: ThemeCatalog) {
        anchors = catalog.themes.map { theme in
            var words = theme.phrases.compactMap { ThemeMatcher.longestWord($0.lowercased()) }
            for pattern in theme.patterns {
                guard let literal = ThemeMatcher.requiredLiteral(pattern), let word = ThemeMatcher.longestWord(literal) else { return nil }
                words.append(word)
            }
            return words
        }
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
        let words = paragraphs.map(ThemeMatcher.sortedWords)
        for (themeIndex, (name, pattern)) in compiled.enumerated() {
            var spans: [BodySpan] = []
            for (index, paragraph) in paragraphs.enumerated() {
                if let anchors = anchors[themeIndex], !anchors.contains(where: { ThemeMatcher.hasPrefix(words[index], $0) }) { continue }
                let found = pattern.matches(in: paragraph).filter { $0.range.length > 0 }
                guard !found.isEmpty else { continue }
                let offsets = ScalarOffsets(paragraph)
                spans += found.map { let s = offsets.span($0.range); return BodySpan(paragraph: index, start: s.start, end: s.end) }
            }
            if !spans.isEmpty { results.append(ThemeMatch(theme: name, count: spans.count, spans: spans)) }
        }
        return results.sorted { $0.count != $1.count ? $0.count > $1.count : $0.theme < $1.theme }
    }

    // MARK: - Prefilter

    /// The paragraph's distinct lowercased words, sorted, for prefix look-ups.
    static func sortedWords(_ text: String) -> [String] {
        // Scalars with an ASCII fast path: letters lowercased in place; other scripts' letters and digits
        // kept (lowercased), any other sign — curly quotes included — ends a word.
        var words = Set<String>()
        var current = String.UnicodeScalarView()
        func flush() { if !current.isEmpty { words.insert(String(current)); current.removeAll(keepingCapacity: true) } }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 128 {
                switch v {
                case 65...90: current.append(Unicode.Scalar(v + 32)!)
                case 97...122, 48...57: current.append(scalar)
                default: flush()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return words.sorted()
    }

    /// Whether some word in the sorted list starts with `prefix`.
    static func hasPrefix(_ sorted: [String], _ prefix: String) -> Bool {
        var low = 0, high = sorted.count
        while low < high { let mid = (low + high) / 2; if sorted[mid] < prefix { low = mid + 1 } else { high = mid } }
        return low < sorted.count && sorted[low].hasPrefix(prefix)
    }

    /// The longest word of a literal: the text must hold it (as a word's start) for the literal to match.
    static func longestWord(_ text: String) -> String? {
        sortedWords(text).max { $0.count < $1.count }
    }

    /// The longest run of plain letters a regular expression cannot match without (outside groups and
    /// classes, not made optional), or nil when it has none or a top-level alternative.
    static func requiredLiteral(_ pattern: String) -> String? {
        var best = "", run = ""
        var anchored = true  // whether the current run starts at a word boundary
        var depth = 0, inClass = false, escaped = false
        let chars = Array(pattern.replacingOccurrences(of: "\\b", with: " "))
        func close() {
            var words = run.split(separator: " ").map(String.init)
            // A run that does not start at a word boundary may start mid-word: its first word cannot anchor.
            if !anchored, !run.hasPrefix(" "), !words.isEmpty { words.removeFirst() }
            let t = words.joined(separator: " ")
            if t.count > best.count { best = t }
            run = ""
        }
        for (i, c) in chars.enumerated() {
            if escaped { escaped = false; close(); continue }
            if c == "\\" { escaped = true; continue }
            if inClass { if c == "]" { inClass = false }; continue }
            switch c {
            case "[": close(); inClass = true
            case "(": close(); depth += 1
            case ")": close(); depth -= 1
            case "|": if depth == 0 { return nil }; close()
            case "?", "*", "{": if !run.isEmpty { run.removeLast() }; close()
            case "+", ".", "^", "$": close()
            default:
                guard depth == 0, c.isLetter || c.isNumber || c == " " || c == "-" else { close(); continue }
                if run.isEmpty { anchored = i == 0 || chars[i - 1] == " " }
                run.append(c)
            }
        }
        close()
        return best.count >= 3 ? best.lowercased() : nil
    }
}
