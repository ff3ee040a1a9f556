import Foundation

/// Finds each theme's phrases and patterns in a body and reports counts and spans.
///
/// What counts is what one case-insensitive regex per theme finds — its phrases, longest first, as
/// whole words, then its patterns — leftmost first, never overlapping. In ASCII paragraphs (most of an
/// English corpus) the phrases come from one trie scan for all themes and only the patterns are left to
/// ICU, merged so the result is the same as the one regex's: `ThemeMatcher(prefilter: false)` runs the
/// regexes alone, and the tests compare the two.
public struct ThemeMatcher: Sendable {
    private let compiled: [(name: String, pattern: Pattern)]
    /// Per theme, words one of which (as a prefix) must be in a paragraph for the theme to match there;
    /// nil when a pattern gives no such word. Checking them is far cheaper than running the regex.
    private let anchors: [[String]?]
    private let prefilter: AnchorWords
    /// The fast path: nil when turned off.
    private let fast: FastPath?

    private struct FastPath: Sendable {
        var scanner: PhraseScanner
        /// Per theme: whether its phrases are all ASCII (else its regex runs, as elsewhere).
        var scannable: [Bool]
        var allScannable: Bool { !scannable.contains(false) }
        /// Per theme, its patterns alone as one regex, or nil for a theme without patterns.
        var patterns: [Pattern?]
        /// Per theme, the patterns' anchor words (nil: run the patterns on every paragraph).
        var patternAnchors: [[String]?]
        var patternPrefilter: AnchorWords
        /// Per theme, what its patterns' matches must hold, looked at where the anchor words let them run.
        var patternRuns: [RequiredRuns?]
    }

    /// - Parameter prefilter: false runs every theme's regex on every paragraph (tests compare the two).
    public init(catalog: ThemeCatalog, prefilter usePrefilter: Bool = true) {
        let anchors: [[String]?] =
            !usePrefilter
            ? catalog.themes.map { _ in nil }
            : catalog.themes.map { theme in
                var words = theme.phrases.compactMap { ThemeMatcher.longestWord($0.lowercased()) }
                guard let patternWords = ThemeMatcher.patternAnchors(theme.patterns) else { return nil }
                words += patternWords
                return words
            }
        self.anchors = anchors
        prefilter = AnchorWords(anchors)
        compiled = catalog.themes.map { theme in
            // Longest phrases first: the regex takes the first alternative that matches at a position,
            // so "COVID-19" must be tried before "COVID".
            let phrases = theme.phrases.sorted { $0.count > $1.count }.map {
                NSRegularExpression.escapedPattern(for: $0)
            }
            var parts: [String] = []
            if !phrases.isEmpty {
                parts.append(#"(?<![\p{L}\p{N}])(?:"# + phrases.joined(separator: "|") + #")(?![\p{L}\p{N}])"#)
            }
            parts += theme.patterns.map { "(?:\($0))" }
            return (theme.name, Pattern(parts.joined(separator: "|"), caseInsensitive: true))
        }
        if usePrefilter {
            let scannable = catalog.themes.map { $0.phrases.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } }
            let patternAnchors = catalog.themes.map { ThemeMatcher.patternAnchors($0.patterns) }
            fast = FastPath(
                scanner: PhraseScanner(phrases: zip(catalog.themes, scannable).map { $1 ? $0.phrases : [] }),
                scannable: scannable,
                patterns: catalog.themes.map {
                    $0.patterns.isEmpty
                        ? nil : Pattern($0.patterns.map { "(?:\($0))" }.joined(separator: "|"), caseInsensitive: true)
                },
                patternAnchors: patternAnchors, patternPrefilter: AnchorWords(patternAnchors),
                patternRuns: catalog.themes.map { RequiredRuns($0.patterns) })
        } else {
            fast = nil
        }
    }

