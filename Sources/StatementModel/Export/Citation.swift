import Foundation

/// A citation line in a form a paper or a slide can use.
public enum Citation {
    public static func line(for s: Statement) -> String {
        var parts: [String] = []
        if let speaker = s.speaker?.value {
            parts.append([speaker, s.role?.value].compactMap { $0 }.joined(separator: ", "))
        }
        let venue = [s.forum?.value, s.meetingType?.value].compactMap { $0 }.joined(separator: " ")
        if !venue.isEmpty { parts.append(venue) }
        if let symbol = s.meetingSymbol?.value { parts.append(symbol) }
        if let d = s.date { parts.append(DateText.long(d.value) + (d.provenance.isInferred ? " (date inferred)" : "")) }
        parts.append("“\(s.displayTitle)”")
        if let publisher = s.source.publisher?.value { parts.append(publisher) }
        if let url = s.source.url?.value { parts.append(url) }
        return parts.joined(separator: ", ") + "."
    }
}

public enum DateText {
    public static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    /// "16 February 2022", "February 2022" or "2022".
    public static func long(_ d: StatementDate) -> String {
        switch d.precision {
        case .day: return "\(d.day!) \(months[d.month! - 1]) \(d.year)"
        case .month: return "\(months[d.month! - 1]) \(d.year)"
        case .year: return "\(d.year)"
        }
    }
}
