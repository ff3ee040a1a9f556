import Foundation

/// A publisher whose pages users save: a mission, a ministry, an agency, a newspaper, the UN.
public struct Publisher: Hashable, Sendable {
    public enum Kind: String, Sendable { case mission, ministry, government, agency, newspaper, un, regional, other }
    public var name: String
    public var kind: Kind
    /// The country the publisher speaks for or is based in; nil for international publishers.
    public var country: String?
    public var language: String?
}

/// Publishers known by their web address (`Resources/publishers.tsv`, domain rows): a page's canonical
/// address names its publisher, and through it the country a mission's or ministry's page speaks for.
public struct PublisherTable: Sendable {
    private let byHost: [String: Publisher]
    /// Every publisher's name, folded, for telling a masthead line from a headline.
    private let names: Set<String>

    public init(byHost: [String: Publisher]) {
        self.byHost = byHost
        names = Set(byHost.values.map { KindLexicon.fold($0.name) })
    }

    /// Whether a line is a known publisher's name, or its name without a leading "UN" or "The".
    public func isPublisherName(_ line: String) -> Bool {
        let folded = KindLexicon.fold(line).trimmed
        // Two words ("United Nations", "UN News") are too common in headings to be taken for a masthead.
        guard folded.split(separator: " ").count >= 3, folded.count <= 90 else { return false }
        return names.contains(folded) || names.contains("un " + folded) || names.contains("the " + folded)
    }

    /// Reads the table's domain rows; masthead rows are for datelines and are read elsewhere.
    public static func parse(_ text: String) -> PublisherTable {
        var byHost: [String: Publisher] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            guard f.count >= 6, f[1] == "domain", let kind = Publisher.Kind(rawValue: f[3]) else { continue }
            byHost[f[0].lowercased()] = Publisher(
                name: f[2], kind: kind, country: f[4].isEmpty ? nil : f[4], language: f[5].isEmpty ? nil : f[5])
        }
        return PublisherTable(byHost: byHost)
    }

    /// The publisher of an address: its host, else the longest known domain the host belongs to.
    public func publisher(ofAddress address: String) -> Publisher? {
        guard var host = URLComponents(string: address.trimmed)?.host?.lowercased() else { return nil }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        while true {
            if let p = byHost[host] { return p }
            guard let dot = host.firstIndex(of: ".") else { return nil }
            host = String(host[host.index(after: dot)...])
            guard host.contains(".") else { return nil }
        }
    }
}
