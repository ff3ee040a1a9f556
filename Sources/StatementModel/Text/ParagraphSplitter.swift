/// Splits a body into paragraphs the way the text was written, whether one line a paragraph (web
/// pages, wire copy) or hard-wrapped lines in blank-line-separated blocks (PDF extractions, e-mail).
enum ParagraphSplitter {
    static func paragraphs(from lines: [Substring]) -> [String] {
        // An ASCII line is squeezed at once: for it, squeezing is trimming and more (no zero-width space,
        // no mark to tell them apart), and squeezing twice changes nothing, so the paragraphs are those
        // trimming first gave, made in one pass instead of two.
        var blocks: [[(text: String, squeezed: Bool)]] = [[]]
        for line in lines {
            let ascii = line.allASCII
            let t = ascii ? line.squeezed : line.trimmed
            if t.isEmpty {
                if !(blocks.last!.isEmpty) { blocks.append([]) }
            } else {
                blocks[blocks.count - 1].append((t, ascii))
            }
        }
        return blocks.filter { !$0.isEmpty }.flatMap { block -> [String] in
            // never hard-wrapped
            if block.count == 1 { return [block[0].squeezed ? block[0].text : block[0].text.squeezed] }
            let texts = block.map(\.text)
            return isHardWrapped(texts) ? [joinWrapped(texts)] : block.map { $0.squeezed ? $0.text : $0.text.squeezed }
        }
    }

    static func paragraphs(from text: String) -> [String] {
        paragraphs(from: text.lineSlices)
    }

    /// A block is hard-wrapped when most of its lines stop mid-sentence.
    private static func isHardWrapped(_ block: [String]) -> Bool {
        guard block.count > 1 else { return false }
        let open = block.dropLast().filter { line in
            guard let last = line.last else { return false }
            return !".!?:;\"”’)".contains(last)
        }
        return Double(open.count) >= Double(block.count - 1) * 0.5
    }

    private static func joinWrapped(_ block: [String]) -> String {
        var out = ""
        for line in block {
            if out.hasSuffix("-"), let first = line.first, first.isLowercase {
                out.removeLast()  // a word split at the line end: "secu-\nrity"
                out += line
            } else {
                out += out.isEmpty ? line : " " + line
            }
        }
        return out.squeezed
    }
}
