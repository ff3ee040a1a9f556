import Foundation

/// A labelled set of real pages: for each fixture, the values a careful reader finds on the real page
/// (see `Tests/Labelled/README.md`). Read from an `expected.json`.
public struct LabelledSet: Sendable {
    public struct Entry: Decodable, Sendable {
        public var file: String
        public var url: String?
        public var publisher: String?
        public var publisherType: String?
        public var publisherCountry: String?
        public var language: String?
        public var format: String?
        public var expected: Expected

        enum CodingKeys: String, CodingKey {
            case file, url, publisher, language, format, expected
            case publisherType = "publisher_type"
            case publisherCountry = "publisher_country"
        }
    }

    /// What the page says; nil where a careful reader cannot know it.
    public struct Expected: Decodable, Sendable {
        public var title: String?
        public var date: String?
        public var speaker: String?
        public var speakerAliases: [String]?
        public var country: String?
        public var forum: String?
        public var kind: String?
        public var situations: [String]?

        enum CodingKeys: String, CodingKey {
            case title, date, speaker, country, forum, kind, situations
            case speakerAliases = "speaker_aliases"
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) { self.entries = entries }

    /// Reads an `expected.json`: a JSON array of entries.
    public static func load(_ url: URL) throws -> LabelledSet {
        let data = try Data(contentsOf: url)
        do {
            return LabelledSet(entries: try JSONDecoder().decode([Entry].self, from: data))
        } catch {
            throw RostrumError.invalidLabelledSet("\(url.path): \(Self.describe(error))")
        }
    }

    static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "\(error)" }
        switch e {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
            let path = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return "\(path.isEmpty ? "" : path + ": ")\(c.debugDescription)"
        @unknown default: return "\(e)"
        }
    }
}
