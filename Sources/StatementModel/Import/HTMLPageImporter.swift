import Foundation

/// A saved web page (.html) of a mission, a ministry, UN News or a UN press release. The page's own
/// structure says what is what: `<h1>` or `og:title` is the title, `<time datetime>` or a published-time
/// meta tag the date; scripts, styles, navigation, menus, sidebars, share bars and footers are dropped.
/// What remains is read like a page saved as text, so speakers, forums and themes come out the same way.
public struct HTMLPageImporter: FileImporter {
    public let family = "html"
    public init() {}

    public func claims(_ url: URL) -> Bool { ["html", "htm", "xhtml"].contains(url.pathExtension.lowercased()) }

    public func read(_ url: URL, reader: StatementReader) throws -> FileReading {
        let decoded = try reader.decode(fileAt: url)
        let page = HTMLText(decoded.text)
        guard !page.paragraphs.isEmpty else { throw TextProblem.empty }
        // Laid out as the text families expect: title line, date line, then the body.
        var lines: [String] = []
        if let title = page.title { lines.append(title) }
        if let date = page.date { lines.append(date) }
        lines.append("")
        lines += page.paragraphs.flatMap { [$0, ""] }
        let text = lines.joined(separator: "\n")
        var s = reader.read(SourceDocument(path: url.path, text: text, notes: decoded.notes + ["text extracted from HTML; navigation, scripts and footers dropped"]), enrich: false)
        s.source.family = family
        let structure = { (what: String) in Provenance(basis: .stated, rule: "html.\(what)", confidence: 0.95, evidence: url.lastPathComponent) }
        if let title = page.title { s.title = Attributed(title, structure(page.titleSource)) }
        // A news page reports a speech: read the speaker and the forum from its prose, as for a wire story.
        if s.speaker == nil {
            let doc = AnnotatedText(text)
            let writer = CueWriter(doc: doc, reference: reader.reference)
            if let person = SpeakerCues.prose(text, gazetteer: reader.reference.gazetteer) { writer.applyPerson(person, offset: 0, confidence: 0.8, to: &s) }
            if let forum = ForumCues.find(in: text), forum.tiedToSpeaker { writer.applyForum(forum, offset: 0, rulePrefix: "html.prose", confidence: 0.75, to: &s) }
        }
        if let iso = page.isoDate, let d = StatementDate(iso: String(iso.prefix(10))) { s.date = Attributed(d, structure("time-element")) }
        if let site = page.siteName, s.source.publisher == nil { s.source.publisher = Attributed(site, structure("og:site_name")) }
        if let canonical = page.canonicalURL { s.source.url = Attributed(canonical, structure("canonical-link")) }
        var pieces = PressReleaseSplitter.split(s, reference: reader.reference)
        for i in pieces.indices { reader.enrich(&pieces[i]) }
        return FileReading(statements: pieces)
    }
}

/// Text out of HTML, without a DOM: a tolerant scan of tags that keeps block structure as paragraphs.
struct HTMLText {
    var title: String?
    var titleSource = "h1"
    /// A date as the page shows it (for the date line), and machine-readable (`2022-02-16T23:37`).
    var date: String?
    var isoDate: String?
    var siteName: String?
    var canonicalURL: String?
    var paragraphs: [String] = []

