import Foundation

/// Markup that runs code, taken out of text read as text: a page's source saved as `.txt`, or a file
/// built to attack, must not carry `<script>` or `<style>` blocks, or tags with event handlers
/// (`onload=`, `onerror=`) or `javascript:` links, into a stored title or body that an export or
/// another program may show as HTML. Ordinary text, and tags that do nothing, stay as they are.
enum MarkupScrubber {
    struct Scrubbed {
        var text: String
        /// What was taken out, in words, for the statement's note; empty when nothing was.
        var removed: [String]
    }

    // ICU: (?s) lets a block span lines; \1 closes the element that opened.
    private static let block = Pattern("(?s)<(script|style)\\b[^>]*>.*?</\\1\\s*>", caseInsensitive: true)
    /// An opening tag never closed: browsers run the rest as script; here the rest of its line goes.
    private static let unclosed = Pattern("<(script|style)\\b[^\\n]*", caseInsensitive: true)
    private static let closer = Pattern("</(script|style)\\s*>", caseInsensitive: true)
    private static let tag = Pattern("<[a-z][a-z0-9-]*\\s[^<>]*>", caseInsensitive: true)
    private static let active = Pattern("(\\s|\\\"|'|/)on[a-z]+\\s*=|javascript\\s*:", caseInsensitive: true)

    static func scrub(_ text: String) -> Scrubbed {
        guard text.containsByte(UInt8(ascii: "<")) else { return Scrubbed(text: text, removed: []) }
        var counts: [String: Int] = [:]
        var out = text
        for pattern in [block, unclosed] {
            let found = pattern.matches(in: out)
            for m in found { counts[m.group(1)!.lowercased(), default: 0] += 1 }
            out = remove(found.map(\.range), from: out)
        }
        let closers = closer.matches(in: out)
        out = remove(closers.map(\.range), from: out)
        let handlers = tag.matches(in: out).filter { active.firstMatch(in: $0.value) != nil }
        out = remove(handlers.map(\.range), from: out)
        var removed: [String] = []
        for kind in ["script", "style"] where counts[kind] != nil {
            removed.append("\(counts[kind]!) \(kind) block\(counts[kind]! == 1 ? "" : "s")")
        }
        if !handlers.isEmpty {
            removed.append(
                handlers.count == 1
                    ? "1 tag with an event handler or a javascript: link"
                    : "\(handlers.count) tags with event handlers or javascript: links")
        }
        return Scrubbed(text: out, removed: removed)
    }

    private static func remove(_ ranges: [NSRange], from text: String) -> String {
        guard !ranges.isEmpty else { return text }
        let s = NSMutableString(string: text)
        for r in ranges.reversed() { s.deleteCharacters(in: r) }
        return s as String
    }
}
