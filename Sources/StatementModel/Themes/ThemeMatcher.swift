import Foundation

/// Finds each theme's phrases and patterns in a body and reports counts and spans.
public struct ThemeMatcher: Sendable {
    private let compiled: [(name: String, pattern: Pattern)]
    /// Per theme, words one of which (as a prefix) must be in a paragraph for the theme to match there;
    /// nil when a pattern gives no such word. Checking them is far cheaper than running the regex.
    private let anchors: [[String]?]
    private let prefilter: AnchorWords

    /// - Parameter prefilter: false runs every theme's regex on every paragraph (tests compare the two).
    public init(catalog: ThemeCatalog, prefilter usePrefilter: Bool = true) {
        let anchors: [[String]?] = !usePrefilter ? catalog.themes.map { _ in nil } : catalog.themes.map { theme in
            var words = theme.phrases.compactMap { ThemeMatcher.longestWord($0.lowercased()) }
            for pattern in theme.patterns {
                guard let literal = ThemeMatcher.requiredLiteral(pattern), let word = ThemeMatcher.longestWord(literal) else { return nil }
                words.append(word)
            }
            return words
        }
        self.anchors = anchors
        prefilter = AnchorWords(anchors)
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
        let possible = paragraphs.map(prefilter.themesPossible)
        for (themeIndex, (name, pattern)) in compiled.enumerated() {
            var spans: [BodySpan] = []
            for (index, paragraph) in paragraphs.enumerated() {
                if anchors[themeIndex] != nil, !possible[index][themeIndex] { continue }
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

/// The prefilter's words in a trie of lowercased scalars: one walk from each word start of a paragraph
/// tells which themes have a word there that starts with one of their anchor words.
struct AnchorWords: Sendable {
    private var trie = ScalarTrie()
    /// The themes whose anchor word ends at each node.
    private var themesAt: [[Int]] = []
    private let themeCount: Int

    init(_ anchors: [[String]?]) {
        themeCount = anchors.count
        var ends: [(node: Int, theme: Int)] = []
        for (theme, words) in anchors.enumerated() {
            for word in words ?? [] { ends.append((trie.insert(word.unicodeScalars), theme)) }
        }
        themesAt = [[Int]](repeating: [], count: trie.nodeCount)
        for end in ends { themesAt[end.node].append(end.theme) }
    }

    /// Per theme, whether a word of the paragraph starts with one of its anchors. Words as
    /// `ThemeMatcher.sortedWords` makes them: letters and digits, lowercased.
    func themesPossible(_ text: String) -> [Bool] {
        var possible = [Bool](repeating: false, count: themeCount)
        var node: Int? = 0      // where the current word has got to in the trie; nil once it left it
        var inWord = false
        func step(_ value: UInt32) {
            guard let n = node else { return }
            if let next = trie.child(n, value) {
                node = next
                for theme in themesAt[next] { possible[theme] = true }
            } else {
                node = nil
            }
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 128 {
                switch v {
                case 65...90: if !inWord { inWord = true; node = ScalarTrie.root }; step(v + 32); continue
                case 97...122, 48...57: if !inWord { inWord = true; node = ScalarTrie.root }; step(v); continue
                default: break
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord { inWord = true; node = ScalarTrie.root }
                for lower in String(scalar).lowercased().unicodeScalars { step(lower.value) }
                continue
            }
            inWord = false
        }
        return possible
    }
}
