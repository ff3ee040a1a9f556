import Foundation
import Translations

/// Why a file's bytes are not a statement's text. Each case reads as one clear sentence.
public enum TextProblem: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(offset: Int)
    case invalidUTF8(offset: Int)
    case invalidUTF16
    case tooLarge(bytes: Int, limit: Int)
    /// A PDF whose pages hold no text (a scan).
    case noTextLayer(pages: Int)
    /// A PDF whose text comes out as glyph codes, not letters (fonts without a Unicode map).
    case unreadableFonts
    case unreadablePDF(String)
    /// A device, pipe or socket: it has no end to read to (`/dev/zero`) or waits for a writer (a FIFO).
    case notRegularFile(kind: String)
    /// A known binary format told by its first bytes ("a zip archive").
    case binaryFormat(String)
    /// No NUL byte, but too many control codes for text.
    case controlCharacters(percent: Int)
    /// Not UTF-8, and too many bytes outside ASCII to be Windows-1252 text.
    case unlikelyText(offset: Int, percent: Int)

    public var description: String { said.description }

    /// The sentence, as the app shows it in the user's language.
    public var said: UserMessage {
        switch self {
        case .empty: return UserMessage("the file is empty (no text to import)")
        case .binary(let offset):
            return UserMessage("this looks like a binary file, not text (a NUL byte at offset {0})", offset)
        case .invalidUTF8(let offset):
            return UserMessage(
                "not valid UTF-8 text (the first bad byte is at offset {0}); save it as UTF-8 and import again", offset)
        case .invalidUTF16:
            return UserMessage("the file starts with a UTF-16 byte-order mark but its contents are not valid UTF-16")
        case .tooLarge(let bytes, let limit):
            return UserMessage(
                "the file is too large to be one statement ({0} MB; the limit is {1} MB)",
                String(format: "%.1f", Double(bytes) / 1_048_576), String(format: "%.0f", Double(limit) / 1_048_576))
        case .noTextLayer(let pages):
            if pages == 1 {
                return UserMessage(
                    "a PDF of 1 page with no text in it (a scan?), and no letters OCR could read on its pages "
                        + "(Rostrum reads scans of up to {0} pages)", PDFRecognition.maxPages)
            }
            return UserMessage(
                "a PDF of {0} pages with no text in it (a scan?), and no letters OCR could read on its pages "
                    + "(Rostrum reads scans of up to {1} pages)", pages, PDFRecognition.maxPages)
        case .unreadableFonts:
            return UserMessage(
                "a PDF whose fonts carry no map to letters (its text comes out as symbols), and whose pages OCR "
                    + "could not read either")
        case .unreadablePDF(let reason): return UserMessage("not a PDF that can be opened: {0}", reason)
        case .notRegularFile(let kind): return UserMessage("not a regular file: {0}; Rostrum reads only files", kind)
        case .binaryFormat(let name): return UserMessage("this is {0}, not text", name)
        case .controlCharacters(let percent):
            return UserMessage(
                "this looks like a binary file, not text ({0}% of its characters are control codes)", percent)
        case .unlikelyText(let offset, let percent):
            return UserMessage(
                "not valid UTF-8 (the first bad byte is at offset {0}), and {1}% of its bytes are outside ASCII: "
                    + "binary data or a text in another encoding, not Windows-1252; save it as UTF-8 and import again",
                offset, percent)
        }
    }
}

/// Text decoded from a file's bytes, with line endings made uniform.
public struct DecodedText: Sendable {
    public var text: String
    /// What was done to the bytes that the user may want to know (a BOM, a UTF-16 conversion).
    public var notes: [String]
}

/// Turns bytes into text, or says precisely why it cannot.
public enum TextDecoder {
    /// No single statement is this long; a larger file is a data dump or a mistake.
    public static let sizeLimit = 16 * 1_048_576

