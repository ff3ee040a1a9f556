import Foundation

/// A word or a phrase the analysis views count ("Cold War mentality", "terroris*"): its words folded as
/// `WordTokens` folds them, the last one a prefix when it ends in a star. Found as consecutive words, so
/// "cold war" is not found in "cold, the war".
public struct PhraseQuery: Sendable, Hashable {
    public let words: [String]
    public let lastIsPrefix: Bool
    public let text: String

    /// nil when the text has no word in it.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\"“”")))
        let words = WordTokens(trimmed).map(\.folded)
        guard !words.isEmpty else { return nil }
        self.words = words
        lastIsPrefix = trimmed.hasSuffix("*")
        self.text = trimmed
    }

    /// The full-text query that finds every statement holding the phrase (and some more: the index stems
    /// its words), so only those are read. nil for a phrase in a script written without spaces, which the
    /// index does not split into words.
    public var fullText: String? {
        guard !words.contains(where: { $0.unicodeScalars.contains { $0.value >= 0x3040 } }) else { return nil }
        // A prefix too short for the index ("zero-su*") is left out of the narrowing: the words before it
        // narrow alone, or nothing does.
        if lastIsPrefix, let last = words.last, last.count < FullTextQuery.minPrefix {
            return words.count > 1 ? "\"" + words.dropLast().joined(separator: " ") + "\"" : nil
        }
        let quoted = "\"" + words.joined(separator: " ") + "\""
        return lastIsPrefix ? quoted + "*" : quoted
    }

    /// Where the phrase stands in a text's words: the index of its first word, for each occurrence.
    public func occurrences(in tokens: [WordTokens.Token]) -> [Int] {
        guard tokens.count >= words.count else { return [] }
        var found: [Int] = []
        var i = 0
        while i + words.count <= tokens.count {
            if matches(tokens, at: i) {
                found.append(i)
                i += words.count
            } else {
                i += 1
            }
        }
        return found
    }

    private func matches(_ tokens: [WordTokens.Token], at i: Int) -> Bool {
        for (k, word) in words.enumerated() {
            let token = tokens[i + k].folded
            let last = k == words.count - 1
            if last && lastIsPrefix ? !token.hasPrefix(word) : token != word { return false }
        }
        return true
    }

    /// The filter narrowed to the statements the index says may hold the phrase.
    public func narrowing(_ filter: StatementFilter) -> StatementFilter {
        guard let fullText else { return filter }
        var narrowed = filter
        if let existing = filter.text?.trimmingCharacters(in: .whitespaces), !existing.isEmpty {
            narrowed.text = "(\(existing)) AND \(fullText)"
        } else {
            narrowed.text = fullText
        }
        return narrowed
    }
}
