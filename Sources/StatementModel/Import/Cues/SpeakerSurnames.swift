import Foundation

/// Japanese pages name an envoy by surname and title ("石兼大使による日本ステートメント"): a surname of two or more Han characters just before a title is the envoys table's person
/// whose native-script name starts with it, when exactly one does.
extension SpeakerReview {
    private static let surnameTitle = Pattern(
        #"(\p{Han}{2,5})(?=大使|常駐代表|常驻代表|国連大使|外務大臣|外相|大臣|首相|総理|事務総長|特使|代表)"#)

    func surnamesBeforeTitles(in lines: [TextLine]) -> [SpeakerCandidate] {
        for line in lines {
            for m in Self.surnameTitle.matches(in: line.text) {
                guard let run = m.group(1), let r = m.groupRange(1), let hit = envoyBySurname(endOf: run) else {
                    continue
                }
                let surname = NSRange(location: r.upperBound - hit.length, length: hit.length)
                return [
                    SpeakerCandidate(
                        name: hit.name, range: doc.range(surname, inLine: line), rule: "speaker.known-name.surname",
                        score: 0.66,
                        reason: "“\(hit.surname)” before a title is \(hit.name) (envoys table), named by surname")
                ]
            }
        }
        return []
    }

    /// The run's shortest ending (two characters or more) that begins exactly one person's Han name: the
    /// characters before a surname are often other words ("における石兼").
    private func envoyBySurname(endOf run: String) -> (name: String, surname: String, length: Int)? {
        let chars = Array(run)
        for length in stride(from: 2, through: chars.count, by: 1) {
            let surname = String(chars.suffix(length))
            let folded = HanScript.simplified(surname)
            var names = Set<String>()
            for envoy in envoys.envoys {
                for alias in envoy.aliases where alias.unicodeScalars.first.map({ $0.value >= 0x3000 }) == true {
                    if alias.hasPrefix(surname) || HanScript.simplified(alias).hasPrefix(folded) {
                        names.insert(envoy.name)
                    }
                }
            }
            if names.count == 1 { return (names.first!, surname, (surname as NSString).length) }
            if names.count > 1 { return nil }
        }
        return nil
    }
}
