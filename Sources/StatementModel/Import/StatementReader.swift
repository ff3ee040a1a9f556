import Foundation

/// Turns a file or a text into a finished statement: decode, pick the importer, read, then add what
/// every family shares (role and country from the envoys table, themes, mentions, language).
public struct StatementReader: Sendable {
    public let reference: ReferenceData
    public let registry: ImporterRegistry
    /// Importers that know files by name and place (research corpora, tables); asked before the text families.
    public let fileImporters: [any FileImporter]
    /// How table columns map to fields, when the user says; otherwise guessed from each header.
    public var tableMapping: ColumnMapping
    private let themeMatcher: ThemeMatcher
    public let situationFinder: SituationFinder
    /// Corpus tables that could not be read during the imports this reader served.
    public let corpusProblems = CorpusProblemLog()

    public init(
        reference: ReferenceData, registry: ImporterRegistry = .standard, tableMapping: ColumnMapping = ColumnMapping(),
        recognisesImages: Bool = true
    ) {
        self.reference = reference
        self.registry = registry
        self.tableMapping = tableMapping
        // Fresh importers per reader: their caches of corpus metadata live as long as this reader.
        fileImporters = [
            UNSCCorpusImporter(problems: corpusProblems), UNGDCCorpusImporter(), TableImporter(),
            HTMLPageImporter(), PDFImporter(recognisesImages: recognisesImages),
        ]
        themeMatcher = ThemeMatcher(catalog: reference.themes)
        situationFinder = SituationFinder(catalog: reference.situations)
    }

    /// Lets go of the corpus tables read for an import that has ended (the 106,000-row speaker table of the
    /// Security Council corpus is tens of megabytes): the next import reads them again, as a changed folder
    /// needs anyway.
    public func forgetCorpusTables() {
        for importer in fileImporters { importer.forgetCorpusTables() }
    }

    /// Reads a file into its statements (one for a speech, many for a table). Throws a `TextProblem`
    /// when the bytes are not text Rostrum can use.
    public func read(fileAt url: URL) throws -> FileReading {
        if let importer = fileImporters.first(where: { $0.claims(url) }) { return try importer.read(url, reader: self) }
        let decoded = try decode(fileAt: url)
        let statement = read(SourceDocument(path: url.path, text: decoded.text, notes: decoded.notes), enrich: false)
        var pieces = PressReleaseSplitter.split(statement, reference: reference)
        for i in pieces.indices { enrich(&pieces[i]) }
        return FileReading(statements: pieces)
    }

    /// A file's text, or why it has none.
    public func decode(fileAt url: URL) throws -> DecodedText {
        // The limit goes to the reading itself: a file whose size reads as 0 (a `/proc` file) is read
        // only up to it, never to its end.
        try TextDecoder.decode(try FileBytes.read(url, limit: TextDecoder.sizeLimit))
    }

