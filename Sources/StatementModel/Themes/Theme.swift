import Foundation

/// A theme users filter and highlight by: a name, a colour and what in a text counts as it.
public struct Theme: Hashable, Sendable {
    public var name: String
    /// `#RRGGBB`.
    public var colour: String
    public var phrases: [String]
    public var patterns: [String]
    public init(name: String, colour: String, phrases: [String], patterns: [String]) {
        self.name = name
        self.colour = colour
        self.phrases = phrases
        self.patterns = patterns
    }
}

/// A mistake in a theme file, with the line to fix.
public struct ThemeFileError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// The themes in force: the built-in taxonomy, then the user's own file over it.
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [Theme]

    public init(themes: [Theme]) { self.themes = themes }

    /// Reads the block format of `Resources/themes.txt` (see the comment at its top).
    public static func parse(_ text: String, file: String) throws(ThemeFileError) -> [Theme] {
        var themes: [Theme] = []
        var current: Theme?
        var startLine = 0
        func finish() throws(ThemeFileError) {
            guard let t = current else { return }
            guard !t.phrases.isEmpty || !t.patterns.isEmpty else {
                throw ThemeFileError(
                    file: file, line: startLine, message: "theme “\(t.name)” has no phrases or patterns")
            }
            themes.append(t)
            current = nil
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmed
            let number = index + 1
            if line.isEmpty {
                try finish()
                continue
            }
            if line.hasPrefix("#") { continue }  // keys start with a letter, so "#" only opens comments
            guard let colon = line.firstIndex(of: ":") else {
                throw ThemeFileError(
                    file: file, line: number, message: "expected “key: value”, found “\(line)”")
            }
            let key = line[..<colon].trimmed.lowercased()
            let value = line[line.index(after: colon)...].trimmed
            let items = value.split(separator: ";").map { $0.trimmed }.filter { !$0.isEmpty }
            switch key {
            case "theme":
                try finish()
                guard !value.isEmpty else {
                    throw ThemeFileError(file: file, line: number, message: "a theme needs a name")
                }
                current = Theme(name: value, colour: "#888888", phrases: [], patterns: [])
                startLine = number
            case "colour", "color":
                guard current != nil else {
                    throw ThemeFileError(file: file, line: number, message: "“\(key)” before any “theme:” line")
                }
                guard value.range(of: "^#[0-9A-Fa-f]{6}$", options: .regularExpression) != nil else {
                    throw ThemeFileError(
                        file: file, line: number, message: "colour must look like #1F77B4, found “\(value)”")
                }
                current!.colour = value.uppercased()
            case "phrases":
                guard current != nil else {
                    throw ThemeFileError(
                        file: file, line: number, message: "“phrases” before any “theme:” line")
                }
                current!.phrases += items
            case "patterns":
                guard current != nil else {
                    throw ThemeFileError(
                        file: file, line: number, message: "“patterns” before any “theme:” line")
                }
                for p in items {
                    do { _ = try Pattern(validating: p) } catch {
                        throw ThemeFileError(file: file, line: number, message: "not a valid regular expression: \(p)")
                    }
                }
                current!.patterns += items
            default:
                throw ThemeFileError(
                    file: file, line: number,
                    message: "unknown key “\(key)” (expected theme, colour, phrases or patterns)")
            }
        }
        try finish()
        return themes
    }

    /// The user's themes replace built-in ones of the same name (ignoring case) and add the rest.
    public func merging(_ user: [Theme]) -> ThemeCatalog {
        var merged = themes
        for theme in user {
            if let i = merged.firstIndex(where: { $0.name.lowercased() == theme.name.lowercased() }) {
                merged[i] = theme
            } else {
                merged.append(theme)
            }
        }
        return ThemeCatalog(themes: merged)
    }

    public func theme(named name: String) -> Theme? { themes.first { $0.name == name } }
}