    /// `limit` nil: a corpus's metadata table, which may be far larger than any one statement.
    public static func decode(_ bytes: [UInt8], limit: Int? = sizeLimit) throws(TextProblem) -> DecodedText {
        if let limit, bytes.count > limit { throw .tooLarge(bytes: bytes.count, limit: limit) }
        if let format = BinaryFormat.name(of: bytes) { throw .binaryFormat(format) }
        var notes: [String] = []
        var text: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let decoded = decodeUTF16(Array(bytes.dropFirst(2)), littleEndian: little) else {
                throw .invalidUTF16
            }
            text = decoded
            notes.append("converted from UTF-16\(little ? "LE" : "BE") to UTF-8")
        } else if let little = utf16ByteOrder(bytes) {
            guard let decoded = decodeUTF16(bytes, littleEndian: little) else {
                throw .binary(offset: bytes.firstIndex(of: 0) ?? 0)
            }
            text = decoded
            notes.append(
                "converted from UTF-16\(little ? "LE" : "BE") to UTF-8 (no byte-order mark: its zero bytes tell "
                    + "the order)")
        } else {
            var body = bytes[...]
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
            if let nul = body.firstIndex(of: 0) { throw .binary(offset: nul) }
            let invalidAt = firstInvalidUTF8(body)  // one scan of the bytes, on the path every file takes
            if let bad = invalidAt, let (legacy, note) = legacyText(body, bad: bad) {
                text = legacy
                notes.append(note)
            } else if let bad = invalidAt {
                // Older corpora and Windows tools save Windows-1252; read it when every byte means a character
                // there, and say so. Anything else is refused rather than shown as mojibake.
                guard let legacy = decodeWindows1252(body) else { throw .invalidUTF8(offset: bad) }
                // Every byte means something in Windows-1252, so random bytes "decode" too: text in it is
                // mostly ASCII (French or German about 3% accented letters), binary data half high bytes.
                let high = body.reduce(0) { $0 + ($1 >= 0x80 ? 1 : 0) }
                if high >= 16, high * 10 > body.count * 3 {
                    throw .unlikelyText(offset: bad, percent: high * 100 / body.count)
                }
                text = legacy
                notes.append("not valid UTF-8 (first bad byte at offset \(bad)); read as Windows-1252")
            } else {
                text = String(decoding: body, as: UTF8.self)
            }
        }
        // UTF-8 was checked for NUL bytes above; the converted encodings are checked here.
        if !notes.isEmpty, text.utf8.contains(0) { throw .binary(offset: 0) }
        if let percent = controlShare(text) { throw .controlCharacters(percent: percent) }
        text = normalizeLineEndings(text)
        // Blank unless some scalar is not whitespace: stops at the first letter, copies nothing.
        guard text.unicodeScalars.contains(where: { !ScalarClass.isWhitespace($0) }) else { throw .empty }
        return DecodedText(text: text, notes: notes)
    }

    /// Text in the encoding the file declares, or else in the Cyrillic code page its bytes show, with the note
    /// that says so; nil leaves the bytes to the Windows-1252 reading or to a refusal.
    static func legacyText(_ body: ArraySlice<UInt8>, bad: Int) -> (String, String)? {
        if let label = LegacyCharset.declared(in: body), LegacyCharset.iconvName(label) != "WINDOWS-1252",
            let text = LegacyCharset.decode(body, label: label)
        {
            return (text, "not valid UTF-8 (first bad byte at offset \(bad)); read as \(label), as the file declares")
        }
        if let label = LegacyCharset.cyrillicGuess(body), let text = LegacyCharset.decode(body, label: label) {
            return (
                text,
                "not valid UTF-8 (first bad byte at offset \(bad)) and no encoding declared; read as \(label), "
                    + "which its letters fit (inferred)"
            )
        }
        return nil
    }

    /// The share of control codes (C0 but tab, line breaks and form feed; DEL; C1), in percent, when it is
    /// too high for text: random bytes give about 11%; a text with a few escape sequences in it (a
    /// pasted terminal log, a hostile title) well under 8%, and is read (the tool prints them escaped).
    static func controlShare(_ text: String) -> Int? {
        // Over the string's own bytes where it has them (a loop over a buffer, several times faster).
        text.utf8.withContiguousStorageIfAvailable { controlShare(ofBytes: $0) } ?? controlShare(ofBytes: text.utf8)
    }

    private static func controlShare(ofBytes bytes: some Sequence<UInt8>) -> Int? {
        var controls = 0
        var scalars = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if (byte < 0x20 && byte != 9 && byte != 10 && byte != 12 && byte != 13) || byte == 0x7F { controls += 1 }
            if previous == 0xC2, (0x80...0x9F).contains(byte) { controls += 1 }  // C1, as UTF-8
            previous = byte
        }
        guard controls >= 4, controls * 100 > scalars * 8 else { return nil }
        return controls * 100 / scalars
    }

    /// UTF-16 saved without a byte-order mark, told by where its zero bytes fall: in text of Latin
    /// letters every other byte is zero (the odd ones in little-endian, the even in big-endian), where
    /// binary data has zeros anywhere. nil when the bytes do not look like that.
    static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 4, bytes.count % 2 == 0, bytes.contains(0) else { return nil }
        let pairs = min(bytes.count / 2, 4096)  // the first 8 KB tell
        var evenZeros = 0
        var oddZeros = 0
        for i in 0..<pairs {
            if bytes[2 * i] == 0 { evenZeros += 1 }
            if bytes[2 * i + 1] == 0 { oddZeros += 1 }
        }
        if oddZeros * 10 >= pairs * 3, evenZeros * 50 <= pairs { return true }
        if evenZeros * 10 >= pairs * 3, oddZeros * 50 <= pairs { return false }
        return nil
    }

    /// CRLF and bare CR become LF; form feeds (page breaks in PDF extractions) become blank lines. Byte
    /// by byte: these are ASCII, and UTF-8 never uses ASCII bytes inside another character.
    static func normalizeLineEndings(_ s: String) -> String {
        guard s.containsByte(13) || s.containsByte(12) else { return s }  // CR, form feed
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var previousCR = false
        for byte in s.utf8 {
            switch byte {
            case 13:
                out.append(10)
                previousCR = true
                continue
            case 10 where previousCR: break
            case 12:
                out.append(10)
                out.append(10)
            default: out.append(byte)
            }
            previousCR = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func decodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        for i in stride(from: 0, to: bytes.count, by: 2) {
            units.append(
                littleEndian
                    ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
        }
        var out = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var codec = UTF16()
        while true {
            switch codec.decode(&iterator) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: return String(out)
            case .error: return nil
            }
        }
    }

    /// Windows-1252's characters for 0x80...0x9F; nil marks the five bytes it leaves undefined.
    private static let cp1252High: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil,
        0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil,
        0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String? {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value: UInt32
            if (0x80...0x9F).contains(b) {
                guard let v = cp1252High[Int(b - 0x80)] else { return nil }
                value = v
            } else {
                value = UInt32(b)
            }
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Offset of the first byte that breaks UTF-8, or nil when all is well.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let base = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let need: Int
            var minimum: UInt32
            switch b {
            case 0xC2...0xDF:
                need = 1
                minimum = 0x80
            case 0xE0...0xEF:
                need = 2
                minimum = 0x800
            case 0xF0...0xF4:
                need = 3
                minimum = 0x10000
            default: return i - base
            }
            guard i + need < bytes.endIndex else { return i - base }
            var value = UInt32(b) & (need == 1 ? 0x1F : need == 2 ? 0x0F : 0x07)
            for j in 1...need {
                let c = bytes[i + j]
                guard c & 0xC0 == 0x80 else { return i - base }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i - base }
            i += need + 1
            minimum = 0
        }
        return nil
    }
}

