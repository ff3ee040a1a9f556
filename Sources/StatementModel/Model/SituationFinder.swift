import Foundation

/// The one to three situations a statement is about, strongest evidence first: the topic a corpus
/// gives, the agenda item its text names, its headline, then its text (names of places, parties and
/// missions; resolution numbers). A country named once in passing does not make a statement about it.
/// Every one is inferred: a corpus topic is the corpus's word, but the filing under a situation is ours.
public struct SituationFinder: Sendable {
    let catalog: SituationCatalog
    /// Every alias and resolution form of every situation, for one pass over a text.
    private let phrases: PhraseIndex
    /// Per phrase: its situation, whether it is a resolution number (stronger than a name), and how much
    /// a mention counts (a weak alias less than a name).
    private let owner: [(situation: Int, resolution: Bool, weight: Double)]
    private let phraseLengths: [Int]
    /// Each phrase as a string, made once: making it at each match was a tenth of the finder's time.
    private let phraseNames: [String]

    /// Weights of the evidence, in "mentions in the body" units.
    enum Weight {
        static let corpusTopic = 12.0, agendaTitle = 8.0, agendaName = 5.0, headline = 4.0
        static let resolution = 3.0, leadMention = 2.0, mention = 1.0, bodyCap = 10.0, weakAlias = 0.4
    }

    /// Filings of topic and agenda strings already seen (see `Filing`).
    private let memo = Memo<[Filing]>(capacity: 20_000)

    public init(catalog: SituationCatalog) {
        self.catalog = catalog
        var list: [String] = []
        var owner: [(Int, Bool, Double)] = []
        var seen: Set<String> = []
        // A phrase listed twice (two spellings that fold alike) would be counted twice: the first keeps it.
        func add(_ phrase: String, _ i: Int, _ resolution: Bool, _ weight: Double = 1) {
            guard seen.insert(phrase).inserted else { return }
            list.append(phrase)
            owner.append((i, resolution, weight))
        }
        for (i, s) in catalog.situations.enumerated() {
            for a in s.aliases { add(a, i, false) }
            for n in s.resolutions { for form in Self.resolutionForms(n) { add(KindLexicon.fold(form), i, true) } }
        }
        for (i, s) in catalog.situations.enumerated() { for a in s.weakAliases { add(a, i, false, Weight.weakAlias) } }
        phrases = PhraseIndex(list, endings: Self.endings)
        phraseLengths = phrases.phrases.map(\.count)
        phraseNames = phrases.phrases.map { String(decoding: $0, as: UTF16.self) }
        self.owner = owner
    }

    /// Plurals, demonyms and case endings a name takes in running text (folded): "Syrians", "Iraqi",
    /// "Sudanese", "haïtienne", "Украины". Not "ia" ("Niger" is not "Nigeria").
    static let endings = [
        "s", "es", "n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "e", "ne", "nes", "no",
        "nos", "na", "nas", "ien", "iens", "ienne", "iennes", "а", "ы", "е", "у", "ой", "ом", "ии", "ию",
        "ей", "ский", "ская", "ское", "ские", "ского", "ской", "ском", "ских",
    ]

    /// "resolution 2231", "2231 (2015)", "резолюции 2231", "القرار 2231", "第2231号" ... A bare number is one
    /// only with its year in brackets: "25 septembre 2014 (69e session)" is a date, not resolution 2014.
    static func resolutionForms(_ n: String) -> [String] {
        [
            "resolution \(n)", "resolutions \(n)", "résolution \(n)", "resolución \(n)", "\(n) (19", "\(n) (20",
            "резолюции \(n)", "резолюция \(n)", "резолюцию \(n)", "резолюцией \(n)", "第\(n)号", "القرار \(n)",
            "للقرار \(n)", "بالقرار \(n)",
        ]
    }

