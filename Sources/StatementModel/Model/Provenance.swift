/// A range of a text, in Unicode scalar offsets (the unit GTK text buffers and Python strings count in).
public struct TextSpan: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
    public var length: Int { end - start }
}

/// Where a field's value came from. Every field Rostrum fills from a text carries one, so the screen can
/// say "inferred" and the user can see the evidence instead of trusting a value blindly.
public struct Provenance: Codable, Hashable, Sendable {
    /// `stated`: the source says it in so many words, in a place meant for it (a date line, a corpus
    /// column, a dateline). `inferred`: Rostrum reasoned its way there (a year from a weekday, a role
    /// from the envoys table), so it may be wrong and must be shown as a guess. `user`: the user corrected
    /// what Rostrum read (rule `user.correction`), so it is shown as set by them, never as a guess.
    public enum Basis: String, Codable, Hashable, Sendable { case stated, inferred, user }

    public var basis: Basis
    /// The rule that produced the value, e.g. `wire.dateline+weekday+envoy-term`.
    public var rule: String
    /// 0...1: how sure the rule is.
    public var confidence: Double
    /// The part of the raw text that is the evidence, when there is one.
    public var span: TextSpan?
    /// The evidence itself, copied so it reads without the raw text at hand.
    public var evidence: String?
    /// For inferred values: the reasoning, in a sentence a user can check.
    public var reason: String?

    public init(
        basis: Basis, rule: String, confidence: Double, span: TextSpan? = nil,
        evidence: String? = nil, reason: String? = nil
    ) {
        self.basis = basis
        self.rule = rule
        self.confidence = confidence
        self.span = span
        self.evidence = evidence
        self.reason = reason
    }

    public var isInferred: Bool { basis == .inferred }
    public var isSetByUser: Bool { basis == .user }

    /// What a value the user typed in carries: certain, and found in no text.
    public static let userCorrection = Provenance(basis: .user, rule: "user.correction", confidence: 1)

    /// The basis in the words a screen shows: "stated", "inferred" or "set by you".
    public var basisLabel: String {
        switch basis {
        case .stated: return "stated"
        case .inferred: return "inferred"
        case .user: return "set by you"
        }
    }
}

/// A value together with how it was found.
public struct Attributed<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
    public var value: Value
    public var provenance: Provenance
    public init(_ value: Value, _ provenance: Provenance) {
        self.value = value
        self.provenance = provenance
    }
}
