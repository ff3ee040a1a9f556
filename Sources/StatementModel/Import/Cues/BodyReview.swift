import Foundation

/// The paragraphs opening a body that are the page around it, not the statement: menus, breadcrumbs,
/// delivery notices, the headline or a date line said again, and the short lines standing above the
/// headline (a site's name, a section label). They leave the body; the raw text keeps them all.
struct BodyReview {
    let reference: ReferenceData

    func review(_ s: inout Statement) {
        let titleStart = s.title?.provenance.span?.start
        var dropped = 0
        while s.paragraphs.count > 1, let first = s.paragraphs.first, isFurniture(first, s, titleStart: titleStart) {
            s.paragraphs.removeFirst()
            dropped += 1
        }
        if dropped > 0 { s.notes.append("\(dropped) line\(dropped == 1 ? "" : "s") of page furniture above the text left out of the body") }
    }

    private func isFurniture(_ p: String, _ s: Statement, titleStart: Int?) -> Bool {
        let line = p.trimmed
        if ForumReview.isMenu(line) || WebPageImporter.isBreadcrumb(line) || reference.isFurnitureLine(line) { return true }
        if line == s.title?.value || DateFinder.dateLine(line) != nil { return true }
        // A short line without a sentence's end, standing above the headline: the site's name or a section.
        guard let titleStart, line.count < 80, let last = line.last, !".!?:;,。！？：".contains(last),
              let r = s.raw.range(of: line) else { return false }
        return s.raw.unicodeScalars.distance(from: s.raw.startIndex, to: r.lowerBound) < titleStart
    }
}
