import Foundation

/// The JSON form a store keeps a whole statement in (every field with its provenance), beside the
/// columns it filters on. The paragraphs are left out when the stored body gives them back exactly (no
/// paragraph holds a line break, and the body is not empty): the text is then kept twice (body and raw)
/// rather than three times; `decode` puts them back.
public enum StatementDocument {
    private static let encoder: JSONEncoder = { let e = JSONEncoder(); e.outputFormatting = [.sortedKeys]; return e }()

    public static func encode(_ s: Statement) throws -> String {
        var stored = s
        if !s.paragraphs.isEmpty, !s.paragraphs.contains(where: { $0.utf8.contains(0x0A) }), !s.body.isEmpty { stored.paragraphs = [] }
        return String(decoding: try encoder.encode(stored), as: UTF8.self)
    }

    /// A statement from its document and its stored body.
    public static func decode(_ document: String, body: String) throws -> Statement {
        var s = try JSONDecoder().decode(Statement.self, from: Data(document.utf8))
        if s.paragraphs.isEmpty, !body.isEmpty { s.paragraphs = body.components(separatedBy: "\n\n") }
        return s
    }
}

/// A statement with its document made: what a store's single writer takes. The import makes it on the
/// threads that read the files — inside the write, encoding was a third of the writer's time.
public struct EncodedStatement: Sendable {
    public let statement: Statement
    public let document: String

    public init(_ statement: Statement) throws {
        self.statement = statement
        document = try StatementDocument.encode(statement)
    }
}
