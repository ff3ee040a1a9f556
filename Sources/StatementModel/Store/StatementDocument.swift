import Foundation

/// The JSON form a store keeps a whole statement in (every field with its provenance), beside the
/// columns it filters on. What the stored body gives back is left out, so the text is kept once, not
/// three times: the paragraphs when the body splits back into them exactly (no paragraph holds a line
/// break, and the body is not empty), and the raw text when the body is one run of it — a corpus speech
/// is its file less a speaker's label — kept then as the text before and after that run (`rawAround`,
/// with `raw` empty). `decode` puts both back. Half of what an import of a corpus wrote was raw text
/// the body already held.
public enum StatementDocument {
    /// What `DocumentWriter` is tested against.
    static func foundationJSON(_ s: Statement) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: try e.encode(s), as: UTF8.self)
    }

    public static func encode(_ s: Statement) throws -> String { try encode(s, body: s.body) }

    /// With the body already joined (`s.body` joins the paragraphs anew at every use).
    static func encode(_ s: Statement, body: String) throws -> String {
        var stored = s
        if !s.paragraphs.isEmpty, !s.paragraphs.contains(where: { $0.containsByte(0x0A) }), !body.isEmpty {
            stored.paragraphs = []
        }
        let around = RawAround(raw: s.raw, body: body)
        if around != nil { stored.raw = "" }
        return try DocumentWriter.json(stored, rawAround: around)
    }

    /// A statement from its document and its stored body.
    public static func decode(_ document: String, body: String) throws -> Statement {
        let data = Data(document.utf8)
        var s = try JSONDecoder().decode(Statement.self, from: data)
        // An empty raw text beside a body means the raw text was kept around the body; only then is the
        // document read a second time.
        if s.raw.isEmpty, !body.isEmpty {
            if let around = try JSONDecoder().decode(StoredAround.self, from: data).rawAround {
                s.raw = around.before + body + around.after
            }
        }
        if s.paragraphs.isEmpty, !body.isEmpty { s.paragraphs = body.components(separatedBy: "\n\n") }
        return s
    }

    private struct StoredAround: Decodable { let rawAround: RawAround? }
}

/// The raw text kept as what comes before and after the body in it, when the body is one run of the raw
/// text (found byte for byte; a run of valid UTF-8 inside valid UTF-8 starts and ends on whole characters).
struct RawAround: Codable, Equatable {
    let before: String
    let after: String

    init?(raw: String, body: String) {
        guard !body.isEmpty, raw.utf8.count >= body.utf8.count else { return nil }
        var raw = raw
        var body = body
        let offset: Int? = raw.withUTF8 { r in body.withUTF8 { b in Self.firstRun(of: b, in: r) } }
        guard let offset else { return nil }
        let bytes = Array(raw.utf8)
        let end = offset + body.utf8.count
        before = String(decoding: bytes[..<offset], as: UTF8.self)
        after = String(decoding: bytes[end...], as: UTF8.self)
    }

    /// Where `needle` first occurs in `hay`: candidates found by `memchr` on the first byte, checked by
    /// `memcmp` (the body of a speech starts a few dozen bytes in, so this ends on the first candidates).
    private static func firstRun(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let n = needle.baseAddress, let h = hay.baseAddress, needle.count <= hay.count else { return nil }
        var start = 0
        let last = hay.count - needle.count
        while start <= last {
            guard let hit = memchr(h + start, Int32(n.pointee), last - start + 1) else { return nil }
            let at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - h
            if memcmp(h + at, n, needle.count) == 0 { return at }
            start = at + 1
        }
        return nil
    }
}

/// A statement with its document made: what a store's single writer takes. The import makes it on the
/// threads that read the files — inside the write, encoding was a third of the writer's time.
public struct EncodedStatement: Sendable {
    /// The statement's fields without its text: the raw text and the paragraphs are in `document` and
    /// `body` once encoded, and a text of megabytes held a third time until it is written is what made a
    /// hostile import's peak (issue 17).
    public let statement: Statement
    public let document: String
    /// The body, joined once here: the writer indexes it and compares it with other versions.
    public let body: String
    /// What a list shows for it, worked out while the paragraphs are still here.
    public let displayTitle: String
    /// The body's words, counted here, beside the encoding, off the writer's thread.
    public let words: Int
    /// The body's echo fingerprints, made here for the same reason.
    public let echoPrints: [UInt32]

    public init(_ statement: Statement) throws {
        // The body is joined from its paragraphs at each use: once here (15 MB a time for a long text).
        let body = statement.body
        document = try StatementDocument.encode(statement, body: body)
        displayTitle = statement.displayTitle
        words = WordTokens.count(in: body)
        echoPrints = EchoPrints.of(body)
        self.body = body
        var fields = statement
        fields.raw = ""
        fields.paragraphs = []
        self.statement = fields
    }
}

/// Writes a statement's document as `JSONEncoder` would (the same keys, optional fields left out when
/// empty, so `JSONDecoder` reads it into the same statement), straight into bytes. Foundation's encoder
/// boxed every value of every span and provenance; it was an eighth of an import's time. A test holds
/// the two to the same JSON tree for a statement with every field set.
final class DocumentWriter {
    private var bytes: [UInt8] = []
    /// Per open object, whether a member has been written yet.
    private var firstMember: [Bool] = []

    static func json(_ s: Statement, rawAround: RawAround? = nil) throws -> String {
        let w = DocumentWriter()
        // Room for the raw text, a tenth more for escapes and the paragraphs' spans: twice the raw text
        // was 30 MB held for a 15 MB text that needed half of it.
        w.bytes.reserveCapacity(s.raw.utf8.count + s.raw.utf8.count / 10 + 65_536)
        try w.statement(s, rawAround: rawAround)
        return String(decoding: w.bytes, as: UTF8.self)
    }

