import XCTest

@testable import StatementModel

final class PDFTextCleanerTests: XCTestCase {
    func testRunningHeadersFootersAndPageNumbersGo() {
        let pages = (1...3).map { n in
            "A/79/PV.5\t24/09/2024\nPart \(n) of the statement by the delegation, on its \(n * 7)th point\nThe \(n * 3) members of the delegation agree on this.\nWe are meeting at a grave moment for the world, when wars on several\ncontinents test the Charter and the rules we wrote together after the war.\nThis is paragraph \(n * 11) of the text.\nWe thank you, Mr. President, for your \(n + 40) efforts.\nPage \(n) of 3"
        }
        let r = PDFTextCleaner.clean(pages: pages)
        XCTAssertFalse(r.text.contains("A/79/PV.5"), r.text)
        XCTAssertFalse(r.text.contains("Page 2"), r.text)
        XCTAssertTrue(r.text.contains("wars on several continents test the Charter and"), r.text)
        XCTAssertEqual(r.removed.first, "A/79/PV.5\t24/09/2024")
    }

    func testHyphenatedWordsAreJoinedAndBidiMarksGo() {
        let r = PDFTextCleaner.clean(pages: [
            "The inter-\nnational community must act together in the face of this long and cruel war.\n\u{202B}السلام\u{202C}\u{202B}عليكم\u{202C}"
        ])
        XCTAssertTrue(r.text.contains("international community"), r.text)
        XCTAssertTrue(r.text.contains("السلام عليكم"), r.text)
        XCTAssertFalse(r.text.unicodeScalars.contains { $0.value == 0x202B })
    }

    func testArabicLamAlefLigaturesSwappedByTheLibraryArePutBack() {
        // As poppler gives "مجلس الأمن" and "الإنسان" from a UN PDF: the ligature's two letters swapped.
        let r = PDFTextCleaner.clean(pages: [
            "كلمة أمام مجلس \u{0627}\u{0623}\u{0644}من حول حقوق \u{0627}\u{0625}\u{0644}نسان"
        ])
        XCTAssertEqual(r.text, "كلمة أمام مجلس الأمن حول حقوق الإنسان")
        XCTAssertEqual(
            PDFTextCleaner.clean(pages: ["مسألة ألف"]).text, "مسألة ألف", "a hamza after a lam is left alone")
    }

    func testArabicWrittenWithPersianLetterFormsReadsAsArabic() {
        // lb_ar.pdf's font maps yeh and heh to the Persian and Urdu code points; iq_ar.pdf sets teh marbuta
        // apart from its word.
        let r = PDFTextCleaner.clean(pages: [
            "أمام الدورة 79 للجمع\u{06CC}ة العامة ، "
                + "\u{06BE}ذه الأ\u{06CC}ام",
            "رئيس الجمعي ة العامة",
        ])
        XCTAssertEqual(
            r.text,
            "أمام الدورة 79 للجمعية العامة ، " + "هذه الأيام"
                + "\n\n" + "رئيس الجمعية العامة")
        // A Persian text keeps its own letters.
        let persian = "سخنرانی در مجمع عمومی سازمان ملل گفت"
        XCTAssertEqual(PDFTextCleaner.clean(pages: [persian]).text, persian)
    }

    func testAHeadingInCapitalsJoinsNeitherTheLetterheadNorTheText() {
        let r = PDFTextCleaner.clean(pages: [
            """
            Ministry of Foreign Affairs of Example Land
            SECURITY COUNCIL
            OPEN DEBATE ON THE PROTECTION OF CIVILIANS
            Statement by the Permanent Representative of Example Land at the debate of the U.S.
            presidency on the protection of civilians in armed conflict, as delivered.
            """
        ])
        XCTAssertEqual(
            r.text.components(separatedBy: "\n\n"),
            [
                "Ministry of Foreign Affairs of Example Land",
                "SECURITY COUNCIL OPEN DEBATE ON THE PROTECTION OF CIVILIANS",
                "Statement by the Permanent Representative of Example Land at the debate of the U.S. "
                    + "presidency on the protection of civilians in armed conflict, as delivered.",
            ])
    }

    func testADateOnItsOwnLineStaysItsOwnLine() {
        let r = PDFTextCleaner.clean(pages: [
            "Item 123: Question of equitable representation on and increase in the membership of the Council\n"
                + "and related matters\n7 November 2013\nNew York\n\nMr. President, I thank you for convening this debate."
        ])
        XCTAssertTrue(r.text.components(separatedBy: "\n\n").contains("7 November 2013"), r.text)
    }

    func testWordsBrokenWithTheUnicodeOrSoftHyphenAreJoined() {
        let r = PDFTextCleaner.clean(pages: [
            "The protection of civilians in armed con\u{2010}\nflict is the duty of every party to every con\u{00AD}\nflict, and of this Council."
        ])
        XCTAssertTrue(r.text.contains("armed conflict is the duty of every party to every conflict, and"), r.text)
    }

