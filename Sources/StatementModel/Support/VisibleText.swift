/// Text from a file or a file name made safe to print on a terminal. Control characters (C0, DEL, C1)
/// and the bidirectional overrides that reorder what a terminal shows become visible escapes
/// (`\u{1B}`, `\n`), so a file cannot move the cursor, ring the bell, recolour or clear the screen, or
/// forge a line of a report. The stored text is not changed: only what is printed.
public enum VisibleText {
    /// - Parameter multiline: keep line breaks and tabs (a statement's body); otherwise they are escaped
    ///   too, so one value stays on one line (a file name, a list row's field).
    public static func escaped(_ s: String, multiline: Bool = false) -> String {
        guard s.unicodeScalars.contains(where: { needsEscape($0, multiline: multiline) }) else { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            guard needsEscape(scalar, multiline: multiline) else {
                out.append(scalar)
                continue
            }
            let escape: String =
                switch scalar {
                case "\n": "\\n"
                case "\t": "\\t"
                case "\r": "\\r"
                default: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                }
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }

    static func needsEscape(_ c: Unicode.Scalar, multiline: Bool) -> Bool {
        switch c.value {
        case 0x0A, 0x09: return !multiline
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true  // embeddings, overrides and isolates
        default: return false
        }
    }
}
