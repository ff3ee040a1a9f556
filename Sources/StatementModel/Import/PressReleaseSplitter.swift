import Foundation

/// A UN press release of a meeting (Meetings Coverage) reports many speakers in one text. Each speaker's
/// turn ("ZHANG JUN (China) said ...", "The representative of France stressed ...") becomes a statement
/// of its own, with the release's forum, meeting, date and symbol, so that each can be found, counted
/// and quoted by speaker; the release's opening summary stays a statement of the release itself.
enum PressReleaseSplitter {
    static let symbol = Pattern(
        #"\b((?:SC|GA|HRC|ECOSOC|SG/SM|GA/AB|GA/EF|GA/SHC|GA/DIS|GA/L|GA/SPD|GA/PAL|DC|PBC)/\d{3,6}(?:-[A-Z]+/\d+)*)\b"#
    )
    static let meetingNumber = Pattern(#"\b(\d{3,5})(?:TH|ST|ND|RD|th|st|nd|rd)\s+MEETING\b"#, caseInsensitive: true)
    static let namedTurn = Pattern(
        #"^([\p{Lu}][\p{Lu}'’.\-]+(?:\s+[\p{Lu}][\p{Lu}'’.\-]+){1,4})\s*\(([^)]{2,80})\)"#)
    static let countryTurn = Pattern(
        #"^The (?:representative|delegate|speaker|observer) (?:of|for) (?:the )?([\p{Lu}][\p{L}'’\- ]{1,60}?)"#
            + #"(?=\s+(?:said|noted|stressed|expressed|called|emphasized|urged|welcomed|underlined|added|recalled|"#
            + #"pointed|observed|warned|highlighted)\b|,)"#
    )
    static let heldMeeting = Pattern(
        #"\bheld an? (?:(?:high-level|annual|ministerial)\s+)?"#
            + #"(open debate|debate|briefing|meeting|Arria-formula meeting|consultations)"#
            + #"\s+on\s+(?:the\s+)?(.+?)(?:[.,;]|$)"#,
        caseInsensitive: true)

    struct Turn {
        var speaker: String?
        var country: String?
        var paragraphs: [String]
        var rule: String
    }

    /// The statements a text stands for: itself, or, for a release of a meeting, its summary and one
    /// statement per speaker.
    static func split(_ s: Statement, reference: ReferenceData) -> [Statement] {
        let head = s.raw.prefix(600)
        guard let symbolMatch = symbol.firstMatch(in: String(head)) else { return [s] }
        var turns: [Turn] = []
        var intro: [String] = []
        for paragraph in s.paragraphs {
            if let m = namedTurn.firstMatch(in: paragraph), let country = m.group(2),
                reference.countryName(country) != country || reference.gazetteer.country(for: country) != nil
                    || isOrganisation(country)
            {
                turns.append(
                    Turn(
                        speaker: titleCase(m.group(1)!), country: reference.countryName(country),
                        paragraphs: [paragraph], rule: "press-release.named-turn"))
            } else if let m = countryTurn.firstMatch(in: paragraph) {
                turns.append(
                    Turn(
                        speaker: nil, country: reference.countryName(m.group(1)!), paragraphs: [paragraph],
                        rule: "press-release.representative-turn"))
            } else if turns.isEmpty {
                intro.append(paragraph)
            } else {
                turns[turns.count - 1].paragraphs.append(paragraph)
            }
        }
        guard turns.count >= 2 else { return [s] }

        let releaseSymbol = symbolMatch.group(1)!
        var release = s
        release.kind = Attributed(
            "press release",
            Provenance(basis: .stated, rule: "press-release.symbol", confidence: 0.9, evidence: releaseSymbol))
        // The masthead (body, meeting number, symbol) is not part of the summary.
        let summary = intro.filter { $0 != release.title?.value && !$0.contains(releaseSymbol) }
        release.paragraphs = summary
        if release.title == nil || release.title?.provenance.isInferred == true,
            let headline = summary.first(where: {
                PlainTextImporter.isTitleShaped($0) && $0.split(separator: " ").count >= 4
                    && !$0.uppercased().elementsEqual($0)
            })
        {
            release.title = Attributed(
                headline,
                Provenance(basis: .stated, rule: "press-release.headline", confidence: 0.8, evidence: headline))
            release.paragraphs.removeAll { $0 == headline }
        }
        let prefix = releaseSymbol.split(separator: "/").first.map(String.init) ?? ""
        let forumName = [
            "SC": "Security Council", "GA": "General Assembly", "HRC": "Human Rights Council", "ECOSOC": "ECOSOC",
            "PBC": "Peacebuilding Commission",
        ][prefix]
        if release.forum == nil, let forumName {
            release.forum = Attributed(
                forumName,
                Provenance(
                    basis: .inferred, rule: "press-release.symbol-series", confidence: 0.85, evidence: releaseSymbol,
                    reason: "\(prefix)/ press releases cover the \(forumName)"))
        }
        if let m = heldMeeting.firstMatch(in: intro.joined(separator: " ")) {
            let p = Provenance(basis: .inferred, rule: "press-release.held-meeting", confidence: 0.8, evidence: m.value)
            if release.meetingType == nil { release.meetingType = Attributed(ForumCues.normalizedType(m.group(1)!), p) }
            if release.agenda == nil { release.agenda = Attributed(m.group(2)!.trimmed, p) }
        }
        if let m = meetingNumber.firstMatch(in: String(head)), prefix == "SC" {
            release.meetingSymbol = Attributed(
                "S/PV.\(m.group(1)!)",
                Provenance(basis: .stated, rule: "press-release.meeting-number", confidence: 0.9, evidence: m.value))
        }
        if release.source.publisher == nil {
            release.source.publisher = Attributed(
                "United Nations",
                Provenance(
                    basis: .inferred, rule: "press-release.symbol", confidence: 0.8, evidence: releaseSymbol,
                    reason: "UN press releases carry symbols such as \(releaseSymbol)"))
        }

        var out = [release]
        for turn in turns {
            let text = turn.paragraphs.joined(separator: "\n\n")
            var piece = Statement(
                id: StatementID.forContent(release.id.rawValue + "\n" + text), source: release.source, raw: release.raw,
                paragraphs: turn.paragraphs)
            piece.notes = release.notes
            piece.date = release.date
            piece.forum = release.forum
            piece.meetingType = release.meetingType
            piece.agenda = release.agenda
            piece.meetingSymbol = release.meetingSymbol
            piece.language = release.language
            let p = Provenance(
                basis: .inferred, rule: turn.rule, confidence: 0.85, evidence: String(turn.paragraphs[0].prefix(80)),
                reason: "a speaker's turn in the press release \(releaseSymbol)")
            if let speaker = turn.speaker { piece.speaker = Attributed(speaker, p) }
            if let country = turn.country { piece.country = Attributed(country, p) }
            piece.kind = Attributed(
                "speech summary",
                Provenance(
                    basis: .stated, rule: "press-release.turn", confidence: 0.9, evidence: releaseSymbol,
                    reason: "the release's account of the speech, not the speech's own words"))
            piece.title = Attributed(
                "\(turn.speaker ?? "The representative of \(turn.country ?? "?")") in "
                    + "\(release.title?.value ?? releaseSymbol)",
                p)
            out.append(piece)
        }
        return out
    }

    private static func isOrganisation(_ s: String) -> Bool {
        ["European Union", "African Union", "Holy See", "State of Palestine", "League of Arab States"].contains(s)
    }

    /// "LINDA THOMAS-GREENFIELD" → "Linda Thomas-Greenfield".
    static func titleCase(_ upper: String) -> String {
        upper.lowercased().split(separator: " ").map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map {
                $0.prefix(1).uppercased() + $0.dropFirst()
            }.joined(separator: "-")
        }.joined(separator: " ")
    }
}
