import Foundation

/// How Rostrum's reading of a labelled set compares with what careful readers found: per field, the share
/// right and the wrong values shown as certain (the worst kind of error: stated, not marked inferred).
public struct Evaluation: Sendable {
    public static let fields = ["date", "speaker", "forum", "kind", "country", "title"]

    public struct FieldScore: Codable, Sendable, Equatable {
        public var total = 0
        public var right = 0
        /// Left empty where the page says it (or given only coarser, for a date).
        public var missing = 0
        /// A value that is not the page's (or any value where the page says nothing).
        public var wrong = 0
        /// Of the wrong ones, those shown as certain.
        public var wrongCertain = 0
        public var share: Double { total == 0 ? 0 : Double(right) / Double(total) }

        enum CodingKeys: String, CodingKey {
            case total, right, missing, wrong
            case wrongCertain = "wrong_certain"
        }
    }

    public struct Miss: Sendable {
        public var file: String
        public var field: String
        public var expected: String?
        public var got: String?
        public var rule: String?
        public var certain: Bool
    }

    /// What one statement says of a field: its value, the rule that gave it, and whether it is shown as certain.
    public struct Reading: Sendable {
        public var value: String
        public var rule: String
        public var certain: Bool
    }

    public enum Outcome: Equatable { case right, missing, wrong }

    public var scores: [String: FieldScore] = [:]
    /// Situations: how many were found, expected, and both (for precision and recall).
    public var situationsFound = 0, situationsExpected = 0, situationsRight = 0
    public var situationsOverThree = 0
    public var situationPrecision: Double {
        situationsFound == 0 ? 0 : Double(situationsRight) / Double(situationsFound)
    }
    public var situationRecall: Double {
        situationsExpected == 0 ? 0 : Double(situationsRight) / Double(situationsExpected)
    }
    /// A second reader's situations scored against the same labels, the way the finder's are: the agreement
    /// of two careful readers.
    public var secondFound = 0, secondExpected = 0, secondRight = 0
    public var secondPrecision: Double { secondFound == 0 ? 0 : Double(secondRight) / Double(secondFound) }
    public var secondRecall: Double { secondExpected == 0 ? 0 : Double(secondRight) / Double(secondExpected) }
    public var misses: [Miss] = []
    /// Files that could not be read at all, with the reason.
    public var unreadable: [(file: String, reason: String)] = []

    public init() {}

    /// Scores what a second reader filed a page under against the labels.
    public mutating func addSecondReading(_ second: [String], expected: LabelledSet.Expected) {
        guard let want = expected.situations else { return }
        secondFound += second.count
        secondExpected += want.count
        secondRight += Set(second).intersection(want).count
    }

    /// Scores one fixture's main statement (nil when the file gave none).
    public mutating func add(
        file: String, expected: LabelledSet.Expected, statement: Statement?, reference: ReferenceData
    ) {
        if let want = expected.situations {
            let got =
                statement?.situations?.map(\.name) ?? []
            situationsFound += got.count
            situationsExpected += want.count
            situationsRight += Set(got).intersection(want).count
            if got.count > 3 { situationsOverThree += 1 }
            if Set(got) != Set(want) {
                misses.append(
                    Miss(
                        file: file, field: "situations", expected: want.joined(separator: "; "),
                        got: got.joined(separator: "; "),
                        rule: "situation-finder", certain: false))
            }
        }
        for field in Self.fields {
            let want = Self.expectedValue(field, expected)
            let got = statement.flatMap { Self.reading(field, of: $0) }
            let outcome = Self.outcome(
                field, want: want, aliases: expected.speakerAliases ?? [], got: got?.value, reference: reference)
            var score = scores[field] ?? FieldScore()
            score.total += 1
            switch outcome {
            case .right: score.right += 1
            case .missing: score.missing += 1
            case .wrong:
                score.wrong += 1
                if got?.certain == true { score.wrongCertain += 1 }
            }
            scores[field] = score
            if outcome != .right {
                misses.append(
                    Miss(
                        file: file, field: field, expected: want, got: got?.value, rule: got?.rule,
                        certain: got?.certain ?? false))
            }
        }
    }

