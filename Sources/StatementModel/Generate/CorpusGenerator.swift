import Foundation

/// A deterministic pseudo-random source (SplitMix64): the same seed gives the same corpus anywhere.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
    /// A normal deviate (Box–Muller).
    mutating func normal() -> Double { sqrt(-2 * log(max(unit(), 1e-12))) * cos(2 * .pi * unit()) }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    /// An index drawn with probability falling as 1/rank^s (a few speakers and countries speak often).
    mutating func zipf(_ n: Int, s: Double = 1.05) -> Int {
        let r = unit()
        let h = { (k: Double) in (pow(k, 1 - s) - 1) / (1 - s) }
        let x = pow(r * h(Double(n) + 1) * (1 - s) + 1, 1 / (1 - s))
        return min(max(Int(x) - 1, 0), n - 1)
    }
}

/// Writes a synthetic corpus in the layouts the importers read, for tests and benchmarks at the size of
/// the real research corpora. Distributions follow the real ones in shape (speech lengths log-normal around
/// 620 words, 200 to 5,000; a few countries and speakers speak most; meetings in bursts), and theme
/// phrases appear at a steady low rate taken from the taxonomy, not from any query.
public struct CorpusGenerator {
    public enum Layout: String, CaseIterable, Sendable {
        /// The UN Security Council Debates corpus: speeches named by meeting, with `Metadata/speaker.tsv`.
        case unsc
        /// Loose files of the text families: saved pages, wire stories and plain text.
        case mixed
    }

    public var count: Int
    public var seed: UInt64
    public var layout: Layout
    /// Passages to plant in later speeches (`EchoPlanter`); with any, speeches are made-up prose instead of
    /// template sentences.
    public var plantedEchoes = 0

    public struct Written: Sendable {
        public var files: Int
        public var bytes: Int
        /// The passages planted, with the files that hold each.
        public var planted: [EchoPlanter.Planted]
    }
    let countries: [String]
    let themePhrases: [String]

    public init(count: Int, seed: UInt64, layout: Layout, reference: ReferenceData) {
        self.count = count
        self.seed = seed
        self.layout = layout
        // Member states only (three-letter codes, current names), in a fixed order so the seed decides everything.
        countries = reference.countries.memberNames
        themePhrases = reference.themes.themes.flatMap(\.phrases).sorted()
    }

    private static let surnames = [
        "Zhang", "Nebenzia", "Woodward", "de Rivière", "Kimani", "Tirumurti", "Ishikane", "Abdelaziz", "Costa Filho",
        "de la Fuente",
        "Heusgen", "Kabua", "Nusseibeh", "Fernández", "Gunnarsson", "Amde", "Biang", "Kiboino", "Ladeb",
        "Mahmadaminov",
        "Osman", "Petrov", "Quispe", "Rahman", "Sánchez", "Tan", "Umarov", "Valdés", "Wong", "Yilmaz", "Zaman",
        "Andersen",
    ]
    private static let openings = [
        "I thank the Secretary-General for his briefing.",
        "I would like to thank the presidency for convening this meeting.",
        "At the outset, allow me to congratulate you on your assumption of the presidency.",
        "We welcome the briefers and their insights.",
    ]
    private static let sentences = [
        "The situation on the ground remains of grave concern to my delegation.",
        "We call on all parties to exercise restraint and return to dialogue.",
        "The Council must speak with one voice on this matter.",
        "We support the efforts of the Special Envoy and the regional partners.",
        "Civilians continue to bear the brunt of the conflict.",
        "We urge the parties to implement the agreements they have signed.",
        "A political solution is the only sustainable way forward.",
        "My delegation remains committed to working with all members of the Council.",
        "The protection of civilians must remain at the centre of our work.",
        "We take note of the report and its recommendations.",
        "International law must be respected by all.",
        "We are deeply concerned about the deterioration of the humanitarian situation.",
        "The resolution adopted today sends an important message.",
        "We look forward to continued engagement on this issue.",
        "Women must participate fully in peace processes.",
        "Accountability for violations is essential for lasting peace.",
    ]
    private static let agendas = [
        "The situation in the Middle East", "Maintenance of international peace and security",
        "The situation in Afghanistan",
        "Threats to international peace and security caused by terrorist acts", "Women and peace and security",
        "Children and armed conflict",
        "United Nations peacekeeping operations", "Non-proliferation", "The question concerning Haiti",
        "Reports of the Secretary-General on the Sudan and South Sudan",
        "Protection of civilians in armed conflict",
        "Cooperation between the United Nations and regional and subregional organizations",
    ]

