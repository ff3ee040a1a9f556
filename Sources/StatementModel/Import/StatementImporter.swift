/// One source family's reader. Each family (a saved web page, a wire story, plain text, a research
/// corpus) is one type in its own file behind this protocol; `ImporterRegistry` picks among them.
public protocol StatementImporter: Sendable {
    /// A short name stored with each statement: `webpage`, `wire`, `plain`.
    var family: String { get }
    /// How strongly the document looks like this family, 0 (not at all) to 1 (unmistakably).
    func recognition(of document: SourceDocument) -> Double
    /// Reads what the family's structure and wording give. Fields it cannot find stay nil; it never
    /// fails, because any text is at worst a plain statement with a body.
    func read(_ document: SourceDocument, reference: ReferenceData) -> Statement
}

/// The importers Rostrum knows, asked in turn which recognises a document best.
public struct ImporterRegistry: Sendable {
    public let importers: [any StatementImporter]
    public init(importers: [any StatementImporter]) { self.importers = importers }

    public static let standard = ImporterRegistry(importers: [
        WebPageImporter(), WireStoryImporter(), PlainTextImporter(),
    ])

    public func importer(for document: SourceDocument) -> any StatementImporter {
        importers.max { $0.recognition(of: document) < $1.recognition(of: document) } ?? PlainTextImporter()
    }
}
