import XCTest

@testable import StatementModel

/// Dates as pages in the six UN languages write them, and the weighing of a page's dates.
final class MultilingualDateTests: XCTestCase {
    func dates(_ text: String) -> [String] { DateFinder.fullDates(in: text).compactMap { $0.date?.iso } }

    func testChineseNumeralDatesOfFormalDocuments() {
        XCTAssertEqual(dates("一九五四年十一月十一日"), ["1954-11-11"])
        XCTAssertEqual(dates("二〇二三年二月二十四日 纽约"), ["2023-02-24"])
        XCTAssertEqual(dates("一九九九年十二月三十一日"), ["1999-12-31"])
        XCTAssertEqual(dates("一九九九年二月三十日"), [], "no such day")
    }

    func testAMonthNameBetweenSlashes() {
        XCTAssertEqual(dates("الخميس 25/سبتمبر/2025 - 07:14 م"), ["2025-09-25"])
        XCTAssertEqual(dates("25-Sep-2025"), ["2025-09-25"])
    }

    func testASlashedDateOnASpanishPageIsReadDayFirstAndInferred() {
        let s = Fixture.read(
            """
            Uruguay emitió declaración en la Asamblea de la ONU
            01/03/2022 | Redacción
            La Asamblea General de las Naciones Unidas se reunió ayer en sesión extraordinaria para considerar la \
            situación, y en ese marco el embajador del país pronunció una declaración sobre la soberanía de los Estados.
            """)
        assertField(s.date, StatementDate(year: 2022, month: 3, day: 1)!, inferred: true)
    }

    func testATwoDigitYearUnderADateLabel() {
        let s = Fixture.read(
            """
            DISCOURS
            Speaker:
            Jean Exemple, ministre des Affaires étrangères
            Date:
            08/29/16
            Bonjour à tous ! Monsieur le Président, mesdames et messieurs les ambassadeurs, je vous remercie.
            """)
        assertField(s.date, StatementDate(year: 2016, month: 8, day: 29)!, inferred: true)
    }

    func testAChinesePDFRecordIsReadable() {
        XCTAssertTrue(PDFTextCleaner.looksReadable("聯合國\n安全理事會正式紀錄\n第九年\n第六八五次會議，紐約\n目次：臨時議程（S/Agenda/685）"))
        XCTAssertFalse(PDFTextCleaner.looksReadable("\u{E001}\u{E002}\u{E003} \u{E004}\u{E005} \u{E006}\u{E007}\u{E008} \u{E009}"))
    }

    func testSixLanguages() {
        XCTAssertEqual(dates("Genève, le 18 novembre 2024"), ["2024-11-18"])
        XCTAssertEqual(dates("1er février 2023"), ["2023-02-01"])
        XCTAssertEqual(dates("Nueva York, 18 de noviembre de 2024"), ["2024-11-18"])
        XCTAssertEqual(dates("18 ноября 2024 г."), ["2024-11-18"])
        XCTAssertEqual(dates("Нью-Йорк, 28 сентября 2024 года"), ["2024-09-28"])
        XCTAssertEqual(dates("نيويورك، 25 سبتمبر 2024"), ["2024-09-25"])
        XCTAssertEqual(dates("٢٥ سبتمبر ٢٠٢٤"), ["2024-09-25"], "Arabic-Indic digits")
        XCTAssertEqual(dates("26 أيلول 2024"), ["2024-09-26"], "Levantine month name")
        XCTAssertEqual(dates("26 أیلول 2024"), ["2024-09-26"], "written with the Persian yeh")
        XCTAssertEqual(dates("14 تشرين الأول 2023"), ["2023-10-14"])
        XCTAssertEqual(dates("2024年11月18日 来源：外交部"), ["2024-11-18"])
        XCTAssertEqual(dates("令和6年11月18日"), ["2024-11-18"])
        XCTAssertEqual(dates("平成元年1月9日"), ["1989-01-09"])
        XCTAssertEqual(dates("noviembre de 2024"), ["2024-11"])
    }

    func testANumericDateAfterALabelInADayFirstLanguage() {
        XCTAssertEqual(dates("Autor: Redacción Publicado: 10/04/2019 | 06:28 pm"), ["2019-04-10"])
        XCTAssertEqual(dates("Publié le 03/02/2023"), ["2023-02-03"])
        XCTAssertEqual(
            dates("Published: 10/04/2019"), [], "English may put the month first: no reading beats a wrong one")
    }

