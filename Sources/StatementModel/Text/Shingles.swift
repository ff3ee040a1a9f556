/// Runs of eight words, hashed: two texts that share one quote a sentence of nine words or more from
/// each other. Used to tell whether two statements are versions of one speech. The hashes are only ever
/// compared with hashes made by this same function in the same run: they are not stored.
enum Shingles {
    static let width = 8

    static func of(_ text: String) -> Set<UInt64> {
        // Words are runs of letters and digits, lowercased, read scalar by scalar (ASCII without any
        // table look-up); each word is hashed once (FNV-1a) and a window's hash mixes its eight words'.
        var wordHashes: [UInt64] = []
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        @inline(__always) func add(_ byte: UInt8) {
            h = (h ^ UInt64(byte)) &* 0x100_0000_01b3
            inWord = true
        }
        func end() {
            if inWord {
                wordHashes.append(h)
                h = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                switch v {
                case 0x41...0x5A: add(UInt8(v | 0x20))
                case 0x61...0x7A, 0x30...0x39: add(UInt8(v))
                default: end()
                }
            } else if LiteralScanner.isLetterOrNumber(scalar) {
                for byte in String(scalar).lowercased().utf8 { add(byte) }
            } else {
                end()
            }
        }
        end()
        guard wordHashes.count >= width else { return [] }
        var result = Set<UInt64>(minimumCapacity: wordHashes.count)
        for i in 0...(wordHashes.count - width) {
            var window: UInt64 = 0x9E37_79B9_7F4A_7C15
            for w in wordHashes[i..<(i + width)] {
                window = (window ^ w) &* 0xff51_afd7_ed55_8ccd
                window ^= window >> 29
            }
            result.insert(window)
        }
        return result
    }
}