    /// Writes the corpus; `progress` gets the number of files written so far.
    public func write(to dir: URL, progress: (Int) -> Void = { _ in }) throws -> Written {
        var rng = SeededRandom(seed: seed)
        var planter = plantedEchoes > 0 ? EchoPlanter(passages: plantedEchoes, seed: seed) : nil
        let fm = FileManager.default
        let speeches = dir.appendingPathComponent(layout == .unsc ? "speeches" : "statements")
        try fm.createDirectory(at: speeches, withIntermediateDirectories: true)
        // The columns of the real v6.1 speaker table (about 25; R's unnamed row-name column first), so
        // the table is as large as the real one: about 28 MB at 106,000 speeches.
        var metadata = [
            "\tfilename\tbasename\tspeech_number\tspv\tmeeting_symbol\tdate\tday\tmonth\tyear\tspeaker\tspeaker_country"
                + "\tcountry_code\trole\trole_in_un\tparticipanttype\tgender\ttopic\ttopic2\tsubtopic"
                + "\tagenda_item1\tagenda_item2"
                + "\tagenda_item3\ttypes\ttokens\tsentences"
        ]
        var bytes = 0
        var written = 0
        var meeting = 3000
        // Years weighted: more meetings in recent decades, with bursts in some years.
        let firstYear = layout == .unsc ? 1992 : 1946
        let lastYear = 2023
        let years = Array(firstYear...lastYear)
        let yearWeights = years.map { y in 1.0 + Double(y - firstYear) / 10 + (y % 7 == 0 ? 2.5 : 0) }
        let totalWeight = yearWeights.reduce(0, +)
        while written < count {
            meeting += 1
            var r = rng.unit() * totalWeight
            var yearIndex = 0
            while r > yearWeights[yearIndex] && yearIndex < years.count - 1 {
                r -= yearWeights[yearIndex]
                yearIndex += 1
            }
            let year = years[yearIndex]
            let month = Int(rng.next() % 12) + 1
            let day = Int(rng.next() % 28) + 1
            let agenda = rng.pick(Self.agendas)
            let speakers = min(Int(8 + rng.next() % 25), count - written)
            for n in 1...speakers {
                let country = countries[rng.zipf(countries.count)]
                let surname = Self.surnames[abs(country.hashValueStable &+ Int(rng.next() % 3)) % Self.surnames.count]
                let title = rng.unit() < 0.3 ? "Ms." : "Mr."
                let words = Int(min(max(exp(6.3 + 0.55 * rng.normal()), 200), 5000))
                let name =
                    layout == .unsc
                    ? "UNSC_\(year)_SPV.\(meeting)_spch\(String(format: "%03d", n)).txt"
                    : "statement_\(String(format: "%06d", written + 1)).txt"
                var paragraphs: [String]
                if planter != nil {
                    paragraphs = Self.paragraphs(planter!.speech(words, file: name, rng: &rng))
                } else {
                    paragraphs = templateProse(words, &rng)
                }
                let date = String(format: "%04d-%02d-%02d", year, month, day)
                let text: String
                switch layout {
                case .unsc:
                    let language =
                        rng.unit() < 0.25
                        ? " (spoke in \(rng.pick(["French", "Spanish", "Russian", "Chinese", "Arabic"])))" : ""
                    text = "\(title) \(surname) (\(country))\(language): " + paragraphs.joined(separator: "\n\n") + "\n"
                    let base = "UNSC_\(year)_SPV.\(meeting)"
                    let code = String(country.prefix(3)).uppercased()
                    metadata.append(
                        "\(written + 1)\t\(name)\t\(base)\t\(n)\tS/PV.\(meeting)\tS/PV.\(meeting)\t\(date)"
                            + "\t\(day)\t\(month)\t\(year)"
                            + "\t\(title) \(surname)\t\(country)\t\(code)\tNA\tMember\tMember"
                            + "\t\(title == "Ms." ? "female" : "male")"
                            + "\t\(agenda)\tNA\tNA\tThe situation concerning \(agenda.lowercased())\tNA\tNA"
                            + "\t\(words * 2 / 5)\t\(words)\t\(words / 22)")
                case .mixed:
                    switch rng.next() % 3 {
                    case 0:
                        text =
                            "Home > Statements > Remarks\nRemarks by Ambassador \(surname) at the Security Council "
                                + "Debate on \(agenda)\n\(date)\n\n"
                            + paragraphs.joined(separator: "\n\n") + "\n\nSuggest to a friend\n"
                    case 1:
                        text =
                            "GENEVA, \(DateTextShort.month(month)) \(day), \(year) (Xinhua) -- "
                            + paragraphs.joined(separator: "\n")
                            + " said \(surname), \(country)'s ambassador to the United Nations.\n"
                    default: text = paragraphs.joined(separator: "\n\n") + "\n"
                    }
                }
                let data = Data(text.utf8)
                try data.write(to: speeches.appendingPathComponent(name))
                bytes += data.count
                written += 1
                if written % 1000 == 0 { progress(written) }
            }
        }
        if layout == .unsc {
            try fm.createDirectory(at: dir.appendingPathComponent("Metadata"), withIntermediateDirectories: true)
            try (metadata.joined(separator: "\n") + "\n").write(
                to: dir.appendingPathComponent("Metadata/speaker.tsv"), atomically: true, encoding: .utf8)
        }
        progress(written)
        return Written(files: written, bytes: bytes, planted: planter?.planted ?? [])
    }

