import Foundation

/// A speech often opens by greeting its audience one dignitary a line ("Excellency Mr. …, Minister of State;",
/// "- The Honourable …, Prime Minister of Barbados", "Ladies and gentlemen,"). Those named there are listened
/// to, not speaking.
extension SpeakerReview {
    private static let greeting = Pattern(
        #"^(?:[-•–·*]\s*)?(?:(?:sua|su|son|your|his|her|vossa|vuestra|ваше|их)\s+)?(?:excel\w*|honou?rable|hon\.|"#
            + #"the honou?rable|distinguished|distingu\w*|ilustr\w*|estimad\w*|уважаем\w*|многоуважаем\w*|dear|"#
            + #"chers?|chères?|queridos?|ladies|mesdames|señoras|senhoras|minhas|дамы|أصحاب|معالي|سعادة)"#,
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
            return ",;:،؛".contains(last) || "-•–·*".contains(t.first ?? " ")
                || kinds.count(.address, in: KindLexicon.fold(t)) > 0
        }
        func opens(_ i: Int) -> Bool {
            let t = lines[i].trimmed
            return Self.greeting.firstMatch(in: t) != nil || kinds.count(.address, in: KindLexicon.fold(t)) > 0
        }
        guard let start = lines.indices.first(where: { opens($0) && (itemLike($0) || itemLike($0 + 1)) }) else {
            return []
        }
        var end = start
        while end + 1 < lines.count {
            let next = end + 1
            // A PDF wraps a long item: a line that does not end as an item does, followed by one that does.
            if itemLike(next) || (lines[next].trimmed.count <= 400 && itemLike(next + 1) && !isProse(next)) {
                end = next
            } else {
                break
            }
        }
        // A list of dignitaries greets two or more: one "Excellency …," line over a post is a byline.
        let greetings = lines[start...end].filter {
            Self.greeting.firstMatch(in: $0.trimmed) != nil || "-•–·*".contains($0.trimmed.first ?? " ")
        }
        guard end > start, greetings.count >= 2 else { return [] }
        return lines[start...end].map(\.range)
    }

    private func isProse(_ i: Int) -> Bool {
        let t = filled[i].trimmed
        return t.count > 160 && (t.hasSuffix(".") || t.hasSuffix("。"))
    }
}
