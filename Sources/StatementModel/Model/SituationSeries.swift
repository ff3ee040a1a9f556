import Foundation

/// A timeline stacked by situation instead of by theme: the situations with most statements get ten
/// colours told apart also by readers with a colour-vision deficiency (Okabe–Ito's eight and two darker
/// ones), every other situation one grey.
public enum SituationSeries {
    public static let palette = [
        "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
        "#6A3D9A", "#8C510A", "#B2182B",
    ]
    public static let other = (name: "Other situations", colour: "#9A9996")

    /// Colours for situations ranked most statements first.
    public static func colours(ranked: [String]) -> [(name: String, colour: String)] {
        zip(ranked.prefix(palette.count), palette).map { ($0, $1) }
    }

    /// The bins with their situation counts in place of the theme counts, situations without a colour
    /// counted as "Other situations".
    public static func stack(_ bins: [TimelineBin], colours: [(name: String, colour: String)]) -> [TimelineBin] {
        let named = Set(colours.map(\.name))
        return bins.map { bin in
            var b = bin
            b.themes = [:]
            for (name, n) in bin.situations { b.themes[named.contains(name) ? name : other.name, default: 0] += n }
            return b
        }
    }
}