    /// The words a theme's patterns cannot match without, or nil when one of them has none.
    private static func patternAnchors(_ patterns: [String]) -> [String]? {
        var words: [String] = []
        for pattern in patterns {
            guard let literal = requiredLiteral(pattern), let word = longestWord(literal) else { return nil }
            words.append(word)
        }
        return words
    }

    /// Themes found in the paragraphs, most frequent first.
    public func matches(in paragraphs: [String]) -> [ThemeMatch] {
        var spans = [[BodySpan]](repeating: [], count: compiled.count)
        for (index, paragraph) in paragraphs.enumerated() {
            let ascii = fast != nil && paragraph.allASCII
            // The whole-regex prefilter only serves themes the fast path does not take.
            let possible = ascii && fast!.allScannable ? [] : prefilter.themesPossible(paragraph)
            let phraseHits = ascii ? fast!.scanner.hits(in: paragraph) : []
            let patternPossible = ascii ? fast!.patternPrefilter.themesPossible(paragraph) : []
            var lowered: [UInt8]?  // the paragraph's bytes lowercased, once some theme's runs are looked for
            for themeIndex in compiled.indices {
                if ascii, fast!.scannable[themeIndex] {
                    var mayHavePatterns = fast!.patternAnchors[themeIndex] == nil || patternPossible[themeIndex]
                    if mayHavePatterns, let runs = fast!.patternRuns[themeIndex] {
                        if lowered == nil { lowered = RequiredRuns.lowered(paragraph) }
                        mayHavePatterns = runs.mayMatch(in: lowered!)
                    }
                    let found = Self.merge(
                        phraseHits[themeIndex], patterns: mayHavePatterns ? fast!.patterns[themeIndex] : nil,
                        in: paragraph)
                    spans[themeIndex] += found.map { BodySpan(paragraph: index, start: $0.start, end: $0.end) }
                    continue
                }
                if anchors[themeIndex] != nil, !possible[themeIndex] { continue }
                let found = compiled[themeIndex].pattern.matches(in: paragraph).filter { $0.range.length > 0 }
                guard !found.isEmpty else { continue }
                let offsets = ScalarOffsets(paragraph)
                spans[themeIndex] += found.map {
                    let s = offsets.span($0.range)
                    return BodySpan(paragraph: index, start: s.start, end: s.end)
                }
            }
        }
        var results: [ThemeMatch] = []
        for (themeIndex, list) in spans.enumerated() where !list.isEmpty {
            results.append(ThemeMatch(theme: compiled[themeIndex].name, count: list.count, spans: list))
        }
        return results.sorted { $0.count != $1.count ? $0.count > $1.count : $0.theme < $1.theme }
    }

    /// What the theme's one regex finds in an ASCII paragraph, from its phrase hits and its patterns:
    /// from each position, the leftmost place either matches, the phrase winning a tie (it comes first in
    /// the regex's alternation); the search goes on where the match ended. Offsets are bytes, which in
    /// ASCII are scalars and UTF-16 units alike.
    private static func merge(
        _ hits: [(start: Int, end: Int)], patterns: Pattern?, in paragraph: String
    ) -> [(
        start: Int, end: Int
    )] {
        guard let patterns else {
            var found: [(start: Int, end: Int)] = []
            for hit in hits where hit.start >= (found.last?.end ?? 0) { found.append(hit) }
            return found
        }
        let length = paragraph.utf8.count
        // The patterns' own matches, in one pass (each call into ICU copies the paragraph to UTF-16).
        // Where the search would resume from `position`, the next of them is still the leftmost match if
        // the search that found it began at or before `position` — the one before it ended there or
        // earlier — since whether a pattern matches at a place does not depend on where the search began
        // (transparent bounds). Otherwise (a phrase took part of a pattern's match) ICU is asked again.
        let list = patterns.regex.matches(in: paragraph, range: NSRange(location: 0, length: length)).map(\.range)
        var next = 0
        func patternMatch(from position: Int) -> NSRange? {
            while next < list.count, list[next].location < position { next += 1 }
            if next == 0 || list[next - 1].location + list[next - 1].length <= position {
                return next < list.count ? list[next] : nil
            }
            return patterns.regex.firstMatch(
                in: paragraph, options: [.withTransparentBounds, .withoutAnchoringBounds],
                range: NSRange(location: position, length: length - position))?.range
        }
        var found: [(start: Int, end: Int)] = []
        var position = 0
        var h = 0
        while position <= length {
            while h < hits.count, hits[h].start < position { h += 1 }
            let pattern = patternMatch(from: position)
            let phrase = h < hits.count ? hits[h] : nil
            if let phrase, pattern.map({ phrase.start <= $0.location }) ?? true {
                found.append(phrase)
                position = phrase.end
                h += 1
            } else if let m = pattern {
                if m.length > 0 {
                    found.append((m.location, m.location + m.length))
                    position = m.location + m.length
                } else {
                    position = m.location + 1
                }
            } else {
                break
            }
        }
        return found
    }

