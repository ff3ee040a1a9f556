extension FacetIndex {
    /// Timeline bins built in date order: a bin is open until an entry of a later bin arrives. A statement dated
    /// less precisely than the bins (a year-only date among month bins) goes to a bin of its own precision
    /// ("2023"), which the chart spreads over the whole year: put in its first month it read as a January spike.
    struct BinBuilder {
        /// One bin's counts as they add up.
        private struct Tally {
            var count = 0
            var inferred = 0
            var sample: Entry?
            var themes: [Int]
            var situations: [Int]

            init(themes: Int, situations: Int) {
                self.themes = [Int](repeating: 0, count: themes)
                self.situations = [Int](repeating: 0, count: situations)
            }

            mutating func add(_ e: Entry) {
                if sample == nil { sample = e }
                count += 1
                if e.inferred { inferred += 1 }
                FacetIndex.tally(e.themes, into: &themes)
                FacetIndex.tally(e.situations, into: &situations)
            }

            func bin(key: String, coarse: Bool, themeNames: [String], situationNames: [String]) -> TimelineBin {
                var byName: [String: Int] = [:]
                var bySituation: [String: Int] = [:]
                for (i, n) in themes.enumerated() where n > 0 { byName[themeNames[i]] = n }
                for (i, n) in situations.enumerated() where n > 0 { bySituation[situationNames[i]] = n }
                return TimelineBin(
                    key: key, count: count, inferred: inferred, imprecise: coarse ? count : 0, themes: byName,
                    situations: bySituation)
            }
        }

        let granularity: TimelineGranularity?
        /// Entries with a precision from here up are coarser than the bins (0 day, 1 month, 2 year).
        private let coarser: UInt8
        private var bins: [TimelineBin] = []
        private var key = -1
        private var current: Tally
        private var coarse: [String: Tally] = [:]
        private let themeNames: [String]
        private let situationNames: [String]

        init(granularity: TimelineGranularity?, themeNames: [String], situationNames: [String]) {
            self.granularity = granularity
            coarser = granularity == .day ? 1 : granularity == .month ? 2 : 3
            self.themeNames = themeNames
            self.situationNames = situationNames
            current = Tally(themes: themeNames.count, situations: situationNames.count)
        }

        mutating func add(_ e: Entry) {
            guard let granularity else { return }
            if e.precision >= coarser {
                let key = FacetIndex.isoKey(e, e.precision == 1 ? .month : .year)
                coarse[key, default: Tally(themes: themeNames.count, situations: situationNames.count)].add(e)
                return
            }
            let k =
                granularity == .year
                ? Int(e.year) * 10000
                : granularity == .month
                    ? Int(e.year) * 10000 + Int(e.month) * 100
                    : Int(e.year) * 10000 + Int(e.month) * 100 + Int(e.day)
            if k != key {
                close()
                key = k
            }
            current.add(e)
        }

        private mutating func close() {
            guard let sample = current.sample, let granularity else { return }
            bins.append(
                current.bin(
                    key: FacetIndex.isoKey(sample, granularity), coarse: false, themeNames: themeNames,
                    situationNames: situationNames))
            current = Tally(themes: themeNames.count, situations: situationNames.count)
        }

        /// The bins in key order: a coarse bin ("2023") just before the finer ones it spans ("2023-01").
        mutating func finish() -> [TimelineBin] {
            close()
            guard !coarse.isEmpty else { return bins }
            let spread = coarse.map { key, tally in
                tally.bin(key: key, coarse: true, themeNames: themeNames, situationNames: situationNames)
            }
            return (bins + spread).sorted { $0.key < $1.key }
        }
    }
}
