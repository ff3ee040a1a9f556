import Foundation

/// Russian texts name people by initials and a declined surname ("выступление ...
/// Д.А.Полянского", "по словам В.А.Небензи"): the envoys table's Cyrillic
/// spellings are matched by the surname's stem and the first initial, so the genitive and dative
/// forms find the person the table knows.
extension SpeakerReview {
    private static let initialsSurname = Pattern(
        #"(?<!\p{L})([А-ЯЁ])\.\s?(?:[А-ЯЁ]\.\s?)?([А-ЯЁ][а-яё]{2,}(?:-[А-ЯЁ][а-яё]+)?)"#)

    /// "Полянский" → "Полянск", "Небензя" → "Небенз": what every case of the
    /// surname starts with.
    static func surnameStem(_ surname: String) -> String {
        for ending in ["ий", "ый", "ой", "ая"] where surname.hasSuffix(ending) {
            return String(surname.dropLast(2))
        }
        if let last = surname.last, "аяь".contains(last) { return String(surname.dropLast()) }
        return surname
    }

    /// `score` is the first name's; one in the heading ("Выступление … С.В.Лаврова") counts
    /// more than one a speech quotes in its paragraphs ("как говорил К.Аннан").
    func declinedNames(in lines: [TextLine], score: Double) -> [SpeakerCandidate] {
        var found: [SpeakerCandidate] = []
        for line in lines {
            for m in Self.initialsSurname.matches(in: line.text) {
                guard let initial = m.group(1), let written = m.group(2), let r = m.groupRange(2),
                    let name = envoyNamed(initial: initial, declined: written)
                else { continue }
                let whole = NSRange(location: m.range.location, length: r.upperBound - m.range.location)
                found.append(
                    SpeakerCandidate(
                        name: name, range: doc.range(whole, inLine: line), rule: "speaker.known-name.declined",
                        score: score - 0.02 * Double(found.count),
                        reason: "“\(m.value)” is \(name) (envoys table), the surname declined"))
                if found.count == 3 { return found }
            }
        }
        return found
    }

    /// "Выступление Президента Республики Молдова Игоря Додона …":
    /// a Russian heading names a statement's speaker in the genitive after the genitive post; the name is given back
    /// in the nominative ("Игорь Додон"). Only a man's name (a woman's genitive is ambiguous), and never a
    /// country's name. A surname that Russian does not decline ("Мурата Нуртлеу") is taken
    /// only when the tables know the whole name.
    private static let postAndGiven =
        #"^\s*(?:Выступление|Заявление|Обращение|Речь|"#
        + #"Послание|Слово|Интервью)\s+"#
        + #"(?:[А-ЯЁа-яё\-]+\s+){0,6}?"#
        + #"(?:Президента|Министра|Председателя|Посла|"#
        + #"представителя|Премьер-министра|секретаря|Постпреда)\s+"#
        + #"(?:[А-ЯЁа-яё\-]+\s+){0,4}?"#
        + #"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?[ая])\s+"#
        + #"([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"#
    private static let genitiveHeading = Pattern(postAndGiven + #"(?:а|ого|его))(?=[\s,.]|$)"#)
    /// The same heading with a surname of any ending, for the surnames Russian leaves as they are.
    private static let undeclinedHeading = Pattern(postAndGiven + #")(?=[\s,.]|$)"#)

    func genitiveHeadings(in lines: [TextLine]) -> [SpeakerCandidate] {
        for line in lines.prefix(12) where line.trimmed.count <= 300 {
            guard
                let m = Self.genitiveHeading.firstMatch(in: line.text)
                    ?? Self.undeclinedHeading.firstMatch(in: line.text),
                let given = m.group(1),
                let family = m.group(2), let r1 = m.groupRange(1), let r2 = m.groupRange(2),
                reference.countries.code(forName: given) == nil, reference.countries.code(forName: family) == nil
            else { continue }
            let declined = ["а", "ого", "его"].contains { family.hasSuffix($0) }
            let name = Self.nominativeGiven(given) + " " + (declined ? Self.nominativeFamily(family) : family)
            guard declined || !envoys.terms(of: name).isEmpty else { continue }
            return [
                SpeakerCandidate(
                    name: name, range: doc.range(NSUnionRange(r1, r2), inLine: line), rule: "speaker.genitive-heading",
                    score: 0.7, reason: "the heading names “\(given) \(family)” after the post, in the genitive")
            ]
        }
        return []
    }

    /// "Игоря" → "Игорь", "Сергея" → "Сергей", "Виталия" → "Виталий",
    /// "Ильхама" → "Ильхам".
    static func nominativeGiven(_ w: String) -> String {
        if w.hasSuffix("ия") || w.hasSuffix("ея") || w.hasSuffix("ая") { return String(w.dropLast()) + "й" }
        if w.hasSuffix("я") { return String(w.dropLast()) + "ь" }
        return w.hasSuffix("а") ? String(w.dropLast()) : w
    }

    /// "Додона" → "Додон", "Лаврова" → "Лавров",
    /// "Полянского" → "Полянский".
    static func nominativeFamily(_ w: String) -> String {
        if w.hasSuffix("ого") || w.hasSuffix("его") { return String(w.dropLast(3)) + "ий" }
        return w.hasSuffix("а") ? String(w.dropLast()) : w
    }

    /// The one person of the envoys table whose Cyrillic spelling has this first initial and a surname
    /// this declined form belongs to.
    private func envoyNamed(initial: String, declined: String) -> String? {
        var names = Set<String>()
        for envoy in envoys.envoys {
            for alias in envoy.aliases
            where alias.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
                let words = alias.split(separator: " ").map(String.init)
                guard words.count >= 2, let surname = words.last, words[0].hasPrefix(initial) else { continue }
                let stem = Self.surnameStem(surname)
                if stem.count >= 3, declined.hasPrefix(stem), declined.count - stem.count <= 3 {
                    names.insert(envoy.name)
                }
            }
        }
        return names.count == 1 ? names.first : nil
    }
}
