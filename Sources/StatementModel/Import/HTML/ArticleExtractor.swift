import Foundation

/// What a saved web page says of itself and its article, read as article extractors read pages: the
/// page's own metadata first (JSON-LD, Open Graph and `article:` tags, `<time datetime>`, the canonical
/// address's date path, `<html lang>`), then the main text, found by what blocks look like (text
/// length, punctuation, links per word, `article`/`main`, furniture classes), never empty when a person
/// would see an article.
struct ExtractedArticle {
    var headline: String?
    var headlineSource = "h1"
    var published: (date: StatementDate, source: String)?
    var modified: (date: StatementDate, source: String)?
    var siteName: String?
    /// The page's description (`description`, `og:description`).
    var summary: String?
    /// The page's `<title>` as written.
    var titleElement: String?
    /// The site's name as the `<title>` closes with it ("… | UNIFIL", "… – Ministerio de Relaciones Exteriores"):
    /// the short last part after a spaced separator, when the rest is longer.
    var titleSiteName: String? {
        guard let title = titleElement else { return nil }
        for sep in [" | ", " – ", " — ", " - ", " :: "] {
            let parts = title.components(separatedBy: sep).map(\.trimmed)
            guard parts.count >= 2, let last = parts.last, !last.isEmpty, last.count <= 60 else { continue }
            let rest = parts.dropLast().joined(separator: sep)
            return rest.count > last.count ? last : nil
        }
        return nil
    }
    /// The address the page gives itself in Open Graph (`og:url`), when it has no canonical link.
    var pageURL: String?
    var canonicalURL: String?
    var language: String?
    /// Short blocks between the headline and the article (byline, date line, dateline).
    var header: [String] = []
    var paragraphs: [String] = []
}

