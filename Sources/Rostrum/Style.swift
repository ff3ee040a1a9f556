import CGtk
import GtkKit
import StatementModel

/// The app's CSS: a few classes of its own, and one class per theme colour for chips and dots.
@MainActor
enum Style {
    static func install(themes: ThemeCatalog) {
        var css = """
            .facet-heading { margin-top: 12px; margin-bottom: 2px; }
            .facet-row { padding: 3px 8px; min-height: 24px; }
            .facet-row.chosen { background-color: alpha(@accent_bg_color, 0.22); }
            .facet-count { font-feature-settings: "tnum"; }
            .filter-chip { border-radius: 999px; padding: 0 4px 0 10px; min-height: 26px; }
            .theme-chips { line-height: 1.5; }
            .row-title { font-weight: bold; }
            .kwic-match { font-weight: bold; color: @accent_color; padding: 0 4px; }
            .pane-title { font-size: 1.35em; font-weight: 800; }
            .inferred-note { color: @warning_color; }
            .set-by-you { color: @accent_color; }
            .search-error { color: @error_color; }
            .hit-counter { background-color: alpha(@window_bg_color, 0.92); border-radius: 6px; padding: 2px 8px;
                font-feature-settings: "tnum"; box-shadow: 0 0 0 1px alpha(@borders, 0.8); }
            textview.statement-body { font-size: 1.08em; }
            textview.statement-body text { background-color: transparent; }
            .timeline { background-color: alpha(@view_bg_color, 0.6); }
            levelbar.compare-b block.filled { background-color: @warning_color; }
            /* Presenting: no frame around the card, even where windows have no compositor (solid-csd). */
            window.fullscreen.solid-csd { padding: 0; margin: 0; box-shadow: none; border-radius: 0; }
            """
        for (i, theme) in themes.themes.enumerated() {
            css += "\n.theme-\(i) { background-color: \(theme.colour); }\n.theme-dot-\(i) { color: \(theme.colour); }"
        }
        UI.loadCSS(css)
        classIndex = Dictionary(themes.themes.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    nonisolated(unsafe) private static var classIndex: [String: Int] = [:]

    /// The CSS class carrying a theme's colour, or nil for a theme added after start.
    static func themeClass(_ name: String, dot: Bool = false) -> String? {
        classIndex[name].map { dot ? "theme-dot-\($0)" : "theme-\($0)" }
    }

    /// `#RRGGBB` with an alpha, as GTK text tags take it.
    static func rgba(_ hex: String, _ alpha: Double) -> String {
        let (r, g, b) = Drawing.rgb(hex)
        return "rgba(\(Int(r * 255)),\(Int(g * 255)),\(Int(b * 255)),\(alpha))"
    }
}
