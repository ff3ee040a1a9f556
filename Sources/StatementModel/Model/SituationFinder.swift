import Foundation

/// The one to three situations a statement is about, strongest evidence first: the topic a corpus
/// gives, the agenda item its text names, its headline, then its text (names of places, parties and
/// missions; resolution numbers). A country named once in passing does not make a statement about it.
/// Every one is inferred: a corpus topic is the corpus's word, but the filing under a situation is ours.
public struct SituationFinder: Sendable {
    /// Goes up whenever a change of this code files statements differently, so that libraries filed before it
    /// are offered filing again (`SituationCatalog.fingerprint`); a change of the tables is seen without it.
    public static let rulesVersion = 1
    let catalog: SituationCatalog
    /// Every alias and resolution form of every situation, for one pass over a text.
    private let phrases: PhraseIndex
    /// Per phrase: its situation, whether it is a resolution number (stronger than a name), and how much
    /// a mention counts (a weak alias less than a name).
    private let owner: [(situation: Int, resolution: Bool, weight: Double)]
    private let phraseLengths: [Int]
    /// Each phrase as a string, made once: making it at each match was a tenth of the finder's time.
    private let phraseNames: [String]
    /// Per phrase, whether ICU must confirm it is a word (`dropSplitWords`): a name in a script written without
    /// spaces can be letters of other words.
    private let checkWords: [Bool]

    /// Weights of the evidence, in "mentions in the body" units.
    enum Weight {
        static let corpusTopic = 12.0, agendaTitle = 8.0, agendaName = 5.0, headline = 4.0
        static let resolution = 3.0, leadMention = 2.0, mention = 1.0, bodyCap = 10.0, weakAlias = 0.4
        /// Added to a mention framed as the subject ("the fight against terrorism"), for two mentions at most.
        static let framed = 1.0, framedCount = 2
        /// Added for each name past the first: a subject is named in several ways, a passing comparison in one.
        static let otherName = 1.0
        /// What a situation needs to be chosen, and how near the strongest it must come.
        static let countryBar = 2.0, thematicBar = 2.5, nearTop = 0.5
        /// What a pair row's words found together (see `SituationCues`) lift a situation to: the bar.
        static let pairHit = 2.5
        /// Added once for a mention that a sentence turns to as its subject ("Sur l'Ukraine, …").
        static let turned = 1.5
    }

    /// Per phrase, what it is as a cue word (`SituationCues`); empty for a name only.
    private let cueRoles: [[CueRole]]
    /// Per situation, a bit for each frame row that applies to it.
    private let frameMasks: [UInt64]
    /// Per pair row, the situation it names (nil when the table names none the catalog has).
    private let pairSituations: [Int?]
    private let pairs: [SituationCues.Pair]
    /// Per situation, the folded words that turn a sentence to it (`SituationCues.Turn`).
    private let turnWords: [[[UInt16]]]

    enum CueRole {
        case frame(Int)
        case word(Int)
        case near(Int)
        case unless(Int)
    }

    /// Filings of topic and agenda strings already seen (see `Filing`).
    private let memo = Memo<[Filing]>(capacity: 20_000)

