import Foundation

/// A compiled regular expression with match results that speak Swift strings and scalar-offset spans.
/// NSRegularExpression counts in UTF-16; everything Rostrum stores counts in Unicode scalars.
struct Pattern: @unchecked Sendable {  // NSRegularExpression is immutable and thread-safe once built.
    let regex: NSRegularExpression

    init(_ pattern: String, caseInsensitive: Bool = false, multiline: Bool = false) {
        var options: NSRegularExpression.Options = []
        if caseInsensitive { options.insert(.caseInsensitive) }
        if multiline { options.insert(.anchorsMatchLines) }
        // Patterns are written in this file's code or validated when a theme file loads.
        regex = try! NSRegularExpression(pattern: pattern, options: options)
    }

    init(validating pattern: String, caseInsensitive: Bool = true) throws {
        regex = try NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    func firstMatch(in text: String, from utf16Offset: Int = 0) -> PatternMatch? {
        let ns = text as NSString
        guard utf16Offset <= ns.length else { return nil }
        let range = NSRange(location: utf16Offset, length: ns.length - utf16Offset)
        return regex.firstMatch(in: text, range: range).map { PatternMatch(result: $0, text: ns) }
    }

    func matches(in text: String) -> [PatternMatch] {
        let ns = text as NSString
        return regex.matches(in: text, range: NSRange(location: 0, length: ns.length)).map {
            PatternMatch(result: $0, text: ns)
        }
    }
}

struct PatternMatch {
    let result: NSTextCheckingResult
    let text: NSString

    var range: NSRange { result.range }
    var value: String { text.substring(with: result.range) }

    func group(_ i: Int) -> String? {
        guard i < result.numberOfRanges else { return nil }
        let r = result.range(at: i)
        return r.location == NSNotFound ? nil : text.substring(with: r)
    }
    func groupRange(_ i: Int) -> NSRange? {
        guard i < result.numberOfRanges else { return nil }
        let r = result.range(at: i)
        return r.location == NSNotFound ? nil : r
    }
}

/// Converts UTF-16 offsets of one string to Unicode scalar offsets. Only scalars beyond the Basic
/// Multilingual Plane (two UTF-16 units, one scalar) make the two differ, and they are rare: their
/// offsets are kept, not a table entry per unit (that was four bytes a character, 60 MB for a 15 MB text).
struct ScalarOffsets {
    /// The UTF-16 offset of each scalar that takes two units, in order.
    private var pairs: [Int] = []
    private let length: Int

    init(_ text: String) {
        var unit = 0
        for scalar in text.unicodeScalars {
            if scalar.value > 0xFFFF {
                pairs.append(unit)
                unit += 2
            } else {
                unit += 1
            }
        }
        length = unit
    }

    /// An offset inside a pair gives the pair's scalar.
    func scalar(_ utf16Offset: Int) -> Int {
        let o = min(max(utf16Offset, 0), length)
        // Pairs starting before o each make one unit more than scalars.
        var lo = 0
        var hi = pairs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pairs[mid] < o { lo = mid + 1 } else { hi = mid }
        }
        return o - lo
    }
    func span(_ range: NSRange) -> TextSpan {
        TextSpan(start: scalar(range.location), end: scalar(range.location + range.length))
    }
}

extension String {
    /// The lines between "\n"s, empty ones kept (as `split(separator: "\n", omittingEmptySubsequences:
    /// false)` gives them), found byte by byte: a line feed is always a character boundary, so the
    /// slices are the same, without grapheme breaking over the whole text.
    var lineSlices: [Substring] {
        // Line feeds found with `memchr` where the bytes are in one piece (a native string's always are);
        // a UTF-8 offset is an index there without walking to it.
        let found: [Substring]? = utf8.withContiguousStorageIfAvailable { bytes in
            var lines: [Substring] = []
            var start = 0
            while let base = bytes.baseAddress, start < bytes.count,
                let hit = memchr(base + start, 0x0A, bytes.count - start)
            {
                let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                lines.append(self[utf8.index(startIndex, offsetBy: start)..<utf8.index(startIndex, offsetBy: end)])
                start = end + 1
            }
            lines.append(self[utf8.index(startIndex, offsetBy: start)...])
            return lines
        }
        if let found { return found }
        var lines: [Substring] = []
        var start = startIndex
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if utf8[i] == 0x0A {
                lines.append(self[start..<i])
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        lines.append(self[start..<endIndex])
        return lines
    }
}

extension StringProtocol {
    /// Whether every byte of the text is ASCII: over its bytes in one piece where it has them (a loop the
    /// compiler vectorises), else through the UTF-8 view's iterator, several times slower.
    var allASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
            ?? utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether the text's UTF-8 holds `byte` (an ASCII character): `memchr` over its bytes where it has them in
    /// one piece, which is many times faster than the UTF-8 view's iterator on long texts.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }

