/// A sentence for the user that a library makes and the app shows: kept as its English template (with numbered
/// placeholders, `{0}`) and the values that fill it, so the app can show it in the user's language while the
/// library itself never looks a translation up. `scripts/pot` collects the templates written as
/// `UserMessage("…", …)`; `description` is the English sentence, as the command-line tool prints it.
public struct UserMessage: Sendable, Hashable, CustomStringConvertible {
    public let template: String
    public let values: [String]

    public init(_ template: String, _ values: any CustomStringConvertible...) {
        self.template = template
        self.values = values.map(\.description)
    }

    /// A sentence made elsewhere (an error's own description): shown as it is, in any language.
    public init(verbatim text: String) {
        template = text
        values = []
    }

    public var description: String { Translation.fill(template, values) }

    /// The sentence in the user's language (the English one where the catalogue has no translation of it).
    public var translated: String { Translation.fill(Translation.lookUp(template), values) }

    /// Two messages are the same when they say the same thing in English, however each was made.
    public static func == (a: UserMessage, b: UserMessage) -> Bool { a.description == b.description }
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}
