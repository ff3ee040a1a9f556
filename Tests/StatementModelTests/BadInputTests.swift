import XCTest

@testable import StatementModel

/// Every kind of bad input gets one clear message naming the file, and the rest of the import goes on.
final class BadInputTests: XCTestCase {
    func testMixedFolder() throws {
        let dir = Fixture.tempDir()
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws {
            try Data(bytes).write(to: input.appendingPathComponent(name))
        }
        try write("good.txt", Array("Mr. President,\n\nWe support peacekeeping.".utf8))
        try write("binary.dat", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02])
        try write(
            "cp1252.txt",
            Array("Caf".utf8) + [0xE9, 0x20, 0x93] + Array("au lait".utf8) + [0x94] + Array(", sanctions.".utf8))
        try write("badutf8.txt", Array("Caf".utf8) + [0xE9, 0x81] + Array(" sanctions.".utf8))
        try write(
            "utf16.txt", [0xFF, 0xFE] + "Sanctions hurt people.".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try write("empty.txt", [])
        try write("blank.txt", Array("  \n\n \t\n".utf8))
        try write(
            "baddate.txt",
            Array(
                ("Home > News > Statements\nRemarks by Ambassador Zhang Jun at the Security Council\n"
                    + "February 30, 2022\n\nWe support peace.\n\nSuggest to a friend").utf8))
        try write(".DS_Store", [0, 0, 0, 1])
        // A 100 MB file, made sparse so the test stays quick.
        let huge = input.appendingPathComponent("huge.txt")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()

        let library = try Fixture.library(in: dir)
        let before = try library.store.totalCount()
        let report = library.importFiles([input])
        func failure(_ name: String) -> String? { report.failed.first { $0.path.hasSuffix("/" + name) }?.message }

        XCTAssertEqual(report.imported.count, 4, "good, utf16, cp1252 and baddate import: \(report.failed)")
        XCTAssertEqual(try library.store.totalCount(), before + 4)
        XCTAssertEqual(failure("binary.dat"), "this is a PNG image, not text", "its first bytes tell what it is")
        XCTAssertTrue(failure("badutf8.txt")?.contains("not valid UTF-8") ?? false)
        XCTAssertTrue(failure("badutf8.txt")?.contains("offset 3") ?? false)
        XCTAssertTrue(report.notes.contains { $0.path.hasSuffix("cp1252.txt") && $0.message.contains("Windows-1252") })
        let cafe = try library.store.page(StatementFilter(text: "lait"), sort: .dateAscending, offset: 0, limit: 1)
            .first
        let cafeBody = try cafe.flatMap { try library.store.statement(id: $0.id) }?.body
        XCTAssertEqual(cafeBody, "Café “au lait”, sanctions.")
        XCTAssertTrue(failure("empty.txt")?.contains("empty") ?? false)
        XCTAssertTrue(failure("blank.txt")?.contains("empty") ?? false)
        XCTAssertTrue(failure("huge.txt")?.contains("too large") ?? false, "\(report.failed)")
        XCTAssertTrue(report.notes.contains { $0.path.hasSuffix("utf16.txt") && $0.message.contains("UTF-16") })
        XCTAssertTrue(
            report.notes.contains { $0.path.hasSuffix("baddate.txt") && $0.message.contains("February 30, 2022") })
        XCTAssertTrue(report.skipped.contains { $0.path.hasSuffix(".DS_Store") })
        XCTAssertEqual(report.failed.count, 5, "one message a bad file: \(report.failed)")
    }

    func testMissingPathIsReported() throws {
        let library = try Fixture.library()
        let report = library.importFiles([URL(fileURLWithPath: "/nonexistent/rostrum/file.txt")])
        XCTAssertEqual(report.failed.first?.message, "no such file or folder")
    }

