/// Colours for a card, light or dark. Both keep text at a contrast a washed-out projector still shows
/// (body text near black on white, or near white on black; nothing in light grey).
public struct CardPalette: Sendable {
    public struct RGB: Sendable {
        public var r, g, b: Double
        public init(hex: String) {
            let v = UInt32(hex.dropFirst(), radix: 16) ?? 0x888888
            r = Double(v >> 16 & 0xFF) / 255
            g = Double(v >> 8 & 0xFF) / 255
            b = Double(v & 0xFF) / 255
        }
    }

    public var background: RGB
    public var text: RGB
    /// Secondary lines (venue, explanation): still at least 7:1 against the background.
    public var secondary: RGB
    /// Inferred values: a colour of their own, so "inferred" is seen as well as read.
    public var inferred: RGB
    public var rule: RGB
    public var dark: Bool

    public static let light = CardPalette(
        background: RGB(hex: "#FFFFFF"), text: RGB(hex: "#101014"), secondary: RGB(hex: "#33343A"),
        inferred: RGB(hex: "#8A3B00"), rule: RGB(hex: "#1C1C22"), dark: false)
    public static let dark = CardPalette(
        background: RGB(hex: "#0E0F13"), text: RGB(hex: "#F7F7F7"), secondary: RGB(hex: "#D6D6DC"),
        inferred: RGB(hex: "#FFC95C"), rule: RGB(hex: "#E8E8EE"), dark: true)
}
