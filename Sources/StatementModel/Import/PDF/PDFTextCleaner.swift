import Foundation

/// Turns the text of a PDF's pages, as the PDF library gives it line by line, into a text a reader can
/// use: running headers and footers and page numbers removed, words hyphenated at a line's end joined,
/// hard-wrapped lines joined into paragraphs, bidirectional control marks dropped (the text is already
/// in logical order). Knows nothing of the PDF library, so it is tested on plain strings.
public enum PDFTextCleaner {
    public struct Result: Equatable, Sendable {
        public var text: String
        /// Lines removed as running headers, footers or page numbers (once each), for the import's note.
        public var removed: [String]
    }

    public static func clean(pages: [String]) -> Result {
        // Compatibility forms out: ligatures ("ﬁ") and Arabic presentation forms become plain letters.
        let mapped = pages.map { repairedLamAlef($0.precomposedStringWithCompatibilityMapping) }
        let persian = mapped.contains { $0.unicodeScalars.contains { Self.persianOrUrdu.contains($0.value) } }
        let readLines = mapped.map { page in
            (persian ? page : arabicLetters(page))
                .split(separator: "\n", omittingEmptySubsequences: false)
                .map { joinedLoneEndings(stripMarks(String($0))).trimmed }
        }
        // A page printed from a browser: its stamp and its address stand apart from the text.
        let printed = readLines.contains { BrowserPrint.isPrinted(Array($0.filter { !$0.isEmpty }.suffix(3))) }
        let pageLines = printed ? readLines.map(BrowserPrint.separated) : readLines
        let running = runningLines(pageLines)
        var removed: [String] = []
        var kept: [String] = []
        for lines in pageLines {
            let content = lines.enumerated().filter { i, line in
                let edge = i < 3 || i >= lines.count - 3
                let drop = edge && (isPageNumber(line) || running.contains(shape(line)))
                if drop && !removed.contains(line) && !line.isEmpty { removed.append(line) }
                return !drop
            }.map(\.element)
            kept += content
            kept.append("")  // a page break ends a paragraph only if the text says so (checked below)
        }
        return Result(text: paragraphs(from: kept), removed: removed)
    }

    /// poppler gives the lam-alef ligatures of Arabic text with their two letters swapped: the article
    /// before a hamza ("الأمن", "الإنسان") comes out as "األمن", "اإلنسان". An alef is never
    /// followed by a hamza-bearing alef in Arabic, so those three sequences are put back; the plain "لا" swapped to
    /// "ال" cannot be told from the article and stays as given.
    static func repairedLamAlef(_ text: String) -> String {
        guard text.contains("\u{0627}") else { return text }
        return text.replacingOccurrences(of: "\u{0627}\u{0623}\u{0644}", with: "\u{0627}\u{0644}\u{0623}")
            .replacingOccurrences(of: "\u{0627}\u{0625}\u{0644}", with: "\u{0627}\u{0644}\u{0625}")
            .replacingOccurrences(of: "\u{0627}\u{0622}\u{0644}", with: "\u{0627}\u{0644}\u{0622}")
    }

    /// Some Arabic fonts map their letters to the Persian and Urdu code points that look the same: yeh
    /// (ی for ي), kaf (ک for ك), heh (ھ for ه). Search and the lexicons read Arabic in its own letters, so a
    /// document that writes Arabic and none of the letters only Persian or Urdu have (پ چ ژ گ ٹ ڈ ڑ ں ے) gets
    /// them (the caller looks at the whole document).
    static func arabicLetters(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let borrowed = Self.borrowedLetters
        guard scalars.contains(where: { borrowed[$0] != nil }), scalars.contains("\u{0627}") else { return text }
        return String(String.UnicodeScalarView(scalars.map { borrowed[$0] ?? $0 }))
    }