    func testBothArabicMonthSeriesAndMoreLanguagesMissionsWriteIn() {
        XCTAssertEqual(dates("نيويورك في 21 مارس- آذار 2013"), ["2013-03-21"])
        XCTAssertEqual(dates("21 مارس/آذار 2013"), ["2013-03-21"])
        XCTAssertEqual(dates("24 Ekim 2025"), ["2025-10-24"], "Turkish")
        XCTAssertEqual(dates("18 listopada 2024"), ["2024-11-18"], "Polish")
        XCTAssertEqual(dates("31 січня 2022"), ["2022-01-31"], "Ukrainian")
        XCTAssertEqual(dates("17 april 2024"), ["2024-04-17"])
    }

    func testMonthAndDayWithoutYear() {
        XCTAssertEqual(DateFinder.monthDay(in: "当地时间7月25日，联合国安理会")?.monthDay?.month, 7)
        XCTAssertEqual(DateFinder.monthDay(in: "当地时间7月25日，联合国安理会")?.monthDay?.day, 25)
        XCTAssertEqual(DateFinder.monthDay(in: "НЬЮ-ЙОРК, 18 ноября. /ТАСС/.")?.monthDay?.month, 11)
        XCTAssertEqual(DateFinder.monthDay(in: "NACIONES UNIDAS, 18 de noviembre (EFE)")?.monthDay?.day, 18)
        XCTAssertNil(DateFinder.monthDay(in: "2024年11月18日")?.monthDay, "a full date is not a month and day alone")
    }

    func testDateLinesInOtherLanguagesAndSources() {
        XCTAssertEqual(DateFinder.dateLine("2024-11-19 来源：外交部网站")?.date?.iso, "2024-11-19")
        XCTAssertEqual(DateFinder.dateLine("Publié le 18 novembre 2024")?.date?.iso, "2024-11-18")
        XCTAssertEqual(DateFinder.dateLine("Дата публикации: 18.11.2024")?.date?.iso, "2024-11-18")
        XCTAssertEqual(DateFinder.dateLine("Updated: Jun 15, 2021")?.modification, true)
        XCTAssertEqual(DateFinder.dateLine("Published: Jun 14, 2021")?.modification, false)
        XCTAssertNil(
            DateFinder.dateLine("On 18 March 2022 the Council adopted a resolution on Yemen"),
            "a sentence is not a date line")
    }

    func testAnUpdatedStampIsNotTheDate() {
        let text = """
            Ministry of Foreign Affairs

            Statement by the Minister at the Human Rights Council

            Updated: 20 June 2021
            Published: 14 June 2021

            Mr. President, we thank the High Commissioner for her update.
            """
        let s = Fixture.read(text)
        XCTAssertEqual(s.date?.value.iso, "2021-06-14")
    }

    func testTwoDateLinesThatDisagreeAreNotCertain() {
        let text = """
            Home > News > Statements

            Remarks by Ambassador Example at the Security Council

            2023-10-23 16:05

            Mr. President, thank you.

            2023-10-24
            """
        let s = Fixture.read(text)
        XCTAssertEqual(s.date?.value.iso, "2023-10-23")
        XCTAssertEqual(s.date?.provenance.basis, .inferred, "another date line says 2023-10-24")
        XCTAssertTrue(s.date?.provenance.reason?.contains("2023-10-24") ?? false)
    }

    func testAMonthAndDayDatedByTheSessionNamed() {
        let text = """
            Statement by the Minister of Foreign Affairs - 28 September

            79th session of the United Nations General Assembly

            Mr. President, excellencies, ladies and gentlemen.
            """
        let s = Fixture.read(text)
        XCTAssertEqual(s.date?.value.iso, "2024-09-28")
        XCTAssertEqual(s.date?.provenance.basis, .inferred)
        XCTAssertEqual(s.date?.provenance.rule, "review.month-day+ga-session")
    }

    func testAMonthAndDayDatedByTheFilesCreation() {
        var doc = SourceDocument(
            path: nil, text: "Address by the Prime Minister - 3 March\n\nMr. President, thank you.")
        doc.created = StatementDate(year: 2022, month: 3, day: 10)
        XCTAssertEqual(Fixture.reader.read(doc).date?.value.iso, "2022-03-03")
        doc.created = StatementDate(year: 2022, month: 2, day: 10)
        XCTAssertEqual(
            Fixture.reader.read(doc).date?.value.iso, "2021-03-03", "the last 3 March before the file was made")
    }

    func testNoDateIsBetterThanADateFromThePageFooter() {
        let s = Fixture.read(
            "Remarks on maritime security\n\nMr. President, thank you for convening this debate.\n\nWe support the draft."
        )
        XCTAssertNil(s.date)
    }
}
