import CGtk
import Foundation
import GtkKit
import StatementModel

/// The window's style, as the menu's Style section chooses it.
enum ColorScheme: String, SettingChoice {
    case system, light, dark
    static let fallback = ColorScheme.system
}

/// The list's order when sorted by date.
enum DateOrder: String, SettingChoice {
    case oldestFirst = "oldest-first"
    case newestFirst = "newest-first"
    static let fallback = DateOrder.oldestFirst
}

/// The window's size and the user's preferences, kept between runs in GSettings (the schema is
/// Resources/io.github.rostrum.Rostrum.gschema.xml, installed by scripts/setup). Without the schema installed the
/// app runs on the defaults and says once, on the terminal, that nothing will be kept.
@MainActor
final class Preferences {
    static let schemaID = "io.github.rostrum.Rostrum"
    static let width = SettingKey<Int32>("window-width")
    static let height = SettingKey<Int32>("window-height")
    static let maximized = SettingKey<Bool>("window-maximized")
    static let colorScheme = SettingKey<ColorScheme>("color-scheme")
    static let stackBySituation = SettingKey<Bool>("stack-by-situation")
    static let dateOrder = SettingKey<DateOrder>("date-order")

    private let settings: Settings?

    /// `configFolder`: where the settings go when the system keeps none (no dconf): a key file there.
    init(configFolder: URL) {
        settings = Settings(schemaID: Self.schemaID, keyFile: configFolder.appendingPathComponent("settings").path)
        if settings == nil {
            FileHandle.standardError.write(
                Data(
                    ("rostrum: the settings schema \(Self.schemaID) is not installed (scripts/setup installs it); "
                        + "the window's size and preferences will not be kept\n").utf8))
        }
    }

    var windowSize: (width: Int32, height: Int32, maximized: Bool) {
        guard let settings else { return (1280, 740, false) }
        return (settings[Self.width], settings[Self.height], settings[Self.maximized])
    }

    /// Kept as the window closes; a size under the schema's minimum keeps the minimum.
    func saveWindow(width: Int32, height: Int32, maximized: Bool) {
        guard let settings else { return }
        settings.set(Self.width, max(width, 360))
        settings.set(Self.height, max(height, 360))
        settings.set(Self.maximized, maximized)
        Settings.sync()
    }

    /// Read once; the window sets them after every change of the view-model, so a value already kept is not
    /// written (or read) again.
    lazy var stackBySituation: Bool = settings?[Self.stackBySituation] ?? false {
        didSet { if stackBySituation != oldValue { settings?.set(Self.stackBySituation, stackBySituation) } }
    }

    /// The list's order by date; best-match order is not kept (it needs a search).
    lazy var dateOrder: StatementSort = settings?[Self.dateOrder] == .newestFirst ? .dateDescending : .dateAscending {
        didSet {
            guard dateOrder != .relevance else { return dateOrder = oldValue }
            if dateOrder != oldValue {
                settings?.set(Self.dateOrder, dateOrder == .dateDescending ? .newestFirst : .oldestFirst)
            }
        }
    }

    /// Follows the Style setting (from the menu, or `gsettings set` while the app runs).
    /// ROSTRUM_COLOR_SCHEME=dark|light overrides it for screenshots and projectors.
    func followColorScheme(on app: some GPointer) {
        settings?.addAction(for: Self.colorScheme.name, to: app)
        apply(settings?[Self.colorScheme] ?? .system)
        settings?.onChange(Self.colorScheme) { [weak self] scheme in self?.apply(scheme) }
    }

    private func apply(_ scheme: ColorScheme) {
        let forced = ProcessInfo.processInfo.environment["ROSTRUM_COLOR_SCHEME"].flatMap(ColorScheme.init(rawValue:))
        let manager = adw_style_manager_get_default()
        switch forced ?? scheme {
        case .dark: adw_style_manager_set_color_scheme(manager, ADW_COLOR_SCHEME_FORCE_DARK)
        case .light: adw_style_manager_set_color_scheme(manager, ADW_COLOR_SCHEME_FORCE_LIGHT)
        case .system: adw_style_manager_set_color_scheme(manager, ADW_COLOR_SCHEME_PREFER_LIGHT)
        }
    }
}