    func testGlyphCodesAreNotText() {
        XCTAssertTrue(
            PDFTextCleaner.looksReadable(
                "Our United Nations was born as the Second World War ended, and we are all its heirs."))
        XCTAssertTrue(
            PDFTextCleaner.looksReadable("Несколько дней назад в стенах этого здания был принят Пакт во имя будущего."))
        XCTAssertFalse(
            PDFTextCleaner.looksReadable(
                "VWXYXZ[\\]ÿ^_ÿ`aZbcZbXdZefg hX[\\ÿiÿ^jckjbXg lZcmjefmjÿb_Z]ÿ_XnXbÿWÿcdZ_Xo pdj^jÿnbX_iqÿkajrZeÿsjat[ÿkjb"
            ))
        XCTAssertFalse(
            PDFTextCleaner.looksReadable("jbXdZefg ucXidvtbtwZjxy jbXdZefk mjdjaXq kjbZ bWtoÿeZd ktcdqÿ cjWaZ"))
    }

    func testARecordsRunningHeaderSymbolGivesItsForumAndMeeting() {
        var s = Fixture.read("The President: I call on the representative of Palau.")
        s.forum = nil
        s.meetingSymbol = nil
        PDFImporter.readRecordSymbol(in: ["S/PV.4739", "1/2"], into: &s)
        assertField(s.forum, "Security Council", inferred: true)
        assertField(s.meetingSymbol, "S/PV.4739", inferred: true)
        var g = Fixture.read("The President: The Assembly will now take a decision.")
        g.forum = nil
        PDFImporter.readRecordSymbol(in: ["A/64/PV.62"], into: &g)
        assertField(g.forum, "General Assembly", inferred: true)
    }
}

/// The UN's own PDFs of the 2024 General Debate, beside the repository (not copied into it).
final class UNGAPDFTests: XCTestCase {
    static let folder = Fixture.root.deletingLastPathComponent().appendingPathComponent(
        "shared/corpora/unga2024_languages_pdf")

    func testEveryPDFIsReadOrRefusedWithAReason() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter {
            $0.hasSuffix(".pdf")
        }.sorted()
        XCTAssertEqual(files.count, 26, "the sample beside the repository has 26 PDFs")
        var read = 0
        var dated = 0
        var assembly = 0
        for name in files {
            do {
                let reading = try Fixture.reader.read(fileAt: Self.folder.appendingPathComponent(name))
                let s = try XCTUnwrap(reading.statements.first)
                XCTAssertGreaterThan(s.body.count, 2000, name)
                XCTAssertEqual(s.source.family, "pdf")
                if let d = s.date {
                    XCTAssertEqual(d.value.year, 2024, "\(name): \(d.value.iso) by \(d.provenance.rule)")
                    dated += 1
                }
                if s.forum?.value == "General Assembly" { assembly += 1 }
                if name == "ru_ru.pdf" { try checkRecognised(s) }
                read += 1
            } catch let problem as TextProblem {
                XCTFail("\(name): \(problem)")
            }
        }
        XCTAssertEqual(read, 26)
        // Every one is dated (five only to the year its file was made); 23 are under the Assembly: ge_en never
        // names it, iq_ar's text comes out of order, tn_ar names it only in a salutation poppler scrambles.
        XCTAssertEqual(dated, 26)
        XCTAssertGreaterThanOrEqual(assembly, 23)
    }

    /// ru_ru.pdf draws its Cyrillic with fonts that map to no letters: it is read by OCR, says so, and its
    /// words are those of the text beside it (read once, in the test above: OCR takes a minute for it).
    private func checkRecognised(_ s: Statement) throws {
        XCTAssertTrue(s.notes.contains { $0.contains("optical character recognition") && $0.contains("Cyrillic") })
        let other = try String(
            contentsOf: Self.folder.deletingLastPathComponent().appendingPathComponent("unga2024_languages/ru_ru.txt"),
            encoding: .utf8)
        let shared = Self.sharedWords(s.raw, other)
        XCTAssertGreaterThan(shared, 0.9, "ru_ru: \(Int(shared * 100)) % of the words of the text beside")
        XCTAssertEqual(s.date?.value, StatementDate(year: 2024, month: 9, day: 28))
        XCTAssertEqual(s.speaker?.value, "Sergey Lavrov")
    }

    /// The share of the longer words of `theirs` that `mine` holds too.
    static func sharedWords(_ mine: String, _ theirs: String) -> Double {
        func words(_ t: String) -> Set<String> {
            Set(Evaluation.fold(t).split(separator: " ").map(String.init).filter { $0.count > 3 })
        }
        let (a, b) = (words(mine), words(theirs))
        return Double(a.intersection(b).count) / Double(max(1, b.count))
    }

    func testWordsAreThoseOfTheTextExtractedBeside() throws {
        let text = Self.folder.deletingLastPathComponent().appendingPathComponent("unga2024_languages")
        for name in ["no_en", "pt_en", "ad_fr", "ar_es", "ge_en"] {
            let s = try XCTUnwrap(
                Fixture.reader.read(fileAt: Self.folder.appendingPathComponent(name + ".pdf")).statements.first)
            let other = try String(contentsOf: text.appendingPathComponent(name + ".txt"), encoding: .utf8)
            let shared = Self.sharedWords(s.raw, other)
            XCTAssertGreaterThan(shared, 0.9, "\(name): \(Int(shared * 100)) % of the words of the text beside")
        }
    }
}
