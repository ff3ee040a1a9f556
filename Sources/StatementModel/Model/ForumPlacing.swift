import Foundation

/// Words in further languages that put a statement in a forum ("akilihutubia Baraza Kuu", "유엔 총회에서",
/// "Genel Kurulu'nda"), read from `Resources/forum-placing.tsv`: the phrase just before the forum's name,
/// or just after it.
public struct ForumPlacing: Sendable {
    let before: Pattern?
    let after: Pattern?

    public init(before: [String] = [], after: [String] = []) {
        // Longest first, so "na zasedání" is tried before "na".
        func alternation(_ phrases: [String]) -> String {
            phrases.sorted { $0.count > $1.count }.map(NSRegularExpression.escapedPattern(for:))
                .joined(separator: "|")
        }
        // A phrase begins a word, except in scripts written without spaces (Thai:
        // "ของการประชุม…"); two short words may stand between it and the name: a session's
        // number, an article.
        let unspaced = before.filter { $0.utf16.first.map(PhraseIndex.unspaced) ?? false }
        let spaced = before.filter { !unspaced.contains($0) }
        let starts = [
            spaced.isEmpty ? nil : #"(?:^|[\s\p{P}])(?:"# + alternation(spaced) + ")",
            unspaced.isEmpty ? nil : "(?:" + alternation(unspaced) + ")",
        ].compactMap { $0 }
        self.before =
            starts.isEmpty
            ? nil
            : Pattern(
                "(?:" + starts.joined(separator: "|") + #")\s*(?:[\p{L}\d.ºª°'’-]{1,12}\s+){0,2}$"#,
                caseInsensitive: true)
        self.after =
            after.isEmpty
            ? nil : Pattern(#"^\s*(?:\S{1,15}\s+){0,3}?(?:"# + alternation(after) + ")", caseInsensitive: true)
    }

    public static func parse(_ text: String) -> ForumPlacing {
        var before: [String] = []
        var after: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            guard f.count >= 2, !f[1].isEmpty else { continue }
            if f[0] == "before" { before.append(f[1]) } else if f[0] == "after" { after.append(f[1]) }
        }
        return ForumPlacing(before: before, after: after)
    }

    /// Whether the words just before or after a forum's name put a statement in it.
    func places(before: String, after: String) -> Bool {
        self.before?.firstMatch(in: before) != nil || self.after?.firstMatch(in: after) != nil
    }
}
