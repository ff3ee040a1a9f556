import ArgumentParser
import StatementModel

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit", abstract: "Correct what Rostrum read of a statement; prints what changed.",
        discussion:
            "A corrected field is shown as set by you, with what Rostrum read beside it, and stays corrected "
            + "when the statement's file is imported again after a change. Fields: "
            + CorrectableField.allCases.map(\.rawValue).joined(separator: ", ") + ".")
    @OptionGroup var options: LibraryOptions
    @Argument(help: "The statement's id, or enough of its start to be unique.") var id: String
    @Option(name: .long, help: "The title.") var title: String?
    @Option(name: .long, help: "The date: YYYY-MM-DD, YYYY-MM or YYYY (known to the day, the month or the year).")
    var date: String?
    @Option(name: .long, help: "The speaker.") var speaker: String?
    @Option(name: .long, help: "The speaker's post.") var role: String?
    @Option(name: .long, help: "The country or organisation the speaker represents.") var country: String?
    @Option(name: .long, help: "The forum, e.g. Security Council.") var forum: String?
    @Option(name: .long, help: "The meeting's type, e.g. open debate.") var meeting: String?
    @Option(name: .long, help: "The meeting's document symbol, e.g. S/PV.7138.") var symbol: String?
    @Option(name: .long, help: "The kind, e.g. speech, news report.") var kind: String?
    @Option(name: .long, help: "Empty this field (repeat for several).") var clear: [String] = []
    @Option(name: .long, help: "Put back what Rostrum read in this field (repeat for several).")
    var revert: [String] = []

    /// The values set, the date first: it is the one value that can be refused, and a refused date
    /// then leaves every field as it was.
    var settings: [(CorrectableField, String?)] {
        typed.map { ($0.0, $0.1) } + clear.compactMap(CorrectableField.init(named:)).map { ($0, nil) }
    }

    private var typed: [(CorrectableField, String)] {
        let given: [(CorrectableField, String?)] = [
            (.date, date), (.title, title), (.speaker, speaker), (.role, role), (.country, country),
            (.forum, forum), (.meeting, meeting), (.symbol, symbol), (.kind, kind),
        ]
        return given.compactMap { field, value in value.map { (field, $0) } }
    }

    func validate() throws {
        let named = typed.map(\.0) + (try fields(clear)) + (try fields(revert))
        guard !named.isEmpty else {
            throw ValidationError("say what to change: --title, --date, ..., --clear FIELD or --revert FIELD")
        }
        if let twice = Dictionary(grouping: named, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw ValidationError("the \(twice.rawValue) is named more than once")
        }
    }

    private func fields(_ names: [String]) throws -> [CorrectableField] {
        try names.map { name in
            guard let field = CorrectableField(named: name) else {
                let known = CorrectableField.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("no field is named “\(name)”; the fields are \(known)")
            }
            return field
        }
    }

    func run() throws {
        let store = try options.open().store
        let changes = try reporting { () -> [String] in
            let full = try store.resolve(idPrefix: id)
            guard let before = try store.statement(id: full) else { throw RostrumError.notFound(id) }
            for (field, value) in settings { try store.correct(full, field, to: value) }
            for field in try fields(revert) { try store.revert(full, field) }
            guard let after = try store.statement(id: full) else { throw RostrumError.notFound(id) }
            return FieldChange.lines(before, after)
        }
        print(changes.isEmpty ? "nothing changed" : changes.joined(separator: "\n"))
    }
}

/// The correctable fields that differ between two readings of a statement, one line each: `field: old → new`.
enum FieldChange {
    static func lines(_ before: Statement, _ after: Statement) -> [String] {
        CorrectableField.allCases.compactMap { field in
            let old = text(field, before)
            let new = text(field, after)
            guard old != new else { return nil }
            return Terminal.visible("\(field.rawValue): \(old ?? "—") → \(new ?? "—")")
        }
    }

    private static func text(_ field: CorrectableField, _ s: Statement) -> String? {
        switch field {
        case .title: return s.title?.value
        case .date: return s.date.map { "\($0.value.iso) (\($0.value.precision.rawValue))" }
        case .speaker: return s.speaker?.value
        case .role: return s.role?.value
        case .country: return s.country?.value
        case .forum: return s.forum?.value
        case .meeting: return s.meetingType?.value
        case .symbol: return s.meetingSymbol?.value
        case .kind: return s.kind?.value
        }
    }
}