    // MARK: - Prefilter

    /// The paragraph's distinct lowercased words, sorted, for prefix look-ups.
    static func sortedWords(_ text: String) -> [String] {
        // Scalars with an ASCII fast path: letters lowercased in place; other scripts' letters and digits
        // kept (lowercased), any other sign — curly quotes included — ends a word.
        var words = Set<String>()
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                words.insert(String(current))
                current.removeAll(keepingCapacity: true)
            }
        }
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
        var best = ""
        var run = ""
        var anchored = true  // whether the current run starts at a word boundary
        var depth = 0
        var inClass = false
        var escaped = false
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
            if escaped {
                escaped = false
                close()
                continue
            }
            if c == "\\" {
                escaped = true
                continue
            }
            if inClass {
                if c == "]" { inClass = false }
                continue
            }
            switch c {
            case "[":
                close()
                inClass = true
            case "(":
                close()
                depth += 1
            case ")":
                close()
                depth -= 1
            case "|":
                if depth == 0 { return nil }
                close()
            case "?", "*", "{":
                if !run.isEmpty { run.removeLast() }
                close()
            case "+", ".", "^", "$": close()
            default:
                guard depth == 0, c.isLetter || c.isNumber || c == " " || c == "-" else {
                    close()
                    continue
                }
                // A pattern's start is no word boundary ("c d" matches in "synthetic drugs"): only \b or ^ is.
                if run.isEmpty { anchored = i > 0 && (chars[i - 1] == " " || chars[i - 1] == "^") }
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
        var node: Int? = 0  // where the current word has got to in the trie; nil once it left it
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
        // Most paragraphs are ASCII and read as bytes; the first byte beyond ASCII starts it again by scalars.
        let readAsBytes =
            text.utf8.withContiguousStorageIfAvailable { bytes in
                for byte in bytes {
                    guard byte < 0x80 else { return false }
                    switch byte {
                    case 65...90, 97...122, 48...57:
                        if !inWord {
                            inWord = true
                            node = ScalarTrie.root
                        }
                        step(UInt32(byte <= 90 && byte >= 65 ? byte + 32 : byte))
                    default: inWord = false
                    }
                }
                return true
            } ?? false
        if readAsBytes { return possible }
        possible = [Bool](repeating: false, count: themeCount)
        node = ScalarTrie.root
        inWord = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 128 {
                switch v {
                case 65...90:
                    if !inWord {
                        inWord = true
                        node = ScalarTrie.root
                    }
                    step(v + 32)
                    continue
                case 97...122, 48...57:
                    if !inWord {
                        inWord = true
                        node = ScalarTrie.root
                    }
                    step(v)
                    continue
                default: break
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if !inWord {
                    inWord = true
                    node = ScalarTrie.root
                }
                for lower in String(scalar).lowercased().unicodeScalars { step(lower.value) }
                continue
            }
            inWord = false
        }
        return possible
    }
}
