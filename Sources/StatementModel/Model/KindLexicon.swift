import Foundation

/// Words that tell what kind of text a statement is, in the six UN languages (`Resources/kinds.tsv`):
/// a kind named in a headline, question-and-answer labels, the phrases of letters and verbatim records,
/// forms of address that open a speech, reporting verbs of a news story, first-person words (voice).
public struct KindLexicon: Sendable {
    public enum Cue: String, Sendable, CaseIterable {
        case title, turn, letter, record, address, report, institution, outlet, salutation, valediction, voice
    }
    public struct Phrase: Sendable {
        public var text: String
        public var kind: String
    }

    /// Folded phrases (lower case, no accents) by cue, longest first.
    public let phrases: [Cue: [Phrase]]
    /// Each cue's phrases indexed by their first word, so a text is read once for all of them.
    private let indexes: [Cue: PhraseIndex]

    public init(phrases: [Cue: [Phrase]]) {
        let sorted = phrases.mapValues { $0.sorted { $0.text.count > $1.text.count } }
        self.phrases = sorted
        indexes = sorted.mapValues { PhraseIndex($0.map(\.text)) }
    }

    /// The indices (into `phrases[cue]`) of every phrase found in a folded text, once each, and the count of all
    /// matches.
    private func found(_ cue: Cue, in folded: String) -> (distinct: Set<Int>, total: Int) {
        guard let index = indexes[cue] else { return ([], 0) }
        var distinct = Set<Int>()
        var total = 0
        index.matches(in: Array(folded.utf16)) { p, _ in
            distinct.insert(p)
            total += 1
            return true
        }
        return (distinct, total)
    }

    public static func parse(_ text: String) -> KindLexicon {
        var out: [Cue: [Phrase]] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            guard f.count >= 3, let cue = Cue(rawValue: f[0].trimmed), !f[2].isEmpty else { continue }
            out[cue, default: []].append(Phrase(text: fold(f[2]), kind: f[1].trimmed))
        }
        return KindLexicon(phrases: out)
    }

    static func fold(_ s: String) -> String {
        // A typographic apostrophe reads as a straight one ("droits de l’Homme" = "droits de l'homme"): one
        // UTF-16 unit for one, so ranges found in the folded text hold in the original.
        HanScript.simplified(s).folding(
            options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil
        )
        .replacingOccurrences(of: "’", with: "'")
    }

    /// The first phrase of a cue found in a folded text (as a word where the script has words).
    func first(_ cue: Cue, in folded: String) -> Phrase? {
        // Phrases are sorted longest first: the lowest index found is the longest.
        found(cue, in: folded).distinct.min().map { phrases[cue]![$0] }
    }

    /// Every kind a cue's phrases name in a folded text, in the order given (most specific first).
    func kinds(_ cue: Cue, in folded: String, order: [String]) -> (kind: String, phrase: String)? {
        let found = found(cue, in: folded).distinct.sorted().map { phrases[cue]![$0] }
        for kind in order { if let p = found.first(where: { $0.kind == kind }) { return (kind, p.text) } }
        return found.first.map { ($0.kind, $0.text) }
    }

    /// How many times a cue's phrases occur in a folded text, as words.
    func count(_ cue: Cue, in folded: String) -> Int {
        found(cue, in: folded).total
    }

    /// A phrase opening a folded line (a turn label).
    func opens(_ cue: Cue, line folded: String) -> Phrase? {
        phrases[cue]?.first { folded.hasPrefix($0.text) }
    }

    static func contains(_ text: String, _ phrase: String) -> Bool { occurrences(of: phrase, in: text, limit: 1) > 0 }

    static func occurrences(of phrase: String, in text: String, limit: Int = .max) -> Int {
        var n = 0
        var searchRange = text.startIndex..<text.endIndex
        // CJK and Thai phrases stand in running text.
        let spaced = phrase.utf16.first.map { !PhraseIndex.unspaced($0) } ?? true
        while n < limit, let r = text.range(of: phrase, range: searchRange) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            let lastIsLetter = phrase.last?.isLetter ?? false
            if !spaced || (!(before?.isLetter ?? false) && (!lastIsLetter || !(after?.isLetter ?? false))) { n += 1 }
            searchRange = r.upperBound..<text.endIndex
        }
        return n
    }
}
