import CIntl
import Foundation

/// Rostrum's translations, through GNU gettext: every text the window shows is written in English in the code,
/// wrapped in `tr` (or `trn` where it counts something), and looked up in the catalogue of the user's language.
/// `scripts/pot` collects the wrapped texts into `po/rostrum.pot`, the template translators start from.
package enum Translation {
    /// The gettext domain: catalogues are `FOLDER/LANGUAGE/LC_MESSAGES/rostrum.mo`.
    package static let domain = "rostrum"

    /// Where the catalogues are looked up: ROSTRUM_LOCALEDIR; else, from the folder holding `Resources/`, the
    /// build's `.build/locale` (scripts/pot compiles `po/*.po` there) or an installation's `share/locale`; else the
    /// system's. Called once at start-up, after the locale is set from the environment, before any text is made.
    package static func bind(
        environment: [String: String] = ProcessInfo.processInfo.environment, projectRoot: URL? = nil
    ) {
        let beside = [".build/locale", "../locale"].compactMap { projectRoot?.appendingPathComponent($0).path }
        let folder =
            environment["ROSTRUM_LOCALEDIR"]
            ?? beside.first { FileManager.default.fileExists(atPath: $0) } ?? "/usr/share/locale"
        bindtextdomain(domain, folder)
        bind_textdomain_codeset(domain, "UTF-8")
    }

    /// `message` with `{0}`, `{1}`, … replaced by the values in one pass (so a value holding "{1}" stays as it
    /// is): numbered, so that a translation can put them in another order.
    package static func fill(_ message: String, _ values: [any CustomStringConvertible]) -> String {
        guard !values.isEmpty, message.contains("{") else { return message }
        var out = ""
        var rest = Substring(message)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), values.indices.contains(n) {
                out += values[n].description
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}

/// A text the user sees, in their language: `tr("Import Files…")`, `tr("Exporting {0} of {1}", done, total)`.
/// The first argument must be a string literal, so that `scripts/pot` finds it.
package func tr(_ message: String, _ values: any CustomStringConvertible...) -> String {
    Translation.fill(Translation.lookUp(message), values)
}

extension Translation {
    /// `message` in the user's language, or as it is when the catalogue has no translation of it.
    package static func lookUp(_ message: String) -> String {
        // Looked up while the C string lives: gettext hands back the pointer it was given when there is none.
        message.withCString { key in
            guard let found = dgettext(domain, key), found != key else { return message }
            return String(cString: found)
        }
    }
}

/// A text that counts something, in the plural form the user's language uses for `count`:
/// `trn("{0} statement", "{0} statements", n, n)`.
package func trn(
    _ singular: String, _ plural: String, _ count: Int, _ values: any CustomStringConvertible...
) -> String {
    let translated = singular.withCString { one in
        plural.withCString { many in
            guard let found = dngettext(Translation.domain, one, many, UInt(max(count, 0))) else { return plural }
            return found == one ? singular : found == many ? plural : String(cString: found)
        }
    }
    return Translation.fill(translated, values)
}