    static func expectedValue(_ field: String, _ e: LabelledSet.Expected) -> String? {
        switch field {
        case "date": return e.date
        case "speaker": return e.speaker
        case "forum": return e.forum
        case "kind": return e.kind
        case "country": return e.country
        case "title": return e.title
        default: return nil
        }
    }

    public static func reading(_ field: String, of s: Statement) -> Reading? {
        func r<V>(_ a: Attributed<V>?, _ text: (V) -> String) -> Reading? {
            a.map { Reading(value: text($0.value), rule: $0.provenance.rule, certain: $0.provenance.basis == .stated) }
        }
        switch field {
        case "date": return r(s.date) { $0.iso }
        case "speaker": return r(s.speaker) { $0 }
        case "forum": return r(s.forum) { $0 }
        case "kind": return r(s.kind) { $0 }
        case "country": return r(s.country) { $0 }
        case "title": return r(s.title) { $0 }
        default: return nil
        }
    }

    /// Right, missing or wrong, by the field's own notion of "the same value".
    public static func outcome(
        _ field: String, want: String?, aliases: [String] = [], got: String?, reference: ReferenceData? = nil
    ) -> Outcome {
        guard let got, !got.trimmingCharacters(in: .whitespaces).isEmpty else { return want == nil ? .right : .missing }
        guard let want else { return .wrong }
        switch field {
        case "date":
            if got == want { return .right }
            // A coarser date that agrees ("2023" for "2023-02-24") is incomplete, not wrong.
            return want.hasPrefix(got + "-") ? .missing : .wrong
        case "speaker":
            // A spelling the reference tables give the same person ("Shah Mehmood Qureshi", "… Mahmood …").
            let known = ([want] + aliases).flatMap { reference?.envoys.terms(of: $0).map(\.name) ?? [] }
            return ([want] + aliases + known).contains { sameName($0, got) } ? .right : .wrong
        case "country":
            let norm = { (s: String) in fold(reference?.countryName(s) ?? s) }
            return norm(want) == norm(got) ? .right : .wrong
        case "title":
            return similarTitles(want, got) ? .right : .wrong
        default:
            return fold(want) == fold(got) ? .right : .wrong
        }
    }

    /// Lower case, no diacritics, runs of anything but letters and digits as one space.
    public static func fold(_ s: String) -> String {
        let base = s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingSpace = false
        for ch in base {
            if ch.isLetter || ch.isNumber {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                out.append(ch)
                pendingSpace = false
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    private static let honorifics: Set<String> = [
        "mr", "ms", "mrs", "miss", "dr", "h", "e", "he", "his", "her", "excellency", "ambassador",
        "sir", "dame", "madam", "madame", "mme", "m", "sr", "sra", "don", "dona", "prof", "professor",
    ]

    /// The same person: equal once honorifics go, or one name's words all in the other's (two or more).
    static func sameName(_ a: String, _ b: String) -> Bool {
        let ta = fold(a).split(separator: " ").map(String.init).filter { !honorifics.contains($0) }
        let tb = fold(b).split(separator: " ").map(String.init).filter { !honorifics.contains($0) }
        guard !ta.isEmpty, !tb.isEmpty else { return false }
        if ta == tb || ta.joined() == tb.joined() { return true }
        let (small, large) = ta.count <= tb.count ? (Set(ta), Set(tb)) : (Set(tb), Set(ta))
        return small.count >= 2 && small.isSubset(of: large)
    }

    /// Titles agree when most of their words are shared (a site name appended costs little).
    static func similarTitles(_ a: String, _ b: String) -> Bool {
        let wa = Set(fold(a).split(separator: " "))
        let wb = Set(fold(b).split(separator: " "))
        guard !wa.isEmpty, !wb.isEmpty else { return fold(a) == fold(b) }
        // Scripts written without spaces (Chinese, Japanese) compare by characters.
        if wa.count <= 2 && wb.count <= 2 {
            let ca = Set(fold(a).filter { $0 != " " })
            let cb = Set(fold(b).filter { $0 != " " })
            return Double(ca.intersection(cb).count) / Double(max(1, ca.union(cb).count)) >= 0.7
        }
        return Double(wa.intersection(wb).count) / Double(wa.union(wb).count) >= 0.7
    }
}
