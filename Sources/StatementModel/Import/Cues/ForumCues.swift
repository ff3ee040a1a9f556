import Foundation

/// Where a statement was made: a UN body or a press event, the kind of meeting, and its agenda.
struct ForumCue {
    var forum: String
    var forumRange: NSRange
    var meetingType: String?
    var meetingRange: NSRange?
    var agenda: String?
    var agendaRange: NSRange?
    /// True when words such as "told" or "at" tie the forum to the speaker.
    var tiedToSpeaker: Bool
}

enum ForumCues {
    private static let forums: [(String, Pattern)] = [
        (
            "Security Council",
            Pattern(#"\b(?:UN\s+|United Nations\s+)?Security Council\b|\bUNSC\b"#, caseInsensitive: true)
        ),
        (
            "General Assembly",
            Pattern(#"\b(?:UN\s+|United Nations\s+)?General Assembly\b|\bUNGA\b"#, caseInsensitive: true)
        ),
        ("Human Rights Council", Pattern(#"\b(?:UN\s+)?Human Rights Council\b|\bUNHRC\b"#, caseInsensitive: true)),
        ("ECOSOC", Pattern(#"\bEconomic and Social Council\b|\bECOSOC\b"#, caseInsensitive: true)),
        ("Conference on Disarmament", Pattern(#"\bConference on Disarmament\b"#, caseInsensitive: true)),
        ("Peacebuilding Commission", Pattern(#"\bPeacebuilding Commission\b"#, caseInsensitive: true)),
        ("Press conference", Pattern(#"\b(?:press|news) (?:conference|briefing)\b"#, caseInsensitive: true)),
    ]

    static let meetingTypes =
        #"(high-level open debate|high[- ]level debate|open debate|Arria[- ]formula meeting|general debate|"#
        + #"high[- ]level meeting|ministerial meeting|emergency special session|special session|"#
        + #"interactive dialogue|briefing|consultations|debate|summit|meeting|session)"#
    private static let typeAfter = Pattern(
        #"^(?:['’]s)?\s*(?:(?:annual|emergency|virtual|ministerial|formal|informal)\s+)?"# + meetingTypes + #"\b"#,
        caseInsensitive: true)
    private static let typeBefore = Pattern(
        meetingTypes + #"\s+(?:of|in|at|to|before)\s+(?:the\s+)?$"#, caseInsensitive: true)
    private static let agendaAfter = Pattern(
        #"^\s+(?:on|about|entitled|titled|concerning|regarding)\s+"#
            + #"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\b)"#
            + #"(?:the\s+(?:theme|topic|subject)\s+(?:of\s+)?)?"#
            + #"(?:[“"‘]([^”"’]+)[”"’]|(.+?)(?=[.;]\s|[.;]?$|,\s|"#
            + #"\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b))"#,
        caseInsensitive: true)
    private static let tie = Pattern(
        #"\b(?:told|at|addressing|addressed|before|to|in|during|briefed|briefing)\s+"#
            + #"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$"#,
        caseInsensitive: true)

    /// The forum in `text`: one tied to the speaker by "told", "at" and the like first, else the first named.
    static func find(in text: String) -> ForumCue? {
        let ns = text as NSString
        var candidates: [ForumCue] = []
        for (forum, pattern) in forums {
            // What is asked of a body, what it will do, or a seat in it, does not place words in it.
            for m in pattern.matches(in: text).prefix(3) where !ForumReview.namesBusiness(in: text, at: m.range) {
                let beforeStart = max(0, m.range.location - 40)
                let before = ns.substring(with: NSRange(location: beforeStart, length: m.range.location - beforeStart))
                var cue = ForumCue(forum: forum, forumRange: m.range, tiedToSpeaker: tie.firstMatch(in: before) != nil)
                var agendaFrom = m.range.upperBound
                let after = ns.substring(from: m.range.upperBound)
                if let t = typeAfter.firstMatch(in: after), let r = t.groupRange(1) {
                    cue.meetingType = normalizedType(t.group(1)!)
                    cue.meetingRange = SpeakerCues.shift(r, by: m.range.upperBound)
                    agendaFrom = m.range.upperBound + t.range.upperBound
                } else if let t = typeBefore.firstMatch(in: before), let r = t.groupRange(1) {
                    cue.meetingType = normalizedType(t.group(1)!)
                    cue.meetingRange = SpeakerCues.shift(r, by: beforeStart)
                }
                let tail = ns.substring(from: agendaFrom)
                if let a = agendaAfter.firstMatch(in: tail), let r = a.groupRange(1) ?? a.groupRange(2) {
                    let agenda = (tail as NSString).substring(with: r).trimmingCharacters(
                        in: CharacterSet(charactersIn: " .,;:"))
                    if !agenda.isEmpty, agenda.count <= 300 {
                        cue.agenda = agenda
                        cue.agendaRange = SpeakerCues.shift(r, by: agendaFrom)
                    }
                }
                candidates.append(cue)
            }
        }
        return candidates.min { a, b in
            a.tiedToSpeaker != b.tiedToSpeaker ? a.tiedToSpeaker : a.forumRange.location < b.forumRange.location
        }
    }

    /// Meeting types read one way whatever the source's capitals and hyphens.
    static func normalizedType(_ t: String) -> String {
        let lower = t.lowercased().replacingOccurrences(of: "high level", with: "high-level")
        return lower.hasPrefix("arria") ? "Arria-formula meeting" : lower
    }
}