    /// - Parameter topics: what a corpus says the statement is about (its topic and agenda columns).
    public func situations(of s: Statement, topics: [String] = []) -> [SituationMatch] {
        var tally = [Tally](repeating: Tally(), count: catalog.situations.count)
        weighTopics(topics, into: &tally)
        if let agenda = s.agenda?.value { weighAgenda(KindLexicon.fold(agenda), into: &tally) }
        if let title = s.title?.value {
            for (i, phrase, weight) in distinctHits(in: KindLexicon.fold(title)) where tally[i].headline == nil {
                tally[i].headline = phrase
                tally[i].score += Weight.headline * weight
            }
        }
        weighBody(s.paragraphs, into: &tally)
        // A short story names its subject fewer times than a long speech does.
        let words = s.paragraphs.reduce(0) { n, p in n + p.utf8.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) } }
        return choose(tally, short: words < 350)
    }

    struct Tally {
        var score = 0.0
        var topic: String?, agenda: String?, headline: String?
        var mentions = 0, strongMentions = 0, resolutions: Set<String> = [], firstMention: String?
        var bodyScore = 0.0
    }

    /// What one topic or agenda string gives (situation, the words that named it, points): worked out once
    /// for each distinct string, since a corpus repeats a meeting's topic over thousands of speeches.
    typealias Filing = (situation: Int, named: String, points: Double)

    private func weighTopics(_ topics: [String], into tally: inout [Tally]) {
        for topic in topics {
            let filings = memo.value(for: "t\u{1}" + topic) { topicFilings(KindLexicon.fold(topic)) }
            for f in filings where tally[f.situation].topic == nil {
                tally[f.situation].topic = f.named
                tally[f.situation].score += f.points
            }
        }
    }

    private func topicFilings(_ topic: String) -> [Filing] {
        guard topic.count >= 3 else { return [] }
        var out: [Filing] = []
        for (i, s) in catalog.situations.enumerated() {
            let named = KindLexicon.fold(s.name) == topic || s.aliases.contains(topic)
            if named || s.agendaTitles.contains(where: { Self.sameItem(topic, $0) }) {
                out.append((i, topic, Weight.corpusTopic))
            }
        }
        // "Items relating to Ukraine": a name inside the topic.
        for (i, _, weight) in distinctHits(in: topic) where weight == 1 && !out.contains(where: { $0.situation == i }) {
            out.append((i, topic, Weight.corpusTopic))
        }
        return out
    }

    /// An agenda item as a source words it and a title of the table: the same, or one the other's
    /// start or a longer form of it ("Cooperation between the United Nations and regional and subregional
    /// organizations" for the title that goes on "... in maintaining international peace and security").
    static func sameItem(_ given: String, _ title: String) -> Bool {
        given == title || given.count > 12 && (given.contains(title) || title.contains(given))
    }

    private func weighAgenda(_ agenda: String, into tally: inout [Tally]) {
        for f in memo.value(for: "a\u{1}" + agenda, make: { agendaFilings(KindLexicon.fold(agenda)) })
        where tally[f.situation].agenda == nil {
            tally[f.situation].agenda = f.named
            tally[f.situation].score += f.points
        }
    }

    /// The agenda item a text names: the situations whose title matches it best (the longest title that
    /// matches: "Non-proliferation/Democratic People's Republic of Korea" is not also plain "Non-proliferation"),
    /// then those whose names it holds.
    private func agendaFilings(_ agenda: String) -> [Filing] {
        var best: [(situation: Int, title: String)] = []
        for (i, s) in catalog.situations.enumerated() {
            guard let t = s.agendaTitles.filter({ Self.sameItem(agenda, $0) }).max(by: { $0.count < $1.count })
            else { continue }
            if let longest = best.first?.title.count, t.count < longest { continue }
            if let longest = best.first?.title.count, t.count > longest { best = [] }
            best.append((i, t))
        }
        var out: [Filing] = best.map { ($0.situation, $0.title, Weight.agendaTitle) }
        for (i, phrase, weight) in distinctHits(in: agenda) where !out.contains(where: { $0.situation == i }) {
            out.append((i, phrase, Weight.agendaName * weight))
        }
        return out
    }

    /// Mentions in the opening lines weigh double: what a text is about is named early.
    private func weighBody(_ paragraphs: [String], into tally: inout [Tally]) {
        var units: [UInt16] = []
        var leadEnd = 0
        for (n, p) in paragraphs.enumerated() {
            if units.count > 20_000 { break }
            if n > 0 { units.append(10) }
            Self.appendFolded(p, to: &units)
            if n < 2 || units.count < 400 { leadEnd = units.count }
        }
        for (p, start) in longestMatches(in: units) {
            let (i, isResolution, weight) = owner[p]
            let phrase = phraseNames[p]
            if isResolution {
                if tally[i].resolutions.insert(phrase).inserted, tally[i].resolutions.count <= 2 {
                    tally[i].bodyScore += Weight.resolution
                }
            } else {
                tally[i].mentions += 1
                tally[i].bodyScore += (start < leadEnd ? Weight.leadMention : Weight.mention) * weight
                if tally[i].firstMention == nil || weight == 1 && tally[i].strongMentions == 0 {
                    tally[i].firstMention = phrase
                }
                if weight == 1 { tally[i].strongMentions += 1 }
            }
        }
        for i in tally.indices { tally[i].score += min(tally[i].bodyScore, Weight.bodyCap) }
    }

    /// A paragraph folded as `KindLexicon.fold` folds it, as UTF-16: ASCII text (most of an English corpus)
    /// only needs lower case, which is far cheaper than Foundation's folding.
    static func foldedUnits(_ text: String) -> [UInt16] {
        var units: [UInt16] = []
        appendFolded(text, to: &units)
        return units
    }

    /// `foldedUnits` appended to the text read so far, read from the string's bytes without a copy between.
    static func appendFolded(_ text: String, to units: inout [UInt16]) {
        var text = text
        let ascii = text.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            // In ASCII a byte is a UTF-16 unit.
            units.reserveCapacity(units.count + bytes.count)
            for b in bytes { units.append(UInt16(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)) }
            return true
        }
        if !ascii { units += KindLexicon.fold(text).utf16 }
    }

    /// Every phrase found, but where phrases overlap only the longest: "South Sudan" is not also "Sudan",
    /// "disarmament, demobilization and reintegration" not also "disarmament".
    private func longestMatches(in units: [UInt16]) -> [(phrase: Int, start: Int)] {
        var found: [(phrase: Int, start: Int, end: Int)] = []
        let lengths = phraseLengths  // not `self` in the closure: that copied the whole finder at each match
        phrases.matches(in: units) { p, start in
            found.append((p, start, start + lengths[p]))
            return true
        }
        found.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var kept: [(phrase: Int, start: Int)] = []
        var coveredTo = -1
        // Earliest first, the longest of those starting together; a match starting inside one kept is skipped.
        for m in found where m.start >= coveredTo {
            kept.append((m.phrase, m.start))
            coveredTo = m.end
        }
        return kept
    }

    /// Each situation named in a short folded text, once, with the phrase that named it best and its weight.
    private func distinctHits(in folded: String) -> [(Int, String, Double)] {
        var seen: [Int: (String, Double)] = [:]
        for (p, _) in longestMatches(in: Array(folded.utf16)) {
            let (i, _, weight) = owner[p]
            if (seen[i]?.1 ?? 0) < weight { seen[i] = (phraseNames[p], weight) }
        }
        return seen.sorted { $0.key < $1.key }.map { ($0.key, $0.value.0, $0.value.1) }
    }

    /// The strongest, up to three: each must pass its own bar and come near the strongest.
    private func choose(_ tally: [Tally], short: Bool) -> [SituationMatch] {
        let passing = tally.indices.filter { i in
            // Thematic items are named in passing more often than countries: they need more.
            let bar = (catalog.situations[i].isThematic ? 4.0 : 3.0) - (short ? 1 : 0)
            return tally[i].score >= bar
        }
        guard let top = passing.map({ tally[$0].score }).max() else { return [] }
        let chosen = passing.filter { tally[$0].topic != nil || tally[$0].score >= top * 0.35 }
            .sorted { tally[$0].score > tally[$1].score }.prefix(3)
        return chosen.map { match(catalog.situations[$0].name, tally[$0]) }
    }

    private func match(_ name: String, _ t: Tally) -> SituationMatch {
        var reasons: [String] = []
        if let topic = t.topic { reasons.append("the corpus files it under “\(topic)”") }
        if let agenda = t.agenda { reasons.append("its agenda item names “\(agenda)”") }
        if let h = t.headline { reasons.append("the headline names “\(h)”") }
        if !t.resolutions.isEmpty { reasons.append(t.resolutions.sorted().map { "“\($0)”" }.joined(separator: ", ")) }
        if t.mentions > 0 { reasons.append("\(t.mentions) mention\(t.mentions == 1 ? "" : "s") in the text") }
        let rule =
            t.topic != nil
            ? "situation.corpus-topic"
            : t.agenda != nil
                ? "situation.agenda"
                : t.headline != nil ? "situation.headline" : "situation.body"
        let confidence = t.topic != nil ? 0.95 : t.agenda != nil ? 0.85 : min(0.5 + t.score / 40, 0.8)
        let evidence = t.topic ?? t.agenda ?? t.headline ?? t.resolutions.sorted().first ?? t.firstMention
        return SituationMatch(
            name: name,
            provenance: Provenance(
                basis: .inferred, rule: rule, confidence: confidence, evidence: evidence,
                reason: reasons.joined(separator: "; ")))
    }
}

/// A bounded, thread-safe memory of values by key, for work the import's reading threads repeat.
final class Memo<Value>: @unchecked Sendable {  // guarded by lock
    private let lock = NSLock()
    private var values: [String: Value] = [:]
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func value(for key: String, make: () -> Value) -> Value {
        lock.lock()
        if let known = values[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let made = make()
        lock.lock()
        if values.count >= capacity { values.removeAll(keepingCapacity: true) }
        values[key] = made
        lock.unlock()
        return made
    }
}