enum ArticleExtractor {
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "button", "select",
        "nav", "aside", "menu", "footer", "head", "textarea", "input", "canvas", "video", "audio",
    ]
    /// Class and id words of page furniture.
    static let furnitureWords = [
        "nav", "menu", "breadcrumb", "footer", "sidebar", "share", "social", "cookie", "banner", "related",
        "comment", "advert", "promo", "newsletter", "subscribe", "widget", "popup", "modal", "skip", "toolbar",
        "masthead", "topbar", "recommend", "trending", "most", "tags", "pagination", "print", "login",
    ]
    /// Furniture named inside a longer word ("cmplz-cookiebanner", "CybotCookiebotDialog").
    static let furnitureInside = ["cookie", "consent", "gdpr"]
    static let blocks: Set<String> = [
        "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article",
        "td", "th", "dd", "dt", "pre", "hr", "main", "figure", "figcaption", "ul", "ol", "table", "header", "br",
        "center",
    ]

    static func extract(_ root: HTMLNode) -> ExtractedArticle {
        var a = ExtractedArticle()
        a.language = root.attributes["lang"].map { String($0.prefix(2)).lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        readMetadata(root, into: &a)
        guard let body = root.first(where: { $0.name == "body" }) ?? Optional(root) else { return a }
        // A hidden h1 is a logo's text for search engines, not the headline a reader sees.
        let h1 = body.first { $0.name == "h1" && !squeeze($0.text).isEmpty && !isHidden($0) }
        let main = mainContent(body)
        a.paragraphs = main.flatMap { blocksOf($0) }
        if a.paragraphs.isEmpty { a.paragraphs = blocksOf(body) }  // never "empty" when the page has text
        if let h1, !isSiteName(squeeze(h1.text), in: a) {
            a.headline = squeeze(h1.text)
            a.headlineSource = "h1"
        }
        if a.headline == nil || a.headlineSource == "title-element",
            let heading = headingRepeatingTitlePart(body, title: a.titleElement)
        {
            a.headline = heading
            a.headlineSource = "section-heading"
        }
        if let headline = a.headline { a.paragraphs.removeAll { $0 == headline } }
        // A page's <title> that shares no words with its article is the site's name or motto, not a headline;
        // so is a <title> of three words or fewer that shares one with the site's declared name ("سبوتنيك
        // عربي" on a site named "Sputnik عربي").
        if a.headlineSource == "title-element", let headline = a.headline,
            !sharesWords(headline, with: a.paragraphs.prefix(3).joined(separator: " "))
                || headline.split(separator: " ").count <= 3
                    && a.siteName.map { sharesWords(headline, with: $0) } == true
        {
            a.headline = nil
        }
        // The byline and date under the headline, when they stand outside the article's block.
        a.header = headerBlocks(body, headline: a.headline, firstParagraph: a.paragraphs.first).filter {
            !a.paragraphs.contains($0)
        }
        // The page's own summary, when the text does not already hold it: often the standfirst that names
        // who spoke, where and when ("16 January 2024, New York - Statement ... by H.E. Ms. ...").
        if let summary = a.summary, summary.count >= 40, summary.count <= 300, !a.header.contains(summary),
            !a.paragraphs.prefix(4).contains(where: { $0.hasPrefix(String(summary.prefix(40))) }),
            summary != a.headline
        {
            a.header.append(summary)
        }
        return a
    }

    // MARK: metadata

    private static func readMetadata(_ root: HTMLNode, into a: inout ExtractedArticle) {
        var titleElement: String?
        var ogTitle: String?
        var published: [(String, String)] = []
        var modified: [(String, String)] = []
        root.elements { e in
            switch e.name {
            case "title":
                if titleElement == nil { titleElement = squeeze(e.text) }
                if a.titleElement == nil { a.titleElement = titleElement }
            case "meta":
                let key = (e.attributes["property"] ?? e.attributes["name"] ?? e.attributes["itemprop"] ?? "")
                    .lowercased()
                guard let content = e.attributes["content"]?.trimmed, !content.isEmpty else { return }
                switch key {
                case "og:title", "twitter:title": if ogTitle == nil { ogTitle = squeeze(content) }
                case "description", "og:description": if a.summary == nil { a.summary = squeeze(content) }
                case "og:site_name", "application-name": if a.siteName == nil { a.siteName = squeeze(content) }
                case "og:url": if a.pageURL == nil { a.pageURL = content }
                case "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                    "publish-date", "date",
                    "dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
                    "citation_publication_date":
                    published.append((content, "meta " + key))
                case "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
                    "revised":
                    modified.append((content, "meta " + key))
                default: break
                }
            case "link":
                if e.attributes["rel"]?.lowercased() == "canonical", let href = e.attributes["href"] {
                    a.canonicalURL = href
                }
            case "script":
                guard e.attributes["type"]?.lowercased().contains("ld+json") == true else { return }
                readJSONLD(e.text, published: &published, modified: &modified, headline: &ogTitle)
            case "time":
                if let dt = e.attributes["datetime"], !dt.isEmpty {
                    let hint = ((e.attributes["itemprop"] ?? "") + " " + (e.attributes["class"] ?? "")).lowercased()
                    if hint.contains("modif") || hint.contains("update") {
                        modified.append((dt, "time element"))
                    } else {
                        published.append((dt, "time element"))
                    }
                }
            default: break
            }
        }
        a.published = published.lazy.compactMap { raw, source in isoDate(raw).map { ($0, source) } }.first
        a.modified = modified.lazy.compactMap { raw, source in isoDate(raw).map { ($0, source) } }.first
        if a.published == nil, let url = a.canonicalURL, let d = dateInPath(url) {
            a.published = (d, "canonical address")
        }
        if a.headline == nil {
            if let og = ogTitle, !og.isEmpty {
                a.headline = withoutDeclaredSite(og, site: a.siteName)
                a.headlineSource = "og:title"
            } else if let t = titleElement, !t.isEmpty {
                a.headline = withoutSiteName(t, site: a.siteName)
                a.headlineSource = "title-element"
            }
        }
    }

    private static func readJSONLD(
        _ text: String, published: inout [(String, String)], modified: inout [(String, String)], headline: inout String?
    ) {
        guard let data = text.data(using: .utf8),
            let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return }
        func walk(_ v: Any, depth: Int) {
            guard depth < 8 else { return }
            if let list = v as? [Any] {
                list.forEach { walk($0, depth: depth + 1) }
                return
            }
            guard let o = v as? [String: Any] else { return }
            if let d = o["datePublished"] as? String { published.append((d, "JSON-LD datePublished")) }
            if let d = o["dateCreated"] as? String { published.append((d, "JSON-LD dateCreated")) }
            if let d = o["dateModified"] as? String { modified.append((d, "JSON-LD dateModified")) }
            if headline == nil, let h = o["headline"] as? String { headline = squeeze(h) }
            for key in ["@graph", "mainEntity", "mainEntityOfPage"] {
                if let inner = o[key] { walk(inner, depth: depth + 1) }
            }
        }
        walk(json, depth: 0)
    }

    /// "2024-11-18T09:30:00+08:00", "2024-11-18", "20241118", or any written date.
    static func isoDate(_ raw: String) -> StatementDate? {
        let t = raw.trimmed
        if t.count >= 10, let d = StatementDate(iso: String(t.prefix(10))), d.precision == .day { return d }
        if t.count == 8, t.allSatisfy(\.isNumber), let y = Int(t.prefix(4)), let m = Int(t.dropFirst(4).prefix(2)),
            let d = Int(t.suffix(2))
        {
            return StatementDate(year: y, month: m, day: d)
        }
        return DateFinder.fullDates(in: t).first?.date.flatMap { $0.precision == .day ? $0 : nil }
    }

    /// `/2023/09/16/`, `/2023-09-16/` and the compact `/20230916/` or `/20230916-`.
    private static let pathDate = Pattern(
        #"/((?:19|20)\d{2})(?:[/-](\d{1,2})[/-](\d{1,2})|(\d{2})(\d{2}))(?:[/_-]|\b)"#)

    static func dateInPath(_ url: String) -> StatementDate? {
        guard let m = pathDate.firstMatch(in: url), let y = Int(m.group(1)!),
            let mo = Int(m.group(2) ?? m.group(4) ?? ""), let d = Int(m.group(3) ?? m.group(5) ?? "")
        else { return nil }
        return StatementDate(year: y, month: mo, day: d)
    }

    /// An `h1` that is the site's logo or name, not the article's headline: it is the site's declared name,
    /// or the short part of the page's `<title>` ("Headline | Site"), or the whole `<title>` while sharing
    /// no word with the article's opening.
    static func isSiteName(_ h1: String, in a: ExtractedArticle) -> Bool {
        if let site = a.siteName, h1.caseInsensitiveCompare(site) == .orderedSame { return true }
        guard let title = a.titleElement, !sharesWords(h1, with: a.paragraphs.prefix(3).joined(separator: " "))
        else { return false }
        // A logo's name is short; a long h1 that repeats the <title> is the headline whatever its words.
        let short = h1.split(separator: " ").count <= 5 && h1.count <= 40
        if title == h1 { return short }
        for sep in titleSeparators {
            let parts = title.components(separatedBy: sep).map(\.trimmed)
            guard parts.count >= 2, parts.contains(h1) else { continue }
            return parts.contains { $0.count > h1.count }
        }
        return false
    }

    /// The spaced marks a `<title>` sets between its headline and the site's name.
    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: "]

    /// The same words, whatever their case and accents ("Resumenes de discursos", "Resúmenes de Discursos").
    static func sameText(_ a: String, _ b: String) -> Bool {
        a.trimmed.compare(b.trimmed, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame
    }

    static func isDeclaredSite(_ part: String, _ site: String?) -> Bool { site.map { sameText(part, $0) } ?? false }

    /// An Open Graph title with the declared site's name run on ("Headline - Ministry of …"): the headline.
    static func withoutDeclaredSite(_ title: String, site: String?) -> String {
        for sep in titleSeparators {
            var parts = title.components(separatedBy: sep)
            guard parts.count >= 2 else { continue }
            if isDeclaredSite(parts.last!, site) {
                parts.removeLast()
            } else if isDeclaredSite(parts.first!, site) {
                parts.removeFirst()
            } else {
                continue
            }
            return parts.joined(separator: sep).trimmed
        }
        return title
    }

    /// The part of a many-part `<title>` that the page's own section heading repeats ("CINU - 57 periodo … -
    /// Resumenes de discursos" over an `h2` "Resúmenes de discursos"): the page's headline, as its heading
    /// writes it. Nil when no heading repeats a part.
    static func headingRepeatingTitlePart(_ body: HTMLNode, title: String?) -> String? {
        guard let title else { return nil }
        for sep in titleSeparators {
            let parts = title.components(separatedBy: sep).map(\.trimmed)
            guard parts.count >= 2 else { continue }
            let heading = body.first { e in
                guard ["h2", "h3"].contains(e.name ?? ""), !isHidden(e) else { return false }
                let text = squeeze(e.text)
                // A word or two ("Discours", "Press releases") is the section's name the title also carries.
                let spaced = text.utf16.first.map { !PhraseIndex.unspaced($0) } ?? true
                let long = spaced ? text.split(separator: " ").count >= 3 : text.count >= 6
                return text.count >= 8 && long && parts.contains { sameText($0, text) }
            }
            return heading.map { squeeze($0.text) }
        }
        return nil
    }

    /// "Headline - Site" or "Headline | Site": the headline alone.
    static func withoutSiteName(_ title: String, site: String?) -> String {
        for sep in [" | ", " - ", " – ", " — ", "_", " :: ", "-", "|"] {
            let parts = title.components(separatedBy: sep)
            guard parts.count >= 2 else { continue }
            // Without spaces, a separator is a site's suffix only when what follows it is short
            // ("…作用-新华网").
            if !sep.hasPrefix(" "), sep != "_", parts.last!.count > 16 || parts.count > 2 { continue }
            if let site, let i = parts.firstIndex(where: { $0.trimmed.caseInsensitiveCompare(site) == .orderedSame }) {
                return parts.enumerated().filter { $0.offset != i }.map(\.element).joined(separator: sep).trimmed
            }
            return parts.max { $0.count < $1.count }!.trimmed
        }
        return title
    }

    // MARK: main text

    static func isHidden(_ e: HTMLNode) -> Bool {
        let a = e.attributes
        if a["aria-hidden"] == "true" || a["hidden"] != nil { return true }
        let style = (a["style"] ?? "").replacingOccurrences(of: " ", with: "").lowercased()
        return style.contains("display:none") || style.contains("visibility:hidden")
    }

    static func isFurniture(_ e: HTMLNode) -> Bool {
        guard let name = e.name else { return false }
        if dropped.contains(name) { return true }
        // A search box or a newsletter sign-up is a form with a few words; an ASP.NET or SharePoint page
        // wraps its whole body, article included, in one.
        if name == "form", squeeze(e.text).count < 400 { return true }
        let a = e.attributes
        if let role = a["role"]?.lowercased(),
            ["navigation", "banner", "contentinfo", "search", "complementary"].contains(role)
        {
            return true
        }
        if isHidden(e) { return true }
        let words = ((a["class"] ?? "") + " " + (a["id"] ?? "")).lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { w in
            furnitureWords.contains { w == $0 || (w.hasPrefix($0) && w.count <= $0.count + 5) }
                || furnitureInside.contains { w.contains($0) }
        }
    }

    /// The element holding most of the page's running text: every paragraph (a `p`, or a block with no
    /// blocks inside) scores by its length and punctuation, less its links; its parent gets the score and
    /// its grandparent half, as readability tools do; `article`, `main` and article-body classes count more.
    static func mainContent(_ body: HTMLNode) -> [HTMLNode] {
        var totals: [Int: (node: HTMLNode, score: Double)] = [:]
        var order = 0
        func paragraphScore(_ e: HTMLNode) -> Double? {
            guard let n = e.name,
                ["p", "pre", "td", "blockquote", "div", "span", "font", "li", "section", "article"].contains(n)
            else { return nil }
            if n != "p", n != "pre",
                e.children.contains(where: { $0.name.map { blocks.contains($0) && $0 != "br" } ?? false })
            {
                return nil
            }
            let text = squeeze(visibleText(e))
            guard text.count >= 25 else { return nil }
            let density = linkDensity(e)
            guard density < 0.5 else { return nil }
            let punctuation = text.filter { ",.;:，。；、،".contains($0) }.count
            return (1 + Double(min(punctuation, 30)) + min(Double(text.count) / 100, 6)) * (1 - density)
        }
        func weight(_ e: HTMLNode) -> Double {
            let hint =
                ((e.attributes["class"] ?? "") + " " + (e.attributes["id"] ?? "") + " "
                + (e.attributes["itemprop"] ?? "")).lowercased()
            let article =
                e.name == "article" || e.name == "main"
                || [
                    "articlebody", "article-body", "article_body", "entry-content", "post-content",
                    "article-content", "article_content", "story", "content-text", "trs_editor", "field-body",
                    "news-content",
                ].contains { hint.contains($0) }
            return article ? 1.3 : 1
        }
        /// Walks with the ids of the ancestors, so a paragraph can credit its parent and grandparent.
        func visit(_ e: HTMLNode, ancestors: [(Int, HTMLNode)]) {
            guard e.name != nil, !isFurniture(e) else { return }
            order += 1
            let me = (order, e)
            if let score = paragraphScore(e) {
                for (k, (id, node)) in ancestors.suffix(2).reversed().enumerated() {
                    let share = k == 0 ? 1.0 : 0.5
                    totals[id, default: (node, 0)].score += score * share
                }
            }
            for c in e.children { visit(c, ancestors: ancestors + [me]) }
        }
        visit(body, ancestors: [])
        guard let top = totals.values.map({ ($0.node, $0.score * weight($0.node)) }).max(by: { $0.1 < $1.1 }) else {
            return []
        }
        return [top.0]
    }

    /// Blocks of text below an element, as paragraphs: furniture, link lists and empty blocks left out.
    static func blocksOf(_ root: HTMLNode) -> [String] {
        var out: [String] = []
        var line = ""
        func flush() {
            let t = squeeze(line)
            if !t.isEmpty { out.append(t) }
            line = ""
        }
        func walk(_ n: HTMLNode) {
            switch n {
            case .text(let t): line += t
            case .element(let name, _, let children):
                if isFurniture(n) { return }
                let block = blocks.contains(name)
                if block {
                    flush()
                    // A list of links (related stories, tags) is furniture even without a class saying so.
                    if ["ul", "ol", "div", "table", "section"].contains(name), linkDensity(n) > 0.6,
                        squeeze(visibleText(n)).count < 600,
                        DateFinder.dateLine(squeeze(visibleText(n))) == nil
                    {
                        return
                    }
                }
                if name == "br" {
                    flush()
                    return
                }
                for c in children { walk(c) }
                if block { flush() }
            }
        }
        walk(root)
        return out
    }

    /// The short blocks just above the article's first paragraph (byline, date line, dateline), back to
    /// the headline or the first long block: what sits between the headline and the text.
    /// A UN document or release symbol standing in a short field: "SC/15432", "CS/2669", "S/PV.4739".
    static let documentSymbol = Pattern(#"\b(?:[A-Z]{1,6}/)+(?:[A-Z]{1,6}\.)?\d{2,6}\b"#)

    static func headerBlocks(_ body: HTMLNode, headline: String?, firstParagraph: String?) -> [String] {
        guard let first = firstParagraph else { return [] }
        let all = blocksOf(body)
        guard let end = all.firstIndex(of: first) else { return [] }
        var out: [String] = []
        var i = end - 1
        // Back to the headline, over at most eight blocks; long ones (a standfirst, a caption) are passed over.
        while i >= 0, out.count < 6, end - i <= 8 {
            let b = all[i]
            if b == headline { break }
            if b.count <= 200 { out.insert(b, at: 0) }
            i -= 1
        }
        // A date line just above the headline ("Published: 10:36, April 18, 2024") belongs to it too, and so
        // does a release's header block of short fields above it (its symbol, its date: "CS/2669", "28/04/2004").
        if i >= 0, all[i] == headline {
            // A byline's fields joined by dots or bars ("AU Mission · Updated: Jul 26, 2018 · 2 min read")
            // count when one of them is a date line.
            let above = all[max(0, i - 8)..<i].filter { block in
                DateFinder.dateLine(block) != nil || block.count <= 60 && documentSymbol.firstMatch(in: block) != nil
                    || block.count <= 160
                        && block.split(whereSeparator: { "·|•".contains($0) }).contains {
                            DateFinder.dateLine(String($0)) != nil
                        }
                    // A header of short fields run together ("Servicio Informativo Lunes, 25 de enero de 2021
                    // Cooperación") holds the date among its labels.
                    || block.count <= 80 && DateFinder.fullDates(in: block).contains { $0.date?.precision == .day }
            }
            out.insert(contentsOf: above, at: 0)
        }
        return out
    }

    static func visibleText(_ n: HTMLNode) -> String {
        switch n {
        case .text(let t): return t
        case .element(let name, _, let children):
            if isFurniture(n) { return "" }
            return name == "br" ? " " : children.map(visibleText).joined(separator: blocks.contains(name) ? " " : "")
        }
    }

    /// The share of an element's text that is inside links.
    static func linkDensity(_ n: HTMLNode) -> Double {
        var linked = 0
        var total = 0
        func walk(_ n: HTMLNode, inLink: Bool) {
            switch n {
            case .text(let t):
                let c = t.filter { !$0.isWhitespace }.count
                total += c
                if inLink { linked += c }
            case .element(let name, _, let children):
                if dropped.contains(name) { return }
                for c in children { walk(c, inLink: inLink || name == "a") }
            }
        }
        walk(n, inLink: false)
        return total == 0 ? 0 : Double(linked) / Double(total)
    }

    /// Whether a headline's words (four letters or more; pairs of characters in scripts without spaces)
    /// appear in a text: at least one in five of them.
    static func sharesWords(_ headline: String, with text: String) -> Bool {
        func tokens(_ s: String) -> Set<String> {
            let folded = s.lowercased()
            var out = Set(
                folded.split(whereSeparator: { !$0.isLetter }).map(String.init).filter {
                    $0.count >= 4 && $0.unicodeScalars.first!.value < 0x3000
                })
            let han = Array(folded.filter { $0.unicodeScalars.first!.value >= 0x3000 && $0.isLetter })
            if han.count >= 2 { for i in 0..<(han.count - 1) { out.insert(String(han[i...(i + 1)])) } }
            return out
        }
        let h = tokens(headline)
        guard !h.isEmpty else { return false }
        let t = tokens(text)
        return Double(h.intersection(t).count) / Double(h.count) >= 0.2
    }

    static func squeeze(_ s: String) -> String { s.replacingOccurrences(of: "\u{00A0}", with: " ").squeezed }
}
