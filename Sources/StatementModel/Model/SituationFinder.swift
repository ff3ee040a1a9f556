import Foundation

/// The one to three situations a statement is about, strongest evidence first: the topic a corpus
/// gives, the agenda item its text names, its headline, then its text (names of places, parties and
/// missions; resolution numbers). A country named once in passing does not make a statement about it.
/// Every one is inferred: a corpus topic is the corpus's word, but the filing under a situation is ours.
public struct SituationFinder: Sendable {
    let catalog: SituationCatalog
    /// Every alias and resolution form of every situation, for one pass over a text.
    private let phrases: PhraseIndex
    /// Per phrase: its situation, and whether it is a resolution number (stronger than a name).
    private let owner: [(situation: Int, resolution: Bool)]

    /// Weights of the evidence, in "mentions in the body" units.
    enum Weight {
        static let corpusTopic = 12.0, agendaTitle = 8.0, agendaName = 5.0, headline = 4.0
        static let resolution = 3.0, leadMention = 2.0, mention = 1.0, bodyCap = 10.0
    }

    public init(catalog: SituationCatalog) {
        self.catalog = catalog
        var list: [String] = [], owner: [(Int, Bool)] = [], seen: Set<String> = []
        // A phrase listed twice (two spellings that fold alike) would be counted twice: the first keeps it.
        func add(_ phrase: String, _ i: Int, _ resolution: Bool) {
            guard seen.insert(phrase).inserted else { return }
            list.append(phrase)
            owner.append((i, resolution))
        }
        for (i, s) in catalog.situations.enumerated() {
            for a in s.aliases { add(a, i, false) }
            for n in s.resolutions { for form in Self.resolutionForms(n) { add(KindLexicon.fold(form), i, true) } }
        }
        phrases = PhraseIndex(list, endings: Self.endings)
        self.owner = owner
    }

    /// Plurals, demonyms and case endings a name takes in running text (folded): "Syrians", "Iraqi",
    /// "Sudanese", "haïtienne", "Украины". Not "ia" ("Niger" is not "Nigeria").
    static let endings = ["s", "es", "n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "e", "ne", "nes", "no",
                          "nos", "na", "nas", "ien", "iens", "ienne", "iennes", "а", "ы", "е", "у", "ой", "ом", "ии", "ию",
                          "ей", "ский", "ская", "ское", "ские", "ского", "ской", "ском", "ских"]

    /// "resolution 2231", "2231 (2015)", "резолюции 2231", "القرار 2231", "第2231号" ...
    static func resolutionForms(_ n: String) -> [String] {
        ["resolution \(n)", "resolutions \(n)", "résolution \(n)", "resolución \(n)", "\(n) (",
         "резолюции \(n)", "резолюция \(n)", "резолюцию \(n)", "резолюцией \(n)", "第\(n)号", "القرار \(n)",
         "للقرار \(n)", "بالقرار \(n)"]
    }

    /// - Parameter topics: what a corpus says the statement is about (its topic and agenda columns).
    public func situations(of s: Statement, topics: [String] = []) -> [SituationMatch] {
        var tally = [Tally](repeating: Tally(), count: catalog.situations.count)
        weighTopics(topics, into: &tally)
        if let agenda = s.agenda?.value { weighAgenda(KindLexicon.fold(agenda), into: &tally) }
        if let title = s.title?.value {
            for (i, phrase) in distinctHits(in: KindLexicon.fold(title)) where tally[i].headline == nil {
                tally[i].headline = phrase
                tally[i].score += Weight.headline
            }
        }
        weighBody(s.paragraphs, into: &tally)
        return choose(tally)
    }

    struct Tally {
        var score = 0.0
        var topic: String?, agenda: String?, headline: String?
        var mentions = 0, resolutions: Set<String> = [], firstMention: String?
        var bodyScore = 0.0
    }

