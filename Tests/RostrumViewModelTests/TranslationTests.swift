import Foundation
import StatementModel
import Translations
import XCTest

@testable import RostrumViewModel

/// The window's texts in another language: a catalogue made with msgfmt, as a translator's would be.
final class TranslationTests: XCTestCase, @unchecked Sendable {
    func testPlaceholdersAreFilledByNumberInOnePass() {
        MainActor.assumeIsolated {
            XCTAssertEqual(
                Translation.fill("{1} before {0}", ["a", 2]), "2 before a", "a translation may reorder them")
            XCTAssertEqual(Translation.fill("{0} and {1}", ["{1}", "x"]), "{1} and x", "a value is never filled again")
            XCTAssertEqual(Translation.fill("{2} {x} {", ["a"]), "{2} {x} {", "what is not a placeholder stays")
            XCTAssertEqual(tr("Exporting {0} of {1}", 3, 10), "Exporting 3 of 10", "no catalogue: the English")
            XCTAssertEqual(trn("{0} statement", "{0} statements", 1, 1), "1 statement")
            XCTAssertEqual(trn("{0} statement", "{0} statements", 2, 2), "2 statements")
        }
    }

    func testACatalogueTranslatesTextsAndPluralsInTheUsersLanguage() throws {
        try MainActor.assumeIsolated {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rostrum-l10n-\(getpid())")
            let messages = folder.appendingPathComponent("xx/LC_MESSAGES")
            try FileManager.default.createDirectory(at: messages, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let po = folder.appendingPathComponent("xx.po")
            // Three plural forms, as Polish or Russian have: the catalogue decides which one a count takes.
            try """
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n<5 ? 1 : 2);\\n"

            msgid "Import Files…"
            msgstr "Importer des fichiers…"

            msgid "Exporting {0} of {1}"
            msgstr "{1} au total, {0} exportées"

            msgid "not valid UTF-8 text (the first bad byte is at offset {0}); save it as UTF-8 and import again"
            msgstr "pas de l'UTF-8 valide (premier octet fautif à la position {0})"

            msgid "{0} statement"
            msgid_plural "{0} statements"
            msgstr[0] "{0} déclaration"
            msgstr[1] "{0} déclarations (peu)"
            msgstr[2] "{0} déclarations (beaucoup)"

            """.write(to: po, atomically: true, encoding: .utf8)
            let msgfmt = Process()
            msgfmt.executableURL = URL(fileURLWithPath: "/usr/bin/msgfmt")
            msgfmt.arguments = ["-c", "-o", messages.appendingPathComponent("rostrum.mo").path, po.path]
            try msgfmt.run()
            msgfmt.waitUntilExit()
            XCTAssertEqual(msgfmt.terminationStatus, 0, "msgfmt accepts the catalogue")

            let before = (getenv("LANGUAGE").map { String(cString: $0) }, String(cString: setlocale(LC_ALL, nil)))
            setenv("LANGUAGE", "xx", 1)
            setlocale(LC_ALL, "C.UTF-8")
            Translation.bind(environment: ["ROSTRUM_LOCALEDIR": folder.path])
            defer {
                if let language = before.0 { setenv("LANGUAGE", language, 1) } else { unsetenv("LANGUAGE") }
                setlocale(LC_ALL, before.1)
                Translation.bind(environment: [:])
            }
            XCTAssertEqual(tr("Import Files…"), "Importer des fichiers…")
            XCTAssertEqual(tr("Exporting {0} of {1}", 3, 10), "10 au total, 3 exportées")
            XCTAssertEqual(trn("{0} statement", "{0} statements", 1, 1), "1 déclaration")
            XCTAssertEqual(trn("{0} statement", "{0} statements", 3, 3), "3 déclarations (peu)")
            XCTAssertEqual(trn("{0} statement", "{0} statements", 7, 7), "7 déclarations (beaucoup)")
            XCTAssertEqual(tr("Not in the catalogue"), "Not in the catalogue", "an untranslated text stays English")
            // A sentence the model library makes (an import's problem) is shown in the user's language, and printed
            // in English by the tool.
            let problem = TextProblem.invalidUTF8(offset: 812)
            XCTAssertEqual(problem.said.translated, "pas de l'UTF-8 valide (premier octet fautif à la position 812)")
            XCTAssertEqual(
                problem.description,
                "not valid UTF-8 text (the first bad byte is at offset 812); save it as UTF-8 and import again")
        }
    }
}
