import Foundation

/// The runs of plain characters every match of a theme's patterns must hold, for a closer look at an ASCII
/// paragraph before ICU is asked: the anchor word says a paragraph has a word starting "peace"; the runs
/// say it also holds "keep" somewhere (`\bpeace[- ]?keep\w*`). In a generated UN corpus most paragraphs
/// have the word "peace", "women" or "regional" and few the whole pattern, so most of those calls into ICU
/// found nothing. Only for ASCII paragraphs: there a case-insensitive ASCII letter of a pattern matches
/// that letter in either case and nothing else (elsewhere "k" also matches the Kelvin sign).
struct RequiredRuns: Sendable {
    /// A run with its skip table (Horspool): most positions of a paragraph are passed over without a look.
    struct Run: Sendable {
        let bytes: [UInt8]
        /// By the byte under the run's last place: how far the run may move on.
        let shift: [UInt8]

        init(_ bytes: [UInt8]) {
            self.bytes = Array(bytes.prefix(255))  // a shift fits a byte; a run's start is still a run
            var shift = [UInt8](repeating: UInt8(self.bytes.count), count: 256)
            for (i, b) in self.bytes.dropLast().enumerated() { shift[Int(b)] = UInt8(self.bytes.count - 1 - i) }
            self.shift = shift
        }

        func isIn(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
            let m = bytes.count
            guard m <= t.count else { return false }
            return bytes.withUnsafeBufferPointer { r in
                var i = 0
                while i <= t.count - m {
                    let last = t[i + m - 1]
                    if last == r[m - 1] {
                        var k = 0
                        while k < m - 1, t[i + k] == r[k] { k += 1 }
                        if k == m - 1 { return true }
                    }
                    i += Int(shift[Int(last)])
                }
                return false
            }
        }
    }

    /// Per pattern, its runs.
    private let patterns: [[Run]]

    /// nil when some pattern's runs cannot be told (a top-level alternative, inline flags, an escape that
    /// is not a class or a sign): the theme's patterns are then asked whatever the paragraph holds.
    init?(_ patterns: [String]) {
        var list: [[Run]] = []
        for pattern in patterns {
            guard let runs = Self.runs(in: pattern) else { return nil }
            list.append(runs.map(Run.init))
        }
        guard !list.isEmpty else { return nil }
        self.patterns = list
    }

    /// Whether some pattern may match a paragraph, given as its bytes lowercased (ASCII): all of that
    /// pattern's runs are in it.
    func mayMatch(in lowered: [UInt8]) -> Bool {
        lowered.withUnsafeBufferPointer { t in patterns.contains { runs in runs.allSatisfy { $0.isIn(t) } } }
    }

    /// A paragraph's bytes lowercased as `PhraseScanner` lowercases them (ASCII text only).
    static func lowered(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: bytes.count) { out, count in
                for i in 0..<bytes.count { out[i] = PhraseScanner.lower(bytes[i]) }
                count = bytes.count
            }
        }
    }

    /// The runs of ASCII characters outside groups and classes that no quantifier makes optional or
    /// repeats, at least three long, lowercased; nil when the pattern's syntax goes beyond what is read
    /// here. Reading too little only costs a call into ICU; reading a run a match need not hold would lose
    /// a match, so anything unusual gives nil.
    static func runs(in pattern: String) -> [[UInt8]]? {
        let s = Array(pattern.unicodeScalars)
        // \Q…\E quotes anything, brackets and parentheses included.
        if pattern.contains("\\Q") { return nil }
        var runs: [[UInt8]] = []
        var run: [UInt8] = []
        var depth = 0
        var classDepth = 0
        var i = 0
        func close() {
            if run.count >= 3 { runs.append(run) }
            run = []
        }
        while i < s.count {
            let c = s[i]
            if c == "\\" {
                guard i + 1 < s.count else { return nil }
                if depth == 0, classDepth == 0 {
                    // A class (\w, \s, \d and their opposites), a word boundary or an escaped sign ends a run;
                    // any other escape (\x41, \p{L}, \1, \n) is more syntax than is read here.
                    let e = s[i + 1]
                    guard "bBwWsSdD".unicodeScalars.contains(e) || (e.isASCII && !Self.isAlphanumeric(e)) else {
                        return nil
                    }
                    close()
                }
                i += 2
                continue
            }
            if classDepth > 0 {
                // ICU's sets nest: "[[:alpha:]&&[^x]]".
                if c == "[" { classDepth += 1 } else if c == "]" { classDepth -= 1 }
                i += 1
                continue
            }
            switch c {
            case "[":
                close()
                // "[]…]" and "[^]…]" take the bracket literally: not worth telling apart.
                let next = i + 1 < s.count ? s[i + 1] : " "
                let after = i + 2 < s.count ? s[i + 2] : " "
                if next == "]" || (next == "^" && after == "]") { return nil }
                classDepth = 1
            case "(":
                close()
                // Inline flags ("(?x)" makes spaces nothing, "(?i:…)") and comments ("(?#…)") are not read.
                let next = i + 1 < s.count ? s[i + 1] : " "
                let after = i + 2 < s.count ? s[i + 2] : " "
                if next == "?", Self.isAlphanumeric(after) || after == "-" || after == "#" { return nil }
                depth += 1
            case ")":
                close()
                depth -= 1
                if depth < 0 { return nil }
            case "|":
                if depth == 0 { return nil }
            case "?", "*", "+":
                // The quantified character is not required as written (and "+" may repeat it).
                if depth == 0, !run.isEmpty { run.removeLast() }
                close()
            case "{":
                if depth == 0, !run.isEmpty { run.removeLast() }
                close()
                guard let end = s[i...].firstIndex(of: "}") else { return nil }
                i = end
            case ".", "^", "$":
                close()
            default:
                if depth == 0, c.isASCII {
                    run.append(PhraseScanner.lower(UInt8(c.value)))
                } else {
                    close()
                }
            }
            i += 1
        }
        guard depth == 0, classDepth == 0 else { return nil }
        close()
        return runs
    }

    private static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && (("0"..."9").contains(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c))
    }
}