    /// Without leading and trailing whitespace, exactly as `.whitespacesAndNewlines` trims (Unicode's
    /// White_Space and the zero-width space), found scalar by scalar: no Foundation bridging.
    var trimmed: String {
        let scalars = unicodeScalars
        func keep(_ s: Unicode.Scalar) -> Bool { !ScalarClass.isWhitespace(s) && s.value != 0x200B }
        guard let first = scalars.firstIndex(where: keep), let last = scalars.lastIndex(where: keep) else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }

    /// Collapses runs of whitespace to one space, trimming both ends. Works scalar by scalar (bytes for
    /// ASCII text), as fast as a loop can be; gives what splitting on whitespace `Character`s gives,
    /// marks after a whitespace scalar going with it, so statement ids made from it do not change.
    var squeezed: String {
        // Most text is ASCII: squeezed straight from its bytes into the new string's storage.
        switch utf8.withContiguousStorageIfAvailable(Self.squeezedASCII) {
        case .some(.some(let ascii)): return ascii
        case .some(.none): break  // not ASCII
        case .none:  // bytes not contiguous (a bridged string): copied, then squeezed as above
            if utf8.allSatisfy({ $0 < 0x80 }) { return String(decoding: Array(utf8), as: UTF8.self).squeezed }
        }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        var afterWhitespace = false
        for scalar in unicodeScalars {
            if ScalarClass.isWhitespace(scalar) {
                pendingSpace = !out.isEmpty
                // Marks join a space into one grapheme, but never a control (tab, line break, U+2028).
                afterWhitespace = !ScalarClass.isControl(scalar)
                continue
            }
            if afterWhitespace, ScalarClass.isMark(scalar) { continue }  // part of the whitespace's grapheme
            afterWhitespace = false
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// `squeezed` of ASCII bytes, or nil if they are not all ASCII. For ASCII a byte is a character (CR LF is
    /// one, and both are whitespace), so a run of whitespace bytes is one space; nothing is allocated but the
    /// result, which is never longer than the bytes.
    private static func squeezedASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        guard high < 0x80 else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var pendingSpace = false
            for byte in bytes {
                // Space, or tab to carriage return (0x09...0x0D).
                if byte == 0x20 || byte &- 0x09 <= 4 {
                    pendingSpace = n > 0
                    continue
                }
                if pendingSpace {
                    out[n] = 0x20
                    n += 1
                    pendingSpace = false
                }
                out[n] = byte
                n += 1
            }
            return n
        }
    }
}

/// Character classes decided per Unicode scalar, with an ASCII fast path: what `Character`'s
/// properties answer, without grapheme breaking (which dominated import profiles).
enum ScalarClass {
    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) }
        return s.properties.isWhitespace
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// What extends a grapheme (Unicode's Extend, ZWJ and SpacingMark): combining marks, variation
    /// selectors, the joiner, skin-tone modifiers.
    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
        guard s.value >= 0x300 else { return false }
        if s.properties.isGraphemeExtend || s.value == 0x200D || (s.value >= 0x1F3FB && s.value <= 0x1F3FF) {
            return true
        }
        return s.properties.generalCategory == .spacingMark
    }

    /// Whitespace that is a control for grapheme breaking: nothing joins it.
    @inline(__always) static func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value >= 0x09 && s.value <= 0x0D) || s.value == 0x85 || s.value == 0x2028 || s.value == 0x2029
    }
}
