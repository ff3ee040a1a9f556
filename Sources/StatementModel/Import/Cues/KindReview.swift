import Foundation

/// Says what kind of text a statement is when its family did not: a verbatim record, a transcript or an
/// interview (question-and-answer turns), a kind named in the headline, a letter, a speech (opened by a
/// form of address) or a news report (someone else's words reported). Always inferred, with the cue as
/// evidence; the reading of a dateline or a corpus is kept.
struct KindReview {
    let doc: AnnotatedText
    let lexicon: KindLexicon

    private static let releaseSymbol = Pattern(#"\b(?:sc|ga|hrc|sg/sm|dsg/sm|ga/shc|ga/dis|cs|ag)/\d{3,6}\b"#)
    private static let recordSymbol = Pattern(
        #"\b(?:S/PV\.\d{3,5}|A/(?:ES-\d+/)?\d{1,2}/PV\.\d{1,3}|A/C\.\d/\d{1,2}/(?:PV|SR)\.\d{1,3}|CD/PV\.\d{2,4}|"#
            + #"E/\d{4}/SR\.\d{1,3})\b"#)

    func review(_ s: inout Statement) {
        let strong = s.kind.map { $0.provenance.basis == .stated || $0.provenance.rule == "wire.dateline" } ?? false
        let lines = doc.lines.filter { !$0.isBlank }
        let head = lines.prefix(16).filter { $0.trimmed.count <= 300 }
        // A line that is only a section's label ("Press release" above "Director's remarks at ...") gives
        // way to a headline that names its own kind.
        let ownKind = s.title.map { lexicon.kinds(.title, in: KindLexicon.fold($0.value), order: []) != nil } ?? false
        let headText = KindLexicon.fold(
            ([s.title?.value ?? ""] + head.map(\.trimmed).filter { !(ownKind && isKindLabel($0)) })
                .joined(separator: "\n"))
        let folded = lines.map { KindLexicon.fold($0.trimmed) }
        let labelled = folded.filter { $0.count <= 2000 && lexicon.opens(.turn, line: $0) != nil }.count
        let turns = max(labelled, Self.speakerTurns(lines.map(\.trimmed)))
        // A headline may name two kinds ("Remarks at a Security Council stakeout"): the more specific wins.
        let titleCue = lexicon.kinds(
            .title, in: headText,
            order: ["interview", "transcript", "letter", "press release", "meeting record", "speech"]
        )
        .map { KindLexicon.Phrase(text: $0.phrase, kind: $0.kind) }
        // A release's symbol may sit under a long menu (as the forum review reads it, the first 24 lines).
        let symbolHead = KindLexicon.fold(
            lines.prefix(24).filter { $0.trimmed.count <= 400 }.map(\.trimmed)
                .joined(separator: "\n"))

        func set(_ kind: String, _ rule: String, _ confidence: Double, _ reason: String) {
            s.kind = Attributed(
                kind, Provenance(basis: .inferred, rule: "kind." + rule, confidence: confidence, reason: reason))
        }
        if strong, s.kind?.value != "news report" || turns < 2 { return }

        let body = folded.prefix(80).joined(separator: "\n")
        if lexicon.count(.record, in: body) >= 1,
            Self.recordSymbol.firstMatch(in: doc.text) != nil || lexicon.count(.record, in: body) >= 2
        {
            return set(
                "meeting record", "record-phrases", 0.8,
                "a verbatim record's phrases (“the meeting was called to order”) and its symbol")
        }
        if turns >= 2 {
            let interview = titleCue?.kind == "interview"
            return set(
                interview ? "interview" : "transcript", "question-and-answer", 0.8,
                "\(turns) lines open with question-and-answer labels"
                    + (interview ? "; the headline calls it an interview" : ""))
        }
        // An interview written up without labels: three questions or more, each a short line of its own with
        // the answer's paragraph after it.
        let pairs = Self.questionsAnswered(folded)
        if pairs >= 3, titleCue?.kind != "transcript",
            lexicon.count(.address, in: folded.prefix(30).joined(separator: "\n")) == 0
        {
            return set(
                "interview", "questions-answered", 0.65,
                "\(pairs) questions stand as lines of their own, each followed by its answer")
        }
        // The opening of the speech, wherever the navigation above it ends.
        if let m = Self.releaseSymbol.firstMatch(in: symbolHead), titleCue?.kind != "letter" {
            // SG/SM and DSG/SM releases carry the (Deputy) Secretary-General's statements and messages.
            if m.value.hasPrefix("sg/sm") || m.value.hasPrefix("dsg/sm") {
                return set(
                    "speech", "release-symbol", 0.7,
                    "“\(m.value)” is in the UN's series of the Secretary-General's statements and messages")
            }
            return set("press release", "release-symbol", 0.75, "a UN press release's symbol heads it")
        }
        let opening = folded.prefix(30).filter { $0.count <= 600 }.joined(separator: "\n")
        let addresses = lexicon.count(.address, in: opening)
        let reports = lexicon.count(.report, in: body)
        // Others' words reported, and no chair addressed: a story about a speech, whatever its headline says.
        let words =
            body.split(whereSeparator: \.isWhitespace).count
            + body.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count / 2
        // Arabic writes "we" and "our" mostly as endings of other words: its texts are not judged by pronouns.
        let arabic = body.unicodeScalars.filter { (0x0600...0x06FF).contains($0.value) }.count * 4 > body.count
        // The first person inside quotation marks is the quoted speaker's, not the text's own voice.
        let thirdPerson = words >= 80 && !arabic && lexicon.count(.voice, in: Self.unquoted(body)) <= 1
        let reported = (reports >= 2 || thirdPerson) && addresses == 0
        // An interview printed without labels: the journalist's questions stand as their own short lines.
        let questions = folded.prefix(80).filter { $0.count <= 400 && ($0.hasSuffix("?") || $0.hasSuffix("？")) }.count
        if titleCue?.kind == "interview", questions >= 2 {
            return set(
                "interview", "headline-and-questions", 0.7,
                "the headline calls it an interview and \(questions) lines are questions")
        }
        // A briefing's notes are written in the third person; a headline that opens with what it is
        // ("Spokesperson's Briefing – ...", "Conférence de presse du ...") still names a transcript.
        let opensWithIt =
            titleCue.map { cue in
                let title = KindLexicon.fold(s.title?.value ?? "")
                return cue.kind == "transcript"
                    && (title.range(of: cue.text).map {
                        title[..<$0.lowerBound].split(separator: " ").count <= 2
                    } ?? false)
            } ?? false
        // A letter's shape, whatever the menu above it says: a greeting line to its addressee near the top and
        // a closing formula after it ("Estimado Señor Bálek:" … "Atentamente,").
        if !["interview", "transcript"].contains(titleCue?.kind ?? ""), let shape = letterShape(folded) {
            return set(
                "letter", "letter-shape", 0.65, "a letter's greeting (“\(shape.0)”) and closing (“\(shape.1)”)")
        }
        if let cue = titleCue, opensWithIt || !(reported && ["speech", "transcript", "interview"].contains(cue.kind)) {
            return set(cue.kind, "headline-word", 0.75, "the headline or opening lines say “\(cue.text)”")
        }
        if letterBody(body) { return set("letter", "letter-phrases", 0.7, "the phrases of a letter to a UN organ") }
        if addresses >= 1 {
            return set("speech", "form-of-address", 0.7, "it opens by addressing the chair (“Mr. President”)")
        }
        // Others' words reported (two reporting verbs or more), or nobody saying "I" or "we" and nobody
        // addressed: a news report, or the institution's own press release on its site.
        guard reports >= 2 || thirdPerson else { return }
        let how =
            reports >= 2
            ? "it reports others' words (\(reports) reporting verbs such as “said”)"
            : "it speaks of others in the third person: no “I” or “we”, no one addressed"
        let confidence = reports >= 2 ? 0.6 : 0.5
        if !Self.isNewsOutlet(lines.prefix(2).map(\.trimmed), lexicon),
            let who = institutionName(lines, headline: s.title?.value)
        {
            return set(
                "press release", reports >= 2 ? "institution-reports" : "third-person", confidence,
                "\(how), on the site of “\(who)”")
        }
        set("news report", reports >= 2 ? "reporting-verbs" : "third-person", confidence, how)
    }

    /// Short lines that ask ("…?", "¿…?", "…？") followed by a longer line that answers.
    static func questionsAnswered(_ lines: [String]) -> Int {
        var pairs = 0
        for (q, a) in zip(lines, lines.dropFirst()) {
            guard q.count <= 200, q.hasSuffix("?") || q.hasSuffix("？") || q.hasSuffix("؟") else { continue }
            if a.count >= 60, !(a.hasSuffix("?") || a.hasSuffix("？") || a.hasSuffix("؟")) { pairs += 1 }
        }
        return pairs
    }

    private static let quoted = Pattern(
        #"«[^»]{0,2000}»|“[^”]{0,2000}”|„[^“”]{0,2000}[“”]|"[^"\n]{0,2000}""#)

    static func unquoted(_ text: String) -> String {
        quoted.regex.stringByReplacingMatches(
            in: text, range: NSRange(location: 0, length: (text as NSString).length), withTemplate: " ")
    }

    /// A line that is no more than a kind's name, as sites label their sections ("Press release", "Speeches:").
    private func isKindLabel(_ line: String) -> Bool {
        let folded = KindLexicon.fold(line)
        guard let p = lexicon.opens(.title, line: folded) else { return false }
        return folded.count - p.text.count <= 2
    }

    /// The institution whose site this is, by its name opening a short line at the page's top (above the
    /// headline's paragraph) or foot, or named in its copyright line ("© 2017 Government of Mauritius",
    /// "Ministerio de ...", "中华人民共和国外交部"; a related link that mentions a ministry, "Cancillería
    /// venezolana denuncia ...", is not the site's name), or by its masthead above the headline.
    private func institutionName(_ lines: [TextLine], headline: String?) -> String? {
        let title = headline.map { KindLexicon.fold($0.trimmed) }
        // The masthead's block: the short lines before the first paragraph of prose, at most eight.
        let top = lines.prefix(8).prefix { $0.trimmed.count <= 120 }
        let edges = (top + lines.suffix(4)).map(\.trimmed).filter { $0.count <= 80 }
            + lines.suffix(10).compactMap { Self.copyrightHolder($0.trimmed) }
        let opening = edges.map { KindLexicon.fold($0) }.filter { $0 != title }.compactMap { line -> String? in
            let start = line.hasPrefix("the ") ? String(line.dropFirst(4)) : line
            let cjk = start.unicodeScalars.first.map { $0.value >= 0x3000 } ?? false
            return cjk ? String(start.prefix(16)) : start
        }.filter { line in
            if Self.cjkInstitution(line, lexicon) { return true }
            guard let p = lexicon.opens(.institution, line: line) else { return false }
            // The institution's own name: the phrase is most of the line, or names whose it is ("Permanent
            // Mission of Kenya ...", "Ministry of ..."); "Cancillería venezolana rechaza ..." is a related story.
            let rest = line.dropFirst(p.text.count).trimmingCharacters(in: .whitespaces)
            let owner = ["of ", "de ", "du ", "des ", "to ", "при ", "in ", "en ", "del "].contains {
                rest.hasPrefix($0)
            }
            let ownsItself = [" of", " de", " du", " del", " d'"].contains { p.text.hasSuffix($0) }
            return rest.isEmpty || owner || ownsItself || p.text.count * 5 >= line.count * 2
        }
        let masthead = lines.prefix(8).map(\.trimmed).first(where: TitleReview.isMasthead)
        return lexicon.first(.institution, in: opening.joined(separator: "\n"))?.text ?? masthead
    }

    private static let copyright = Pattern(
        #"^(?:©|\(c\)|copyright|derechos reservados|tous droits réservés)\s*(?:©\s*)?"#
            + #"(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,.:]*"#,
        caseInsensitive: true)

    /// Who holds a page's copyright, from its notice ("© 2024 Republic of the Marshall Islands | Office of the
    /// President" gives "Republic of the Marshall Islands").
    static func copyrightHolder(_ line: String) -> String? {
        guard line.count <= 200, let m = copyright.firstMatch(in: line) else { return nil }
        let rest = (line as NSString).substring(from: m.range.upperBound)
        let holder = rest.split(whereSeparator: { "|·•,–—".contains($0) }).first.map { $0.trimmed } ?? ""
        return holder.count >= 3 && holder.count <= 80 ? holder : nil
    }

    /// Whether a site's name makes it a news service, an institution's own included ("UN News", "联合国新闻"):
    /// its stories are news reports. Menus and breadcrumbs are not names.
    static func isNewsOutlet(_ names: [String], _ lexicon: KindLexicon) -> Bool {
        names.contains { name in
            name.count <= 60 && !name.contains(where: { "|>›»·/".contains($0) })
                && lexicon.first(.outlet, in: KindLexicon.fold(name)) != nil
        }
    }

    /// A CJK site name: the institution's name closes a short line ("中华人民共和国外交部").
    private static func cjkInstitution(_ line: String, _ lexicon: KindLexicon) -> Bool {
        // A breadcrumb ("首页 > 联合国") ends with a section's name, not the site's.
        guard line.count <= 16, !line.contains(where: { "|>›»·/".contains($0) }),
            let p = lexicon.first(.institution, in: line)
        else { return false }
        return line.hasSuffix(p.text)
    }

    /// A short label and a colon opening a line ("汪文斌：", "法新社记者:", "MR. DUJARRIC:"), from two
    /// or more different speakers taking turns: the lines of an exchange, counted when there are three.
    private static let turnLabel = Pattern(
        #"^((?:[\p{Han}]{2,10})|(?:(?:Mr|Ms|Mrs|"#
            + #"Dr)\.?\s+)?[\p{Lu}][\p{L}.'’\-]*(?:\s+[\p{Lu}][\p{L}.'’\-]*){0,3})\s*[:：]\s*\S"#
    )

    static func speakerTurns(_ lines: [String]) -> Int {
        var labels: [String] = []
        for line in lines.prefix(400) where line.count <= 3000 {
            // A turn says something: a label before a short note ("Source: Xinhua") is not one.
            if let m = turnLabel.firstMatch(in: line), let l = m.group(1), line.count - m.range.length >= 30 {
                labels.append(l)
            }
        }
        // An exchange: two speakers at least, one of them back for a second turn.
        let counts = Dictionary(grouping: labels, by: { $0 }).mapValues(\.count)
        return counts.count >= 2 && counts.values.contains { $0 >= 2 } && labels.count >= 4 ? labels.count : 0
    }

    /// A greeting line among the first forty that ends as a greeting does (a comma or a colon), and a
    /// closing line after it: the two phrases found.
    private func letterShape(_ folded: [String]) -> (String, String)? {
        let ends: Set<Character> = [",", ":", "،", "，", "："]
        guard
            let (i, greeting) = folded.prefix(40).enumerated().lazy.compactMap({ i, line -> (Int, String)? in
                guard line.count <= 90, let last = line.last, ends.contains(last),
                    let p = lexicon.opens(.salutation, line: line)
                else { return nil }
                return (i, p.text)
            }).first
        else { return nil }
        let closing = folded.dropFirst(i + 2).lazy.filter { $0.count <= 200 }.compactMap {
            lexicon.opens(.valediction, line: $0)?.text
        }.first
        return closing.map { (greeting, $0) }
    }

    /// A letter's own phrases: the opening formula and the closing one or a signature.
    private func letterBody(_ body: String) -> Bool {
        guard lexicon.count(.letter, in: body) >= 1 else { return false }
        return body.contains("(signed)") || body.contains("(signe)") || body.contains("(firmado)")
            || body.contains("(подпись)")
            || lexicon.count(.letter, in: body) >= 2 || body.contains("letter dated")
            || body.contains("addressed to the president")
    }
}
