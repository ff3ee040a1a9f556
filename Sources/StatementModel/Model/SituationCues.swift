import Foundation

/// Words that tell what a text is about from what it names in passing (`Resources/situation-cues.tsv`):
/// framing words next to a name ("the war in Ukraine", "la situation au Sahel", "агрессия против"), and
/// pairs of words that name a situation together where no fixed phrase does ("reform" a few words from
/// "Security Council": "comprehensive reform, the Security Council included").
public struct SituationCues: Sendable {
    /// Which situations a framing word frames.
    public enum Scope: Sendable, Equatable {
        case countries, thematic
        case situation(String)

        /// Whether a row of this scope applies to a situation of the catalog.
        func applies(to s: SituationCatalog.Situation) -> Bool {
            switch self {
            case .countries: !s.isThematic
            case .thematic: s.isThematic
            case .situation(let name): name == s.name
            }
        }
    }

    public struct Frame: Sendable {
        public var scope: Scope
        /// Folded, as every list here.
        public var words: [String]
    }

    /// Words that open a sentence turning to a subject: "Sur l'Ukraine, …", "On the question of Palestine, …",
    /// "По Украине, …", "关于叙利亚问题，…".
    public struct Turn: Sendable {
        public var scope: Scope
        public var words: [String]
    }

    public struct Pair: Sendable {
        public var situation: String
        public var words: [String]
        public var near: [String]
        /// How far apart, in characters of the folded text, the two may be.
        public var within: Int
        /// Phrases holding a word of `words` in another sense ("security sector reform").
        public var unless: [String]
    }

    public var frames: [Frame] = []
    public var pairs: [Pair] = []
    public var turns: [Turn] = []

    public init(frames: [Frame] = [], pairs: [Pair] = [], turns: [Turn] = []) {
        self.frames = frames
        self.pairs = pairs
        self.turns = turns
    }

    public static func parse(_ text: String) -> SituationCues {
        var cues = SituationCues()
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmed }
            guard f.count >= 3, !f[0].isEmpty else { continue }
            func list(_ i: Int) -> [String] {
                i < f.count
                    ? f[i].split(separator: ";").map { KindLexicon.fold(String($0)).trimmed }
                        .filter { !$0.isEmpty } : []
            }
            let scope: Scope = f[0] == "country" ? .countries : f[0] == "thematic" ? .thematic : .situation(f[0])
            switch f[1] {
            case "frame": cues.frames.append(Frame(scope: scope, words: list(2)))
            case "turn": cues.turns.append(Turn(scope: scope, words: list(2)))
            case "pair":
                guard let within = f.count > 4 ? Int(f[4]) : nil else { continue }
                cues.pairs.append(
                    Pair(situation: f[0], words: list(2), near: list(3), within: within, unless: list(5)))
            default: continue
            }
        }
        return cues
    }
}
