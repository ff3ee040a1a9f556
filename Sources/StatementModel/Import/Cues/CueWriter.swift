import Foundation

/// Writes what the cues found into a statement's fields, each with its provenance. Shared by every
/// importer so that a speaker read from a title means the same thing whatever the source family.
struct CueWriter {
    let doc: AnnotatedText
    let reference: ReferenceData

    /// A title of the form "Remarks by <person> at <venue>": kind, speaker, role, forum, meeting, agenda.
    func applyTitle(_ cue: TitleCue, titleRange: NSRange, to s: inout Statement) {
        let kindWord = cue.kindWord.lowercased()
        let kind =
            kindWord.contains("press release")
            ? "press release"
            : kindWord.contains("interview")
                ? "interview"
                : kindWord.contains("transcript") ? "transcript" : "speech"
        if s.kind == nil {
            s.kind = Attributed(
                kind,
                doc.provenance(
                    .inferred, rule: "title.kind-word", confidence: 0.8,
                    range: doc.range(of: cue.kindWord, after: titleRange.location),
                    reason: "the title calls it “\(cue.kindWord)”"))
        }
        if let person = cue.person { applyPerson(person, offset: titleRange.location, confidence: 0.9, to: &s) }
        if let venue = cue.venue, let venueRange = cue.venueRange {
            let shifted = SpeakerCues.shift(venueRange, by: titleRange.location)
            if let forum = ForumCues.find(in: venue) {
                applyForum(forum, offset: shifted.location, rulePrefix: "title.venue", confidence: 0.9, to: &s)
            } else if cue.venueIsTopic, s.agenda == nil {
                s.agenda = Attributed(
                    venue, doc.provenance(.inferred, rule: "title.on-topic", confidence: 0.7, range: shifted))
            }
        }
    }

    func applyPerson(_ person: PersonCue, offset: Int, confidence: Double, to s: inout Statement) {
        guard s.speaker == nil else { return }
        s.speaker = Attributed(
            person.name,
            doc.provenance(
                .inferred, rule: person.rule, confidence: confidence,
                range: SpeakerCues.shift(person.nameRange, by: offset)))
        if let role = person.role {
            let (normalized, country) = SpeakerCues.normalizedRole(role, gazetteer: reference.gazetteer)
            let roleRange = person.roleRange.map { SpeakerCues.shift($0, by: offset) }
            s.role = Attributed(
                normalized,
                doc.provenance(.inferred, rule: person.rule + ".role", confidence: confidence - 0.05, range: roleRange))
            if let country = person.country ?? country {
                s.country = Attributed(
                    country,
                    doc.provenance(
                        .inferred, rule: person.rule + ".country", confidence: confidence - 0.1,
                        range: roleRange, reason: "the speaker's post names \(country)"))
            }
        }
    }

    func applyForum(_ cue: ForumCue, offset: Int, rulePrefix: String, confidence: Double, to s: inout Statement) {
        if s.forum == nil {
            s.forum = Attributed(
                cue.forum,
                doc.provenance(
                    .inferred, rule: rulePrefix + ".forum", confidence: confidence,
                    range: SpeakerCues.shift(cue.forumRange, by: offset)))
        }
        if s.meetingType == nil, let type = cue.meetingType, let r = cue.meetingRange {
            s.meetingType = Attributed(
                type,
                doc.provenance(
                    .inferred, rule: rulePrefix + ".meeting-type", confidence: confidence - 0.05,
                    range: SpeakerCues.shift(r, by: offset)))
        }
        if s.agenda == nil, let agenda = cue.agenda, let r = cue.agendaRange {
            s.agenda = Attributed(
                agenda,
                doc.provenance(
                    .inferred, rule: rulePrefix + ".agenda", confidence: confidence - 0.1,
                    range: SpeakerCues.shift(r, by: offset)))
        }
    }

    /// A line that is a date (a page's date line): a stated date, or a note when it names no real day.
    func applyDateLine(_ finding: DateFinding, line: TextLine, rule: String, to s: inout Statement) {
        let range = doc.range(finding.range, inLine: line)
        if let date = finding.date {
            s.date = Attributed(
                date, doc.provenance(.stated, rule: rule + "/" + finding.rule, confidence: 0.95, range: range))
        } else if let problem = finding.problem {
            s.notes.append("date not read: \(problem)")
        }
    }

    /// The first line that looks like a speech title (`Remarks by ...`), searched in the given lines.
    func titleLine(in lines: ArraySlice<TextLine>) -> (TextLine, TitleCue)? {
        for line in lines where !line.isBlank && line.trimmed.count <= 400 {
            guard let cue = SpeakerCues.title(line.trimmed) else { continue }
            // "Statement from Government", "Press release of the Ministry": a section's label over the headline.
            let words = line.trimmed.lowercased().split(separator: " ")
            if cue.person == nil, words.count <= 4, let last = words.last, Self.labelWords.contains(String(last)) {
                continue
            }
            return (line, cue)
        }
        return nil
    }

    private static let labelWords: Set<String> = [
        "government", "ministry", "mission", "office", "delegation", "embassy", "presidency", "secretariat",
    ]

    func setTitle(_ line: TextLine, rule: String, basis: Provenance.Basis, confidence: Double, to s: inout Statement) {
        // A list's dash or bullet before a headline ("- Déclaration de M. …") is no part of it.
        let leading = line.text.prefix { $0.isWhitespace || "-–—•·*".contains($0) }.utf16.count
        let text = (line.text as NSString).substring(from: leading).trimmed
        guard !text.isEmpty else { return }
        let range = NSRange(location: line.range.location + leading, length: text.utf16.count)
        s.title = Attributed(text.squeezed, doc.provenance(basis, rule: rule, confidence: confidence, range: range))
    }
}
