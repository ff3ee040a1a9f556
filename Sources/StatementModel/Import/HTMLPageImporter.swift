import Foundation

/// A saved web page (.html) of a mission, a ministry, a news site or the UN, parsed by libxml2's HTML
/// parser (`HTMLParser`) and read as article extractors read pages (`ArticleExtractor`): the page's own
/// metadata first, then its main text. The headline, the blocks under it (byline, date line, dateline)
/// and the article are then read like a page saved as text, so speakers, forums and themes come out the
/// same way. A modification date the page gives is kept apart from its publication date.
public struct HTMLPageImporter: FileImporter {
    public let family = "html"
    public init() {}

    public func claims(_ url: URL) -> Bool {
        ["html", "htm", "xhtml", "shtml"].contains(url.pathExtension.lowercased())
    }

    public func read(_ url: URL, reader: StatementReader) throws -> FileReading {
        let decoded = try reader.decode(fileAt: url)
        var deep = false
        guard let tree = HTMLParser.parse(Array(decoded.text.utf8), cutDeep: &deep) else { throw TextProblem.empty }
        let page = ArticleExtractor.extract(tree)
        if page.paragraphs.isEmpty, deep { return try readFlattened(decoded, url: url, reader: reader) }
        guard !page.paragraphs.isEmpty else { throw TextProblem.empty }
        // Laid out as the text families expect: headline, the page's own date, the blocks under the
        // headline, then the article.
        var lines: [String] = []
        if let headline = page.headline { lines.append(headline) }
        let publishedLine = page.published.map { "Published: \($0.date.iso)" }
        if let publishedLine { lines.append(publishedLine) }
        lines.append("")
        var blocks = page.header + page.paragraphs
        // The page's visible date line, when it shows the date its metadata gives, is said once.
        if let published = page.published,
            let i = blocks.prefix(3).firstIndex(where: { DateFinder.dateLine($0)?.date == published.date })
        {
            blocks.remove(at: i)
        }
        lines += blocks.flatMap { [$0, ""] }
        let text = lines.joined(separator: "\n")
        var notes = decoded.notes + ["text extracted from HTML; navigation, scripts and footers dropped"]
        if let m = page.modified, m.date != page.published?.date {
            notes.append("the page says it was modified on \(m.date.iso) (\(m.source)); that is not taken as its date")
        }
        var document = SourceDocument(path: url.path, text: text, notes: notes)
        document.headlineFirst = page.headline != nil
        document.siteName = page.siteName
        document.titleSiteName = page.titleSiteName
        var s = reader.read(document, enrich: false)
        s.source.family = family
        let structure = { (what: String) in
            Provenance(basis: .stated, rule: "html.\(what)", confidence: 0.95, evidence: url.lastPathComponent)
        }
        // The headline keeps the markup it came from as its rule, unless the title review found it to be a
        // masthead or furniture and chose another line (or none).
        if let headline = page.headline, s.title?.value == headline {
            s.title = Attributed(headline, structure(page.headlineSource))
        }
        if let published = page.published, let d = s.date, d.value == published.date,
            d.provenance.evidence?.hasPrefix("Published: ") == true || d.provenance.evidence == published.date.iso
        {
            var p = d.provenance
            p.rule = "html." + published.source.replacingOccurrences(of: " ", with: "-")
            if published.source == "canonical address" {
                p.basis = .inferred
                p.reason = "the page's address holds the date"
            }
            s.date?.provenance = p
            // Renamed for the markup it came from, it is the page's posting date: a speech's day, inferred.
            PostingDate(yesterdayWords: reader.reference.yesterdayWords).review(&s)
        }
        // A news page reports a speech: read the speaker and the forum from its prose, as for a wire story.
        if s.speaker == nil {
            let doc = AnnotatedText(text)
            let writer = CueWriter(doc: doc, reference: reader.reference)
            // The links under the text name other people: the prose is read without them.
            let prose = RelatedLinks(headings: reader.reference.relatedHeadings).blanked(text) ?? text
            if let person = SpeakerCues.prose(prose, gazetteer: reader.reference.gazetteer) {
                writer.applyPerson(person, offset: 0, confidence: 0.8, to: &s)
            }
            if s.forum == nil, let forum = ForumCues.find(in: text), forum.tiedToSpeaker {
                writer.applyForum(forum, offset: 0, rulePrefix: "html.prose", confidence: 0.75, to: &s)
            }
        }
        // A story in the third person on an institution's own site is its press release: the site's name in
        // the page's metadata ("Ministerio de Relaciones Exteriores - República del Paraguay") says whose
        // site it is, where the masthead went with the menus.
        if let kind = s.kind, ["kind.reporting-verbs", "kind.third-person"].contains(kind.provenance.rule),
            let site = page.siteName ?? page.titleSiteName,
            reader.reference.kinds.first(.institution, in: KindLexicon.fold(site)) != nil,
            !KindReview.isNewsOutlet([site], reader.reference.kinds)
        {
            s.kind = Attributed(
                "press release",
                Provenance(
                    basis: .inferred, rule: "kind.institution-site", confidence: kind.provenance.confidence,
                    reason: (kind.provenance.reason ?? "it reports in the third person")
                        + ", on the site of “\(site)” (the page's own name for its site)"))
        }
        if let canonical = page.canonicalURL { s.source.url = Attributed(canonical, structure("canonical-link")) }
        if let address = page.canonicalURL ?? page.pageURL ?? Self.savedFrom(decoded.text),
            let publisher = reader.reference.publishers.publisher(ofAddress: address)
        {
            Self.apply(publisher, address: address, reference: reader.reference, to: &s)
        }
        if let lang = page.language, s.language?.provenance.basis != .stated {
            s.language = Attributed(lang, structure("lang-attribute"))
        }
        var pieces = PressReleaseSplitter.split(s, reference: reader.reference)
        for i in pieces.indices { reader.enrich(&pieces[i]) }
        return FileReading(statements: pieces)
    }

