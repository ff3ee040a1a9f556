import Foundation

/// A person named in a text, with their post and country when the text gives them.
struct PersonCue {
    var name: String
    var nameRange: NSRange
    var role: String?
    var roleRange: NSRange?
    var country: String?
    var rule: String
}

/// What a statement's title says: who spoke, where, and what kind of text it is.
struct TitleCue {
    var kindWord: String
    var person: PersonCue?
    /// The text after "at", "before", "to" or "on": the forum, meeting and agenda live here.
    var venue: String?
    var venueRange: NSRange?
    /// True when the venue was introduced by "on" (so it is a topic, not a place).
    var venueIsTopic: Bool
}

/// Finds speakers in titles ("Remarks by Ambassador Zhang Jun at ...") and in news prose
/// ("said Zhang Jun, China's permanent representative to the United Nations").
enum SpeakerCues {
    /// Up to four capitalised words; run-together initials ("Karel J.G. van Oosterom") and the particles
    /// of family names count as part of it.
    static let name =
        #"((?:\#(word))(?:\s+(?:(?:van|von|de|der|den|da|del|di|bin|ibn|al|el|dos|das|du)\s+"#
        + #"(?:(?:la|der|den)\s+)?)?(?!(?:At|On|To|In|Before|During|The|Of|And|For)\b)\#(word)){1,3})"#
    /// A word of a name: a period only after an initial or a short form ("J.", "Jr."); "Bernard." ends a sentence.
    private static let word = #"(?:[\p{Lu}][\p{L}'’\-]{0,2}\.|[\p{Lu}][\p{L}'’\-]*)(?:[\p{Lu}]\.)*"#
    static let honorifics =
        #"(?:(?:H\.\s?E\.|His Excellency|Her Excellency|Excellency|Ambassador|Amb\.|Mr\.?|Ms\.?|Mrs\.?|Madam|"#
        + #"Madame|Dr\.?|Prof\.?|Professor|Minister|Counsellor|Counselor|Deputy Permanent Representative|"#
        + #"Permanent Representative|Special Envoy|State Councilor|Foreign Minister|President|Vice President|"#
        + #"Secretary-General|Under-Secretary-General)\s+)*"#
    private static let roleWords =
        #"(?i)\b(representative|ambassador|envoy|minister|secretary|president|spokes\w*|director|chief|head|"#
        + #"coordinator|commissioner|advis[eo]r|chair\w*|delegate|counsel+or|official|councilor|premier|"#
        + #"chancellor|king|prince|foreign)\b"#

