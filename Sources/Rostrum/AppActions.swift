import CGtk
import GtkKit
import RostrumViewModel

/// The commands of `CommandTable` installed as the application's actions, and its menu built from it.
enum AppActions {
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
            "concordance": { w.openConcordance() },
            "echoes": { w.openEchoes() },
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
        for command in CommandTable.commands {
            Actions.add(to: app, name: command.name, accels: command.accels, handlers[command.name]!)
        }
    }

    static func menu() -> OpaquePointer {
        let menu = g_menu_new()!
        for items in CommandTable.menuSections {
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
            CommandTable.commands.filter { !$0.accels.isEmpty }.map { c in
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
