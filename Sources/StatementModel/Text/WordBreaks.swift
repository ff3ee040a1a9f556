import CICU

/// Where words begin and end in a text, as ICU's dictionary finds them. Chinese and Japanese are written
/// without spaces, so a two-character name can be letters of two words: "思维和零和" (thinking, and zero-sum)
/// holds "维和" (peacekeeping), "沿海地区" (coastal areas) holds "海地" (Haiti).
final class WordBreaks {
    /// ICU reads the text where it lies, so it is copied here and freed with the iterator.
    private let text: UnsafeMutableBufferPointer<UInt16>
    private let breaks: UnsafeMutableRawPointer?

    init(_ units: [UInt16]) {
        text = .allocate(capacity: max(units.count, 1))
        _ = text.initialize(from: units)
        breaks = rostrum_word_breaks_open(text.baseAddress, Int32(units.count))
    }

    deinit {
        rostrum_word_breaks_close(breaks)
        text.deallocate()
    }

    /// Whether a word begins or ends at `offset`; true when ICU could not break the text (nothing is lost then).
    func isBoundary(_ offset: Int) -> Bool {
        guard let breaks else { return true }
        return rostrum_word_breaks_is_boundary(breaks, Int32(offset)) != 0
    }
}
