import Foundation

/// Where Rostrum's files are, worked out from the environment (no globals: callers pass what they
/// have, tests pass their own). Order: an explicit setting, then the XDG folders, then defaults.
public struct RostrumPaths: Sendable {
    /// The library database file.
    public var library: URL
    /// The shipped tables (themes, envoys, places).
    public var resources: URL
    /// The default library's raw files, imported into an empty library on first run.
    public var defaultData: URL
    /// The user's own themes file (may not exist).
    public var userThemes: URL

    public init(library: URL, resources: URL, defaultData: URL, userThemes: URL) {
        self.library = library
        self.resources = resources
        self.defaultData = defaultData
        self.userThemes = userThemes
    }

    /// - Parameters:
    ///   - libraryOverride: a `--library` flag's value, which beats `ROSTRUM_LIBRARY`.
    ///   - executable: the running program, used to find `Resources/` and `data/` beside a build.
    public static func resolve(
        libraryOverride: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
    ) -> RostrumPaths {
        let home = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory())
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? home.appendingPathComponent(".local/share")
        let configHome =
            environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? home.appendingPathComponent(".config")
        let library =
            (libraryOverride ?? environment["ROSTRUM_LIBRARY"]).flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? dataHome.appendingPathComponent("rostrum/library.sqlite")
        let root = projectRoot(environment: environment, executable: executable)
        let resources =
            environment["ROSTRUM_RESOURCES"].map { URL(fileURLWithPath: $0) }
            ?? root.appendingPathComponent("Resources")
        let data =
            environment["ROSTRUM_DEFAULT_DATA"].map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("data")
        return RostrumPaths(
            library: library, resources: resources, defaultData: data,
            userThemes: configHome.appendingPathComponent("rostrum/themes.txt"))
    }

    /// The folder holding `Resources/themes.txt`: above the executable in a source checkout
    /// (`.build/debug/rostrum`), or `share/rostrum` beside an installed `bin/`.
    private static func projectRoot(environment: [String: String], executable: URL) -> URL {
        let fm = FileManager.default
        var dir = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = dir.deletingLastPathComponent().appendingPathComponent("share/rostrum")
        if fm.fileExists(atPath: installed.appendingPathComponent("Resources/themes.txt").path) { return installed }
        for _ in 0..<8 {
            if fm.fileExists(atPath: dir.appendingPathComponent("Resources/themes.txt").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: fm.currentDirectoryPath)
    }
}
