import Foundation

/// Chinese written in traditional characters (Hong Kong, Taiwan, Macao: 張軍, 安理會) is matched against
/// names and bodies written in simplified ones (张军, 安理会) by reading it as simplified first. Texts with
/// no Han character pass untouched, so the transform (ICU's, through Foundation) costs nothing elsewhere.
enum HanScript {
    static func simplified(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) else { return text }
        let converted = text.applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? text
        // One character for one: offsets into the text must stay valid.
        return converted.utf16.count == text.utf16.count ? converted : text
    }
}