    /// Elements whose whole content is not the statement.
    static let droppedElements: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "select",
                                               "svg", "iframe", "template", "menu"]
    /// class or id words that mark page furniture.
    static let furniture = ["nav", "menu", "breadcrumb", "footer", "sidebar", "share", "social", "cookie", "banner", "related", "header", "print", "skip"]
    static let blocks: Set<String> = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article", "td", "dd", "dt", "pre", "hr"]
    private static let tag = Pattern(#"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^>]*?)(/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>"#)
    private static let attribute = Pattern(#"([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#)

    init(_ html: String) {
        let ns = html as NSString
        var text = ""
        var skipDepth: [String] = []   // open elements being dropped
        var h1 = "", inH1 = false, titleTag = "", inTitle = false
        var cursor = 0
        var voidElements: Set<String> { ["br", "hr", "img", "meta", "link", "input", "source", "wbr"] }

        for m in Self.tag.matches(in: html) {
            if m.range.location > cursor {
                let chunk = ns.substring(with: NSRange(location: cursor, length: m.range.location - cursor))
                if inTitle { titleTag += chunk } else if skipDepth.isEmpty {
                    text += chunk
                    if inH1 { h1 += chunk }
                }
            }
            cursor = m.range.upperBound
            guard let name = m.group(2)?.lowercased() else { continue }
            let closing = m.group(1) == "/"
            let attrs = Self.attributes(m.group(3) ?? "")
            if !closing, name == "meta" { readMeta(attrs); continue }
            if !closing, name == "link", attrs["rel"]?.lowercased() == "canonical" { canonicalURL = attrs["href"]; continue }
            if name == "title" { inTitle = !closing; continue }
            if !closing, name == "time", let dt = attrs["datetime"], isoDate == nil { isoDate = dt }
            if !skipDepth.isEmpty {
                if closing, name == skipDepth.last { skipDepth.removeLast() } else if !closing, name == skipDepth.last, !voidElements.contains(name) { skipDepth.append(name) }
                continue
            }
            if !closing, !voidElements.contains(name), m.group(4) != "/", Self.isFurniture(name, attrs) { skipDepth.append(name); continue }
            if name == "h1" { inH1 = !closing; if closing { text += "\n" } }
            if Self.blocks.contains(name) { text += "\n" }
        }
        if cursor < ns.length, skipDepth.isEmpty { text += ns.substring(from: cursor) }

        let cleanH1 = Self.decode(h1).squeezed
        let cleanTitle = Self.decode(titleTag).squeezed
        if !cleanH1.isEmpty { title = cleanH1 } else if let og = title, !og.isEmpty { titleSource = "og:title"; title = og } else if !cleanTitle.isEmpty { title = cleanTitle; titleSource = "title-element" }
        paragraphs = Self.decode(text).split(separator: "\n").map { $0.squeezed }.filter { !$0.isEmpty }
        if let title, paragraphs.first == title { paragraphs.removeFirst() }
        if let iso = isoDate, let d = StatementDate(iso: String(iso.prefix(10))) {
            date = d.iso
            if let first = paragraphs.first, DateFinder.dateLine(first) != nil { paragraphs.removeFirst() }
        } else if let first = paragraphs.first, DateFinder.dateLine(first) != nil {
            date = paragraphs.removeFirst()
        }
    }

    private mutating func readMeta(_ attrs: [String: String]) {
        let key = (attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? "").lowercased()
        guard let content = attrs["content"], !content.isEmpty else { return }
        switch key {
        case "og:title": if title == nil { title = Self.decode(content).squeezed }
        case "og:site_name": siteName = Self.decode(content).squeezed
        case "article:published_time", "datepublished", "date", "dc.date", "pubdate": if isoDate == nil { isoDate = content }
        default: break
        }
    }

    static func isFurniture(_ name: String, _ attrs: [String: String]) -> Bool {
        if droppedElements.contains(name) { return true }
        if attrs["role"].map({ ["navigation", "banner", "contentinfo", "search"].contains($0.lowercased()) }) == true { return true }
        if attrs["aria-hidden"] == "true" || attrs["hidden"] != nil { return true }
        let words = ((attrs["class"] ?? "") + " " + (attrs["id"] ?? "")).lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { w in furniture.contains { w == $0 || w.hasPrefix($0) && w.count <= $0.count + 4 } }
    }

    static func attributes(_ text: String) -> [String: String] {
        var out: [String: String] = [:]
        for m in attribute.matches(in: text) { out[m.group(1)!.lowercased()] = m.group(2) ?? m.group(3) ?? m.group(4) ?? "" }
        for flag in text.split(separator: " ") where !flag.contains("=") { out[flag.lowercased().trimmed] = out[flag.lowercased().trimmed] ?? "" }
        return out
    }

    private static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "hellip": "…", "middot": "·", "copy": "©", "reg": "®", "eacute": "é", "egrave": "è", "ccedil": "ç", "uuml": "ü", "ouml": "ö",
    ]
    private static let entity = Pattern(#"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z]+);"#)

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let ns = text as NSString
        var out = ""
        var cursor = 0
        for m in entity.matches(in: text) {
            out += ns.substring(with: NSRange(location: cursor, length: m.range.location - cursor))
            let body = m.group(1)!
            var replacement: String?
            if body.hasPrefix("#x") || body.hasPrefix("#X") { replacement = UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) } }
            else if body.hasPrefix("#") { replacement = UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) } }
            else { replacement = entities[body.lowercased()] }
            out += replacement ?? m.value
            cursor = m.range.upperBound
        }
        return out + ns.substring(from: cursor)
    }
}
