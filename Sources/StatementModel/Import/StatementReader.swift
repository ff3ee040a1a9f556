import Foundation

/// Turns a file or a text into a finished statement: decode, pick the importer, read, then add what
/// every family shares (role and country from the envoys table, themes, mentions, language).
public struct StatementReader: Sendable {
    public let reference: ReferenceData
    public let registry: ImporterRegistry
    private let themeMatcher: ThemeMatcher

    public init(reference: ReferenceData, registry: ImporterRegistry = .standard) {
        self.reference = reference
        self.registry = registry
        themeMatcher = ThemeMatcher(catalog: reference.themes)
    }

    /// Reads a file. Throws a `TextProblem` when the bytes are not text Rostrum can use.
    public func read(fileAt url: URL) throws -> Statement {
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > TextDecoder.sizeLimit { throw TextProblem.tooLarge(bytes: size, limit: TextDecoder.sizeLimit) }
        let bytes = [UInt8](try Data(contentsOf: url))
        let decoded = try TextDecoder.decode(bytes)
        return read(SourceDocument(path: url.path, text: decoded.text, notes: decoded.notes))
    }

    public func read(_ document: SourceDocument) -> Statement {
        var s = registry.importer(for: document).read(document, reference: reference)
        enrich(&s)
        return s
    }

    /// Fields the envoys table and the body can add, each marked inferred.
    func enrich(_ s: inout Statement) {
        if let speaker = s.speaker?.value {
            let terms = reference.envoys.terms(of: speaker)
            let term = s.date.flatMap { d in terms.first { $0.covers(d.value, currentYear: reference.currentYear) } }
                ?? (Set(terms.map(\.post)).count == 1 ? terms.first : nil)
            if let term {
                let reason = "\(term.name) was \(term.post) from \(term.start.iso) to \(term.end?.iso ?? "the present") (envoys table)"
                let p = Provenance(basis: .inferred, rule: "envoys-table", confidence: s.date == nil ? 0.6 : 0.8,
                                   span: s.speaker?.provenance.span, evidence: speaker, reason: reason)
                if s.role == nil { s.role = Attributed(term.post, p) }
                if s.country == nil { s.country = Attributed(term.country, p) }
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
        if s.language == nil, let guess = LanguageGuesser.guess(s.body) {
            s.language = Attributed(guess.code, Provenance(basis: .inferred, rule: "language.script-and-common-words", confidence: guess.confidence))
        }
    }
}
