import XCTest
@testable import StatementModel

/// The import lists folders with `readdir` and fingerprints files with `stat`; both must give what
/// Foundation gave, or a re-import would see every file as changed (and stored paths would not match).
final class FileCollectionTests: XCTestCase {
    /// The collector's name parts agree with NSString's path methods on the names folders hold.
    func testFileNamePartsAreNSStringsForTheNamesFoldersHold() {
        let names = [
            "a.txt", "speech.TXT", "UNSC_1992_SPV.3116_spch001.txt", "README", ".hidden", "file.", "archive.tar.gz",
            "README.md", "données.csv", "注释.txt", "a..b",
        ]
        for name in names {
            XCTAssertEqual(FileName.ext(name), (name as NSString).pathExtension, name)
            XCTAssertEqual(FileName.stem(name), (name as NSString).deletingPathExtension, name)
            XCTAssertEqual(FileName.last("/corpus/speeches/" + name), name)
        }
        XCTAssertEqual(FileName.last("plain"), "plain")
    }

    func testTheWalkerFindsWhatFoundationsEnumeratorFinds() throws {
        let root = Fixture.tempDir().appendingPathComponent("in tree")
        let fm = FileManager.default
        for dir in ["a/b/c", "a/.git/objects", "__MACOSX/a", "d é", "e"] { try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true) }
        for file in ["top.txt", "a/one.txt", "a/b/two.TXT", "a/b/c/three.txt", "a/.hidden.txt", "a/.git/objects/x", "__MACOSX/a/._one.txt",
                     "d é/naïve 100%.txt", "e/table.tsv", "e/book.docx", "e/speakers.xlsx", "e/noext"] {
            try "text".write(to: root.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("e/link.txt").path, withDestinationPath: root.appendingPathComponent("top.txt").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("e/loop").path, withDestinationPath: root.path)

        var skipped: [ImportReport.Entry] = [], failed: [ImportReport.Entry] = []
        let files = FileCollector.collect([root], skipped: &skipped, failed: &failed)
        // What Foundation's enumerator gives for the same tree, without the hidden entries and other formats.
        var expected: [String] = []
        let walker = fm.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in walker {
            if url.lastPathComponent.hasPrefix(".") || url.lastPathComponent == "__MACOSX" { walker.skipDescendants(); continue }
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  !FileCollector.otherFormats.contains(url.pathExtension.lowercased()) else { continue }
            expected.append(url.path)
        }
        // Beyond Foundation's enumerator: a link to a file is followed (issue 17), a link to a folder named.
        expected.append(root.appendingPathComponent("e/link.txt").path)
        XCTAssertEqual(files.map(\.path), expected.sorted())
        XCTAssertTrue(files.map(\.path).contains(root.appendingPathComponent("d é/naïve 100%.txt").path))
        XCTAssertEqual(Set(skipped.map { ($0.path as NSString).lastPathComponent }), [".hidden.txt", ".git", "__MACOSX", "book.docx", "speakers.xlsx"])
        XCTAssertTrue(skipped.contains { $0.message.contains("speakers workbook") })
        XCTAssertEqual(failed.map(\.path), [root.appendingPathComponent("e/loop").path])
        XCTAssertTrue(
            failed.first?.message.hasPrefix("a symbolic link to a folder, not followed") ?? false, "\(failed)")

        var missing: [ImportReport.Entry] = []
        _ = FileCollector.collect([root.appendingPathComponent("nowhere")], skipped: &skipped, failed: &missing)
        XCTAssertEqual(missing.first?.message, "no such file or folder")
    }

    func testStatFingerprintsEqualFoundations() throws {
        let dir = Fixture.tempDir()
        for i in 0..<200 {
            let file = dir.appendingPathComponent("f\(i).txt")
            try String(repeating: "x", count: i * 37).write(to: file, atomically: true, encoding: .utf8)
            if i > 0 {  // times from 1970 to 2040 with every sort of nanoseconds
                var rng = SeededRandom(seed: UInt64(i))
                let times = [timespec(tv_sec: 0, tv_nsec: 0),
                             timespec(tv_sec: Int(rng.next() % 2_200_000_000), tv_nsec: Int(rng.next() % 1_000_000_000))]
                XCTAssertEqual(utimensat(AT_FDCWD, file.path, times, 0), 0)
            }
            XCTAssertEqual(StatementLibrary.fingerprint(of: file), StatementLibrary.foundationFingerprint(of: file))
            XCTAssertNotNil(StatementLibrary.fingerprint(of: file))
        }
        XCTAssertNil(StatementLibrary.fingerprint(of: dir.appendingPathComponent("absent.txt")))
    }
}

/// Files are read with `open`/`read` straight into an array, and a corpus's tables are loaded by one
/// thread while the others wait.
final class FileReadingTests: XCTestCase {
    func testBytesAreThoseFoundationReads() throws {
        let dir = Fixture.tempDir()
        var rng = SeededRandom(seed: 3)
        for size in [0, 1, 4095, 4096, 4097, 65_536, 1_000_003] {
            let file = dir.appendingPathComponent("f\(size)")
            try Data((0..<size).map { _ in UInt8(truncatingIfNeeded: rng.next()) }).write(to: file)
            XCTAssertEqual(try FileBytes.read(file), [UInt8](try Data(contentsOf: file)), "\(size) bytes")
        }
        XCTAssertThrowsError(try FileBytes.read(dir.appendingPathComponent("absent"))) { error in
            XCTAssertEqual((error as? CocoaError)?.code, .fileReadNoSuchFile)
        }
        XCTAssertThrowsError(try FileBytes.read(dir), "a folder is not a file")
    }

    func testACorpusTableIsLoadedOnceWhoeverAsks() {
        let cache = CorpusCache<Int>()
        let loads = ParallelResults<Int>(count: 1)
        loads[0] = 0
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let value = cache.value(for: "/corpus/Metadata") {
                lock.lock(); loads[0]! += 1; lock.unlock()
                Thread.sleep(forTimeInterval: 0.05)  // long enough for every thread to ask meanwhile
                return 42
            }
            XCTAssertEqual(value, 42)
        }
        XCTAssertEqual(loads[0], 1)
    }
}
