import ArgumentParser
import Foundation
import StatementModel

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "One statement: metadata with provenance, then the text.")
    @OptionGroup var options: LibraryOptions
    @Argument(help: "The statement's id, or enough of its start to be unique.") var id: String
    @Flag(name: .long, help: "One JSON object with provenance, paragraphs and mentions.") var json = false

    func run() throws {
        let library = try options.open()
        let statement = try reporting { () -> Statement in
            let full = try library.store.resolve(idPrefix: id)
            guard let s = try library.store.statement(id: full) else { throw RostrumError.notFound(id) }
            return s
        }
        let links = try library.store.links(of: statement.id)
        if json {
            var object = StatementExport.object(statement, full: true)
            object["versions"] = links.map {
                [
                    "id": $0.other.id.rawValue, "kind": $0.other.kind ?? NSNull(),
                    "publisher": $0.publisher ?? NSNull(),
                    "date": $0.other.date?.iso ?? NSNull(), "shared_passages": $0.sharedPassages,
                ] as [String: Any]
            }
            let data = try JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        let corrections = try reporting { try library.store.corrections(of: statement.id) }
        print(
            StatementText.render(
                statement, themes: library.reader.reference.themes, versions: links, corrections: corrections))
    }
}

/// The plain-text page `show` prints: every field with where it came from, then the body.
enum StatementText {
    static func render(
        _ s: Statement, themes: ThemeCatalog, versions: [StatementLink] = [],
        corrections: [CorrectableField: Correction] = [:]
    ) -> String {
        var out = [s.displayTitle, String(repeating: "=", count: min(78, s.displayTitle.count)), ""]
        func field(_ label: String, _ value: String?, _ p: Provenance?, _ corrected: CorrectableField? = nil) {
            if let corrected, let c = corrections[corrected] {
                // The user's value, then what Rostrum read, so a wrong correction can be seen and undone.
                out.append(pad(label) + (value ?? "—") + "  (set by you; Rostrum read: \(c.read ?? "nothing"))")
                return
            }
            guard let value else {
                out.append(pad(label) + "—")
                return
            }
            out.append(pad(label) + value + (p.map { "  [\(describe($0))]" } ?? ""))
        }
        out.append(pad("id") + s.id.rawValue)
        if corrections[.title] != nil { field("title", s.title?.value, nil, .title) }
        if let d = s.date {
            // A date the user set says so once, beside what Rostrum read.
            let label =
                d.provenance.isSetByUser
                ? "" : d.provenance.isInferred ? ", inferred" : d.value.precision == .day ? ", exact" : ", stated"
            field("date", "\(d.value.iso) (\(d.value.precision.rawValue)\(label))", d.provenance, .date)
            if let reason = d.provenance.reason { out.append(pad("") + "why: " + reason) }
        } else {
            field("date", nil, nil, .date)
        }
        field("speaker", s.speaker?.value, s.speaker?.provenance, .speaker)
        field("role", s.role?.value, s.role?.provenance, .role)
        field("country", s.country?.value, s.country?.provenance, .country)
        field("forum", s.forum?.value, s.forum?.provenance, .forum)
        field("meeting", s.meetingType?.value, s.meetingType?.provenance, .meeting)
        field("agenda", s.agenda?.value, s.agenda?.provenance)
        if s.meetingSymbol != nil || corrections[.symbol] != nil {
            field("symbol", s.meetingSymbol?.value, s.meetingSymbol?.provenance, .symbol)
        }
        if let spoken = s.deliveryLanguage { field("spoke in", spoken.value, spoken.provenance) }
        field("kind", s.kind?.value, s.kind?.provenance, .kind)
        field("publisher", s.source.publisher?.value, s.source.publisher?.provenance)
        if let url = s.source.url { field("url", url.value, url.provenance) }
        field("language", s.language?.value, s.language?.provenance)
        field("source", s.source.path.map { "\($0) (\(s.source.family))" } ?? s.source.family, nil)
        let situations = s.situations ?? []
        out.append(pad("situations") + (situations.isEmpty ? "—" : situations.map(\.name).joined(separator: ", ")))
        for m in situations { out.append(pad("") + "\(m.name): \(describe(m.provenance))") }
        out.append(
            pad("themes")
                + (s.themes.isEmpty ? "—" : s.themes.map { "\($0.theme) ×\($0.count)" }.joined(separator: ", ")))
        out.append(
            pad("mentions")
                + (s.mentions.isEmpty
                    ? "—" : s.mentions.prefix(12).map { "\($0.name) ×\($0.count)" }.joined(separator: ", ")))
        for v in versions {
            let what = [v.other.kind, v.publisher.map { "by \($0)" }, v.other.date.map { "dated \($0.iso)" }].compactMap
            { $0 }.joined(separator: " ")
            out.append(
                pad("version") + "\(v.other.id) — the same speech, \(what) (\(v.sharedPassages) shared passages)")
        }
        for note in s.notes { out.append(pad("note") + note) }
        // Everything above is one line each and comes partly from the file: a title or a speaker with an
        // escape sequence or a newline in it is shown escaped, not obeyed. The body keeps its lines.
        let body = VisibleText.escaped(s.paragraphs.joined(separator: "\n\n"), multiline: true)
        return (out.map { VisibleText.escaped($0) } + ["", body]).joined(separator: "\n")
    }

    static func describe(_ p: Provenance) -> String {
        var parts = [p.basisLabel, p.rule, "\(Int((p.confidence * 100).rounded()))%"]
        if let e = p.evidence, !e.isEmpty, p.reason == nil || p.rule != "envoys-table" {
            parts.append("from “\(e.count > 60 ? e.prefix(57) + "…" : e)”")
        }
        if let r = p.reason, !p.rule.contains("dateline+") { parts.append(r) }
        return parts.joined(separator: "; ")
    }

    private static func pad(_ label: String) -> String { label.padding(toLength: 11, withPad: " ", startingAt: 0) }
}