    /// Scripts and styles with what they hold, comments, and every other tag.
    private static let tag = Pattern(#"(?is)<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>"#)

    /// A page nested past what libxml2 builds (tens of thousands of `div`s) is no article to extract, but a
    /// browser still shows its text: the markup is stripped, libxml2 decodes the entities of what is left, and
    /// the text is read as a page saved as text, with a note saying so.
    private func readFlattened(_ decoded: DecodedText, url: URL, reader: StatementReader) throws -> FileReading {
        let flat = Self.tag.regex.stringByReplacingMatches(
            in: decoded.text, range: NSRange(location: 0, length: (decoded.text as NSString).length),
            withTemplate: "\n")
        guard let tree = HTMLParser.parse(Array(("<html><body><pre>" + flat + "</pre></body></html>").utf8)) else {
            throw TextProblem.empty
        }
        let text = tree.text.split(separator: "\n").map(\.trimmed).filter { !$0.isEmpty }.joined(separator: "\n\n")
        guard text.contains(where: \.isLetter) else { throw TextProblem.empty }
        let note =
            "the page nests its markup over \(HTMLParser.deepLevel) levels deep (a broken or hostile page): "
            + "its text was read with the markup stripped"
        var s = reader.read(SourceDocument(path: url.path, text: text, notes: decoded.notes + [note]))
        s.source.family = family
        return FileReading(statements: [s])
    }

    /// The address a browser notes when it saves a page ("<!-- saved from url=(0042)https://... -->").
    static func savedFrom(_ html: String) -> String? {
        guard let r = html.prefix(4_096).range(of: "saved from url=(") else { return nil }
        let rest = html[r.upperBound...].drop { $0 != ")" }.dropFirst()
        var address = String(rest.prefix { !$0.isWhitespace }.prefix(2_000))
        if let end = address.range(of: "-->") { address = String(address[..<end.lowerBound]) }
        return address.isEmpty ? nil : address
    }

    /// What the address says of the page: its publisher and, for a mission's, ministry's or government's
    /// page, the country it speaks for (unless the speaker is known to hold another country's post).
    static func apply(_ publisher: Publisher, address: String, reference: ReferenceData, to s: inout Statement) {
        let p = Provenance(
            basis: .inferred, rule: "html.address-publisher", confidence: 0.85, evidence: address,
            reason: "the page's address belongs to \(publisher.name) (publishers table)")
        if s.source.publisher == nil || s.source.publisher?.provenance.rule == "html.og:site_name" {
            s.source.publisher = Attributed(publisher.name, p)
        }
        // An institution's own page that reports others in the third person is its press release.
        if [.un, .mission, .ministry, .government, .regional].contains(publisher.kind), let k = s.kind,
            k.value == "news report", k.provenance.isInferred,
            ["kind.third-person", "kind.reporting-verbs"].contains(k.provenance.rule)
        {
            var r = p
            r.confidence = 0.6
            r.reason = "it reports others in the third person on \(publisher.name)'s own site (publishers table)"
            s.kind = Attributed("press release", r)
        }
        // A news agency's or newspaper's page that nothing else classed is its report.
        if s.kind == nil, [.agency, .newspaper].contains(publisher.kind) {
            var k = p
            k.confidence = 0.6
            k.reason = "the page is \(publisher.name)'s, a news publisher (publishers table)"
            s.kind = Attributed("news report", k)
        }
        guard s.country == nil, let country = publisher.country,
            [.mission, .ministry, .government].contains(publisher.kind)
        else { return }
        let known = s.speaker.map { reference.envoys.terms(of: $0.value).map(\.country) } ?? []
        guard known.isEmpty || known.contains(country) else { return }
        var c = p
        c.confidence = 0.6
        c.reason = "the page is published by \(publisher.name), which speaks for \(country) (publishers table)"
        s.country = Attributed(country, c)
    }
}