    public init(catalog: SituationCatalog) {
        self.catalog = catalog
        var list: [String] = []
        var owner: [(Int, Bool, Double)] = []
        var at: [String: Int] = [:]
        // A phrase listed twice (two spellings that fold alike) would be counted twice: the first keeps it.
        func add(_ phrase: String, _ i: Int, _ resolution: Bool, _ weight: Double = 1) {
            guard at[phrase] == nil else { return }
            at[phrase] = list.count
            list.append(phrase)
            owner.append((i, resolution, weight))
        }
        for (i, s) in catalog.situations.enumerated() {
            // Places and parties only: a thematic item's Arabic words joined to a particle are as often
            // the ordinary phrase ("لحفظ السلام", to keep the peace), and counting them lifted items
            // over the places.
            for a in s.aliases { for form in s.isThematic ? [a] : ArabicParticles.forms(of: a) { add(form, i, false) } }
            for n in s.resolutions { for form in Self.resolutionForms(n) { add(KindLexicon.fold(form), i, true) } }
        }
        for (i, s) in catalog.situations.enumerated() {
            for a in s.weakAliases {
                for form in s.isThematic ? [a] : ArabicParticles.forms(of: a) { add(form, i, false, Weight.weakAlias) }
            }
        }
        // The cue words join the same index, so one pass over a text finds both: a second pass was a tenth of
        // an import's time. A cue word that is also a name keeps both parts.
        var roles = [[CueRole]](repeating: [], count: list.count)
        func cue(_ word: String, _ role: CueRole) {
            if at[word] == nil {
                add(word, -1, false, 0)
                roles.append([])
            }
            roles[at[word]!].append(role)
        }
        for (i, f) in catalog.cues.frames.prefix(64).enumerated() { for w in f.words { cue(w, .frame(i)) } }
        for (i, p) in catalog.cues.pairs.enumerated() {
            for w in p.words { cue(w, .word(i)) }
            for w in p.near { cue(w, .near(i)) }
            for w in p.unless { cue(w, .unless(i)) }
        }
        cueRoles = roles
        phrases = PhraseIndex(list, endings: Self.endings)
        phraseLengths = phrases.phrases.map(\.count)
        phraseNames = phrases.phrases.map { String(decoding: $0, as: UTF16.self) }
        checkWords = phrases.phrases.map { $0.allSatisfy(PhraseIndex.unspaced) }
        self.owner = owner
        frameMasks = catalog.situations.map { s in
            catalog.cues.frames.prefix(64).enumerated().reduce(UInt64(0)) { mask, f in
                f.element.scope.applies(to: s) ? mask | 1 << UInt64(f.offset) : mask
            }
        }
        pairs = catalog.cues.pairs
        turnWords = catalog.situations.map { s in
            catalog.cues.turns.filter { $0.scope.applies(to: s) }.flatMap { $0.words.map { Array($0.utf16) } }
        }
        pairSituations = pairs.map { p in catalog.situations.firstIndex { $0.name == p.situation } }
    }

    /// Plurals, demonyms and case endings a name takes in running text (folded): "Syrians", "Iraqi",
    /// "Sudanese", "haïtienne", "Украины". Not "ia" ("Niger" is not "Nigeria").
    static let endings = [
        "s", "es", "n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is", "e", "ne", "nes", "no",
        "nos", "na", "nas", "ien", "iens", "ienne", "iennes", "а", "ы", "е", "у", "ой", "ом", "ии", "ию",
        "ей", "ский", "ская", "ское", "ские", "ского", "ской", "ском", "ских",
    ]

    /// "resolution 2231", "2231 (2015)", "резолюции 2231", "القرار 2231", "第2231号" ... A bare number
    /// is one only with its year in brackets: "25 septembre 2014 (69e session)" is a date, not resolution 2014.
    static func resolutionForms(_ n: String) -> [String] {
        [
            "resolution \(n)", "resolutions \(n)", "résolution \(n)", "resolución \(n)", "\(n) (19", "\(n) (20",
            "резолюции \(n)", "резолюция \(n)", "резолюцию \(n)",
            "резолюцией \(n)", "第\(n)号", "القرار \(n)",
            "للقرار \(n)", "بالقرار \(n)",
        ]
    }

    /// - Parameter topics: what a corpus says the statement is about (its topic and agenda columns).
    public func situations(of s: Statement, topics: [String] = []) -> [SituationMatch] {
        let tally = tallies(of: s, topics: topics)
        return chosen(tally).map { match(catalog.situations[$0].name, tally[$0]) }
    }

