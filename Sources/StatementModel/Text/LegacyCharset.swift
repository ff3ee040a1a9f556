import Foundation

/// Text in an encoding older than UTF-8: a page a browser saved as the site served it (Windows-1251 from
/// a Russian ministry, GBK from a Chinese portal, Windows-1256 from an Arabic newspaper), or a text file
/// from a Windows machine. Decoded by glibc's iconv, either as the file itself declares (`<meta
/// charset=…>`) or, for Cyrillic only, as its bytes show.
enum LegacyCharset {
    /// The charset a page declares in its first 4 KB (`<meta charset>`, `http-equiv` content type, an XML
    /// declaration's encoding), lowercased; nil when it declares none or declares UTF-8.
    static func declared(in bytes: ArraySlice<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(4096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            var search = head.startIndex..<head.endIndex
            while let found = head.range(of: marker, range: search) {
                search = found.upperBound..<head.endIndex
                let label = head[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                    .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
                guard !label.isEmpty else { continue }
                let name = String(label)
                return name == "utf-8" || name == "utf8" ? nil : name
            }
        }
        return nil
    }

    /// The name iconv knows for a label browsers accept. GB2312 pages are read as browsers read them,
    /// as GB18030 (its superset), and Latin-1 as Windows-1252 for the same reason.
    static func iconvName(_ label: String) -> String {
        switch label {
        case "gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312": return "GB18030"
        case "iso-8859-1", "latin1", "l1", "ascii", "us-ascii", "iso8859-1": return "WINDOWS-1252"
        case "x-sjis", "sjis", "ms_kanji": return "SHIFT_JIS"
        case "big5-hkscs": return "BIG5-HKSCS"
        case "x-mac-cyrillic": return "MAC-CYRILLIC"
        default: return label.uppercased()
        }
    }

    /// The bytes read in the named encoding; nil when iconv does not know it or a byte is not valid in it.
    static func decode(_ bytes: ArraySlice<UInt8>, label: String) -> String? {
        let converter = iconv_open("UTF-8", iconvName(label))
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        let ok = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1, inLeft == 0 else {
                    return nil
                }
                return outBuffer.count - outLeft
            }
        }
        guard let written = ok else { return nil }
        return String(decoding: output.prefix(written), as: UTF8.self)
    }

    /// Windows-1251 or KOI8-R when the bytes look like Russian (or another Cyrillic language) in one of them,
    /// else nil. Cyrillic in a single-byte code page is words of bytes 0xC0–0xFF, three and more in a row,
    /// where French or German in Windows-1252 has one accented letter among ASCII ones; Windows-1251 puts
    /// the small letters, which most of a text is, at 0xE0–0xFF, KOI8-R puts them at 0xC0–0xDF.
    static func cyrillicGuess(_ bytes: ArraySlice<UInt8>) -> String? {
        var high = 0
        var inWords = 0
        var letters = 0
        var upperHalf = 0
        var run = 0
        func endRun() {
            if run >= 3 { inWords += run }
            run = 0
        }
        for b in bytes {
            if b >= 0x80 { high += 1 }
            if b >= 0xC0 {
                run += 1
                letters += 1
                if b >= 0xE0 { upperHalf += 1 }
            } else {
                endRun()
            }
        }
        endRun()
        guard high >= 16, inWords * 10 >= high * 7 else { return nil }
        if upperHalf * 100 >= letters * 80 { return "windows-1251" }
        if upperHalf * 100 <= letters * 20 { return "koi8-r" }
        return nil
    }
}
