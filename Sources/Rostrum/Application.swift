import CGtk
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

/// The application: opens the library (filling an empty one from `data/`), then one explorer window.
@MainActor
final class RostrumApplication {
    static let id = "io.github.rostrum.Rostrum"
    private var windows: [ExplorerWindow] = []
    /// The library is being opened (off the main thread): the window comes when it is.
    private var opening = false
    /// Files named on the command line before the window was there: imported once it is.
    private var pendingImports: [String] = []
    /// The window's size and the user's choices (GSettings), read as the application starts.
    private var preferences: Preferences?
    private let app: UnsafeMutablePointer<AdwApplication>

    private init() {
        // Files named on the command line (or opened from a file manager) are imported into the library.
        app = adw_application_new(
            Self.id, GApplicationFlags(G_APPLICATION_NON_UNIQUE.rawValue | G_APPLICATION_HANDLES_OPEN.rawValue))
        g_set_application_name("Rostrum")
        Signal.connect(app, .activate) { [weak self] in self?.activate() }
        Signal.connect(app, .open) { [weak self] paths in
            guard let self else { return }
            self.activate()
            if let window = self.windows.first { window.imports.start(paths) } else { self.pendingImports += paths }
        }
    }

    static func run() -> Never {
        _ = launched
        // The user's locale, and the catalogues, before the first text is made (GTK would set the locale later).
        setlocale(LC_ALL, "")
        Translation.bind(projectRoot: RostrumPaths.resolve().resources.deletingLastPathComponent())
        // For the GUI test: the shortcuts window's rows, group, title and keys, one a line, without a window.
        if CommandLine.arguments.dropFirst().first == "--list-shortcuts" {
            for group in CommandTable.shortcutGroups {
                for row in group.rows { print("\(group.title)\t\(row.title)\t\(row.accels.joined(separator: " "))") }
            }
            exit(0)
        }
        preferCairoWithoutGPU()
        let application = RostrumApplication()
        MainLoop.drainDispatchMainQueue { drain in StallProbe.timed("answers from other threads", drain) }
        StallProbe.startIfAsked()
        // Asked to end (a logout, `kill`, Ctrl+C in a terminal): quit as the menu does, the window's size kept.
        MainLoop.onTerminationRequest { application.quit() }
        let status = g_application_run(cast(application.app), CommandLine.argc, CommandLine.unsafeArgv)
        exit(status)
    }

    /// Without a GPU (no DRM render node: a virtual machine, a remote session, Xvfb), GTK's GL renderer runs on
    /// Mesa's software rasteriser, which redraws the whole window in threads that an import's threads starve:
    /// under a 10,000-statement import every progress update stalled the main loop 100–190 ms. The cairo
    /// renderer redraws only what changed, on the main thread: no stall over 50 ms. A user's GSK_RENDERER wins.
    private static func preferCairoWithoutGPU() {
        guard getenv("GSK_RENDERER") == nil else { return }
        let nodes = (try? FileManager.default.contentsOfDirectory(atPath: "/dev/dri")) ?? []
        if !nodes.contains(where: { $0.hasPrefix("renderD") }) { setenv("GSK_RENDERER", "cairo", 0) }
    }

    /// Closes the windows (each keeps its state) and ends the main loop.
    func quit() {
        for window in windows { window.close() }
        g_application_quit(cast(app))
    }

    private func activate() {
        if let existing = windows.first {
            gtk_window_present(cast(existing.window))
            return
        }
        guard !opening else { return }
        opening = true
        let paths = RostrumPaths.resolve()
        let preferences = Preferences(configFolder: paths.userThemes.deletingLastPathComponent())
        preferences.followColorScheme(on: app)
        self.preferences = preferences
        // Running from a build folder: find the app icon beside the other resources.
        gtk_icon_theme_add_search_path(
            gtk_icon_theme_get_for_display(gdk_display_get_default()),
            paths.resources.appendingPathComponent("icons").path)
        gtk_window_set_default_icon_name(Self.id)
        // The library opened (and filled from data/ on a first start) and the reference tables read off the main
        // thread; the application is held meanwhile, so it does not end for want of a window.
        g_application_hold(cast(app))
        let application = MainThreadReference(self)
        DispatchQueue.global(qos: .userInitiated).async {
            let opened = OpenedLibrary(paths: paths)
            DispatchQueue.main.async {
                guard let self = application.value else { return }
                g_application_release(cast(self.app))
                self.opening = false
                if let preferences = self.preferences { self.show(opened, preferences: preferences) }
            }
        }
    }

