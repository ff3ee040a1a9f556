import Foundation

/// Under an article or a statement, many pages list links to other items below a heading of their own
/// ("Related", "Lire aussi", "Читайте также"; `Resources/related-headings.tsv`). Those links' headlines
/// name other people, places and dates, so no field is read from them, and they are no part of the body.
/// The raw text keeps them.
struct RelatedLinks {
    /// The headings' phrases, folded as `KindLexicon.fold` folds.
    let headings: Set<String>

    /// The text with each list blanked out: its heading and the links under it, up to the first blank line,
    /// become spaces, one for each Unicode scalar, so that a place found in it (in scalars, as provenance
    /// counts) is the same place in the original. What follows a list (a footer) stays. Nil when the text
    /// has no such list.
    func blanked(_ text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        var letters = 0
        var inList = false
        var changed = false
        for (i, line) in lines.enumerated() {
            if inList, line.trimmingCharacters(in: .whitespaces).isEmpty { inList = false }
            if !inList, letters >= Self.textBefore, isHeading(line) { inList = true }
            if inList {
                lines[i] = String(repeating: " ", count: line.unicodeScalars.count)
                changed = true
            } else {
                letters += line.reduce(0) { $0 + ($1.isLetter ? 1 : 0) }
            }
        }
        return changed ? lines.joined(separator: "\n") : nil
    }

    /// Letters that must stand above a heading: a short paragraph's worth (a Chinese one is shorter).
    private static let textBefore = 200

    func isHeading(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 40 else { return false }
        let ornaments = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ":：»›>-–—•·|"))
        return headings.contains(KindLexicon.fold(trimmed).trimmingCharacters(in: ornaments))
    }
}
