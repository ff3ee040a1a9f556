import Foundation

/// A section or archive page saved whole lists several items, each a teaser ending in a link ("… Read More »",
/// "Lire la suite", "Подробнее"; `Resources/teasers.tsv`). The first item is the one the user came for: from
/// its teaser link on, the text is a list of other items, which no field is read from. The raw text keeps it.
struct ListingPage {
    /// The links' phrases, folded as `KindLexicon.fold` folds.
    let links: [String]

    /// Where (UTF-16 offset) the list of other items starts: the first teaser link's line, when two lines
    /// or more end in one and some text stands before the first.
    func listStart(in text: String) -> Int? {
        let ns = text as NSString
        var found: [Int] = []
        var start = 0
        while start < ns.length {
            let line = ns.lineRange(for: NSRange(location: start, length: 0))
            if endsInLink(ns.substring(with: line)) {
                found.append(line.location)
                if found.count == 2 { break }
            }
            start = line.upperBound
        }
        guard found.count == 2, let first = found.first else { return nil }
        let before = ns.substring(to: first).filter { $0.isLetter }.count
        return before >= 80 ? first : nil
    }

    private func endsInLink(_ line: String) -> Bool {
        let ornaments = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters).union(.symbols)
        let folded = KindLexicon.fold(line).trimmingCharacters(in: ornaments)
        guard !folded.isEmpty, folded.count <= 400 else { return false }
        return links.contains { link in
            guard folded.hasSuffix(link) else { return false }
            // The phrase stands as words: "… Question Read More", not "… bread more".
            let rest = folded.dropLast(link.count)
            return rest.last.map { !$0.isLetter } ?? true
        }
    }
}
