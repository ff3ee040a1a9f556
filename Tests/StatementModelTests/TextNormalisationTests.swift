import XCTest
@testable import StatementModel

/// The scalar-by-scalar whitespace squeezing must give exactly what splitting on `Character`s gave, or
/// statement ids (hashes of squeezed text) would change and a re-import would duplicate a library.
final class TextNormalisationTests: XCTestCase {
    private func characterSqueezed(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }

    func testSqueezingMatchesCharacterSplittingOnAwkwardText() {
        let pieces = ["a", "Zhang", "é", "e\u{301}", " ", "  ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{2028}",
                      " \u{301}", "\u{200B}", "中国", "—", "\u{FE0F}", "👍🏽", ".", "\u{0085}", "\u{000B}", "x\u{0308}", "\u{1F3FD}", "\u{200D}", "\u{0903}", "\u{2029}"]
        var random = SeededRandom(seed: 7)
        for _ in 0..<20000 {
            let text = (0..<Int(random.next() % 12)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
            XCTAssertEqual(text.squeezed, characterSqueezed(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            // A slice out of a longer line, as the paragraph splitter squeezes them (ASCII ones from its bytes).
            let slice = ("x" + text + "y").dropFirst().dropLast()
            XCTAssertEqual(slice.squeezed, characterSqueezed(String(slice)), "slice: \(text.debugDescription)")
            XCTAssertEqual(text.trimmed, text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        XCTAssertEqual("  Mr.\u{00A0}President,\r\n\tthank   you ".squeezed, "Mr. President, thank you")
        XCTAssertEqual(" \u{0B}Mr. President,\r\n\tthank \u{0C}  you \r".squeezed, "Mr. President, thank you")
        XCTAssertEqual(" \t\r\n ".squeezed, "")
    }

    /// The byte loops that count letters and control codes give what the scalar loops gave.
    func testCountsOverBytesAreThoseOverScalars() {
        XCTAssertEqual(ScriptCounts("Mr. President, 2024 [ok] @`{z").latin, 14)
        XCTAssertEqual(ScriptCounts("abcdef", limit: 3).latin, 3)
        let mixed = ScriptCounts("ab中文", limit: 3)  // the first three scalars: two Latin letters, one Han
        XCTAssertEqual([mixed.latin, mixed.han], [2, 1])
        XCTAssertEqual(ScriptCounts("Привет, мир").cyrillic, 9)
        XCTAssertEqual(TextDecoder.controlShare(String(repeating: "\u{01}x", count: 10)), 50)
        XCTAssertEqual(TextDecoder.controlShare(String(repeating: "\u{85}é", count: 5)), 50, "C1 codes as UTF-8")
        XCTAssertNil(TextDecoder.controlShare("a\tb\r\nc\u{0C}d " + String(repeating: "word ", count: 20)))
        // A byte looked for with memchr where the string's bytes are in one piece, by the iterator where not.
        XCTAssertTrue("Mr. **President**".containsByte(0x2A))
        XCTAssertFalse("Mr. President".containsByte(0x2A))
        XCTAssertFalse("".containsByte(0x0A))
        XCTAssertTrue("a\nb\r".dropFirst().containsByte(0x0D), "a slice")
        XCTAssertFalse("一\u{0A0A}".containsByte(0x0A), "no ASCII byte inside another character")
        let bridged = NSString(string: "résumé, line\u{0C}break") as String
        XCTAssertEqual([bridged.containsByte(0x0C), bridged.containsByte(0x2A)], [true, false])
    }

    func testIdsOfTheSeedsAreThoseOfEarlierLibraries() throws {
        // Ids written by libraries before the faster squeezing (see data/: 742e4f60…, 08fac898… name the files,
        // the ids are of their bodies).
        let library = try Fixture.library()
        _ = try library.seedIfEmpty(from: Fixture.data)
        XCTAssertEqual(Set(try library.store.ids(StatementFilter(), sort: .dateAscending).map(\.rawValue)), ["cdb893efe5cc584d", "b261fa33839d89be"])
    }
}

/// The gazetteer's trie scan must find what the alternation regex it replaced found, span for span.
final class LiteralScannerTests: XCTestCase {
    func testTheTrieFindsWhatTheAlternationFound() throws {
        let gazetteer = Fixture.reference.gazetteer
        var forms: [String: String] = [:]
        for p in gazetteer.places { for form in [p.name] + p.aliases where forms[form] == nil { forms[form] = p.name } }
        let alternation = forms.keys.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }.joined(separator: "|")
        let regex = try NSRegularExpression(pattern: #"(?<![\p{L}\p{N}])(?:"# + alternation + #")(?![\p{L}\p{N}])"#)

        var paragraphs = try FileManager.default.contentsOfDirectory(at: Fixture.data, includingPropertiesForKeys: nil)
            .flatMap { try String(contentsOf: $0, encoding: .utf8).components(separatedBy: "\n") }
        let dir = Fixture.tempDir()
        _ = try CorpusGenerator(count: 60, seed: 5, layout: .mixed, reference: Fixture.reference).write(to: dir)
        for file in FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil)!.compactMap({ $0 as? URL }) where file.pathExtension == "txt" {
            paragraphs += try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        }
        paragraphs += ["South Sudanese and Sudan", "the United States of America's view", "(China)", "Chinas China2 China", "Côte d'Ivoire, Türkiye; Russia—Ukraine"]
        var compared = 0
        for paragraph in paragraphs where !paragraph.isEmpty {
            let ns = paragraph as NSString
            let expected = regex.matches(in: paragraph, range: NSRange(location: 0, length: ns.length)).map { m -> (String, Int, Int) in
                let offsets = ScalarOffsets(paragraph)
                let span = offsets.span(m.range)
                return (forms[ns.substring(with: m.range)]!, span.start, span.end)
            }
            let got = gazetteer.mentions(in: [paragraph]).flatMap { m in m.spans.map { (m.name, $0.start, $0.end) } }.sorted { $0.1 < $1.1 }
            XCTAssertEqual(got.map { "\($0.0)@\($0.1)-\($0.2)" }, expected.map { "\($0.0)@\($0.1)-\($0.2)" }, paragraph)
            compared += expected.count
        }
        XCTAssertGreaterThan(compared, 100, "the texts should name many places")
    }
}

/// The language guess reads words scalar by scalar (ASCII ones packed in an integer): what it says of
/// texts in each language it knows, decomposed accents and capitals included.
final class LanguageGuessTests: XCTestCase {
    func testEachLanguageIsTold() {
        let texts = [
            "en": "THE Council and the members of the Security Council met in New York, and we thank the presidency for that.",
            "fr": "Nous remercions la présidence et les membres du Conseil pour une réunion dans des conditions difficiles.",
            "es": "Agradecemos a la presidencia y a los miembros del Consejo por una sesión con los informes de las partes.",
            "de": "Wir danken der Präsidentschaft und die Mitglieder des Rates fu\u{308}r das Treffen, das nicht leicht ist.",
            "zh": "我们感谢主席召开这次会议，并欢迎秘书长的通报。安全理事会必须团结一致。",
            "ru": "Мы благодарим председательство за созыв этого заседания и приветствуем брифинг.",
        ]
        for (code, text) in texts { XCTAssertEqual(LanguageGuesser.guess(text)?.code, code, text) }
        XCTAssertNil(LanguageGuesser.guess("Ok."), "too little text to tell")
        XCTAssertNil(LanguageGuesser.guess("Lorem ipsum dolor sit amet consectetur adipiscing elit sed do"), "no language it knows")
    }

    func testGermanNeedsItsAccentedWord() {
        // "für" decomposed is three letters and a mark: it still counts, with "die" and "und".
        XCTAssertEqual(LanguageGuesser.guess("Xyzzy qwerty fu\u{308}r plugh die und frobnitz zork wibble wobble"
                                             + " glorp snark blarg")?.code, "de")
    }
}

/// Paragraphs are made with one squeeze for ASCII lines; they must be those trimming then squeezing made.
final class ParagraphSplittingTests: XCTestCase {
    /// The splitter as it was: trim every line, then squeeze.
    static func reference(_ text: String) -> [String] {
        var blocks: [[String]] = [[]]
        for line in text.lineSlices {
            let t = line.trimmed
            if t.isEmpty { if !(blocks.last!.isEmpty) { blocks.append([]) } } else { blocks[blocks.count - 1].append(t) }
        }
        func hardWrapped(_ block: [String]) -> Bool {
            guard block.count > 1 else { return false }
            let open = block.dropLast().filter { line in line.last.map { !".!?:;\"”’)".contains($0) } ?? false }
            return Double(open.count) >= Double(block.count - 1) * 0.5
        }
        func join(_ block: [String]) -> String {
            var out = ""
            for line in block {
                if out.hasSuffix("-"), let first = line.first, first.isLowercase { out.removeLast(); out += line } else { out += out.isEmpty ? line : " " + line }
            }
            return out.squeezed
        }
        return blocks.filter { !$0.isEmpty }.flatMap { hardWrapped($0) ? [join($0)] : $0.map { $0.squeezed } }
    }

    func testParagraphsAreThoseTrimmingThenSqueezingMade() {
        let pieces = ["The Council", "must act.", "secu-", "rity", "  ", "\t", "", "", "\u{200B}", "e\u{301}", " \u{301}x", "naïve",
                      "end;", "more words here", "Mr. President,", "“quoted”", "-", "a\u{2028}b", "x\u{A0}y", "\r"]
        var rng = SeededRandom(seed: 11)
        for _ in 0..<3000 {
            var lines: [String] = []
            for _ in 0..<Int(rng.next() % 12) {
                var line = ""
                for _ in 0..<Int(rng.next() % 4) { line += (rng.next() % 3 == 0 ? " " : "") + rng.pick(pieces) }
                lines.append(line)
            }
            let text = lines.joined(separator: "\n")
            XCTAssertEqual(ParagraphSplitter.paragraphs(from: text), Self.reference(text), "for \(text.debugDescription)")
        }
    }
}

/// Lines are cut at line-feed bytes; where no CR precedes an LF (the decoder leaves none), that is what
/// splitting on `Character`s gave.
final class LineSlicingTests: XCTestCase {
    func testLinesAreThoseCharacterSplittingGave() {
        let pieces = ["a", "", "\n", "\n\n", " ", "é", "e\u{301}", "\u{301}", "🇺🇳", "安全", "\t", "\u{2028}", "x\r"]
        var rng = SeededRandom(seed: 5)
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(rng.next() % 10) { text += rng.pick(pieces) }
            if Array(text.utf8).indices.dropLast().contains(where: { Array(text.utf8)[$0] == 0x0D && Array(text.utf8)[$0 + 1] == 0x0A }) { continue }
            XCTAssertEqual(text.lineSlices, text.split(separator: "\n", omittingEmptySubsequences: false), text.debugDescription)
        }
    }
}
