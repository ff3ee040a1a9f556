import CIntl
import Foundation

/// Rostrum's translations, through GNU gettext: every text the window shows is written in English in the code,
/// wrapped in `tr` (or `trn` where it counts something), and looked up in the catalogue of the user's language.
/// `scripts/pot` collects the wrapped texts into `po/rostrum.pot`, the template translators start from.
package enum Translation {
    /// The gettext domain: catalogues are `FOLDER/LANGUAGE/LC_MESSAGES/rostrum.mo`.
    package static let domain = "rostrum"

    /// Where the catalogues are looked up: ROSTRUM_LOCALEDIR, else the system's locale folder. Called once at
    /// start-up, before any text is shown; the locale itself is the user's (GTK sets it from the environment).
    package static func bind(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let folder = environment["ROSTRUM_LOCALEDIR"] ?? "/usr/share/locale"
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
    Translation.fill(String(cString: dgettext(Translation.domain, message)), values)
}

/// A text that counts something, in the plural form the user's language uses for `count`:
/// `trn("{0} statement", "{0} statements", n, n)`.
package func trn(
    _ singular: String, _ plural: String, _ count: Int, _ values: any CustomStringConvertible...
) -> String {
    Translation.fill(String(cString: dngettext(Translation.domain, singular, plural, UInt(max(count, 0)))), values)
}