    private func statement(_ s: Statement, rawAround: RawAround?) throws {
        try object {
            key("id")
            string(s.id.rawValue)
            try attributed("title", s.title)
            if let date = s.date {
                key("date")
                try object {
                    key("value")
                    self.date(date.value)
                    key("provenance")
                    try provenance(date.provenance)
                }
            }
            try attributed("speaker", s.speaker)
            try attributed("role", s.role)
            try attributed("country", s.country)
            try attributed("forum", s.forum)
            try attributed("meetingType", s.meetingType)
            try attributed("agenda", s.agenda)
            try attributed("meetingSymbol", s.meetingSymbol)
            try attributed("deliveryLanguage", s.deliveryLanguage)
            try attributed("kind", s.kind)
            key("source")
            try object {
                if let path = s.source.path {
                    key("path")
                    string(path)
                }
                key("family")
                string(s.source.family)
                try attributed("url", s.source.url)
                try attributed("publisher", s.source.publisher)
            }
            try attributed("language", s.language)
            key("paragraphs")
            strings(s.paragraphs)
            key("themes")
            array(s.themes) { t in
                object {
                    key("theme")
                    string(t.theme)
                    key("count")
                    int(t.count)
                    key("spans")
                    spans(t.spans)
                }
            }
            key("mentions")
            array(s.mentions) { m in
                object {
                    key("name")
                    string(m.name)
                    key("kind")
                    string(m.kind.rawValue)
                    key("count")
                    int(m.count)
                    key("spans")
                    spans(m.spans)
                }
            }
            if let situations = s.situations {
                key("situations")
                bytes.append(UInt8(ascii: "["))
                for (i, m) in situations.enumerated() {
                    if i > 0 { bytes.append(UInt8(ascii: ",")) }
                    try object {
                        key("name")
                        string(m.name)
                        key("provenance")
                        try provenance(m.provenance)
                    }
                }
                bytes.append(UInt8(ascii: "]"))
            }
            key("raw")
            string(s.raw)
            if let rawAround {
                key("rawAround")
                object {
                    key("before")
                    string(rawAround.before)
                    key("after")
                    string(rawAround.after)
                }
            }
            key("notes")
            strings(s.notes)
        }
    }

    private func attributed(_ k: StaticString, _ a: Attributed<String>?) throws {
        guard let a else { return }
        key(k)
        try object {
            key("value")
            string(a.value)
            key("provenance")
            try provenance(a.provenance)
        }
    }

    private func provenance(_ p: Provenance) throws {
        try object {
            key("basis")
            string(p.basis.rawValue)
            key("rule")
            string(p.rule)
            key("confidence")
            try double(p.confidence)
            if let span = p.span {
                key("span")
                object {
                    key("start")
                    int(span.start)
                    key("end")
                    int(span.end)
                }
            }
            if let evidence = p.evidence {
                key("evidence")
                string(evidence)
            }
            if let reason = p.reason {
                key("reason")
                string(reason)
            }
        }
    }

    private func date(_ d: StatementDate) {
        object {
            key("year")
            int(d.year)
            if let month = d.month {
                key("month")
                int(month)
            }
            if let day = d.day {
                key("day")
                int(day)
            }
        }
    }

    private func spans(_ list: [BodySpan]) {
        array(list) { span in
            object {
                key("paragraph")
                int(span.paragraph)
                key("start")
                int(span.start)
                key("end")
                int(span.end)
            }
        }
    }

    private func strings(_ list: [String]) { array(list) { string($0) } }

    private func object(_ members: () throws -> Void) rethrows {
        bytes.append(0x7B)  // {
        firstMember.append(true)
        try members()
        firstMember.removeLast()
        bytes.append(0x7D)
    }

    private func key(_ k: StaticString) {
        if !firstMember[firstMember.count - 1] { bytes.append(0x2C) }
        firstMember[firstMember.count - 1] = false
        bytes.append(0x22)
        bytes.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        bytes.append(0x22)
        bytes.append(0x3A)
    }

    private func array<T>(_ items: [T], _ each: (T) -> Void) {
        bytes.append(0x5B)  // [
        for (i, item) in items.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            each(item)
        }
        bytes.append(0x5D)
    }

    private func int(_ v: Int) { bytes.append(contentsOf: String(v).utf8) }

    private func double(_ v: Double) throws {
        guard v.isFinite else {
            throw EncodingError.invalidValue(
                v, .init(codingPath: [], debugDescription: "a confidence that is not a finite number"))
        }
        // Swift's description is the shortest text that reads back as the same Double.
        bytes.append(contentsOf: v.description.utf8)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    private func string(_ s: String) {
        // Runs of bytes that need no escape are copied whole: most strings have no escape at all.
        bytes.append(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            for i in 0..<utf8.count {
                let byte = utf8[i]
                guard byte == 0x22 || byte == 0x5C || byte < 0x20 else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
                switch byte {
                case 0x22, 0x5C:
                    bytes.append(0x5C)
                    bytes.append(byte)
                case 0x0A:
                    bytes.append(0x5C)
                    bytes.append(0x6E)
                case 0x0D:
                    bytes.append(0x5C)
                    bytes.append(0x72)
                case 0x09:
                    bytes.append(0x5C)
                    bytes.append(0x74)
                default:
                    bytes.append(contentsOf: [
                        0x5C, 0x75, 0x30, 0x30, Self.hex[Int(byte >> 4)], Self.hex[Int(byte & 0xF)],
                    ])
                }
                start = i + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        bytes.append(0x22)
    }
}
