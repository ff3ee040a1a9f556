import XCTest

@testable import StatementModel

/// Saved pages as browsers save them: the article found by what its blocks look like, metadata first.
final class ArticleExtractorTests: XCTestCase {
    func extract(_ html: String) -> ExtractedArticle { ArticleExtractor.extract(HTMLParser.parse(Array(html.utf8))!) }

    func testJSONLDDatesAndAModifiedDateKeptApart() {
        let a = extract(
            """
            <html lang="fr"><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
            "headline":"L'envoyé appelle au dialogue","datePublished":"2023-02-10T08:00:00+01:00","dateModified":"2023-02-12T10:00:00+01:00"}]}</script></head>
            <body><div class="wrapper"><p>Un paragraphe de l'article, assez long pour compter, avec des virgules, des points.</p></div></body></html>
            """)
        XCTAssertEqual(a.published?.date.iso, "2023-02-10")
        XCTAssertEqual(a.published?.source, "JSON-LD datePublished")
        XCTAssertEqual(a.modified?.date.iso, "2023-02-12")
        XCTAssertEqual(a.language, "fr")
        XCTAssertEqual(a.headline, "L'envoyé appelle au dialogue")
    }

    func testTheArticleIsTheBlockWithTheRunningText() {
        let links = (1...12).map {
            "<li><a href=\"/n\($0)\">Another story number \($0) about the United Nations</a></li>"
        }.joined()
        let body = (1...4).map {
            "<p>Paragraph \($0) of the statement, which speaks of peace, of security, and of the Charter; it goes on a while.</p>"
        }.joined()
        let a = extract(
            """
            <html><body><div class="top"><ul>\(links)</ul></div>
            <div class="col"><div class="txt">\(body)</div></div><div class="bottom"><ul>\(links)</ul></div></body></html>
            """)
        XCTAssertEqual(a.paragraphs.count, 4, "\(a.paragraphs)")
        XCTAssertFalse(a.paragraphs.joined().contains("Another story"))
    }

    /// A page that declares Latin-1 and holds UTF-8 (as the importer hands every page on) reads as written.
    func testADeclaredCharsetDoesNotGarbleTheText() {
        let a = extract(
            """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
            <body><h1>57° período de sesiones de la Asamblea General</h1><p>El Presidente de la República habló ante la
            Asamblea General, en un discurso sobre la cooperación, el desarrollo y la paz en la región.</p></body></html>
            """)
        XCTAssertEqual(a.headline, "57° período de sesiones de la Asamblea General")
    }

    /// ASP.NET and SharePoint pages wrap the whole body in one form; a search box is a form too.
    func testAPageInsideAFormIsReadAndASearchFormIsNot() {
        let body = (1...4).map {
            "<p>Paragraph \($0) of the statement, which speaks of peace, of security, and of the Charter; it goes on.</p>"
        }.joined()
        let a = extract(
            """
            <html><body><form method="post" action="./page.aspx" id="aspnetForm"><div class="top">
            <form action="/search"><input name="q"><label>Search the site</label></form></div>
            <h1>Statement at the Security Council</h1><div class="articleBody">\(body)</div></form></body></html>
            """)
        XCTAssertEqual(a.headline, "Statement at the Security Council")
        XCTAssertEqual(a.paragraphs.count, 4, "\(a.paragraphs)")
        XCTAssertFalse(a.paragraphs.joined().contains("Search the site"))
    }

    func testAPageNeverComesOutEmptyWhenItHasText() {
        let a = extract(
            "<html><body><div><span>Short</span> text without paragraphs but a person can read it.</div></body></html>")
        XCTAssertFalse(a.paragraphs.isEmpty)
    }

    func testTheAddressDateAndTheSiteSuffix() {
        XCTAssertEqual(
            ArticleExtractor.dateInPath("https://example.org/world/2022/03/13/story.html")?.iso, "2022-03-13")
        XCTAssertEqual(ArticleExtractor.withoutSiteName("中国代表呼吁和平-新华网", site: nil), "中国代表呼吁和平")
        XCTAssertEqual(
            ArticleExtractor.withoutSiteName("Envoy urges calm | The Daily", site: "The Daily"), "Envoy urges calm")
    }
}