    public func read(_ document: SourceDocument, enrich shouldEnrich: Bool = true) -> Statement {
        // Script, style and event-handler markup goes before anything reads the text, so no title, body
        // or raw record keeps it; the note says what went.
        var document = document
        let scrubbed = MarkupScrubber.scrub(document.text)
        if !scrubbed.removed.isEmpty {
            document.text = scrubbed.text
            document.notes.append("markup that runs code was removed: " + scrubbed.removed.joined(separator: ", "))
        }
        // A list page's other items are left to the raw text: the fields are read from the first item only.
        let whole = document.text
        let listStart = ListingPage(links: reference.teaserLinks).listStart(in: whole)
        if let listStart { document.text = (whole as NSString).substring(to: listStart) }
        // So are the links under a page's text ("Related", "Lire aussi"): other items' headlines and names.
        let beforeRelated = document.text
        let related = RelatedLinks(headings: reference.relatedHeadings).blanked(beforeRelated)
        if let related { document.text = related }
        var s = registry.importer(for: document).read(document, reference: reference)
        if related != nil, s.id == StatementID.forContent(document.text) {
            // The same text imported again, or by an earlier version, keeps its identity.
            s.id = StatementID.forContent(beforeRelated)
        }
        let file = document.path.map { URL(fileURLWithPath: $0).lastPathComponent }
        if let site = document.siteName, s.source.publisher == nil {
            s.source.publisher = Attributed(
                site, Provenance(basis: .stated, rule: "html.og:site_name", confidence: 0.95, evidence: file))
        } else if let site = document.titleSiteName, s.source.publisher == nil {
            s.source.publisher = Attributed(
                site,
                Provenance(
                    basis: .inferred, rule: "html.title-site-name", confidence: 0.7, evidence: file,
                    reason: "the last part of the page's title, “… - \(site)”, names its site"))
        }
        let doc = AnnotatedText(s.raw)
        if document.headlineFirst, let first = doc.lines.first(where: { !$0.isBlank }) {
            CueWriter(doc: doc, reference: reference)
                .setTitle(first, rule: "markup.headline", basis: .stated, confidence: 0.95, to: &s)
        }
        TitleReview(doc: doc, kinds: reference.kinds, reference: reference).review(&s)
        DateReview(doc: doc, currentYear: reference.currentYear).review(&s, created: document.created)
        KindReview(doc: doc, lexicon: reference.kinds).review(&s)
        PostingDate(yesterdayWords: reference.yesterdayWords).review(&s)
        ForumReview(doc: doc, lexicon: reference.forums).review(&s)
        SpeakerReview(doc: doc, reference: reference).review(&s)
        CountryReview(doc: doc, reference: reference).review(&s)
        BodyReview(doc: doc, reference: reference).review(&s)
        if listStart != nil || related != nil {
            // The spans found in the first item hold in the whole text, which begins with it.
            s.raw = whole
        }
        if listStart != nil {
            s.notes.append("the page lists other items after this one; they were left out of the fields and the body")
        } else if related != nil {
            s.notes.append("the links to other pages under the text were left out of the fields and the body")
        }
        if shouldEnrich { enrich(&s) }
        return s
    }

    /// Fields the envoys table and the body can add, each marked inferred.
    /// - Parameter topics: what a corpus's own columns say the statement is about.
    public func enrich(_ s: inout Statement, topics: [String] = []) {
        if let speaker = s.speaker?.value {
            // "Hilda C. Heine" is the table's "Hilda Heine": a middle initial is not part of the name it knows.
            let plain = speaker.split(separator: " ").filter { $0.count > 2 || !$0.hasSuffix(".") }
                .joined(separator: " ")
            let known = reference.envoys.terms(of: speaker)
            let terms = known.isEmpty ? reference.envoys.terms(of: plain) : known
            // Dated: the term that covers the date, or nothing (a former minister may now serve the UN).
            // Undated: the one post a person ever held.
            let term =
                s.date.map { d in terms.first { $0.covers(d.value, currentYear: reference.currentYear) } }
                ?? (Set(terms.map(\.post)).count == 1 ? terms.first : nil)
            if let term {
                let reason =
                    "\(term.name) was \(term.post) from \(term.start.iso) to \(term.end?.iso ?? "the present") "
                    + "(\(term.roster == .leaders ? "leaders" : "envoys") table)"
                let p = Provenance(
                    basis: .inferred, rule: "envoys-table", confidence: s.date == nil ? 0.6 : 0.8,
                    span: s.speaker?.provenance.span, evidence: speaker, reason: reason)
                if s.role == nil { s.role = Attributed(term.post, p) }
                // UN officials speak for no country: the field stays empty rather than read "United Nations".
                if s.country == nil, term.country != "United Nations" { s.country = Attributed(term.country, p) }
            }
        }
        if let publisher = s.source.publisher, publisher.value == "Permanent Mission", let country = s.country?.value {
            var p = publisher.provenance
            p.reason = (p.reason ?? "") + "; the speaker represents \(country)"
            p.confidence = min(p.confidence, s.country!.provenance.confidence)
            s.source.publisher = Attributed("Permanent Mission of \(country) to the United Nations", p)
        }
        s.themes = themeMatcher.matches(in: s.paragraphs)
        s.mentions = reference.gazetteer.mentions(in: s.paragraphs)
        s.situations = situationFinder.situations(of: s, topics: topics)
        if s.language == nil, let guess = LanguageGuesser.guess(s.body) {
            s.language = Attributed(
                guess.code,
                Provenance(basis: .inferred, rule: "language.script-and-common-words", confidence: guess.confidence))
        }
    }
}
