import Foundation
import XCTest
@testable import StatementModel

/// The cues beside the names: words for an item that no fixed phrase catches ("reform" a few words from
/// "Security Council"), framing words that make a thematic name a subject, and a headline worded its own way.
final class SituationCueTests: XCTestCase {
    static let cues = SituationCues.parse("""
        # applies_to\tkind\twords\tnear\twithin\tunless\tsource
        thematic\tframe\tfight against;combat\t\t\t\ttest
        Security Council reform\tpair\treform;reformed\tsecurity council;council\t90\tsecurity sector reform\ttest
        Maintenance of international peace and security\tpair\tmaintain;maintenance\t\
        international peace and security\t30\t\ttest
        """)
    static let catalog = SituationCatalog.parse("""
        # name\tkind\tagenda_titles\taliases\tresolutions\tsource
        Security Council reform\tthematic\t\treform of the Security Council;intergovernmental negotiations\t\ttest
        Counter-terrorism\tthematic\t\tterrorism;terrorist\t\ttest
        Maintenance of international peace and security\tthematic\t\t\
        maintenance of international peace and security\t\ttest
        Haiti\tcountry\t\tPort-au-Prince\t\ttest
        """, cues: cues)
    let finder = SituationFinder(catalog: SituationCueTests.catalog)

    func statement(title: String? = nil, _ paragraphs: [String]) -> Statement {
        var s = Statement(id: "t", source: StatementSource(family: "plain"), raw: paragraphs.joined(separator: "\n\n"),
                          paragraphs: paragraphs)
        if let title { s.title = Attributed(title, Provenance(basis: .stated, rule: "test", confidence: 1)) }
        return s
    }

    static let filler = Array(repeating: "Members heard a briefing and took note of the report before them.", count: 8)

    /// A sentence that turns to a country ("On Haiti, …") makes it a subject from one mention; the name said in
    /// passing does not, nor does a day opening the sentence ("On Monday, Haiti …").
    func testASentenceTurningToASituationMakesItASubject() {
        let cues = SituationCues.parse("country\tturn\ton;sur\t\t\t\ttest")
        let catalog = SituationCatalog.parse(
            "# name\tkind\tagenda_titles\taliases\tresolutions\tsource\nHaiti\tcountry\t\tHaiti\t\ttest", cues: cues)
        let finder = SituationFinder(catalog: catalog)
        let turned = finder.situations(
            of: statement(Self.filler + ["On Haiti, we support the mission's work and call for calm."]))
        XCTAssertEqual(turned.map(\.name), ["Haiti"])
        XCTAssertTrue(turned.first?.provenance.reason?.contains("a sentence turns to it (“on …”)") ?? false)
        let passing = statement(Self.filler + ["We note the storms that hit Haiti, Cuba and Jamaica last year."])
        XCTAssertEqual(finder.situations(of: passing).map(\.name), [])
        let day = statement(Self.filler + ["On Monday, Haiti asked the Council for help with its police."])
        XCTAssertEqual(finder.situations(of: day).map(\.name), [])
    }

    func testReformWordedFreelyNearTheCouncilIsCouncilReform() {
        let s = statement(["To stay relevant, the United Nations needs comprehensive reform, the Security Council "
                           + "included.",
                           "A reformed Council would carry greater legitimacy in the years to come."] + Self.filler)
        let found = finder.situations(of: s)
        XCTAssertEqual(found.map(\.name), ["Security Council reform"])
        XCTAssertTrue(found[0].provenance.reason?.contains("2 mentions") ?? false, found[0].provenance.reason ?? "")
        XCTAssertEqual(found[0].provenance.isInferred, true)
    }

    func testOneArgumentForTheCouncilsReformIsEnoughButPushesNothingOut() {
        // Said once, late in a speech that opens on terrorism: the reform is one of its subjects all the same.
        let opening = ["Our region has suffered terrorist attacks for a decade."] + Self.filler
            + ["Terrorism remains a threat to us all."]
        let s = statement(opening + ["Finally, we call for a reform of the Council that reflects the world of today."])
        let found = finder.situations(of: s)
        XCTAssertEqual(
            found.map(\.name), ["Counter-terrorism", "Security Council reform"], "the subject said most first")
        XCTAssertEqual(found.last?.provenance.evidence, "reform … security council")
        // The same words with "reform" of something else name no second subject.
        let other = statement(opening + ["Finally, we call for a reform of our pension system at home."])
        XCTAssertEqual(finder.situations(of: other).map(\.name), ["Counter-terrorism"])
    }

