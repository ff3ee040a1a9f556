import Foundation
import XCTest

@testable import StatementModel

/// Heads of state and government and foreign ministers (`Resources/leaders.tsv`) are known beside the
/// envoys: a page headed by a leader's name is theirs, but a leader a story only mentions does not outrank
/// the envoy it quotes, and no leader's old post is given for a date after it ended.
final class LeadersTableTests: XCTestCase {
    func testALeaderUnderAnotherSpellingIsTheEnvoysTablesPerson() {
        let envoys = "Volodymyr Zelensky\tPresident of Ukraine\tUkraine\t2019-05\t\t\tsource"
        let leaders = """
            Volodymyr Zelenskyy\tPresident of Ukraine\tUkraine\t2019-05\t\tSelenskyj\tsource
            Ana Zelenskaya\tMinister of Foreign Affairs of Ruritania\tRuritania\t2001\t2003\t\tsource
            """
        let table = EnvoyTable.parse(envoys: envoys, leaders: leaders)
        XCTAssertEqual(Set(table.terms(of: "Volodymyr Zelenskyy").map(\.name)), ["Volodymyr Zelensky"])
        XCTAssertEqual(Set(table.terms(of: "Selenskyj").map(\.name)), ["Volodymyr Zelensky"])
        XCTAssertFalse(table.isLeaderOnly("Volodymyr Zelensky"), "the envoys table has a term of his")
        XCTAssertTrue(table.isLeaderOnly("Ana Zelenskaya"))
        XCTAssertEqual(table.terms(of: "Ana Zelenskaya").first?.roster, .leaders)
    }

    func testAHeadOfGovernmentNamedInTheHeadingIsTheSpeakerButNotCertain() {
        let s = Fixture.read(
            """
            República Portuguesa — Governo

            Luís Montenegro na Assembleia Geral das Nações Unidas

            26 de setembro de 2024

            Senhor Presidente, Senhor Secretário-Geral, Excelências,

            Portugal chega a esta Assembleia num momento em que a paz e o direito internacional estão sob \
            pressão em demasiados lugares. Defendemos o multilateralismo e uma reforma do Conselho de Segurança.
            """)
        assertField(s.speaker, "Luís Montenegro", inferred: true)
        XCTAssertEqual(s.speaker?.provenance.rule, "speaker.known-leader.heading")
        XCTAssertLessThanOrEqual(s.speaker?.provenance.confidence ?? 1, 0.6, "a leader's name alone is weak")
        assertField(s.role, "Prime Minister of Portugal", inferred: true)
        assertField(s.country, "Portugal", inferred: true)
    }

    func testALeaderTheStoryMentionsDoesNotOutrankTheEnvoyItQuotes() {
        let s = Fixture.read(
            """
            Security Council meets at Venezuela's request

            January 5, 2026

            The Security Council held an emergency meeting on Monday after the capture of President Nicolás \
            Maduro in Caracas over the weekend, with members divided over the legality of the operation.

            Russian envoy Vassily Nebenzia told the Council the operation was a grave breach of the Charter, \
            and Nebenzia called on members to demand the release of those detained.

            Several members called for restraint and for the matter to be settled by peaceful means.
            """)
        assertField(s.speaker, "Vassily Nebenzia", inferred: true)
    }

    func testAPostThatEndedBeforeTheDateIsNotGiven() {
        let s = Fixture.read(
            """
            Centrafrique : Mankeur Ndiaye, chef de la MINUSCA, face à la presse

            Bangui, le mercredi 7 juillet 2021

            Le Représentant spécial du Secrétaire général de l'ONU en Centrafrique, Mankeur Ndiaye, a présenté \
            à la presse les points principaux du dernier rapport sur la situation dans le pays.
            """)
        assertField(s.speaker, "Mankeur Ndiaye", inferred: true)
        XCTAssertNotEqual(s.role?.value, "Minister of Foreign Affairs of Senegal", "his term ended in 2017")
        XCTAssertNil(s.country, "a UN official in 2021 speaks for no country")
    }

    func testAHeadingThatNamesOnlyThePostGivesItsHolderOnThatDay() {
        let s = Fixture.read(
            """
            Government of Pakistan

            Statement by the Foreign Minister at the Security Council's consultations on Jammu and Kashmir

            28 August 2019

            Mr. President, I thank you for convening this meeting. The situation calls for the Council's \
            attention, and Pakistan asks that its resolutions be implemented in full.
            """)
        assertField(s.speaker, "Shah Mehmood Qureshi", inferred: true)
        XCTAssertEqual(s.speaker?.provenance.rule, "speaker.national-post-holder")
        XCTAssertLessThanOrEqual(s.speaker?.provenance.confidence ?? 1, 0.5)
    }

    func testADeputyAnOfficerOfABodyOrAnUndatedPageNamesNobody() {
        let deputy = Fixture.read(
            """
            Government of Pakistan

            Statement by the Deputy Foreign Minister at the Security Council

            28 August 2019

            Mr. President, I thank you for convening this meeting on a matter of grave concern to my country.
            """)
        XCTAssertNil(deputy.speaker, "a deputy is not the minister")
        let undated = Fixture.read(
            """
            Government of Pakistan

            Statement by the Foreign Minister at the Security Council

            Mr. President, I thank you for convening this meeting on a matter of grave concern to my country.
            """)
        XCTAssertNil(undated.speaker, "six people held the post: without a date, nobody is named")
        let officer = Fixture.read(
            """
            Министерство иностранных дел Туркменистана

            Выступление Президента Генеральной Ассамблеи ООН по случаю Международного дня мира

            21 сентября 2019 года

            Уважаемые дамы и господа! Сегодня мы вспоминаем, что мир является первой целью Устава ООН.
            """)
        XCTAssertNil(officer.speaker, "the Assembly's President is not Turkmenistan's")
        let head = Fixture.read(
            """
            Министерство иностранных дел Туркменистана

            Выступление Президента на общих прениях 74-й сессии Генеральной Ассамблеи ООН

            24 сентября 2019 года

            Уважаемый господин Председатель! Позвольте поздравить Вас с избранием на этот высокий пост.
            """)
        assertField(head.speaker, "Gurbanguly Berdimuhamedow", inferred: true)
    }
}
