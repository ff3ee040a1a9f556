/// Checks and tidies a search as typed before it reaches FTS5, so a slip ("unclosed, AND AND) gives a
/// sentence saying what is wrong instead of SQLite's "fts5: syntax error", and a hyphenated word
/// (counter-terrorism) is searched as the phrase it is instead of failing. It also bounds what one
/// search may cost (the window searches as the user types): FTS5 works through every term, and a prefix
/// of a letter or two stands for thousands of words, so a hundred `a*` OR-ed took 10 s.
public enum FullTextQuery {
    private static let operators: Set<String> = ["AND", "OR", "NOT"]
    /// More bytes than anyone types into a search box; a pasted text is refused before it is parsed.
    public static let maxBytes = 1_024
    /// Words and phrases in one search.
    public static let maxTerms = 64
    /// Letters a prefix search (`sanct*`) needs before its star.
    public static let minPrefix = 3

    public static func prepare(_ query: String) throws(RostrumError) -> String {
        var tokens: [String] = []
        var depth = 0
        var terms = 0
        var i = query.startIndex
        func fail(_ reason: String) -> RostrumError { .invalidSearch(query: query, reason: reason) }
        let bytes = query.utf8.count
        guard bytes <= maxBytes else {
            throw fail(
                "it is too long (\(bytes) bytes; a search may have \(maxBytes)): search for a few words or a phrase")
        }
        /// A prefix must be long enough to narrow the search: `a*` would stand for most of the index.
        func checkPrefix(_ stem: Substring) throws(RostrumError) {
            let letters = stem.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }
                .count
            guard letters >= minPrefix else {
                throw fail(
                    "“\(stem.suffix(20))*” is too short a prefix: give at least \(minPrefix) letters before the *")
            }
        }
        while i < query.endIndex {
            let c = query[i]
            if c.isWhitespace {
                i = query.index(after: i)
                continue
            }
            if c == "\"" {
                guard let close = query[query.index(after: i)...].firstIndex(of: "\"") else {
                    throw fail("a quotation mark is not closed")
                }
                let phrase = query[query.index(after: i)..<close]
                var end = query.index(after: close)
                var star = ""
                if end < query.endIndex, query[end] == "*" {
                    star = "*"
                    end = query.index(after: end)
                }
                if star == "*", let last = phrase.split(whereSeparator: { $0.isWhitespace }).last {
                    try checkPrefix(last)
                }
                if !phrase.trimmed.isEmpty {
                    tokens.append("\"\(phrase)\"" + star)
                    terms += 1
                }
                i = end
                continue
            }
            if c == "(" {
                depth += 1
                tokens.append("(")
                i = query.index(after: i)
                continue
            }
            if c == ")" {
                depth -= 1
                guard depth >= 0 else { throw fail("a closing parenthesis has no opening one") }
                guard tokens.last != "(" else { throw fail("a pair of parentheses has nothing inside") }
                tokens.append(")")
                i = query.index(after: i)
                continue
            }
            var end = i
            while end < query.endIndex, !query[end].isWhitespace, !"\"()".contains(query[end]) {
                end = query.index(after: end)
            }
            let word = String(query[i..<end])
            i = end
            if operators.contains(word) {
                tokens.append(word)
                continue
            }
            var stem = word
            var star = ""
            if stem.hasSuffix("*") {
                stem.removeLast()
                star = "*"
            }
            let core = stem.unicodeScalars.filter {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_"
            }
            if core.isEmpty { continue }  // punctuation alone searches for nothing
            if star == "*" { try checkPrefix(Substring(stem)) }
            let plain = core.count == stem.unicodeScalars.count
            tokens.append(plain ? stem + star : "\"\(stem.replacingOccurrences(of: "\"", with: ""))\"" + star)
            terms += 1
        }
        guard terms <= maxTerms else { throw fail("it has \(terms) words; a search may have \(maxTerms)") }
        guard depth == 0 else { throw fail("a parenthesis is not closed") }
        guard !tokens.isEmpty else { throw fail("there is nothing to search for") }
        for (index, token) in tokens.enumerated() where operators.contains(token) {
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            guard let previous, previous != "(", !operators.contains(previous) else {
                throw fail("“\(token)” needs a word before it")
            }
            guard let next, next != ")", !operators.contains(next) else {
                throw fail("“\(token)” needs a word after it")
            }
        }
        return tokens.joined(separator: " ")
    }

    /// A search as the user types it: the word still being typed is a prefix (`terr` finds terrorism),
    /// once it has enough letters to narrow the search; a word followed by a space, a phrase, an operator
    /// and a word already ending in `*` stay as they are.
    public static func asTyped(_ text: String) -> String {
        guard let last = text.last, !last.isWhitespace, last != "\"", last != "*", last != ")" else { return text }
        let word = text.reversed().prefix { !$0.isWhitespace && !"\"()".contains($0) }
        guard !operators.contains(String(word.reversed())) else { return text }
        // Only a word of letters and digits: "counter-terrorism" is searched as the phrase it is.
        guard word.count >= minPrefix, word.allSatisfy({ $0.isLetter || $0.isNumber }) else { return text }
        // Inside an open quotation the word belongs to a phrase, which stays exact.
        guard text.filter({ $0 == "\"" }).count % 2 == 0 else { return text }
        return text + "*"
    }
}