    func testAnArgumentForTheCouncilsReformMadeTwiceStaysBesideAFarStrongerSubject() {
        // Terrorism named in the lead, framed and said again and again: it scores far above the reform.
        let opening = ["The fight against terrorism is our first concern; terrorist groups attack our towns.",
                       "Terrorism and terrorist financing must be fought together."] + Self.filler
            + ["We combat terrorism with our neighbours, for terrorism knows no border."]
        let argument = "Finally, we call for a reform of the Council that reflects the world of today."
        let once = statement(opening + [argument])
        XCTAssertEqual(finder.situations(of: once).map(\.name), ["Counter-terrorism"], "said once, it is passing")
        let twice = statement(opening + [argument, "A reformed Council would serve all of us better."])
        XCTAssertEqual(finder.situations(of: twice).map(\.name), ["Counter-terrorism", "Security Council reform"])
    }

    func testTheShippedCuesFindTheReformWordedInOtherLanguages() {
        let finder = SituationFinder(catalog: Fixture.reference.situations)
        let texts = [
            "O Governo apoia uma reforma do Conselho que reflicta o mundo de hoje.",
            "Per il governo italiano serve un Consiglio di sicurezza più rappresentativo e inclusivo.",
            "Debemos avanzar en la transformación del Consejo de Seguridad para que refleje el mundo actual.",
        ]
        for text in texts {
            let found = finder.situations(of: statement([text] + Self.filler)).map(\.name)
            XCTAssertEqual(found, ["Security Council reform"], text)
        }
        // An alliance's enlargement beside the Council is not its reform.
        let alliances = "Russia regards the Security Council as the core of the order and cannot accept the "
            + "enlargement of military alliances towards its borders."
        XCTAssertEqual(finder.situations(of: statement([alliances] + Self.filler)).map(\.name), [])
    }

    func testSecuritySectorReformIsNotCouncilReform() {
        let s = statement(["The Security Council heard that security sector reform is progressing in the country.",
                           "Security sector reform needs funds, the Council was told."] + Self.filler)
        XCTAssertEqual(finder.situations(of: s).map(\.name), [])
    }

    func testReformInAnotherParagraphFromTheCouncilDoesNotPair() {
        let s = statement(["The Security Council met today.", "Pension reform and tax reform were debated at home."]
                          + Self.filler)
        XCTAssertEqual(finder.situations(of: s).map(\.name), [])
    }

    func testAHeadlineWordedItsOwnWayNamesTheItem() {
        let s = statement(title: "Open debate on upholding the Charter to maintain international peace and security",
                          ["We thank the presidency for convening this debate."] + Self.filler)
        let found = finder.situations(of: s)
        XCTAssertEqual(found.map(\.name), ["Maintenance of international peace and security"])
        XCTAssertEqual(found.first?.provenance.rule, "situation.headline")
    }

    func testAFramedThematicNameCountsForMoreThanTheSameNameInPassing() {
        // After the opening lines, where a name weighs double.
        let passing = statement(Self.filler + ["Terrorism was mentioned.", "Terrorism again, in a list of threats."])
        XCTAssertEqual(finder.situations(of: passing).map(\.name), [], "one name twice, unframed")
        let framed = statement(Self.filler + ["We stand together in the fight against terrorism.", "Terrorism again."])
        XCTAssertEqual(finder.situations(of: framed).map(\.name), ["Counter-terrorism"])
        let evidence = finder.evidence(of: framed).first { $0.situation == "Counter-terrorism" }
        XCTAssertEqual(evidence?.framed, 1)
        XCTAssertEqual(evidence?.chosen, true)
    }

    func testChineseIsCountedInWordsNotInSpaces() {
        let chinese = ["联合国安全理事会今天就中东局势举行公开辩论会议各成员国代表发言"]
        XCTAssertGreaterThanOrEqual(SituationFinder.wordCount(chinese), 15)
        XCTAssertEqual(SituationFinder.wordCount(["The Council met today."]), 4)
    }

    func testTheShippedCuesParse() {
        let reference = Fixture.reference
        XCTAssertFalse(reference.situations.cues.pairs.isEmpty)
        for pair in reference.situations.cues.pairs {
            XCTAssertNotNil(
                reference.situations.situation(named: pair.situation), "\(pair.situation) is in situations.tsv")
            XCTAssertFalse(pair.near.isEmpty)
        }
    }
}
