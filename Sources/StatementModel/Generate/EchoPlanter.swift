import Foundation

/// Prose for measuring echo finding: words drawn from a made-up vocabulary (so no two speeches share a
/// passage by chance, as the template sentences of `CorpusGenerator` all do), with passages of some speeches
/// planted in later ones, 0–20 % of their words changed, inserted or dropped. What was planted where is
/// kept, to score what is found against it. Every speech opens with one of a few long courtesy formulae,
/// which a finder must recognise as such.
public struct EchoPlanter {
    /// A passage and the speeches (file names) that hold it: the first is where it was said first.
    public struct Planted: Sendable {
        public var words: Int
        public var files: [String]
    }

    public let target: Int
    public private(set) var planted: [Planted] = []
    private var pool: [(index: Int, words: [String], copiesLeft: Int)] = []
    private let vocabulary: [String]

    static let formulae = [
        "I thank the President for convening this important meeting and I also thank the briefers for their "
            + "comprehensive and very useful presentations on the situation before the Council today.",
        "At the outset allow me to congratulate you on the assumption of the presidency of the Council for this "
            + "month and to assure you of the full support and cooperation of my delegation.",
        "My delegation aligns itself with the statement to be delivered on behalf of the group and I would like "
            + "to add the following remarks in my national capacity on this important issue.",
    ]

    public init(passages: Int, seed: UInt64) {
        target = passages
        var rng = SeededRandom(seed: seed &+ 0xEC40)
        let onsets = ["b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "br", "st", "tr", "pl", "gr"]
        let vowels = ["a", "e", "i", "o", "u", "ia", "eo", "ou"]
        let codas = ["", "", "n", "r", "s", "l", "m", "nt", "st"]
        var words = Set<String>()
        while words.count < 6_000 {
            let syllables = 1 + Int(rng.next() % 3)
            words.insert((0..<syllables).map { _ in rng.pick(onsets) + rng.pick(vowels) + rng.pick(codas) }.joined())
        }
        vocabulary = words.sorted()
    }

    /// A speech of about `length` words for `file`: a formula, prose, and perhaps a passage said before.
    /// The speech may in turn become the source of a passage said again later.
    mutating func speech(_ length: Int, file: String, rng: inout SeededRandom) -> [String] {
        var prose = (0..<length).map { _ in vocabulary[rng.zipf(vocabulary.count)] }
        if planted.count < target, rng.unit() < 0.35, prose.count > 60 {
            let size = 25 + Int(rng.next() % 176)
            let start = Int(rng.next() % UInt64(max(1, prose.count - size)))
            let words = Array(prose[start..<min(prose.count, start + size)])
            planted.append(Planted(words: words.count, files: [file]))
            pool.append((planted.count - 1, words, 1 + Int(rng.next() % 3)))
        }
        if !pool.isEmpty, rng.unit() < 0.6 {
            let p = Int(rng.next() % UInt64(pool.count))
            if !planted[pool[p].index].files.contains(file) {
                let copy = Self.changed(pool[p].words, share: rng.unit() * 0.2, vocabulary: vocabulary, rng: &rng)
                let at = Int(rng.next() % UInt64(prose.count + 1))
                prose.insert(contentsOf: copy, at: at)
                planted[pool[p].index].files.append(file)
                pool[p].copiesLeft -= 1
                if pool[p].copiesLeft == 0 { pool.remove(at: p) }
            }
        }
        return [rng.pick(Self.formulae)] + Self.sentences(prose, rng: &rng)
    }

    /// A passage with about `share` of its words changed: replaced, dropped, or with a word put in.
    static func changed(_ words: [String], share: Double, vocabulary: [String], rng: inout SeededRandom) -> [String] {
        var out = words
        for _ in 0..<Int((Double(words.count) * share).rounded()) {
            let i = Int(rng.next() % UInt64(out.count))
            switch rng.next() % 3 {
            case 0: out[i] = rng.pick(vocabulary)
            case 1 where out.count > 2: out.remove(at: i)
            default: out.insert(rng.pick(vocabulary), at: i)
            }
        }
        return out
    }

    /// Words as sentences of 8 to 24 words, each capitalised and ended with a full stop.
    static func sentences(_ words: [String], rng: inout SeededRandom) -> [String] {
        var out: [String] = []
        var i = 0
        while i < words.count {
            let n = min(words.count - i, 8 + Int(rng.next() % 17))
            var sentence = words[i..<(i + n)].joined(separator: " ")
            sentence = sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
            out.append(sentence)
            i += n
        }
        return out
    }
}
