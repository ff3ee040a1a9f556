import Foundation

/// Under an article or a statement, many pages list links to other items below a heading of their own
/// ("Related", "Lire aussi", "Читайте также"; `Resources/related-headings.tsv`). Those links' headlines
/// name other people, places and dates, so no field is read from them, and they are no part of the body.
/// The raw text keeps them.
struct RelatedLinks {
    /// The headings' phrases, folded as `KindLexicon.fold` folds.
    let headings: Set<String>

    /// The text with each list blanked out: its heading and the links under it become spaces, one for each
    /// Unicode scalar, so that a place found in it (in scalars, as provenance counts) is the same place in
    /// the original. What follows a list (a footer, the rest of a text) stays. Nil when there is no list.
    func blanked(_ text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        var letters = 0
        var changed = false
        var i = 0
        while i < lines.count {
            if letters >= Self.textBefore, isHeading(lines[i]) {
                let end = listEnd(after: i, in: lines)
                for k in i...end { lines[k] = String(repeating: " ", count: lines[k].unicodeScalars.count) }
                changed = true
                i = end + 1
                continue
            }
            if letters < Self.textBefore { letters += lines[i].reduce(0) { $0 + ($1.isLetter ? 1 : 0) } }
            i += 1
        }
        return changed ? lines.joined(separator: "\n") : nil
    }

    /// Letters that must stand above a heading: a short paragraph's worth (a menu's "Related" item at the
    /// top of a page starts nothing).
    private static let textBefore = 200

    /// The last line of the list under the heading at `start`. Its links follow, blank lines between them
    /// or not (an HTML page's text has one after every block); a line of prose, a footer's line or the
    /// twentieth link ends it.
    private func listEnd(after start: Int, in lines: [String]) -> Int {
        var end = start
        var links = 0
        var k = start + 1
        while k < lines.count, links < 20 {
            let t = lines[k].trimmingCharacters(in: .whitespacesAndNewlines)
            if t.isEmpty {
                k += 1
                continue
            }
            guard Self.isLink(t) else { break }
            end = k
            links += 1
            k += 1
        }
        return end
    }

    /// A link's headline: short, no sentence ended (a question may be one), no footer, menu or masthead.
    private static func isLink(_ t: String) -> Bool {
        guard t.count <= 160, let last = t.last, !".!。！".contains(last) else { return false }
        return !WebPageImporter.isFooter(t) && !ForumReview.isMenu(t) && !TitleReview.isMasthead(t)
            && !t.contains("©")
    }

    func isHeading(_ line: String) -> Bool {
        // Every line of every text passes here: a long one is dismissed before anything is made of it.
        guard line.utf8.count <= 200 else { return false }
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, trimmed.count <= 40 else { return false }
        let ornaments = CharacterSet.whitespaces.union(CharacterSet(charactersIn: ":：»›>-–—•·|"))
        return headings.contains(KindLexicon.fold(trimmed).trimmingCharacters(in: ornaments))
    }
}
