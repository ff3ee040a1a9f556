import Foundation

/// A field of a statement the user may correct when Rostrum read it wrong.
public enum CorrectableField: String, CaseIterable, Codable, Hashable, Sendable {
    case title, date, speaker, role, country, forum
    /// The meeting's type (open debate, briefing, ...): what `show` labels "meeting".
    case meeting
    /// The meeting's document symbol, e.g. `S/PV.7138`.
    case symbol
    case kind

    /// The field named as a user types it (`--clear date`), case and surrounding blanks ignored.
    public init?(named name: String) {
        self.init(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased())
    }
}

/// What the user set a field to, beside what Rostrum had read there, so a screen can show both.
public struct Correction: Hashable, Sendable {
    public var field: CorrectableField
    /// The value set (a date in ISO form, `2024-03`); nil when the user cleared the field.
    public var value: String?
    /// What Rostrum read, in the same form; nil when it read nothing there.
    public var read: String?
    /// How Rostrum had found what it read.
    public var readProvenance: Provenance?

    public init(field: CorrectableField, value: String?, read: String?, readProvenance: Provenance?) {
        self.field = field
        self.value = value
        self.read = read
        self.readProvenance = readProvenance
    }
}

extension Statement {
    /// A correctable field's value as the user would type it (a date as `2024-03`), nil when empty.
    public func correctableText(_ field: CorrectableField) -> String? { CorrectableValue.text(field, of: self) }
}

/// A correctable field of a statement read, written and kept as JSON: the one place that knows which
/// property of `Statement` each field is, so the store, the tool and the tests agree.
enum CorrectableValue {
    /// The field's value as text (a date in ISO form), nil when empty.
    static func text(_ field: CorrectableField, of s: Statement) -> String? {
        if field == .date { return s.date?.value.iso }
        return s[keyPath: path(field)]?.value
    }

    static func provenance(_ field: CorrectableField, of s: Statement) -> Provenance? {
        if field == .date { return s.date?.provenance }
        return s[keyPath: path(field)]?.provenance
    }

    /// The field's value with its provenance as JSON, nil when empty: what revert puts back exactly.
    static func json(_ field: CorrectableField, of s: Statement) throws -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data: Data?
        if field == .date {
            data = try s.date.map { try encoder.encode($0) }
        } else {
            data = try s[keyPath: path(field)].map { try encoder.encode($0) }
        }
        return data.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Puts back a value `json(_:of:)` gave (nil empties the field).
    static func set(_ field: CorrectableField, json: String?, on s: inout Statement) throws {
        let decoder = JSONDecoder()
        if field == .date {
            s.date = try json.map { try decoder.decode(Attributed<StatementDate>.self, from: Data($0.utf8)) }
        } else {
            s[keyPath: path(field)] = try json.map {
                try decoder.decode(Attributed<String>.self, from: Data($0.utf8))
            }
        }
    }

    /// Sets what the user typed, marked as set by them; nil or blank empties the field. A date must be
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (its precision), else nothing changes and the error says why.
    static func set(_ field: CorrectableField, userValue: String?, on s: inout Statement) throws {
        let typed = userValue?.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let typed, !typed.isEmpty else {
            try set(field, json: nil, on: &s)
            return
        }
        if field == .date {
            s.date = Attributed(try parseDate(typed), .userCorrection)
        } else {
            s[keyPath: path(field)] = Attributed(typed, .userCorrection)
        }
    }

    /// A typed date, or the error naming the field and the value.
    static func parseDate(_ typed: String) throws -> StatementDate {
        let shape = typed.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") } && [4, 7, 10].contains(typed.count)
        guard shape else {
            throw RostrumError.invalidCorrection(
                field: "date", value: typed, reason: "write YYYY-MM-DD, YYYY-MM or YYYY")
        }
        guard let date = StatementDate(iso: typed) else {
            throw RostrumError.invalidCorrection(field: "date", value: typed, reason: "there is no such day or month")
        }
        return date
    }

    private static func path(_ field: CorrectableField) -> WritableKeyPath<Statement, Attributed<String>?> {
        switch field {
        case .title: return \.title
        case .speaker: return \.speaker
        case .role: return \.role
        case .country: return \.country
        case .forum: return \.forum
        case .meeting: return \.meetingType
        case .symbol: return \.meetingSymbol
        case .kind: return \.kind
        case .date: preconditionFailure("the date is not a text field")  // every caller handles it first
        }
    }
}