    static let titlePattern = Pattern(
        #"^\s*((?:(?:Opening|Closing|Keynote|Concluding|Press|Joint|Introductory|Written)\s+)?"#
            + #"(?:Remarks|Statement|Speech|Address|Briefing|Intervention|Explanation of (?:Vote|Position)|Message|"#
            + #"Lecture|Toast|Interview|Transcript|Press Release|Press Conference|News Conference|Press Briefing))"#
            + #"\s+(?:on behalf of .{3,100}?\s+(?:by|delivered by)|by|of|from|delivered by|with)\s+(.+)$"#,
        caseInsensitive: true)
    private static let personStart = Pattern("^" + honorifics + name)
    private static let postBeforeName = Pattern(
        #"^(?:(?:[\p{Lu}][\p{L}'’\-]*|the)\s+){0,4}?(?i:representative|envoy|minister|secretary|spokes\w*|director|"#
            + #"chief|head|coordinator|commissioner|advis[eo]r|chair\w*|delegate|officer|councilor|councillor)"#
            + #"(?:-[\p{L}]+)?\s*,?\s+(?=(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Prof|Ambassador)?\.?\s*[\p{Lu}][\p{Ll}])"#)
    private static let capitalsTitle = Pattern(#"\b(?:AMB\.|AMBASSADOR|H\.\s?E\.|MR\.|MRS\.|MS\.|DR\.)\s"#)
    // A role between commas ("..., Permanent Representative of X to the UN, at ...") or, failing a
    // second comma, up to "at", "before" or "during" (not "to": roles themselves say "to the UN").
    private static let roleBetweenCommas = Pattern(#"^\s*,\s*([^,]{3,160}),\s*"#)
    private static let roleBeforeVenue = Pattern(#"^\s*,\s*(.{3,160}?)\s+(?=(?:at|before|during)\s)"#)
    private static let venueStart = Pattern(
        #"^\s*,?\s*(at|before|during|to|in|on|for)\s+(?:the\s+)?"#, caseInsensitive: true)
    private static let isRole = Pattern(roleWords)

    /// Reads a title of the form "<Kind> by <person>[, <role>] at|on <venue>".
    static func title(_ title: String) -> TitleCue? {
        guard let m = titlePattern.firstMatch(in: title), let kind = m.group(1), var restRange = m.groupRange(2) else {
            return nil
        }
        let ns = title as NSString
        var rest = ns.substring(with: restRange)
        var cue = TitleCue(kindWord: kind, person: nil, venue: nil, venueRange: nil, venueIsTopic: false)
        // A heading in capitals may put the post before the title of address ("STATEMENT BY ITALY'S
        // REPRESENTATIVE AMB. MAURIZIO MASSARI AT ..."): the name is read from the title on.
        if rest == rest.uppercased(), let t = capitalsTitle.firstMatch(in: String(rest.prefix(80))),
            t.range.location > 0
        {
            rest = (rest as NSString).substring(from: t.range.upperBound)
            restRange = NSRange(
                location: restRange.location + t.range.upperBound, length: restRange.length - t.range.upperBound)
        }
        // A post before the name ("UNRWA Deputy Commissioner-General Leni Stenseth", "UNAMA Press Officer,
        // Dr Nilab Mobarez") is passed over: the name is what follows it.
        var leadingPost: (text: String, range: NSRange)?
        if let post = postBeforeName.firstMatch(in: rest) {
            let text = post.value.trimmingCharacters(in: CharacterSet(charactersIn: ", ")).trimmed
            leadingPost = (text, NSRange(location: restRange.location, length: (text as NSString).length))
            rest = (rest as NSString).substring(from: post.range.upperBound)
            restRange = NSRange(
                location: restRange.location + post.range.upperBound, length: restRange.length - post.range.upperBound)
        }
        guard let p = personStart.firstMatch(in: rest), let nameRange = p.groupRange(1) else { return cue }
        // A heading in capitals runs the name into the post ("STATEMENT BY NORDIANA ZIN ZAWAWI PERMANENT
        // MISSION ..."): the name stops at the first word of a post, and is written in title case.
        // A cut that leaves one word ("Luxembourg's Ambassador ...") leaves the whole run for the review to refuse.
        let words = p.group(1)!.trimmed.split(separator: " ")
        let stops: Set<String> = ["at", "on", "to", "in", "before", "during", "the", "of", "and", "for"]
        let cut = words.prefix {
            let w = $0.lowercased()
            return !SpeakerReview.notNames.contains(w) && !SpeakerReview.notNameWords.contains(w) && !stops.contains(w)
        }
        let kept = cut.count >= 2 ? cut : words[...]
        var name = kept.joined(separator: " ")
        if name == name.uppercased() { name = SpeakerReview.titleCased(name) }
        // A title of address in capitals ("MR. SUKHBOLD SUKHEE") is no part of the name.
        name = SpeakerBallot.withoutHonorifics(name)
        let keptRange = NSRange(location: nameRange.location, length: (kept.joined(separator: " ") as NSString).length)
        var person = PersonCue(
            name: name, nameRange: shift(keptRange, by: restRange.location), role: nil,
            roleRange: nil, country: nil, rule: "title.kind-by-person")
        var cursor = p.range.location + p.range.length
        let afterName = (rest as NSString).substring(from: cursor)
        if let r = roleBetweenCommas.firstMatch(in: afterName) ?? roleBeforeVenue.firstMatch(in: afterName),
            let roleText = r.group(1), isRole.firstMatch(in: roleText) != nil
        {
            person.role = roleText.trimmed
            person.roleRange = shift(r.groupRange(1)!, by: restRange.location + cursor)
            cursor += r.range.length
        }
        if person.role == nil, let post = leadingPost, isRole.firstMatch(in: post.text) != nil {
            person.role = post.text
            person.roleRange = post.range
        }
        cue.person = person
        let afterRole = (rest as NSString).substring(from: cursor)
        if let v = venueStart.firstMatch(in: afterRole) {
            let start = restRange.location + cursor + v.range.length
            let venueRange = NSRange(location: start, length: ns.length - start)
            cue.venue = ns.substring(with: venueRange).trimmed
            cue.venueRange = venueRange
            cue.venueIsTopic = v.group(1)!.lowercased() == "on"
        }
        return cue
    }

    private static let saidName = Pattern(
        #"\b(?:said|says|added|stressed|noted)\s+"# + name
            + #",\s+([^,.;“"(]{3,140}?)(?=[,.;(]|\s+(?:at|in|on|during|who)\s|$)"#)
    private static let nameRoleSaid = Pattern(
        name
            + #",\s+([^,.;“"(]{3,140}?),\s+"#
            + #"(?:said|says|told|stressed|noted|stated|called|urged|warned|added|reiterated|underlined)\b"#
    )
    private static let rolePrefixName = Pattern(
        #"\b([\p{Lu}][\p{L}]+(?:['’]s)?)\s+((?:[Pp]ermanent [Rr]epresentative|"#
            + #"[Dd]eputy [Pp]ermanent [Rr]epresentative|[Aa]mbassador|[Ee]nvoy|[Ff]oreign [Mm]inister|"#
            + #"[Ss]pecial [Ee]nvoy|UN [Ee]nvoy)(?: to the (?:United Nations|UN))?)\s+"#
            + name + #"\s+(?:said|says|told|stressed|noted|on|has|urged|called|warned)\b"#)

    /// The first person the prose quotes with a post: the speaker of a news story.
    static func prose(_ text: String, gazetteer: Gazetteer) -> PersonCue? {
        var best: PersonCue?
        func consider(_ cue: PersonCue) {
            if best == nil || cue.nameRange.location < best!.nameRange.location { best = cue }
        }
        for (pattern, rule) in [(saidName, "prose.said-name-role"), (nameRoleSaid, "prose.name-role-said")] {
            for m in pattern.matches(in: text) {
                guard let role = m.group(2), isRole.firstMatch(in: role) != nil else { continue }
                consider(
                    PersonCue(
                        name: m.group(1)!.trimmed, nameRange: m.groupRange(1)!, role: role.trimmed,
                        roleRange: m.groupRange(2), country: nil, rule: rule))
                break
            }
        }
        if let m = rolePrefixName.firstMatch(in: text), let country = gazetteer.country(for: m.group(1)!) {
            let post = m.group(2)!
            consider(
                PersonCue(
                    name: m.group(3)!.trimmed, nameRange: m.groupRange(3)!, role: "\(country)'s \(post)",
                    roleRange: NSRange(
                        location: m.range.location, length: m.groupRange(2)!.upperBound - m.range.location),
                    country: country, rule: "prose.adjective-post-name"))
        }
        return best
    }

    private static let possessiveRole = Pattern(
        #"^(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,3})['’]s\s+(.+)$"#)
    private static let ofCountry = Pattern(#"\bof\s+(?:the\s+)?([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+){0,3})"#)
    private static let smallWords: Set<String> = ["of", "to", "the", "and", "for", "on", "in", "at"]

    /// "China's permanent representative to the United Nations" becomes "Permanent Representative of
    /// China to the United Nations" with country China, so one post reads one way across sources.
    static func normalizedRole(_ written: String, gazetteer: Gazetteer) -> (role: String, country: String?) {
        var role = written
        if role.lowercased().hasPrefix("the ") { role = String(role.dropFirst(4)) }
        if let m = possessiveRole.firstMatch(in: role), let country = gazetteer.country(for: m.group(1)!) {
            return (post(m.group(2)!, of: country), country)
        }
        if let m = ofCountry.firstMatch(in: role) {
            // "of the Russian Federation to ...": try the longest run of capitalised words first.
            let words = m.group(1)!.split(separator: " ")
            for n in stride(from: words.count, through: 1, by: -1) {
                if let country = gazetteer.country(for: words.prefix(n).joined(separator: " ")) {
                    return (titleCasedStart(role), country)
                }
            }
        }
        // "Minister for Foreign Affairs, Japan", as shot lists and captions write a post.
        if let comma = role.range(of: ", ", options: .backwards),
            let country = gazetteer.country(for: String(role[comma.upperBound...]).trimmed)
        {
            return (post(String(role[..<comma.lowerBound]), of: country), country)
        }
        let words = role.split(separator: " ")
        if let first = words.first, let country = gazetteer.country(for: String(first)), words.count > 1 {
            return (post(words.dropFirst().joined(separator: " "), of: country), country)
        }
        return (titleCasedStart(role), nil)
    }

    /// "permanent representative to the United Nations" of China → "Permanent Representative of China to the United
    /// Nations".
    private static func post(_ post: String, of country: String) -> String {
        let parts = post.components(separatedBy: " to ")
        var normalized = titleCased(parts[0]) + " of " + country
        if parts.count > 1 { normalized += " to " + parts.dropFirst().joined(separator: " to ") }
        return normalized
    }

    private static func titleCased(_ s: String) -> String {
        s.split(separator: " ").map { w in
            smallWords.contains(w.lowercased()) ? w.lowercased() : w.prefix(1).uppercased() + w.dropFirst()
        }
        .joined(separator: " ")
    }
    private static func titleCasedStart(_ s: String) -> String { s.prefix(1).uppercased() + s.dropFirst() }

    static func shift(_ r: NSRange, by offset: Int) -> NSRange {
        NSRange(location: r.location + offset, length: r.length)
    }
}