    /// A speech of template sentences, with a theme's phrase now and then.
    private func templateProse(_ words: Int, _ rng: inout SeededRandom) -> [String] {
        var paragraphs = [rng.pick(Self.openings)]
        var paragraph = ""
        var wordsSoFar = 0
        while wordsSoFar < words {
            var sentence = rng.pick(Self.sentences)
            if rng.unit() < 0.12 {
                sentence = "We reaffirm our commitment to \(rng.pick(themePhrases)) as a matter of principle."
            }
            paragraph += (paragraph.isEmpty ? "" : " ") + sentence
            wordsSoFar += sentence.split(separator: " ").count
            if paragraph.count > 600 {
                paragraphs.append(paragraph)
                paragraph = ""
            }
        }
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
        return paragraphs
    }

    /// Sentences joined into paragraphs of about 600 characters.
    static func paragraphs(_ sentences: [String]) -> [String] {
        var paragraphs: [String] = []
        var paragraph = ""
        for sentence in sentences {
            paragraph += (paragraph.isEmpty ? "" : " ") + sentence
            if paragraph.count > 600 {
                paragraphs.append(paragraph)
                paragraph = ""
            }
        }
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
        return paragraphs
    }
}

enum DateTextShort {
    static func month(_ m: Int) -> String {
        ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."][m - 1]
    }
}

extension String {
    /// A hash that is the same in every run (Swift's `hashValue` is seeded per process).
    var hashValueStable: Int {
        Int(
            truncatingIfNeeded: unicodeScalars.reduce(UInt64(1_469_598_103_934_665_603)) {
                ($0 ^ UInt64($1.value)) &* 1_099_511_628_211
            })
    }
}