    private static let borrowedLetters: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{06CC}": "\u{064A}", "\u{06A9}": "\u{0643}", "\u{06BE}": "\u{0647}",
    ]
    private static let persianOrUrdu: Set<UInt32> = [
        0x067E, 0x0686, 0x0698, 0x06AF, 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2,
    ]

    /// Teh marbuta (ة) and alef maksura (ى) end a word and never stand alone; a PDF that spaces its glyphs
    /// may set one apart ("الجمعي ة العامة"): it goes back to the word before it.
    static func joinedLoneEndings(_ text: String) -> String {
        guard text.contains(" \u{0629}") || text.contains(" \u{0649}") else { return text }
        let all = NSRange(location: 0, length: (text as NSString).length)
        return Self.loneEnding.regex.stringByReplacingMatches(in: text, range: all, withTemplate: "$1")
    }

    private static let loneEnding = Pattern(#"(?<=[\x{0621}-\x{064A}]) ([\x{0629}\x{0649}])(?=[\s\p{P}]|$)"#)

    /// Lines that open or close at least half the pages (two at least), compared with digits masked so
    /// "Page 3 of 9" and "A/79/PV.5 24/09/2024" repeat whatever the page.
    static func runningLines(_ pages: [[String]]) -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var counts: [String: Int] = [:]
        for lines in pages {
            let nonEmpty = lines.filter { !$0.isEmpty }
            let edges = Set(nonEmpty.prefix(3).map(shape) + nonEmpty.suffix(3).map(shape))
            for e in edges where !e.isEmpty { counts[e, default: 0] += 1 }
        }
        let needed = max(2, (pages.count + 1) / 2)
        return Set(counts.filter { $0.value >= needed && $0.key.count <= 160 }.keys)
    }

    static func shape(_ line: String) -> String {
        String(line.unicodeScalars.map { CharacterSet.decimalDigits.contains($0) ? "#" : Character($0) })
    }

    private static let pageNumber = Pattern(
        #"^(?:[-–—]\s*)?(?:(?:page|p\.|pág(?:ina)?\.?|стр\.?|страница|صفحة)\s*)?\d{1,4}"#
            + #"(?:\s*(?:of|/|de|из|sur|من)\s*\d{1,4})?(?:\s*[-–—])?$"#,
        caseInsensitive: true)

    static func isPageNumber(_ line: String) -> Bool {
        !line.isEmpty && line.count <= 24 && pageNumber.firstMatch(in: line) != nil
    }

    /// Directional embedding and isolate marks that PDF text carries around right-to-left runs. poppler
    /// wraps each right-to-left word in its own pair with no space between, so a mark becomes a space.
    static func stripMarks(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isMark) else { return s }
        var scalars = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if !isMark(u) { scalars.append(u) } else if scalars.last.map({ $0 != " " }) ?? false { scalars.append(" ") }
        }
        return String(scalars).squeezed
    }

    private static func isMark(_ u: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(u.value) || (0x2066...0x2069).contains(u.value) || u.value == 0x200E
            || u.value == 0x200F
    }

    /// Joins wrapped lines: a line ends its paragraph when it is blank, or ends a sentence and is clearly
    /// shorter than the page's usual line, or the next one opens a list item.
    static func isCapitalsHeading(_ line: String) -> Bool {
        let letters = line.filter(\.isLetter)
        return letters.count >= 6 && letters.allSatisfy { $0.isUppercase } && line.split(separator: " ").count >= 2
    }

    static func paragraphs(from lines: [String]) -> String {
        let lengths = lines.map(\.count).filter { $0 > 20 }.sorted()
        let usual = lengths.isEmpty ? 60 : lengths[lengths.count * 3 / 4]
        var out: [String] = []
        var current = ""
        func flush() {
            if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        for (i, line) in lines.enumerated() {
            if line.isEmpty {
                // A page break inside a sentence does not end the paragraph.
                if i > 0, i + 1 < lines.count, let next = lines[(i + 1)...].first(where: { !$0.isEmpty }),
                    !endsSentence(current), next.first?.isLowercase == true, !BrowserPrint.isAddress(next)
                {
                    continue
                }
                flush()
                continue
            }
            // Lines in capitals are a heading ("CONSEJO DE SEGURIDAD ONU", a title over several lines): they
            // join one another but neither the masthead above nor the text below.
            let capitals = isCapitalsHeading(line)
            if !current.isEmpty, capitals != isCapitalsHeading(current) { flush() }
            // A browser print's breadcrumb or menu ("Norway in the UN › Statements › SC 2024") is a line of its
            // own.
            let navigation = WebPageImporter.isBreadcrumb(line) || ForumReview.isMenu(line)
            if navigation { flush() }
            // A date on a line of its own ("7 November 2013") is the document's date line, not a heading's end.
            // Unless a full line of running text ends on a small word before it ("will continue until\n26
            // September 2016."): the sentence wrapped there.
            let wrapped =
                i > 0 && lines[i - 1].count >= usual * 3 / 4 && !endsSentence(current)
                && current.last?.isLowercase == true
            let dateLine = line.count <= 40 && DateFinder.dateLine(line) != nil && !wrapped
            if dateLine { flush() }
            if current.isEmpty {
                current = line
            } else if Self.endsWithBreakHyphen(current), current.dropLast().last?.isLetter == true,
                line.first?.isLowercase == true
            {
                current = String(current.dropLast()) + line  // "inter-\nnational" → "international"
            } else if isCombiningOnly(line) {
                current += line  // a diacritic the PDF placed on a line of its own
            } else {
                current += " " + line
            }
            // A sentence's end on a short line ends a paragraph; a line under half the usual is a heading.
            // A letterhead's address or telephone line ends where it is.
            if TitleReview.contactLine.firstMatch(in: line) != nil && line.count <= 120 { flush() }
            if dateLine || navigation { flush() }
            if !capitals,
                (endsSentence(line) && line.count < usual * 4 / 5)
                    || (line.count < usual / 2 && !Self.endsWithBreakHyphen(line))
            {
                flush()
            }
        }
        flush()
        return out.joined(separator: "\n\n")
    }

    /// A hyphen that may break a word at a line's end: the ASCII one, the Unicode hyphen (U+2010) some
    /// PDFs use ("armed con‐" / "flict"), and the soft hyphen.
    static func endsWithBreakHyphen(_ s: String) -> Bool {
        guard let last = s.last else { return false }
        return last == "-" || last == "\u{2010}" || last == "\u{00AD}"
    }

    static func endsSentence(_ s: String) -> Bool {
        let t = s.trimmed
        guard let last = t.last else { return false }
        // "the U.S." or "H.E.": an abbreviation's dots end no sentence.
        if last == ".", let word = t.split(separator: " ").last, word.dropLast().contains("."),
            word.filter(\.isLetter).count <= 4
        {
            return false
        }
        return ".!?:;。！？؟”»\")".contains(last)
    }

    private static func isCombiningOnly(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark || $0 == " " }
    }
}