    func testThousandsOfFilesWithProgressAndCancel() throws {
        let dir = Fixture.tempDir()
        let input = dir.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for i in 0..<2000 {
            let sub = input.appendingPathComponent("part\(i % 10)")
            if i < 10 { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
            try "Statement number \(i) on peacekeeping and sanctions.".write(
                to: sub.appendingPathComponent("s\(i).txt"), atomically: false, encoding: .utf8)
        }
        let library = try Fixture.library(in: dir)
        let cancellation = ImportCancellation()
        var seen: [ImportProgress] = []
        let first = library.importFiles([input], cancellation: cancellation) { p in
            seen.append(p)
            if p.done == 730 { cancellation.cancel() }
        }
        XCTAssertTrue(first.cancelled)
        XCTAssertEqual(first.imported.count, 730, "everything read before the cancel is stored whole")
        XCTAssertEqual(try library.store.totalCount(), 730)
        XCTAssertEqual(seen.last?.total, 2000)
        XCTAssertNotNil(seen.last?.remaining)
        // No estimate from the first files of many, which may have read a corpus's tables.
        XCTAssertNil(ImportProgress(done: 1, total: 106_001, elapsed: 0.5, currentFile: "").remaining)
        let later = ImportProgress(done: 2_000, total: 106_001, elapsed: 1, currentFile: "")
        XCTAssertEqual(later.remaining ?? 0, 52, accuracy: 1)

        let second = library.importFiles([input])
        XCTAssertFalse(second.cancelled)
        XCTAssertEqual(second.imported.count, 1270)
        XCTAssertEqual(second.unchanged, 730, "files imported before the cancel are not read again")
        XCTAssertEqual(try library.store.totalCount(), 2000)
    }

    func testDecoderMessages() {
        XCTAssertEqual(
            try TextDecoder.decode([0x61, 0xC3]).notes,
            ["not valid UTF-8 (first bad byte at offset 1); read as Windows-1252"])
        XCTAssertThrowsError(try TextDecoder.decode([0xFE, 0xFF, 0xD8])) {
            XCTAssertEqual($0 as? TextProblem, .invalidUTF16)
        }
        XCTAssertThrowsError(try TextDecoder.decode([0x61, 0x81])) {
            XCTAssertEqual($0 as? TextProblem, .invalidUTF8(offset: 1))
        }
        XCTAssertThrowsError(try TextDecoder.decode([0xED, 0xA0, 0x80, 0x8D])) {
            XCTAssertEqual($0 as? TextProblem, .invalidUTF8(offset: 0))
        }
        XCTAssertEqual(try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("héllo".utf8)).text, "héllo")
        XCTAssertEqual(try TextDecoder.decode(Array("a\u{0C}b".utf8)).text, "a\n\nb")
    }

    func testSHA256KnownVector() {
        XCTAssertEqual(
            SHA256.hex(of: Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(of: []), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // Whole blocks are hashed in place and only the tail is padded: lengths around a block's edge.
        XCTAssertEqual(
            SHA256.hex(ofUTF8: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(
            SHA256.hex(ofUTF8: String(repeating: "a", count: 1_000_000)),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        XCTAssertEqual(
            SHA256.hex(ofUTF8: String(repeating: "a", count: 64)),
            "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    /// UTF-16 offsets become scalar offsets (what provenance spans count) with only the two-unit scalars kept.
    func testScalarOffsetsCountAPairAsOneScalar() {
        let text = "a😀b\u{1F30D}\u{1F30D}c"
        let offsets = ScalarOffsets(text)
        // Units: a=0, 😀=1-2, b=3, 🌍=4-5, 🌍=6-7, c=8, end=9.
        XCTAssertEqual((0...9).map(offsets.scalar), [0, 1, 1, 2, 3, 3, 4, 4, 5, 6])
        XCTAssertEqual(offsets.scalar(-3), 0)
        XCTAssertEqual(offsets.scalar(40), 6)
        XCTAssertEqual(ScalarOffsets("plain ascii").scalar(5), 5)
        let range = (text as NSString).range(of: "b\u{1F30D}")
        XCTAssertEqual(offsets.span(range), TextSpan(start: 2, end: 4))
    }
}
