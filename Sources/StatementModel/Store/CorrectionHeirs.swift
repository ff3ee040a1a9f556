/// Which statement of a changed file's new reading takes on the corrections of one the file no longer
/// gives (its text changed, so its id did). The new statement whose words are most like the old one's,
/// when they are alike enough; else the one read at the same place in the file. Words rather than place
/// first: a row added above a changed one in a table moves it down, and its place would then name another.
struct CorrectionHeirs {
    struct Reading {
        let id: String
        /// Its place among the file's statements, in reading order.
        let position: Int?
        let body: String
    }

    /// At least this share of the two texts' distinct words in common to count as the same statement.
    static let alike = 0.3

    /// Each orphan's heir, by id; an orphan without one is left out, and no heir is given two.
    static func match(_ orphans: [Reading], to candidates: [Reading]) -> [String: String] {
        var heirs: [String: String] = [:]
        var taken = Set<String>()
        let words = Dictionary(candidates.map { ($0.id, Self.words($0.body)) }, uniquingKeysWith: { a, _ in a })
        for orphan in orphans {
            let mine = Self.words(orphan.body)
            let free = candidates.filter { !taken.contains($0.id) && $0.id != orphan.id }
            let scored = free.map { ($0, Self.likeness(mine, words[$0.id] ?? [])) }
            let best = scored.max { $0.1 < $1.1 }
            let heir =
                best.flatMap { $0.1 >= alike ? $0.0 : nil }
                ?? free.first { orphan.position != nil && $0.position == orphan.position }
            guard let heir else { continue }
            heirs[orphan.id] = heir.id
            taken.insert(heir.id)
        }
        return heirs
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }

    /// Shared distinct words over all distinct words of the two (0 when both are empty).
    static func likeness(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }
}
