import Foundation

/// The bodies statements are delivered in, with their names and abbreviations in the six UN languages
/// (`Resources/forums.tsv`): read where a page's own heading names the forum in words the English cues
/// do not know ("Assemblée générale", "Совет Безопасности", "安理会"). Russian names are found
/// in every case (`RussianDeclension`), Arabic ones after the prepositions joined to them.
public struct ForumLexicon: Sendable {
    struct Name: Sendable {
        var written: String
        var forum: String
        var caseSensitive: Bool
    }
    /// Longest first, so "Peace and Security Council" is found before "Security Council" inside it.
    let names: [Name]
    /// The regional organisations and their councils (`kind` regional in the table).
    public private(set) var regional: Set<String> = []
    /// Placing words in further languages (`forum-placing.tsv`).
    public var placing = ForumPlacing()
    /// Organs named by their bare title beside their organisation (`forum-organs.tsv`).
    public var organs = ForumOrgans()

    public init(rows: [(forum: String, aliases: [String])]) {
        var names: [Name] = []
        for row in rows {
            var seen = Set<String>()
            let declined = ([row.forum] + row.aliases).flatMap { [$0] + RussianDeclension.forms(of: $0) }
            for written in declined.flatMap(Self.withParticles)
            where written.count >= 2 && seen.insert(written).inserted {
                // Short capitals ("CD", "HRC") are abbreviations only as capitals.
                let abbreviation =
                    written.count <= 5 && written == written.uppercased()
                    && written.contains { $0.isLetter && $0.isASCII }
                names.append(Name(written: written, forum: row.forum, caseSensitive: abbreviation))
            }
        }
        self.names = names.sorted { $0.written.count > $1.written.count }
        foldedIndex = PhraseIndex(self.names.map { $0.caseSensitive ? "" : KindLexicon.fold($0.written) })
        exactIndex = PhraseIndex(self.names.map { $0.caseSensitive ? $0.written : "" })
    }

    /// The names folded (and the abbreviations as written), indexed to read a line once for all of them.
    private let foldedIndex: PhraseIndex
    private let exactIndex: PhraseIndex

    /// A forum's Arabic name with its article, also after the particles joined to it ("للجمعية العامة",
    /// "والجمعية العامة"). Names without the article stay as they are: with
    /// the particles, organisations a text names in passing ("بجامعة الدول
    /// العربية") were taken for its forum (labelled pages: 536 → 534 right).
    static func withParticles(_ name: String) -> [String] {
        name.hasPrefix("ال") ? ArabicParticles.forms(of: name) : [name]
    }

    public static func parse(_ text: String) -> ForumLexicon {
        var rows: [(String, [String])] = []
        var regional = Set<String>()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            guard f.count >= 3, !f[0].isEmpty else { continue }
            rows.append((f[0], f[2].split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }))
            if f[1] == "regional" { regional.insert(f[0]) }
        }
        var lexicon = ForumLexicon(rows: rows)
        lexicon.regional = regional
        return lexicon
    }

    /// The first forum named in `text` (by position; the longest name at a position), and where.
    public func first(in text: String) -> (forum: String, range: NSRange)? {
        let folded = KindLexicon.fold(text)
        guard folded.utf16.count == text.utf16.count else { return firstBySearch(in: text) }
        var best: (index: Int, start: Int, length: Int)?
        for (index, units) in [(foldedIndex, Array(folded.utf16)), (exactIndex, Array(text.utf16))] {
            index.matches(in: units) { p, start in
                if let b = best, start > b.start { return false }
                let length = index.phrases[p].count
                guard length > 0 else { return true }
                if best == nil || start < best!.start || length > best!.length { best = (p, start, length) }
                return true
            }
        }
        return best.map { (names[$0.index].forum, NSRange(location: $0.start, length: $0.length)) }
    }

    /// Every forum named in `text`, in order (at most `limit`).
    public func all(in text: String, limit: Int = 6) -> [(forum: String, range: NSRange)] {
        let ns = text as NSString
        var found: [(forum: String, range: NSRange)] = []
        var from = 0
        while found.count < limit, from < ns.length, let hit = first(in: ns.substring(from: from)) {
            found.append((hit.forum, NSRange(location: from + hit.range.location, length: hit.range.length)))
            from += hit.range.location + max(1, hit.range.length)
        }
        return found
    }

    /// The same by searching each name in turn, for a text whose folding changes its length.
    private func firstBySearch(in text: String) -> (forum: String, range: NSRange)? {
        let ns = text as NSString
        var best: (forum: String, range: NSRange)?
        for name in names {
            var options: NSString.CompareOptions = [.diacriticInsensitive]
            if !name.caseSensitive { options.insert(.caseInsensitive) }
            var from = 0
            while from < ns.length {
                let r = ns.range(
                    of: name.written, options: options, range: NSRange(location: from, length: ns.length - from))
                guard r.location != NSNotFound else { break }
                if let b = best, r.location >= b.range.location { break }
                if Self.standsAlone(r, in: ns) {
                    best = (name.forum, r)
                    break
                }
                from = r.location + max(1, r.length)
            }
        }
        return best
    }

    /// Not part of a longer word: letters do not touch the match on either side (scripts written
    /// without spaces, such as Chinese, have no such boundary and are taken as they come).
    private static func standsAlone(_ r: NSRange, in ns: NSString) -> Bool {
        func letter(at i: Int) -> Bool {
            guard i >= 0, i < ns.length, let u = Unicode.Scalar(ns.character(at: i)) else { return false }
            return CharacterSet.letters.contains(u) && !(0x3000...0x9FFF).contains(u.value)
        }
        return !letter(at: r.location - 1) && !letter(at: r.upperBound)
    }
}
