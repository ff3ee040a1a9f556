import Foundation

/// The situations a second reader filed each page of a labelled set under, read without seeing the first
/// reader's labels (a set's `second-reading.json`): how far two careful readers agree is the most any
/// finder can be expected to agree with one of them.
public struct SecondReading: Sendable {
    public struct Entry: Decodable, Sendable {
        public var file: String
        public var situations: [String]
        /// The reader's few words on what the page is about.
        public var why: String?
    }

    public var situations: [String: [String]]

    public init(entries: [Entry]) {
        situations = Dictionary(entries.map { ($0.file, $0.situations) }, uniquingKeysWith: { first, _ in first })
    }

    public static func load(_ url: URL) throws -> SecondReading {
        do {
            return SecondReading(entries: try JSONDecoder().decode([Entry].self, from: Data(contentsOf: url)))
        } catch {
            throw RostrumError.invalidLabelledSet("\(url.path): \(LabelledSet.describe(error))")
        }
    }
}
