import Foundation

/// A speech often opens by greeting its audience one dignitary a line ("Excellency Mr. …, Minister of State;",
/// "- The Honourable …, Prime Minister of Barbados", "Ladies and gentlemen,"). Those named there are listened
/// to, not speaking.
extension SpeakerReview {
    private static let greeting = Pattern(
        #"^(?:[-•–·*]\s*)?(?:(?:sua|su|son|your|his|her|vossa|vuestra|ваше|их)\s+)?"#
            + #"(?:excel\w*|honou?rable|hon\.|"#
            + #"the honou?rable|distinguished|distingu\w*|ilustr\w*|estimad\w*|"#
            + #"уважаем\w*|многоуважаем\w*|dear|"#
            + #"chers?|chères?|queridos?|ladies|mesdames|señoras|senhoras|minhas|"#
            + #"дамы|أصحاب|معالي|سعادة)(?!\p{L})"#,
        caseInsensitive: true)

    /// The ranges of the lines greeting the audience: a run of short lines near the top, begun by a greeting
    /// or a form of address, each ending as a list's item does (a comma, a semicolon, a colon) or marked as
    /// one, two or more of them greetings; a line wrapped inside an item counts with it. "H.E." and "Mr."
    /// open bylines as often as greetings: they begin no run.
    func salutationBlock() -> [NSRange] {
        let lines = Array(filled.prefix(60))
        func itemLike(_ i: Int) -> Bool {
            guard i < lines.count else { return false }
            let t = lines[i].trimmed
            guard t.count <= 400, let last = t.last else { return false }
            // Russian and Ukrainian greetings end in an exclamation mark ("Уважаемые члены
            // делегации!").
            return ",;:،؛!".contains(last) || "-•–·*".contains(t.first ?? " ")
                || kinds.count(.address, in: KindLexicon.fold(t)) > 0
        }
        // A run begins with a form of address, a list's mark, or a greeting closed by a semicolon, as a list's
        // item is: "His Excellency Mr. X," over a post line is as often the speaker's own byline.
        func closedBySemicolon(_ i: Int) -> Bool {
            i < lines.count
                && (lines[i].trimmed.hasSuffix(";") || lines[i].trimmed.hasSuffix("؛")
                    || lines[i].trimmed.hasSuffix("!") && Self.greeting.firstMatch(in: lines[i].trimmed) != nil)
        }
        func opens(_ i: Int) -> Bool {
            let t = lines[i].trimmed
            return kinds.count(.address, in: KindLexicon.fold(t)) > 0 || "-•–·*".contains(t.first ?? " ")
                || Self.greeting.firstMatch(in: t) != nil && (closedBySemicolon(i) || closedBySemicolon(i + 1))
        }
        // The first run that holds: a dash before a site's name ("– Embaixada …") opens none.
        for start in lines.indices where opens(start) && (itemLike(start) || itemLike(start + 1)) {
            var end = start
            while end + 1 < lines.count {
                let next = end + 1
                // A PDF wraps a long item: a line that does not end as an item does, then one that does.
                guard itemLike(next) || (lines[next].trimmed.count <= 400 && itemLike(next + 1) && !isProse(next))
                else { break }
                end = next
            }
            // A list of dignitaries greets two or more: one "Excellency …," line over a post is a byline.
            let greetings = lines[start...end].filter {
                Self.greeting.firstMatch(in: $0.trimmed) != nil || "-•–·*".contains($0.trimmed.first ?? " ")
            }
            if end > start, greetings.count >= 2 { return lines[start...end].map(\.range) }
        }
        return []
    }

    private func isProse(_ i: Int) -> Bool {
        let t = filled[i].trimmed
        return t.count > 160 && (t.hasSuffix(".") || t.hasSuffix("。"))
    }
}
