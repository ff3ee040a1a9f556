import Foundation
import XCTest

@testable import StatementModel

/// Saved HTML pages: structure gives title and date; furniture is dropped; the text families do the rest.
final class HTMLPageTests: XCTestCase {
    func read(_ html: String, name: String = "page.html") throws -> Statement {
        let url = Fixture.tempDir().appendingPathComponent(name)
        try html.write(to: url, atomically: true, encoding: .utf8)
        return try XCTUnwrap(Fixture.reader.read(fileAt: url).statements.first)
    }

    func testMissionPage() throws {
        let s = try read(
            """
            <!DOCTYPE html><html><head><title>Remarks - Permanent Mission</title>
            <script>var menu = "Home | News";</script><style>p { color: red }</style>
            <link rel="canonical" href="https://un.example.org/eng/2021/t0909.htm"></head>
            <body><nav><ul><li><a href="/">Home</a></li><li>Meetings &amp; Statements</li></ul></nav>
            <div class="breadcrumb">Home &gt; Statements &gt; Ambassador</div>
            <div id="content"><h1>Remarks by Ambassador Zhang Jun at the Security Council Open Debate on Peacekeeping</h1>
            <p class="date"><time datetime="2021-09-09T10:05">2021-09-09 10:05</time></p>
            <p>Mr.&nbsp;President,</p>
            <p>China supports UN peacekeeping operations &mdash; they are a &ldquo;flagship&rdquo; of multilateralism.<br>Thank you.</p></div>
            <div class="share-bar">Share this</div><footer>Copyright &copy; 2021 Permanent Mission</footer>
            <script>track();</script></body></html>
            """)
        XCTAssertEqual(s.source.family, "html")
        assertField(
            s.title, "Remarks by Ambassador Zhang Jun at the Security Council Open Debate on Peacekeeping",
            inferred: false)
        // The page's <time> says when the remarks were posted: their day, inferred.
        assertField(s.date, StatementDate(year: 2021, month: 9, day: 9)!, inferred: true)
        assertField(s.speaker, "Zhang Jun")
        assertField(s.forum, "Security Council")
        assertField(s.meetingType, "open debate")
        assertField(s.agenda, "Peacekeeping")
        assertField(s.source.url, "https://un.example.org/eng/2021/t0909.htm")
        XCTAssertEqual(
            s.paragraphs,
            [
                "Mr. President,",
                "China supports UN peacekeeping operations — they are a “flagship” of multilateralism.", "Thank you.",
            ])
        for junk in ["Home", "Share this", "Copyright", "track()", "color: red", "2021-09-09 10:05"] {
            XCTAssertFalse(s.body.contains(junk), junk)
        }
        XCTAssertTrue(s.themes.contains { $0.theme == "Peacekeeping" })
    }

    func testNewsPageWithOpenGraphMetadata() throws {
        let s = try read(
            """
            <html><head><meta property="og:title" content="Chinese envoy calls for collective security">
            <meta property="og:site_name" content="UN News"><meta property="article:published_time" content="2020-11-03T18:00:00Z"></head>
            <body><div class="main-menu">Africa Americas Asia</div>
            <article><p>A Chinese envoy on Tuesday asked countries to embrace collective security, said Zhang Jun, China's permanent representative to the United Nations.</p>
            <p>He told a Security Council high-level debate on "drivers of conflict and insecurity."</p></article>
            <aside>Related stories</aside></body></html>
            """, name: "news.htm")
        assertField(s.title, "Chinese envoy calls for collective security", inferred: false)
        assertField(s.date, StatementDate(year: 2020, month: 11, day: 3)!, inferred: false)
        assertField(s.source.publisher, "UN News", "the site's name, stated by the page, is the publisher")
        assertField(s.speaker, "Zhang Jun")
        XCTAssertFalse(s.body.contains("Africa Americas") || s.body.contains("Related stories"))
    }

    func testPageWithOnlyATitleElement() throws {
        let s = try read(
            "<html><head><title>Statement on sanctions</title></head><body><p>We oppose unilateral sanctions.</p></body></html>"
        )
        assertField(s.title, "Statement on sanctions")
        XCTAssertEqual(s.paragraphs, ["We oppose unilateral sanctions."])
        XCTAssertNil(s.date)
    }

    func testAnUpdatedStampInABylineAboveTheHeadlineIsTheOnlyDateAndShownAsSuch() throws {
        let s = try read(
            """
            <html><body><article><div class="meta"><span>Example Mission</span> · <span>Updated: Jul 26, 2018</span> ·
            <span>2 min read</span></div><h1>Workshop of the committee of experts</h1>
            <p>Opening remarks by the ambassador to the workshop of the committee of experts on the cooperation of the
            two councils, held at the headquarters with the secretariat and many delegations taking part.</p>
            </article></body></html>
            """)
        XCTAssertEqual(s.date?.value.iso, "2018-07-26")
        XCTAssertEqual(s.date?.provenance.rule, "review.updated-stamp")
        XCTAssertLessThan(s.date?.provenance.confidence ?? 1, 0.5, "an update stamp is a weak date")
    }

    func testEmptyPageIsAClearFailure() throws {
        let url = Fixture.tempDir().appendingPathComponent("empty.html")
        try "<html><body><nav>Home</nav><script>x()</script></body></html>".write(
            to: url, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Fixture.reader.read(fileAt: url)) { XCTAssertEqual($0 as? TextProblem, .empty) }
    }

    func testEntities() throws {
        let s = try read(
            "<html><body><p>Peace &amp; security &#8217;now&#8217; &#x2014; for all of us, said the envoy.</p></body></html>"
        )
        XCTAssertEqual(s.paragraphs, ["Peace & security ’now’ — for all of us, said the envoy."])
    }
    /// A picture's credit inside the article ("© Agency") is not the page's copyright notice: the article goes on
    /// after it, and the notice at the foot still ends it. Its caption stays (it names who is pictured).
    func testPhotoCreditDoesNotEndTheArticle() throws {
        let s = try read(
            """
            <html lang="fr"><head><title>Les porte-parole font le point</title></head><body>
            <div id="cmplz-cookiebanner">Nous utilisons des cookies pour mesurer l'audience du site.</div>
            <div id="article"><h1>Les porte-parole font le point</h1>
            <div class="photo"><div class="legende">&copy; Photo Agence<br>Le porte-parole de la mission</div></div>
            <p>Le porte-parole de la mission a tenu mercredi une conférence de presse conjointe avec le ministre, \
            consacrée à la situation sécuritaire dans le nord-est et aux élections prévues en décembre.</p>
            <p>Il a rappelé que la protection des civils demeure au cœur du mandat de la mission, après la mort \
            d'un casque bleu la semaine dernière, et a appelé toutes les parties à respecter le cessez-le-feu.</p>
            <p>Les deux porte-parole ont ensuite répondu aux questions des journalistes.</p></div>
            <div id="pied">&copy; 2017 Le Site - Tous droits réservés</div></body></html>
            """)
        XCTAssertTrue(s.body.contains("au cœur du mandat"), s.body)
        XCTAssertTrue(s.body.contains("répondu aux questions"), s.body)
        XCTAssertTrue(s.body.contains("Le porte-parole de la mission"))
        XCTAssertFalse(s.body.contains("Tous droits réservés"))
        XCTAssertFalse(s.body.contains("cookies"), "a consent banner is page furniture")
    }
}