/// Binary formats told by their first bytes, named so a refusal says what the file is.
enum BinaryFormat {
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        (Array("PK\u{03}\u{04}".utf8), "a zip archive (Word, Excel and OpenDocument files are zips too)"),
        (Array("PK\u{05}\u{06}".utf8), "an empty zip archive"),
        ([0x1F, 0x8B], "a gzip-compressed file"),
        (Array("%PDF-".utf8), "a PDF (name it .pdf and Rostrum reads it as one)"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        (Array("SQLite format 3".utf8) + [0], "an SQLite database"),
        ([0x7F, 0x45, 0x4C, 0x46], "a program (ELF)"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        (Array("Rar!".utf8), "a RAR archive"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Microsoft Office file (.doc, .xls, .ppt)"),
    ]

    static func name(of bytes: [UInt8]) -> String? { signatures.first { bytes.starts(with: $0.bytes) }?.name }
}

/// What a file that is not a regular file or a folder is, in words; nil for those two.
enum FileKind {
    static func special(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFIFO: return "a named pipe"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "a special file"
        }
    }
}

/// A file's bytes read straight into an array: `Data(contentsOf:)` then `[UInt8](data)` held the file
/// twice (a 15 MB corpus table three times, with its text).
enum FileBytes {
    /// The file's bytes; with a limit, a file that turns out larger than it is (a `/proc` file reads
    /// as 0 bytes, a file may grow while it is read) throws `tooLarge` as soon as the limit is passed,
    /// instead of being read to its end. Devices, pipes and sockets are refused before they are opened.
    static func read(_ url: URL, limit: Int? = nil) throws -> [UInt8] {
        var info = stat()
        guard stat(url.path, &info) == 0 else { throw failure(url) }
        if let kind = FileKind.special(info.st_mode) { throw TextProblem.notRegularFile(kind: kind) }
        // O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait for a writer.
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw failure(url) }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw failure(url) }
        if let kind = FileKind.special(info.st_mode) { throw TextProblem.notRegularFile(kind: kind) }
        let expected = max(Int(info.st_size), 0)
        if let limit, expected > limit { throw TextProblem.tooLarge(bytes: expected, limit: limit) }
        var failed = false
        // One byte more than the size: reading it means the file grew, and the rest is read in chunks.
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    break
                }
                if n == 0 { break }
                count += n
            }
        }
        guard !failed else { throw failure(url) }
        guard bytes.count > expected else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(url)
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
            // Stops one chunk past the limit: what stat said does not matter.
            if let limit, bytes.count > limit { throw TextProblem.tooLarge(bytes: bytes.count, limit: limit) }
        }
    }

    /// The error Foundation would give for the current `errno`.
    private static func failure(_ url: URL) -> CocoaError {
        let code: CocoaError.Code =
            switch errno {
            case ENOENT, ENOTDIR: .fileReadNoSuchFile
            case EACCES, EPERM: .fileReadNoPermission
            default: .fileReadUnknown
            }
        return CocoaError(
            code,
            userInfo: [
                NSFilePathErrorKey: url.path,
                NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(errno)),
            ])
    }
}