    /// What was weighed for every situation with any evidence, and whether it was chosen: for measuring
    /// the finder against a labelled set and for saying why a situation was not given.
    public func evidence(of s: Statement, topics: [String] = []) -> [SituationEvidence] {
        let tally = tallies(of: s, topics: topics)
        let picked = Set(chosen(tally))
        // Counted here only: the import does not need it.
        let words = Self.wordCount(s.paragraphs)
        return tally.indices.filter { tally[$0].score > 0 }.map { i in
            let t = tally[i]
            return SituationEvidence(
                situation: catalog.situations[i].name, thematic: catalog.situations[i].isThematic, score: t.score,
                topic: t.topic != nil, agenda: t.agenda != nil, headline: t.headline != nil, mentions: t.mentions,
                strongMentions: t.strongMentions, leadMentions: t.leadMentions, distinctNames: t.names.count,
                resolutions: t.resolutions.count, cues: t.cues, framed: t.framed, body: t.bodyScore, words: words,
                chosen: picked.contains(i))
        }
    }

    private func tallies(of s: Statement, topics: [String]) -> [Tally] {
        var tally = [Tally](repeating: Tally(), count: catalog.situations.count)
        weighTopics(topics, into: &tally)
        if let agenda = s.agenda?.value { weighAgenda(KindLexicon.fold(agenda), into: &tally) }
        if let title = s.title?.value {
            let folded = Array(KindLexicon.fold(title).utf16)
            let (names, cues) = scan(folded)
            var hits = distinctHits(names)
            // A headline that words an item its own way: "… to Maintain International Peace and Security".
            for (i, w) in pairHits(cues, units: folded, spans: [])
            where !hits.contains(where: { $0.0 == i }) {
                hits.append((i, pairName(w.row), 1))
            }
            for (i, phrase, weight) in hits where tally[i].headline == nil {
                tally[i].headline = phrase
                tally[i].score += Weight.headline * weight
            }
        }
        weighBody(s.paragraphs, into: &tally)
        return tally
    }

    /// Words by the spaces between them; in Chinese, Japanese and Korean, a word for every two characters
    /// (their UTF-8 lead bytes E3–ED), else every Chinese story would count as a few words long.
    static func wordCount(_ paragraphs: [String]) -> Int {
        var spaces = 0
        var unspaced = 0
        for p in paragraphs {
            spaces += 1
            for b in p.utf8 {
                if b == 0x20 { spaces += 1 } else if b >= 0xE3 && b <= 0xED { unspaced += 1 }
            }
        }
        return spaces + unspaced / 2
    }