extension PDFTextCleaner {
    /// Function words of the Latin-script languages statements come in: a real text has them in every
    /// other line; text drawn with fonts that carry no Unicode map comes out as Latin letters without them.
    private static let functionWords: Set<String> = [
        "the", "and", "of", "to", "in", "is", "that", "we", "for", "le", "la", "les", "et", "des", "est", "nous",
        "el", "los", "las", "y", "que", "del", "con", "por", "und", "die", "der", "das", "o", "os", "e", "il", "di",
        "per",
    ]

    /// Whether extracted text is words at all, and not glyph codes standing in for them.
    public static func looksReadable(_ text: String) -> Bool {
        let tokens = text.split(whereSeparator: { $0.isWhitespace }).prefix(4000)
        guard tokens.count >= 3 else { return text.contains { $0.isLetter } }
        var wordLike = 0
        var latinTokens = 0
        var function = 0
        var latinLetters = 0
        var vowels = 0
        var camel = 0
        for token in tokens {
            let core = token.trimmingCharacters(in: .punctuationCharacters.union(.symbols))
            guard !core.isEmpty else { continue }
            // A line of Chinese is one token with its punctuation inside ("第六八五次會議，紐約"): most of
            // its characters, not all, are letters.
            let letters = core.filter { $0.isLetter || $0.isNumber || "'’-.·".contains($0) }.count
            if letters * 10 >= core.count * 8 { wordLike += 1 }
            if core.unicodeScalars.allSatisfy({ $0.value < 0x250 }) && core.contains(where: { $0.isLetter }) {
                latinTokens += 1
                if functionWords.contains(core.lowercased()) { function += 1 }
                let lower = core.lowercased()
                latinLetters += lower.filter(\.isLetter).count
                vowels += lower.filter { Self.vowels.contains($0) }.count
                // "jbXdZefg": glyph codes read as letters switch case inside a word; words rarely do.
                if zip(core, core.dropFirst()).contains(where: { $0.isLowercase && $1.isUppercase }) { camel += 1 }
            }
        }
        guard Double(wordLike) >= 0.75 * Double(tokens.count) else { return false }
        // Mostly Latin letters: real prose has function words in about a third of its tokens. A language
        // whose function words the list lacks (Indonesian, Dutch) still writes a third of its letters as
        // vowels and keeps its capitals at the start of words; glyph codes do neither.
        if Double(latinTokens) > 0.5 * Double(tokens.count) {
            let prose = Double(vowels) >= 0.3 * Double(latinLetters) && Double(camel) < 0.05 * Double(latinTokens)
            return Double(function) >= 0.03 * Double(latinTokens) || prose
        }
        return true
    }

    private static let vowels = Set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüý")
}