    /// The window on the library opened, or a window that says why it could not be opened.
    private func show(_ opened: OpenedLibrary, preferences: Preferences) {
        Style.install(themes: opened.reference?.themes ?? ThemeCatalog(themes: []))
        guard let library = opened.library else {
            showFatal(opened.problem ?? tr("The library cannot be opened."))
            return
        }
        // A library made before the echo index (or by a tool stopped mid-import) is brought up to date off the
        // main thread and off the query queue, in chunks that each land whole; the text pane's echoes follow.
        let store = library.store
        DispatchQueue.global(qos: .utility).async { _ = try? store.catchUpEchoIndex() }
        let window = ExplorerWindow(app: app, library: library, preferences: preferences)
        windows.append(window)
        AppActions.install(on: app, window: window)
        if let problem = opened.problem { window.toast(problem) }
        if ProcessInfo.processInfo.environment["ROSTRUM_REPORT_FIRST_FRAME"] != nil { reportFirstFrame(window) }
        gtk_window_present(cast(window.window))
        window.refiling.offerIfOutOfDate()
        if !pendingImports.isEmpty {
            window.imports.start(pendingImports)
            pendingImports = []
        }
    }

    /// For the benchmark: the time from launch to the first painted frame, and to the first frame that
    /// shows the library's statements (queries run off the main thread, so the two differ); then the
    /// peak memory, and quit.
    private func reportFirstFrame(_ window: ExplorerWindow) {
        let launched = Self.launched
        var firstFrame: Double?
        var done = false
        Signal.connect(window.window, .map) { [weak self] in
            guard let self else { return }
            guard let clock = gtk_widget_get_frame_clock(window.window) else { return }
            Signal.connect(clock, .afterPaint) { [weak self] in
                guard let self else { return }
                guard !done else { return }
                let now = Date().timeIntervalSince(launched) * 1000
                if firstFrame == nil { firstFrame = now }
                guard window.viewModel.isLoaded else {
                    gtk_widget_queue_draw(window.window)
                    return
                }
                done = true
                var usage = rusage()
                getrusage(RUSAGE_SELF.rawValue, &usage)
                print(
                    String(
                        format: "first frame %.0f ms, with the statements %.0f ms after launch; peak RSS %d MB",
                        firstFrame!, now, usage.ru_maxrss / 1024))
                fflush(nil)  // every stream: C's stdout is a global Swift 6 will not touch
                g_application_quit(cast(self.app))
            }
        }
    }

    private static let launched = Date()

    /// A window that only says what went wrong, when there is no library to show.
    private func showFatal(_ message: String) {
        let window = adw_application_window_new(cast(app))!
        let page = adw_status_page_new()!
        adw_status_page_set_icon_name(opaque(page), "dialog-error-symbolic")
        adw_status_page_set_title(opaque(page), tr("Rostrum cannot start"))
        adw_status_page_set_description(opaque(page), UI.escape(message))
        adw_application_window_set_content(cast(window), page)
        gtk_window_set_default_size(cast(window), 720, 480)
        gtk_window_present(cast(window))
    }
}

/// What start-up reads before the window can be made: the library (filled from `data/` if it is empty) and the
/// reference tables the styles are made from; and what went wrong, in words for the user.
private struct OpenedLibrary: Sendable {
    var library: StatementLibrary?
    var reference: ReferenceData?
    var problem: String?

    init(paths: RostrumPaths) {
        reference = try? ReferenceData.load(resources: paths.resources, userThemes: nil, currentYear: 2000)
        do {
            let library = try StatementLibrary.open(paths: paths)
            if let report = try library.seedIfEmpty(from: paths.defaultData), !report.failed.isEmpty {
                problem = tr("Some default statements could not be imported: {0}", report.failed[0].said.translated)
            }
            self.library = library
        } catch {
            problem = tr("The library at {0} cannot be opened: {1}", paths.library.path, "\(error)")
        }
    }
}
