import Foundation

/// Pages name an envoy by title and surname once the full name is known to their readers ("Ambassador
/// Tanin noted", "EU HR Ashton briefing", "石兼大使による日本ステートメント"). A surname after a
/// title, or
/// of two or more Han characters before one, is the envoys table's person whose name ends (in Han script:
/// starts) with it, when exactly one such person is found — after a title, only one in post on the date.
/// The table's spellings are already folded once (`EnvoyTable.spellings`): nothing is folded again here.
extension SpeakerReview {
    private static let surnameTitle = Pattern(
        #"(\p{Han}{2,5})(?=大使|常駐代表|常驻代表|国連大使|外務大臣|外相|大臣|首"#
            + #"相|総理|事務総長|特使|代表)"#)

    private static let titleSurname = Pattern(
        #"\b(Ambassador|Amb\.|Mr\.|Ms\.|Mrs\.|Dr\.|HR|High Representative|Special Envoy|Envoy|Foreign Minister|"#
            + #"Minister|High Commissioner|Director-General|Sheikh|M\.|Mme|Sr\.|Sra\.|"#
            + #"Vice[- ]President|President|Prime Minister|Premier|Chancellor|Permanent Representative|"#
            + #"(?i:embajador|embajadora|ambassadeur|ambassadrice))\s+"#
            // Initials may stand before the surname, spaced or not ("D.A.Polyansky", "V. A. Nebenzia").
            + #"(?:(?:\p{Lu}\.\s?){1,3})?"#
            + #"([\p{Lu}][\p{L}'’\-]{2,}(?:\s+[\p{Lu}][\p{L}'’\-]{2,})?)(?!\s+[\p{Lu}])"#)
    /// Titles only leaders hold: a name after one counts only as a headline's subject.
    private static let leaderTitles: Set<String> = [
        "Vice-President", "Vice President", "President", "Prime Minister", "Premier", "Chancellor",
    ]

    /// "Ambassador Tanin", "EU HR Ashton", "Minister Grlić Radman": a title and a surname alone, the surname
    /// one known person's. Leaders count only as the headline's subject, opening it.
    func surnamesAfterTitles(in lines: [TextLine], date: StatementDate?, headline: String?) -> [SpeakerCandidate] {
        for line in lines {
            for m in Self.titleSurname.matches(in: line.text) {
                let subject = headline == line.trimmed.squeezed && headlineSubject(m.range, in: line)
                guard let title = m.group(1), subject || !Self.leaderTitles.contains(title),
                    let surname = m.group(2), let r = m.groupRange(2),
                    !Self.notNameWords.contains(surname.lowercased()),
                    let name = envoyBySurname(surname, date: date, leaders: subject),
                    !namedForAnother(before: m.range.location, in: line, alsoWith: false)
                else { continue }
                return [
                    SpeakerCandidate(
                        name: name, range: doc.range(r, inLine: line),
                        rule: subject ? "speaker.known-name.headline-subject" : "speaker.known-name.surname",
                        score: subject ? 0.7 : 0.58,
                        reason: "“\(m.value)” is \(name) (reference tables), named by title and surname"
                            + (subject ? " as the headline's subject" : ""))
                ]
            }
        }
        return []
    }

    /// Whether a match opens a headline, or follows only the kind of text it names ("Address by").
    private func headlineSubject(_ range: NSRange, in line: TextLine) -> Bool {
        let before = (line.text as NSString).substring(to: range.location).trimmed
        guard !before.isEmpty else { return true }
        let folded = KindLexicon.fold(before)
        return folded.count <= 40 && kinds.first(.title, in: folded).map { folded.hasSuffix($0.text) } == true
    }

    /// - Parameter leaders: whether heads of state and ministers count, not only envoys.
    func envoyBySurname(_ surname: String, date: StatementDate?, leaders: Bool = false) -> String? {
        // Without the text's date a surname could be anyone's who ever held a post: nobody is named.
        guard let date else { return nil }
        let folded = EnvoyTable.fold(surname)
        let count = folded.split(separator: " ").count
        let names = Set(
            envoys.spellings.lazy.filter { spelling in
                let words = spelling.folded.split(separator: " ")
                return words.count >= count && words.suffix(count).joined(separator: " ") == folded
            }.map(\.name)
        ).filter { name in
            // Leaders are named by title and surname as often as they speak: envoys only, unless the
            // surname is what a headline opens with.
            envoys.terms(of: name).contains {
                ($0.roster == .envoys || leaders) && $0.covers(date, currentYear: currentYear)
            }
        }
        return names.count == 1 ? names.first : nil
    }

    func surnamesBeforeTitles(in lines: [TextLine]) -> [SpeakerCandidate] {
        for line in lines {
            for m in Self.surnameTitle.matches(in: line.text) {
                guard let run = m.group(1), let r = m.groupRange(1), let hit = envoyBySurname(endOf: run) else {
                    continue
                }
                let surname = NSRange(location: r.upperBound - hit.length, length: hit.length)
                return [
                    SpeakerCandidate(
                        name: hit.name, range: doc.range(surname, inLine: line), rule: "speaker.known-name.surname",
                        score: 0.66,
                        reason: "“\(hit.surname)” before a title is \(hit.name) (envoys table), named by surname")
                ]
            }
        }
        return []
    }

    /// The run's shortest ending (two characters or more) that begins exactly one person's Han name: the
    /// characters before a surname are often other words ("における石兼").
    private func envoyBySurname(endOf run: String) -> (name: String, surname: String, length: Int)? {
        let chars = Array(run)
        let han = envoys.spellings.filter {
            $0.folded.unicodeScalars.first.map { $0.value >= 0x3000 } == true && !envoys.isLeaderOnly($0.name)
        }
        for length in stride(from: 2, through: chars.count, by: 1) {
            let surname = String(chars.suffix(length))
            let folded = EnvoyTable.fold(surname)
            let names = Set(han.filter { $0.folded.hasPrefix(folded) }.map(\.name))
            if names.count == 1 { return (names.first!, surname, (surname as NSString).length) }
            if names.count > 1 { return nil }
        }
        return nil
    }
}

/// Chinese names the person right after the post and before what they did:
/// "中国常驻联合国日内瓦办事处代表陈旭在日内瓦
/// 对记者表示", "外交部发言人汪文斌说". Two or three Han characters between a post and a verb or a
/// place word.
extension SpeakerReview {
    private static let hanPostName = Pattern(
        #"(?:代表|大使|部长|外长|发言人|發言人|秘书长|秘書長|特使|主席|总统|"#
            // A foreign name is transliterated with a middle dot ("观察员里亚德·曼苏尔").
            + #"總統|总理|總理|观察员|觀察員)(\p{Han}{2,3}?|\p{Han}{1,8}[·・]\p{Han}{1,8})"#
            // "…代表陈旭大使在…": the title after the name, before what they did.
            + #"(?=在|说|說|表示|指出|强调|強調|称|稱|介绍|介紹|回答|答|对|對|向|于|"#
            + #"於|，|,|大使(?:在|说|表示|指出|强调|率|，|,)|今天|今日|昨天|日前|当天|當天|"#
            + #"\d{1,2}日)"#)

    /// The name before its post, where a title or a turn begins: "《陈旭大使在人权理事会……的发言》",
    /// "布希总统：秘书长先生……". Only after a title mark, a colon or the line's start, and only before
    /// a verb
    /// of speaking, "at" or a colon, so "美国总统" (a country) or a post inside a sentence is not taken.
    private static let hanNamePost = Pattern(
        #"(?:^|[《「“:：])\s*((?![该这本我贵副前原新])\p{Han}{2,3}?)(?:大使|总统|总"#
            + #"理|主席|外长|部长|秘书长|发言人|特使)"#
            // "陈旭大使代表观点相近国家呼吁…": speaking for a group is speaking.
            + #"(?=在|说|表示|指出|强调|:|：|代表)"#)

    func hanPostNames(in lines: [TextLine]) -> [SpeakerCandidate] {
        for line in lines {
            let text = HanScript.simplified(line.text)
            guard let m = Self.hanPostName.firstMatch(in: text) ?? Self.hanNamePost.firstMatch(in: text),
                let r = m.groupRange(1), let name = m.group(1),
                !countryWord(name), !gazetteer.isOrganisationName(name)
            else { continue }
            // A known envoy goes by the table's name ("張軍" is Zhang Jun), so the rules that find them agree.
            let written = (line.text as NSString).substring(with: r)
            return [
                SpeakerCandidate(
                    name: envoys.terms(of: written).first?.name ?? written, range: doc.range(r, inLine: line),
                    rule: "speaker.han-post-name", score: 0.66, reason: "a name beside its post (“\(m.value)”)")
            ]
        }
        return []
    }
}
