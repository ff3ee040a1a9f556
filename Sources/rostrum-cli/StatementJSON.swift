import Foundation
import StatementModel

/// The JSON Lines shape of `list --json`, `show --json` and `export --format json`.
enum StatementJSON {
    static func object(_ s: Statement, full: Bool) -> [String: Any] {
        var o: [String: Any] = [
            "id": s.id.rawValue,
            "title": s.title?.value ?? NSNull(),
            "date": s.date?.value.iso ?? NSNull(),
            "date_precision": s.date?.value.precision.rawValue ?? NSNull(),
            "date_inferred": s.date.map { $0.provenance.isInferred } ?? NSNull(),
            "speaker": s.speaker?.value ?? NSNull(),
            "role": s.role?.value ?? NSNull(),
            "country": s.country?.value ?? NSNull(),
            "forum": s.forum?.value ?? NSNull(),
            "meeting_type": s.meetingType?.value ?? NSNull(),
            "agenda": s.agenda?.value ?? NSNull(),
            "kind": s.kind?.value ?? NSNull(),
            "publisher": s.source.publisher?.value ?? NSNull(),
            "url": s.source.url?.value ?? NSNull(),
            "source_path": s.source.path ?? NSNull(),
            "language": s.language?.value ?? NSNull(),
            "themes": s.themes.map { ["theme": $0.theme, "count": $0.count] },
        ]
        if full {
            var provenance: [String: Any] = [:]
            for (key, p) in fieldProvenance(s) { provenance[key] = provenanceObject(p) }
            o["provenance"] = provenance
            o["paragraphs"] = s.paragraphs
            o["mentions"] = s.mentions.map { ["name": $0.name, "kind": $0.kind.rawValue, "count": $0.count] }
            o["notes"] = s.notes
            o["family"] = s.source.family
        }
        return o
    }

    static func fieldProvenance(_ s: Statement) -> [(String, Provenance)] {
        var out: [(String, Provenance)] = []
        func add(_ key: String, _ p: Provenance?) { if let p { out.append((key, p)) } }
        add("title", s.title?.provenance); add("date", s.date?.provenance); add("speaker", s.speaker?.provenance)
        add("role", s.role?.provenance); add("country", s.country?.provenance); add("forum", s.forum?.provenance)
        add("meeting_type", s.meetingType?.provenance); add("agenda", s.agenda?.provenance); add("kind", s.kind?.provenance)
        add("publisher", s.source.publisher?.provenance); add("url", s.source.url?.provenance); add("language", s.language?.provenance)
        return out
    }

    static func provenanceObject(_ p: Provenance) -> [String: Any] {
        var o: [String: Any] = ["basis": p.basis.rawValue, "rule": p.rule, "confidence": p.confidence]
        if let span = p.span { o["span"] = [span.start, span.end] }
        if let e = p.evidence { o["evidence"] = e }
        if let r = p.reason { o["reason"] = r }
        return o
    }

    static func line(_ s: Statement, full: Bool) -> String {
        let data = try! JSONSerialization.data(withJSONObject: object(s, full: full), options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
