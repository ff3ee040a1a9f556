import Foundation

/// The paragraphs opening a body that are the page around it, not the statement: menus, breadcrumbs,
/// delivery notices, the headline or a date line said again, and the short lines standing above the
/// headline (a site's name, a section label). They leave the body; the raw text keeps them all.
struct BodyReview {
    let doc: AnnotatedText
    let reference: ReferenceData

    func review(_ s: inout Statement) {
        // Where the content starts: after the headline, or after the last menu or breadcrumb above the text.
        let filled = doc.lines.filter { !$0.isBlank }.prefix(20)
        let navEnd = TitleReview.lastNavigation(in: Array(filled)).flatMap {
            doc.provenance(.stated, rule: "", confidence: 0, range: filled[filled.startIndex + $0].range).span?.end
        }
        let titleStart = [s.title?.provenance.span?.start, navEnd].compactMap { $0 }.max()
        var dropped = 0
        while s.paragraphs.count > 1, let first = s.paragraphs.first, isFurniture(first, s, titleStart: titleStart) {
            s.paragraphs.removeFirst()
            dropped += 1
        }
        if dropped > 0 {
            s.notes.append(
                "\(dropped) line\(dropped == 1 ? "" : "s") of page furniture above the text left out of the body")
        }
    }

    private func isFurniture(_ p: String, _ s: Statement, titleStart: Int?) -> Bool {
        let line = p.trimmed
        if ForumReview.isMenu(line) || WebPageImporter.isBreadcrumb(line) || reference.isFurnitureLine(line)
            || TitleReview.endsWithFurniture(line, reference)
        {
            return true
        }
        if line == s.title?.value || DateFinder.dateLine(line) != nil { return true }
        // An organisation's bare name opening the text ("United Nations" atop a record) is its masthead.
        if line.count <= 60, reference.gazetteer.isOrganisationName(line) { return true }
        // A field that is only a document's symbol ("CS/2669", "SC/15432") heads a release; it is not its text.
        if line.count <= 40, let m = ArticleExtractor.documentSymbol.firstMatch(in: line),
            line.count - m.range.length <= 20
        {
            return true
        }
        // A short line without a sentence's end, standing above the headline: the site's name or a section.
        guard let titleStart, line.count < 80, let last = line.last, !".!?:;,。！？：".contains(last),
            let r = s.raw.range(of: String(line.prefix { !$0.isWhitespace }.prefix(24)))
        else { return false }  // its first word: the raw text may break the line
        return s.raw.unicodeScalars.distance(from: s.raw.startIndex, to: r.lowerBound) < titleStart
    }
}