    private func weighTopics(_ topics: [String], into tally: inout [Tally]) {
        for topic in topics.map(KindLexicon.fold) where topic.count >= 3 {
            for (i, s) in catalog.situations.enumerated() where tally[i].topic == nil {
                let named = KindLexicon.fold(s.name) == topic || s.aliases.contains(topic)
                if named || s.agendaTitles.contains(where: { Self.sameItem(topic, $0) }) {
                    tally[i].topic = topic
                    tally[i].score += Weight.corpusTopic
                }
            }
            // "Items relating to Ukraine": a name inside the topic.
            for (i, _) in distinctHits(in: topic) where tally[i].topic == nil {
                tally[i].topic = topic
                tally[i].score += Weight.corpusTopic
            }
        }
    }

    /// An agenda item as a source words it and a title of the table: the same, or one the other's
    /// start or a longer form of it ("Cooperation between the United Nations and regional and subregional
    /// organizations" for the title that goes on "... in maintaining international peace and security").
    static func sameItem(_ given: String, _ title: String) -> Bool {
        given == title || given.count > 12 && (given.contains(title) || title.contains(given))
    }

    private func weighAgenda(_ agenda: String, into tally: inout [Tally]) {
        for (i, s) in catalog.situations.enumerated() {
            if let t = s.agendaTitles.first(where: { Self.sameItem(agenda, $0) }) {
                tally[i].agenda = t
                tally[i].score += Weight.agendaTitle
            }
        }
        for (i, phrase) in distinctHits(in: agenda) where tally[i].agenda == nil {
            tally[i].agenda = phrase
            tally[i].score += Weight.agendaName
        }
    }

    /// Mentions in the opening lines weigh double: what a text is about is named early.
    private func weighBody(_ paragraphs: [String], into tally: inout [Tally]) {
        var units: [UInt16] = []
        var leadEnd = 0
        for (n, p) in paragraphs.enumerated() {
            if units.count > 20_000 { break }
            if n > 0 { units.append(10) }
            units += KindLexicon.fold(p).utf16
            if n < 2 || units.count < 400 { leadEnd = units.count }
        }
        var last: (start: Int, situation: Int) = (-1, -1)
        phrases.matches(in: units) { p, start in
            let (i, isResolution) = owner[p]
            // "Gaza" and "Gaza Strip" both match at one place: one mention.
            if (start, i) == last { return true }
            last = (start, i)
            let phrase = String(decoding: phrases.phrases[p], as: UTF16.self)
            if isResolution {
                if tally[i].resolutions.insert(phrase).inserted, tally[i].resolutions.count <= 2 {
                    tally[i].bodyScore += Weight.resolution
                }
            } else {
                tally[i].mentions += 1
                tally[i].bodyScore += start < leadEnd ? Weight.leadMention : Weight.mention
                if tally[i].firstMention == nil { tally[i].firstMention = phrase }
            }
            return true
        }
        for i in tally.indices { tally[i].score += min(tally[i].bodyScore, Weight.bodyCap) }
    }

    /// Each situation named in a short folded text, once, with the first phrase that named it.
    private func distinctHits(in folded: String) -> [(Int, String)] {
        var seen: [Int: String] = [:]
        phrases.matches(in: Array(folded.utf16)) { p, _ in
            let i = owner[p].situation
            if seen[i] == nil { seen[i] = String(decoding: phrases.phrases[p], as: UTF16.self) }
            return true
        }
        return seen.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The strongest, up to three: each must pass its own bar and come near the strongest.
    private func choose(_ tally: [Tally]) -> [SituationMatch] {
        let passing = tally.indices.filter { i in
            // Thematic items are named in passing more often than countries: they need more.
            let bar = catalog.situations[i].isThematic ? 4.0 : 3.0
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
        let rule = t.topic != nil ? "situation.corpus-topic" : t.agenda != nil ? "situation.agenda"
            : t.headline != nil ? "situation.headline" : "situation.body"
        let confidence = t.topic != nil ? 0.95 : t.agenda != nil ? 0.85 : min(0.5 + t.score / 40, 0.8)
        let evidence = t.topic ?? t.agenda ?? t.headline ?? t.resolutions.sorted().first ?? t.firstMention
        return SituationMatch(
            name: name,
            provenance: Provenance(basis: .inferred, rule: rule, confidence: confidence, evidence: evidence,
                                   reason: reasons.joined(separator: "; ")))
    }
}
