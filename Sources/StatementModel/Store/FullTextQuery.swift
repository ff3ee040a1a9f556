/// Checks and tidies a search as typed before it reaches FTS5, so a slip ("unclosed, AND AND) gives a
/// sentence saying what is wrong instead of SQLite's "fts5: syntax error", and a hyphenated word
/// (counter-terrorism) is searched as the phrase it is instead of failing.
public enum FullTextQuery {
    private static let operators: Set<String> = ["AND", "OR", "NOT"]

    public static func prepare(_ query: String) throws(RostrumError) -> String {
        var tokens: [String] = []
        var depth = 0
        var i = query.startIndex
        func fail(_ reason: String) -> RostrumError { .invalidSearch(query: query, reason: reason) }
        while i < query.endIndex {
            let c = query[i]
            if c.isWhitespace { i = query.index(after: i); continue }
            if c == "\"" {
                guard let close = query[query.index(after: i)...].firstIndex(of: "\"") else {
                    throw fail("a quotation mark is not closed")
                }
                let phrase = query[query.index(after: i)..<close]
                var end = query.index(after: close)
                var star = ""
                if end < query.endIndex, query[end] == "*" { star = "*"; end = query.index(after: end) }
                if !phrase.trimmed.isEmpty { tokens.append("\"\(phrase)\"" + star) }
                i = end
                continue
            }
            if c == "(" { depth += 1; tokens.append("("); i = query.index(after: i); continue }
            if c == ")" {
                depth -= 1
                guard depth >= 0 else { throw fail("a closing parenthesis has no opening one") }
                tokens.append(")"); i = query.index(after: i); continue
            }
            var end = i
            while end < query.endIndex, !query[end].isWhitespace, !"\"()".contains(query[end]) { end = query.index(after: end) }
            let word = String(query[i..<end])
            i = end
            if operators.contains(word) { tokens.append(word); continue }
            var stem = word, star = ""
            if stem.hasSuffix("*") { stem.removeLast(); star = "*" }
            let core = stem.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" }
            if core.isEmpty { continue }  // punctuation alone searches for nothing
            let plain = core.count == stem.unicodeScalars.count
            tokens.append(plain ? stem + star : "\"\(stem.replacingOccurrences(of: "\"", with: ""))\"" + star)
        }
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
}