    struct Tally {
        var score = 0.0
        var topic: String?, agenda: String?, headline: String?
        var mentions = 0, strongMentions = 0, leadMentions = 0, resolutions: Set<String> = [], firstMention: String?
        /// The different names (phrases) that named it: several names are a subject, one name said often may be
        /// a passing comparison.
        var names: Set<Int> = []
        var cues = 0, framed = 0
        /// The words that turned a sentence to it, once found.
        var turnedBy: String?
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
        for (i, _, weight) in distinctHits(scan(Array(topic.utf16)).names)
        where weight == 1 && !out.contains(where: { $0.situation == i }) {
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
        for (i, phrase, weight) in distinctHits(scan(Array(agenda.utf16)).names)
        where !out.contains(where: { $0.situation == i }) {
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
        let (names, cues) = scan(units)
        var spans: [(situation: Int, start: Int, end: Int)] = []
        for (p, start) in names {
            let (i, isResolution, weight) = owner[p]
            let phrase = phraseNames[p]
            spans.append((i, start, start + phraseLengths[p]))
            if isResolution {
                if tally[i].resolutions.insert(phrase).inserted, tally[i].resolutions.count <= 2 {
                    tally[i].bodyScore += Weight.resolution
                }
            } else {
                tally[i].mentions += 1
                tally[i].bodyScore += (start < leadEnd ? Weight.leadMention : Weight.mention) * weight
                if start < leadEnd { tally[i].leadMentions += 1 }
                if weight == 1 { tally[i].names.insert(p) }
                if tally[i].firstMention == nil || weight == 1 && tally[i].strongMentions == 0 {
                    tally[i].firstMention = phrase
                }
                if weight == 1 { tally[i].strongMentions += 1 }
                if weight == 1, tally[i].turnedBy == nil,
                    let lead = Self.turn(units, start, start + phraseLengths[p], words: turnWords[i])
                {
                    tally[i].turnedBy = lead
                    tally[i].bodyScore += Weight.turned
                }
                if tally[i].framed < Weight.framedCount,
                    framed(units, start, start + phraseLengths[p], by: cues.frames, mask: frameMasks[i])
                {
                    tally[i].framed += 1
                    tally[i].bodyScore += Weight.framed
                }
            }
        }
        weighPairs(cues, units: units, spans: spans, leadEnd: leadEnd, into: &tally)
        for i in tally.indices {
            tally[i].bodyScore += Weight.otherName * Double(max(tally[i].names.count - 1, 0))
            tally[i].score += min(tally[i].bodyScore, Weight.bodyCap)
            // The item worded as a speaker argues for it ("a reform of the Council that reflects the world of
            // today") is what the statement says, not a name in passing: it reaches the bar, and no further,
            // so it does not push the statement's other subjects out.
            if tally[i].cues > 0 { tally[i].score = max(tally[i].score, Weight.pairHit) }
        }
    }

    /// Where the cue words are: framing words (with their row), and each pair row's words, near words and
    /// exceptions.
    struct CueHits {
        var frames: [(row: Int, start: Int, end: Int)] = []
        var words: [(row: Int, start: Int, end: Int)] = []
        var near: [(row: Int, start: Int, end: Int)] = []
        var unless: [(row: Int, start: Int, end: Int)] = []
    }

    /// Whether a framing word that applies stands just before the mention or just after it, in its sentence.
    private func framed(
        _ units: [UInt16], _ start: Int, _ end: Int, by frames: [(row: Int, start: Int, end: Int)], mask: UInt64
    ) -> Bool {
        frames.contains { f in
            guard mask & 1 << UInt64(f.row) != 0 else { return false }
            if f.end <= start { return start - f.end <= 30 && !Self.sentenceBreak(units, f.end, start) }
            if f.start >= end { return f.start - end <= 25 && !Self.sentenceBreak(units, end, f.start) }
            return false
        }
    }

    static func sentenceBreak(_ units: [UInt16], _ from: Int, _ to: Int, paragraphOnly: Bool = false) -> Bool {
        units[from..<to].contains { u in
            // A line feed ends a paragraph; . ! ? ; 。 ； end a sentence.
            u == 10 || !paragraphOnly && [0x2E, 0x21, 0x3F, 0x3B, 0x3002, 0xFF1B].contains(u)
        }
    }

    /// The words before a mention that opens its sentence by turning to it ("sur l'", "on the question of ",
    /// "по "), when a comma or a colon closes the phrase soon after: a speaker taking up a subject, not a name
    /// said in passing. Nil otherwise.
    static func turn(_ units: [UInt16], _ start: Int, _ end: Int, words: [[UInt16]]) -> String? {
        guard !words.isEmpty else { return nil }
        let breaks: Set<UInt16> = [10, 0x2E, 0x21, 0x3F, 0x3B, 0x3002, 0xFF1B, 0x2A, 0x2022]
        var s = start
        while s > 0, start - s <= 40, !breaks.contains(units[s - 1]) { s -= 1 }
        guard s == 0 || breaks.contains(units[s - 1]) else { return nil }
        while s < start, [0x20, 0x22, 0xAB, 0x201C, 0x2D, 0x2014].contains(units[s]) { s += 1 }
        let lead = units[s..<start]
        // "On Monday, Ukraine …": a comma inside the opening ends the turn before the name.
        guard !lead.contains(where: { [0x2C, 0x3A, 0xFF0C, 0x060C].contains($0) }) else { return nil }
        let opens = words.contains { w in
            guard lead.starts(with: w) else { return false }
            let rest = lead.dropFirst(w.count)
            // A word of a script without spaces runs on into the name; others end at a space or an apostrophe.
            return rest.first.map { [0x20, 0x27, 0x2019].contains($0) } ?? true
                || w.last.map { PhraseIndex.unspaced($0) } == true
        }
        guard opens else { return nil }
        var e = end
        while e < units.count, e - end <= 40 {
            if [0x2C, 0x3A, 0xFF0C, 0x060C, 0xFF1A, 0x3001].contains(units[e]) {
                return String(decoding: lead, as: UTF16.self)
            }
            if breaks.contains(units[e]) { return nil }
            e += 1
        }
        return nil
    }

    /// A pair row's word near one of its other words names its situation.
    private func weighPairs(
        _ cues: CueHits, units: [UInt16], spans: [(situation: Int, start: Int, end: Int)], leadEnd: Int,
        into tally: inout [Tally]
    ) {
        for (i, w) in pairHits(cues, units: units, spans: spans) {
            tally[i].cues += 1
            tally[i].mentions += 1
            tally[i].strongMentions += 1
            tally[i].names.insert(phraseNames.count + w.row)
            tally[i].bodyScore += w.start < leadEnd ? Weight.leadMention : Weight.mention
            if tally[i].firstMention == nil { tally[i].firstMention = pairName(w.row) }
        }
    }

    /// How a pair is named in a reason: "reform … security council".
    private func pairName(_ row: Int) -> String { "\(pairs[row].words.first ?? "") … \(pairs[row].near.first ?? "")" }

    /// Each place a pair row's word stands near one of its other words, once per place, unless an exception
    /// or a name of the same situation already holds the word.
    private func pairHits(
        _ cues: CueHits, units: [UInt16], spans: [(situation: Int, start: Int, end: Int)]
    )
        -> [(situation: Int, word: (row: Int, start: Int, end: Int))]
    {
        cues.words.compactMap { w in
            guard let i = pairSituations[w.row] else { return nil }
            let holds = { (o: (row: Int, start: Int, end: Int)) in
                o.row == w.row && o.start <= w.start && o.end >= w.end
            }
            guard !cues.unless.contains(where: holds),
                !spans.contains(where: { $0.situation == i && $0.start <= w.start && $0.end >= w.end })
            else { return nil }
            let within = pairs[w.row].within
            let near = cues.near.contains { n in
                guard n.row == w.row, n.end <= w.start || n.start >= w.end else { return false }
                let (a, b) = n.end <= w.start ? (n.end, w.start) : (w.end, n.start)
                return b - a <= within && !Self.sentenceBreak(units, a, b, paragraphOnly: true)
            }
            return near ? (i, w) : nil
        }
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

    /// One pass over a text: every cue word, and the names, but where names overlap only the longest ("South
    /// Sudan" is not also "Sudan", "disarmament, demobilization and reintegration" not also "disarmament").
    private func scan(_ units: [UInt16]) -> (names: [(phrase: Int, start: Int)], cues: CueHits) {
        var found: [(phrase: Int, start: Int, end: Int)] = []
        var cues = CueHits()
        // Not `self` in the closure: that copied the whole finder at each match.
        let (lengths, roles, owner) = (phraseLengths, cueRoles, self.owner)
        phrases.matches(in: units) { p, start in
            let end = start + lengths[p]
            for role in roles[p] {
                switch role {
                case .frame(let r): cues.frames.append((r, start, end))
                case .word(let r): cues.words.append((r, start, end))
                case .near(let r): cues.near.append((r, start, end))
                case .unless(let r): cues.unless.append((r, start, end))
                }
            }
            if owner[p].situation >= 0 { found.append((p, start, end)) }
            return true
        }
        dropSplitWords(&found, in: units)
        found.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var kept: [(phrase: Int, start: Int)] = []
        var coveredTo = -1
        // Earliest first, the longest of those starting together; a match starting inside one kept is skipped.
        for m in found where m.start >= coveredTo {
            kept.append((m.phrase, m.start))
            coveredTo = m.end
        }
        return (kept, cues)
    }

    /// Names in a script without spaces whose letters ICU reads as parts of other words. A name stands
    /// when a word begins with it: alone ("伊朗|核|问题"), split by the dictionary ("反|恐"), or heading a
    /// longer word ("维和部队", Korean "북한은" with its particle). It does not when a word begins before
    /// it ("思维|和", "남북한", Japanese "Bolivia" holding "Libya", "island" holding "Iran"), nor when a word
    /// begins inside it that runs on past its end ("海|地区": a sea area, not Haiti). The text is broken
    /// into words only when such a name was found, so a text in a script with spaces costs nothing.
    private func dropSplitWords(_ found: inout [(phrase: Int, start: Int, end: Int)], in units: [UInt16]) {
        guard found.contains(where: { checkWords[$0.phrase] }) else { return }
        let breaks = WordBreaks(units)
        found.removeAll { m in
            guard checkWords[m.phrase] else { return false }
            guard breaks.isBoundary(m.start) else { return true }
            return !breaks.isBoundary(m.end) && (m.start + 1..<m.end).contains { breaks.isBoundary($0) }
        }
    }

    /// Each situation named in a short folded text, once, with the phrase that named it best and its weight.
    private func distinctHits(_ names: [(phrase: Int, start: Int)]) -> [(Int, String, Double)] {
        var seen: [Int: (String, Double)] = [:]
        for (p, _) in names {
            let (i, _, weight) = owner[p]
            if (seen[i]?.1 ?? 0) < weight { seen[i] = (phraseNames[p], weight) }
        }
        return seen.sorted { $0.key < $1.key }.map { ($0.key, $0.value.0, $0.value.1) }
    }

    /// The strongest, up to three: each must pass its own bar and come near the strongest. The bars and weights
    /// were chosen on the labelled sets, each set scored with the values chosen on the others (README).
    private func chosen(_ tally: [Tally]) -> [Int] {
        let passing = tally.indices.filter { i in
            // Thematic items are named in passing more often than countries: they need more.
            tally[i].score >= (catalog.situations[i].isThematic ? Weight.thematicBar : Weight.countryBar)
        }
        guard let top = passing.map({ tally[$0].score }).max() else { return [] }
        // An item argued in its own words in two places (a pair row's words met twice) is a subject however
        // strong the others are.
        let near = passing.filter { i in
            tally[i].topic != nil || tally[i].cues >= 2 || tally[i].score >= top * Weight.nearTop
        }
        let kept = near.sorted { tally[$0].score > tally[$1].score }.prefix(3)
        return Array(kept)
    }

    private func match(_ name: String, _ t: Tally) -> SituationMatch {
        var reasons: [String] = []
        if let topic = t.topic { reasons.append("the corpus files it under “\(topic)”") }
        if let agenda = t.agenda { reasons.append("its agenda item names “\(agenda)”") }
        if let h = t.headline { reasons.append("the headline names “\(h)”") }
        if !t.resolutions.isEmpty {
            reasons.append(t.resolutions.sorted().map { "“\($0)”" }.joined(separator: ", "))
        }
        if t.mentions > 0 { reasons.append("\(t.mentions) mention\(t.mentions == 1 ? "" : "s") in the text") }
        if let lead = t.turnedBy { reasons.append("a sentence turns to it (“\(lead.trimmed) …”)") }
        let rule =
            t.topic != nil
            ? SituationMatch.corpusTopicRule
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

/// What the finder weighed for one situation of one statement, and whether it filed the statement there.
public struct SituationEvidence: Codable, Sendable {
    public var situation: String
    public var thematic: Bool
    public var score: Double
    /// Named by the corpus's topic, by the agenda item, by the headline.
    public var topic: Bool, agenda: Bool, headline: Bool
    /// Mentions in the text: all, by full names (not general words), in the opening lines.
    public var mentions: Int, strongMentions: Int, leadMentions: Int
    /// Different names that named it, resolution numbers, and pairs of words near each other (cues).
    public var distinctNames: Int, resolutions: Int, cues: Int
    /// Mentions framed as the subject by a framing word ("the war in …").
    public var framed: Int
    /// What the text's mentions and resolutions weigh, before the cap.
    public var body: Double
    public var words: Int
    public var chosen: Bool
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
