import CGtk
import GtkKit

/// Every command of the app and its keyboard shortcut, in one place.
enum AppActions {
    struct Command {
        var name: String
        var title: String
        var accels: [String]
    }

    static let commands: [Command] = [
        Command(name: "search", title: "Search", accels: ["<Control>f"]),
        Command(name: "import-files", title: "Import files", accels: ["<Control>o"]),
        Command(name: "import-folder", title: "Import a folder", accels: ["<Control><Shift>o"]),
        Command(name: "export", title: "Export the list (CSV, JSON Lines, Markdown)", accels: ["<Control>e"]),
        Command(name: "export-timeline", title: "Export the timeline (PNG, SVG, PDF)", accels: ["<Control><Shift>e"]),
        Command(name: "next", title: "Next statement", accels: ["<Alt>Down", "<Control>j"]),
        Command(name: "previous", title: "Previous statement", accels: ["<Alt>Up", "<Control>k"]),
        Command(name: "clear-filters", title: "Clear all filters", accels: ["<Control><Shift>BackSpace"]),
        Command(
            name: "add-to-story", title: "Add the statement (or the selected words) to the story",
            accels: ["<Control>d"]),
        Command(name: "present", title: "Present the filtered statements", accels: ["F5"]),
        Command(name: "present-story", title: "Present the story", accels: ["<Shift>F5"]),
        Command(name: "new-story", title: "New story", accels: ["<Control><Shift>n"]),
        Command(name: "export-story", title: "Export the story as PDF", accels: ["<Control><Shift>p"]),
        Command(
            name: "stack-by-situation", title: "Stack the timeline by situation or by theme", accels: ["<Control>t"]),
        Command(name: "show-filter", title: "Show the topic filter", accels: ["<Alt>1"]),
        Command(name: "show-story", title: "Show the story", accels: ["<Alt>2"]),
        Command(
            name: "focus-text", title: "Go to the statement's text (select words with Shift+arrows)", accels: ["<Alt>3"]
        ),
        Command(name: "fullscreen", title: "Full screen", accels: ["F11"]),
        Command(name: "shortcuts", title: "Keyboard shortcuts", accels: ["<Control>question"]),
        Command(name: "about", title: "About Rostrum", accels: []),
        Command(name: "quit", title: "Quit", accels: ["<Control>q"]),
    ]

    static func install(on app: some GPointer, window w: ExplorerWindow) {
        let handlers: [String: () -> Void] = [
            "search": { w.focusSearch() },
            "import-files": { w.chooseImport(folders: false) },
            "import-folder": { w.chooseImport(folders: true) },
            "export": { w.chooseExport() },
            "export-timeline": { w.chooseTimelineExport() },
            "next": { w.viewModel.selectNext() },
            "previous": { w.viewModel.selectPrevious() },
            "clear-filters": { w.viewModel.clearAll() },
            "add-to-story": { w.addToStory() },
            "present": { w.presentFilter() },
            "present-story": { w.presentStory() },
            "new-story": {
                w.stories.newStory()
                w.showSidebarPage("story")
            },
            "export-story": { w.chooseStoryExport() },
            "stack-by-situation": { w.viewModel.toggleStacking() },
            "show-filter": { w.showSidebarPage("filter") },
            "show-story": { w.showSidebarPage("story") },
            "focus-text": { w.pane.focusText() },
            "fullscreen": { w.toggleFullscreen() },
            "shortcuts": { ShortcutsWindow.present(parent: w.window) },
            "about": { AboutWindow.present(parent: w.window) },
            "quit": {
                w.close()
                g_application_quit(cast(app))
            },
        ]
        for command in commands {
            Actions.add(to: app, name: command.name, accels: command.accels, handlers[command.name]!)
        }
    }

    /// The window's main menu, section by section: (label, action).
    static let menuSections: [[(String, String)]] = [
        [
            ("Import Files…", "import-files"), ("Import Folder…", "import-folder"), ("Export List…", "export"),
            ("Export Timeline…", "export-timeline"),
        ],
        [
            ("Present Filtered Statements", "present"), ("Present Story", "present-story"),
            ("Add to Story", "add-to-story"),
            ("New Story", "new-story"), ("Export Story as PDF…", "export-story"),
        ],
        [("Full Screen", "fullscreen"), ("Clear All Filters", "clear-filters")],
        [("Keyboard Shortcuts", "shortcuts"), ("About Rostrum", "about")],
    ]

    static func menu() -> OpaquePointer {
        let menu = g_menu_new()!
        for items in menuSections {
            let section = g_menu_new()!
            for (label, action) in items { g_menu_append(section, label, "app." + action) }
            g_menu_append_section(menu, nil, cast(section))
            g_object_unref(section.rawPointer)
        }
        return menu
    }
}

/// The Ctrl+? window, built from the same command list so it can never disagree with the shortcuts.
enum ShortcutsWindow {
    static func present(parent: Widget) {
        let shortcuts =
            AppActions.commands.filter { !$0.accels.isEmpty }.map { c in
                """
                <child><object class="GtkShortcutsShortcut"><property name="title">\(UI.escape(c.title))</property>\
                <property name="accelerator">\(UI.escape(c.accels.joined(separator: " ")))</property></object></child>
                """
            }.joined() + """
                <child><object class="GtkShortcutsShortcut"><property name="title">Move through the list</property>\
                <property name="accelerator">Up Down</property></object></child>
                """
        let presenting = [
            ("Next card", "Right space Page_Down"), ("Previous card", "Left BackSpace Page_Up"),
            ("First and last card", "Home End"),
            ("Blank the screen", "b"), ("Light or dark cards", "d"), ("Leave the presentation", "Escape"),
        ].map { title, keys in
            """
            <child><object class="GtkShortcutsShortcut"><property name="title">\(title)</property>\
            <property name="accelerator">\(keys)</property></object></child>
            """
        }.joined()
        let xml = """
            <interface><object class="GtkShortcutsWindow" id="w"><property name="modal">1</property>
            <child><object class="GtkShortcutsSection"><property name="section-name">main</property>
            <child><object class="GtkShortcutsGroup"><property name="title">Rostrum</property>\
            \(shortcuts)</object></child>
            <child><object class="GtkShortcutsGroup"><property name="title">Presenting</property>\
            \(presenting)</object></child>
            </object></child></object></interface>
            """
        let builder = gtk_builder_new_from_string(xml, -1)!
        let window = gtk_builder_get_object(builder, "w")!
        gtk_window_set_transient_for(cast(window), cast(parent))
        gtk_window_present(cast(window))
        g_object_unref(builder.rawPointer)
    }
}

enum AboutWindow {
    static func present(parent: Widget) {
        let about = adw_about_window_new()!
        adw_about_window_set_application_name(opaque(about), "Rostrum")
        adw_about_window_set_application_icon(opaque(about), RostrumApplication.id)
        adw_about_window_set_version(opaque(about), "0.1")
        adw_about_window_set_comments(
            opaque(about),
            "Explore diplomatic statements: a timeline, a topic filter and the text, with every inference shown as one."
        )
        adw_about_window_set_license_type(opaque(about), GTK_LICENSE_GPL_3_0)
        gtk_window_set_transient_for(cast(about), cast(parent))
        gtk_window_present(cast(about))
    }
}
