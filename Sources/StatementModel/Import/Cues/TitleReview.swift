import Foundation

/// Replaces a title that is page furniture — a menu, a site's name, a line of two or three words — by
/// the headline-shaped line the opening holds: several words, not a menu, not a date line, not a
/// sentence running on; a line that names its kind ("Remarks by", "Выступление") is preferred. The
/// replacement is inferred. A title the page states in its markup is kept unless it is the site's name.
struct TitleReview {
    let doc: AnnotatedText
    let kinds: KindLexicon
    let reference: ReferenceData

    func review(_ s: inout Statement) {
        // A site's name guessed from the page's title may be the section's heading ("… - Summaries of
        // statements"): only a name the page declares marks a line as the masthead.
        let publisher = s.source.publisher.flatMap { $0.provenance.rule == "html.title-site-name" ? nil : $0.value }
        let lines = doc.lines.filter { !$0.isBlank }.map(\.trimmed)
        // A PDF's letterhead sits above its title in capitals; a news service may write its headlines so.
        let fromPDF = s.source.path?.lowercased().hasSuffix(".pdf") ?? false
        // A menu spaced out by runs of blanks, which a title's value (squeezed) no longer shows as one.
        let spacedMenus = Set(lines.filter(ForumReview.isSpacedMenu).map(\.squeezed))
        func furniture(_ t: String) -> Bool {
            Self.isFurniture(t, publisher: publisher) || reference.isFurnitureLine(t) || Self.isMasthead(t)
                // "Washington, D.C. | Permanent Mission to the …": a place and a masthead, parts of a site's header.
                || t.components(separatedBy: " | ").dropFirst().contains(where: Self.isMasthead)
                || Self.isPlaceLine(t, reference)
                || reference.publishers.isPublisherName(t)
                || Self.endsWithFurniture(t, reference) || Self.inVerticalMenu(t, lines: lines)
                || (fromPDF && isLetterhead(t))
                || spacedMenus.contains(t)
        }
        // An organisation's bare name ("United Nations" atop a verbatim record) is a masthead, not a title.
        let organisation = { (t: String) -> Bool in
            self.reference.gazetteer.isOrganisationName(
                t.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)))
        }
        // A line that is only a kind's name ("Communiqué de presse", "Statement") labels a text; it names none.
        let label = { (t: String) -> Bool in
            let folded = KindLexicon.fold(t).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            return self.kinds.first(.title, in: folded)?.text == folded || organisation(t)
        }
        let filled = doc.lines.filter { !$0.isBlank }.prefix(24)
        // The masthead and the menus come before the content: the headline is below the last of them.
        // A masthead ("Permanent Mission of ...", "Meetings Coverage and Press Releases") also sits above it.
        // Only the first run of them: a masthead repeated in the byline under the headline is no bound.
        let head = Array(filled.prefix(8))
        func masthead(_ t: String) -> Bool { Self.isMasthead(t) || reference.publishers.isPublisherName(t) }
        var lastMasthead = head.firstIndex { masthead($0.trimmed) }
        while let m = lastMasthead, m + 1 < head.count, masthead(head[m + 1].trimmed) { lastMasthead = m + 1 }
        let lastMenu = [Self.lastNavigation(in: Array(filled)), lastMasthead].compactMap { $0 }.max()
        func headlineShaped(_ text: String) -> Bool {
            // A salutation ("Mr. President,") opens a speech; it never names it.
            // Chinese says in eight characters what English says in thirty.
            let han = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
            guard text.count >= 15 || han >= 8, text.count <= 300, !furniture(text), !label(text),
                kinds.count(.address, in: KindLexicon.fold(text)) == 0,
                // a note, a caption's label, a list
                !text.hasPrefix("("), !text.hasPrefix("["), !text.hasPrefix("•"), !text.hasPrefix("·"),
                // "· Palabras del canciller … · Discurso del canciller …": the links of a related list run
                // together.
                text.components(separatedBy: " · ").count < 3,
                DateFinder.dateLine(text) == nil, let last = text.last, !".!?,;:。！？，،：".contains(last),
                // A sentence's end inside the line (Chinese "。", Korean "…습니다. "): running text, not a
                // headline.
                !text.contains("。"), Self.koreanSentenceEnd.firstMatch(in: text) == nil
            else { return false }  // a headline, not a sentence
            return !Self.datedMetaLine(text)
        }
        if let t = s.title, t.provenance.rule == "webpage.title-line",
            let above = headline(over: t.value, in: Array(filled), after: lastMenu, shaped: headlineShaped)
        {
            replaceTitle(
                &s, by: above, confidence: 0.75, rule: "title.headline-over-byline",
                reason: "the headline over “\(t.value)”, which names who speaks")
            return
        }
        if let t = s.title, t.provenance.basis == .stated, !furniture(t.value), !label(t.value) { return }
        if let t = s.title, !furniture(t.value), !label(t.value), Self.words(t.value) >= 4 { return }
        var best: (line: TextLine, score: Double)?
        for (i, line) in filled.enumerated() where lastMenu.map({ i > $0 }) ?? true {
            let text = line.trimmed
            guard headlineShaped(text) else { continue }
            var score = 1.0 - Double(i) * 0.03
            if kinds.first(.title, in: KindLexicon.fold(text)) != nil { score += 0.5 }
            if Self.words(text) >= 5 { score += 0.2 }
            if best == nil || score > best!.score { best = (line, score) }
        }
        guard let pick = best, pick.score > 0.6, pick.line.trimmed != s.title?.value else {
            // No headline at all is better than a notice or a menu standing in for one.
            if let t = s.title, furniture(t.value) || label(t.value) {
                s.notes.append("“\(t.value)” is page furniture, not a title")
                s.title = nil
            }
            return
        }
        let old = s.title?.value
        replaceTitle(
            &s, by: pick.line, confidence: 0.6, rule: "title.headline-shaped-line",
            reason: "the first headline-shaped line of the page"
                + (old.map { "; “\($0)” looked like page furniture" } ?? ""))
    }

    /// "September 18, 2023 Press Release", "18.09.2023 | News": a post's date and its category under the
    /// headline, not a headline.
    static func datedMetaLine(_ text: String) -> Bool {
        // A weekday may come first ("Monday, September 18, 2023 Breaking News"), the section before a bar
        // ("Ze světa | 24.02.2023 21:14:00"), the time after.
        guard let first = DateFinder.fullDates(in: text).first else { return false }
        let ns = text as NSString
        // Words before the date make it a stamp only behind a bar: "Spokesperson's Briefing – Thursday, 9 June
        // 2022" is a headline.
        guard ns.substring(to: first.range.location).split(separator: " ").count <= 1 || text.contains(" | ")
        else { return false }
        let rest = ns.substring(to: first.range.location) + " " + ns.substring(from: NSMaxRange(first.range))
        return rest.split(whereSeparator: { $0.isWhitespace || "|·•-–—/,".contains($0) }).count <= 3
    }

    /// "Press Briefing on Programme of Work for March" over "Briefing by Karel van Oosterom,": a line that
    /// names its speaker ("Statement by …") is often the standfirst under the page's headline, which then
    /// stands directly above it (a date line may sit between), below the menus.
    private func headline(
        over title: String, in lines: [TextLine], after lastMenu: Int?, shaped: (String) -> Bool
    ) -> TextLine? {
        // A PDF wraps both: the title's first line begins it, and a headline line ending on "the" goes on below.
        guard
            let t = lines.firstIndex(where: {
                $0.trimmed.squeezed == title || $0.trimmed.count >= 20 && title.hasPrefix($0.trimmed.squeezed)
            }), t > 0
        else { return nil }
        var i = t - 1
        if DateFinder.dateLine(lines[i].trimmed) != nil { i -= 1 }
        guard i >= 0, lastMenu.map({ i > $0 }) ?? true else { return nil }
        var line = lines[i]
        // Only a line directly above wraps into it: a blank line between parts two blocks.
        if i >= 1, lastMenu.map({ i - 1 > $0 }) ?? true, lines[i].range.location == NSMaxRange(lines[i - 1].range) + 1,
            let last = lines[i - 1].trimmed.split(separator: " ").last, Self.wrapWords.contains(last.lowercased())
        {
            let range = NSUnionRange(lines[i - 1].range, lines[i].range)
            line = TextLine(text: doc.ns.substring(with: range), range: range)
        }
        let text = line.trimmed.squeezed
        // A headline is in its standfirst's script: a programme's name in another language is no headline.
        // A headline says something: a section's name over a list ("Statements and Speeches") is no headline.
        // A line that itself names who speaks ("Statement by X") is a second byline, not a headline over one.
        guard shaped(text), Self.words(text) >= 4, SpeakerCues.title(text)?.person == nil,
            ScriptCounts(text).dominant == ScriptCounts(title).dominant
        else {
            return nil
        }
        return line
    }

    /// Words a headline line never ends on unless it goes on below.
    private static let wrapWords: Set<String> = [
        "the", "of", "and", "on", "in", "for", "to", "at", "a", "an", "de", "la", "le", "les", "du", "des", "et",
        "el", "los", "las", "del", "y", "en", "и", "в", "о", "по", "на",
    ]

    private func replaceTitle(
        _ s: inout Statement, by line: TextLine, confidence: Double, rule: String, reason: String
    ) {
        // A list's dash or bullet before the headline ("- Déclaration de M. …") is no part of it.
        let leading = line.text.prefix { $0.isWhitespace || "-–—•·*".contains($0) }.utf16.count
        let text = (line.text as NSString).substring(from: leading).trimmed
        let range = NSRange(location: line.range.location + leading, length: text.utf16.count)
        s.title = Attributed(
            text.squeezed, doc.provenance(.inferred, rule: rule, confidence: confidence, range: range, reason: reason))
    }

    /// A PDF letterhead's name in capitals ("UNITED NATIONS HUMAN RIGHTS", "AFRICAN UNION UNION AFRICAINE"):
    /// a short line all in capitals that names no kind of text; a title in capitals says what it is
    /// ("STATEMENT BY ...").
    private func isLetterhead(_ t: String) -> Bool {
        let letters = t.filter(\.isLetter)
        guard letters.count >= 6, letters.allSatisfy({ $0.isUppercase }), !t.contains(where: \.isNumber),
            Self.words(t) <= 8
        else { return false }
        return kinds.first(.title, in: KindLexicon.fold(t)) == nil
    }

    /// A line of a menu laid out one item a line ("Secretary-General / Biography / Speeches / ..."): three
    /// or more short lines in a row, one of them this one.
    static func inVerticalMenu(_ t: String, lines: [String]) -> Bool {
        func spaced(_ l: String) -> Int { l.split(whereSeparator: { $0.isWhitespace }).count }
        func short(_ l: String) -> Bool { spaced(l) <= 4 && l.count <= 32 && !l.contains(where: \.isNumber) }
        guard short(t) else { return false }
        for (i, l) in lines.enumerated() where l == t {
            var first = i
            var last = i
            while first > 0, short(lines[first - 1]) { first -= 1 }
            while last + 1 < lines.count, short(lines[last + 1]) { last += 1 }
            if last - first >= 2 { return true }
        }
        return false
    }

    /// The last menu or breadcrumb line above the text's first long paragraph: navigation precedes content.
    static func lastNavigation(in lines: [TextLine]) -> Int? {
        let firstLong = lines.firstIndex { $0.trimmed.count > 200 } ?? lines.count
        return lines[..<firstLong].lastIndex {
            (ForumReview.isMenu($0.trimmed) || WebPageImporter.isBreadcrumb($0.trimmed)
                || WebPageImporter.isShortTrail($0.trimmed)) && !isShareBar($0.trimmed)
        }
    }

    private static let socialNetworks: Set<String> = [
        "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "email", "e-mail", "vk", "vkontakte",
        "weibo", "wechat", "微博", "微信", "reddit", "pinterest", "viber", "messenger", "threads", "bluesky",
    ]

    /// "Paylaş: Facebook · Twitter · WhatsApp", "Share: Facebook | X | Email": a share bar stands under the
    /// headline, so it is no bound on where the headline is (a site's menu stands above it).
    static func isShareBar(_ line: String) -> Bool {
        let words = line.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        return words.filter { socialNetworks.contains($0) }.count >= 2
    }

    /// "16 décembre 1996 - Seul le prononcé fait foi": a date or a heading with a notice appended.
    static func endsWithFurniture(_ t: String, _ reference: ReferenceData) -> Bool {
        for sep in [" - ", " – ", " | ", " — "] {
            if let last = t.components(separatedBy: sep).last, last != t, reference.isFurnitureLine(last) {
                return true
            }
        }
        return false
    }

    static func words(_ s: String) -> Int {
        let w = s.split(whereSeparator: { $0.isWhitespace }).count
        // Scripts written without spaces: count characters in threes.
        return w <= 2 ? max(w, s.filter { $0.isLetter }.count / 3) : w
    }

    private static let furnitureWords: Set<String> = [
        "home", "contact", "contacts", "about", "search", "menu", "login", "english", "français",
        "español", "русский", "中文", "العربية", "print", "share", "subscribe", "retry", "progress",
        "official",
        "gallery", "latest", "cookie", "cookies",
    ]

    /// "Addis Ababa, Ethiopia", "Geneva, Switzerland": a place line (an address, a dateline), not a headline.
    static func isPlaceLine(_ t: String, _ reference: ReferenceData) -> Bool {
        let parts = t.split(separator: ",").map { $0.trimmed }
        guard (2...3).contains(parts.count), let last = parts.last, !t.contains(where: \.isNumber),
            parts.allSatisfy({ p in
                let words = p.split(separator: " ")
                return (1...3).contains(words.count) && words.allSatisfy { $0.first?.isUppercase ?? false }
            })
        else { return false }
        return reference.countries.code(forName: last) != nil || reference.gazetteer.country(for: last) != nil
    }

    /// The publishing institution's own name at the top of its pages, in the six languages.
    private static let mastheadStart = Pattern(
        #"(?i)^(?:the\s+)?(?:(?:permanent\s+)?(?:observer\s+)?mission\s+(?:of|to)|embassy|consulate|"#
            + #"ministry|ministère|ministerio|office of the|delegation of|department of|permanent representation|"#
            + #"représentation permanente|"#
            // A government's or a presidency's own name over its pages ("GOBIERNO DE LA REPÚBLICA DE HONDURAS").
            + #"government of|gobierno de|gouvernement d[eu]|правительство|presidency of|présidence de|"#
            + #"presidencia de|secretar[ií]a de estado|"#
            + #"mission permanente|misión permanente|ambassade|embajada|consulado|consulat|"#
            + #"(?:постоянное\s+)?представительство|посольство|"#
            + #"министерство|"#
            + #"генеральное консульство)\b"#
            + #"|^(?:[\p{Lu}][\p{L}.]*\s+){1,3}(?:Permanent\s+)?Mission\s+to\b|^(?:بعثة|سفارة|وزارة)\s"#
            // A mission's full name runs long
            // ("中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表团").
            + #"|^.{0,40}(?:大使馆|大使館|总领事馆|總領事館|领事馆|領事館|"#
            + #"代表团|代表團|外交部)$"#)
    /// An address or a switchboard under a masthead.
    static let contactLine = Pattern(
        #"(?i)\b(?:tel|telephone|phone|fax|e-mail)\s*[.:]?\s*[+(]?\d|\b[A-Z]{2}\s+\d{5}\b|www\.[a-z0-9-]+\.[a-z]"#
            // A street address: a number and a street word ("56 rue de Moillebeau", "747 Third Avenue").
            + #"|\b\d{1,4},?\s+(?:rue|avenue|av\.|boulevard|bd|calle|avenida|strasse|straße|chemin|place|road)\b"#
            + #"|\b\d{1,4}\s+(?:[\p{Lu}][\p{L}]+\s+){1,2}(?:Street|Avenue|Road|Plaza|Place)\b"#)
    /// Words that make a line more than a name: a statement's kind, a verb of saying.
    private static let saying = Pattern(
        #"(?i)\b(?:statement|remarks|speech|address|briefing|says|said|calls|welcomes|urges|condemns)\b"#)

    /// A masthead or a contact line: the publisher's name and address, never a headline.
    static func isMasthead(_ t: String) -> Bool {
        if contactLine.firstMatch(in: t) != nil { return true }
        return t.split(separator: " ").count <= 16 && mastheadStart.firstMatch(in: t) != nil
            && saying.firstMatch(in: t) == nil
    }

    private static let siteOrStamp = Pattern(
        #"^(?:(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|ru|fr|es|cn|de|it|gov|int)\b"#
            + #"(?:\s*[—–|·-]|$)"#
            + #"|\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2})"#)

    private static let koreanSentenceEnd = Pattern(#"(?:니다|했다|한다|이다|였다)\.\s"#)
    private static let bylineStart = Pattern(
        #"(?i)^(?:delivered by|by|par|por|speaker|auteur|autor|edited by|editado por|édité par|"#
            + #"редактор)\s*:?\s+\S"#)

    /// A menu, a site's name, or a line made of navigation words.
    static func isFurniture(_ text: String, publisher: String?) -> Bool {
        if ForumReview.isMenu(text) || WebPageImporter.isBreadcrumb(text) || WebPageImporter.isShortTrail(text) {
            return true
        }
        // A byline ("Delivered by: His Excellency ..."), never a headline.
        if bylineStart.firstMatch(in: text) != nil { return true }
        // A distribution line ("09/25/2024 | Press release | Distributed by …"): a headline never opens
        // with a date and a bar.
        let parts = text.components(separatedBy: " | ")
        if parts.count >= 2, DateFinder.dateLine(parts[0]) != nil { return true }
        // A footer's rights line.
        if text.hasPrefix("©") || text.lowercased().hasPrefix("copyright") { return true }
        // A site's address and its motto ("documentop.com — Free Document Sharing"), or a posting stamp and
        // what follows it ("2007-10-14 15:02:20 作者:…"): a headline opens with neither.
        if siteOrStamp.firstMatch(in: text) != nil { return true }
        // A page's address alone ("https://example.org/?p=7702", the foot of a browser's print).
        if BrowserPrint.isAddress(text) || text.hasPrefix("http://") || text.hasPrefix("https://") { return true }
        if let publisher, text.caseInsensitiveCompare(publisher) == .orderedSame { return true }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        let menu = words.filter { furnitureWords.contains($0) }.count
        return !words.isEmpty && (menu >= 2 || (menu >= 1 && words.count <= 6))
    }
}
