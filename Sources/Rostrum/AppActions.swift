import CGtk
import GtkKit
import RostrumViewModel
import Translations

/// The commands of `CommandTable` installed as actions (the window's, `win.`; quitting and About the
/// application's, `app.`), and the main menu built from it.
@MainActor
enum AppActions {
    static func install(on app: some GPointer, window w: ExplorerWindow) {
        let handlers: [String: () -> Void] = [
            "search": { w.focusSearch() },
            "import-files": { w.imports.choose(folders: false) },
            "import-folder": { w.imports.choose(folders: true) },
            "export": { w.exports.chooseList() },
            "export-timeline": { w.chooseTimelineExport() },
            "next-hit": { w.viewModel.stepHit(forward: true) },
            "previous-hit": { w.viewModel.stepHit(forward: false) },
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
            "export-story": { w.exports.chooseStory(w.stories.current) },
            "stack-by-situation": { w.viewModel.toggleStacking() },
            "concordance": { w.openConcordance() },
            "echoes": { w.openEchoes() },
            "compare": { w.openCompare() },
            "show-filter": { w.showSidebarPage("filter") },
            "show-story": { w.showSidebarPage("story") },
            "focus-text": { w.pane.focusText() },
            "fullscreen": { w.toggleFullscreen() },
            "shortcuts": { ShortcutsWindow.present(parent: w.window) },
            "about": { AboutWindow.present(parent: w.window) },
            "undo": { w.undoLast() },
            "correct-statement": { w.correctStatement() },
            "delete-statement": { w.viewModel.deleteSelected() },
            "refile-situations": { w.refiling.start() },
            "quit": {
                w.close()
                g_application_quit(cast(app))
            },
        ]
        for command in CommandTable.commands {
            let handler = handlers[command.name]!
            switch command.scope {
            case .window: Actions.add(to: w.window, name: command.name, handler)
            case .application: Actions.add(to: app, name: command.name, handler)
            }
            Actions.setAccels(app, command.action, command.accels)
        }
    }

    static func menu() -> OpaquePointer {
        let menu = g_menu_new()!
        let sections = CommandTable.menuSections.map { $0.map { ($0.0, CommandTable.action($0.1)) } }
        for (index, items) in sections.enumerated() {
            let section = g_menu_new()!
            for (label, action) in items {
                let item = g_menu_item_new(label, action)!
                if CommandTable.hiddenWhenUnavailable.contains(where: { action.hasSuffix("." + $0) }) {
                    g_menu_item_set_attribute_value(item, "hidden-when", g_variant_new_string("action-disabled"))
                }
                g_menu_append_item(section, item)
                g_object_unref(item.rawPointer)
            }
            if index == sections.count - 2 {
                // The Style setting's action is the application's, made from the setting (Preferences).
                let style = g_menu_new()!
                for choice in CommandTable.styleChoices {
                    g_menu_append(style, choice.label, "app." + CommandTable.styleAction + "::" + choice.value)
                }
                g_menu_append_submenu(section, CommandTable.styleTitle, cast(style))
                g_object_unref(style.rawPointer)
            }
            g_menu_append_section(menu, nil, cast(section))
            g_object_unref(section.rawPointer)
        }
        return menu
    }
}

/// The Ctrl+? window, built from the same command list so it can never disagree with the shortcuts.
@MainActor
enum ShortcutsWindow {
    static func present(parent: Widget) {
        // One group per kind of command: a column of all of them was 1,010 pixels tall.
        let groups = CommandTable.shortcutGroups.map { group -> String in
            let rows = group.rows.map { shortcut($0.title, $0.accels.joined(separator: " ")) }
            return """
                <child><object class="GtkShortcutsGroup"><property name="title">\(UI.escape(group.title))</property>\
                \(rows.joined())</object></child>
                """
        }.joined()
        let xml = """
            <interface><object class="GtkShortcutsWindow" id="w"><property name="modal">1</property>
            <child><object class="GtkShortcutsSection"><property name="section-name">main</property>
            <property name="max-height">12</property>
            \(groups)
            </object></child></object></interface>
            """
        let builder = gtk_builder_new_from_string(xml, -1)!
        let window = gtk_builder_get_object(builder, "w")!
        gtk_window_set_transient_for(cast(window), cast(parent))
        gtk_window_present(cast(window))
        g_object_unref(builder.rawPointer)
    }

    private static func shortcut(_ title: String, _ keys: String) -> String {
        """
        <child><object class="GtkShortcutsShortcut"><property name="title">\(UI.escape(title))</property>\
        <property name="accelerator">\(UI.escape(keys))</property></object></child>
        """
    }
}

@MainActor
enum AboutWindow {
    static func present(parent: Widget) {
        let about = adw_about_window_new()!
        adw_about_window_set_application_name(opaque(about), "Rostrum")
        adw_about_window_set_application_icon(opaque(about), RostrumApplication.id)
        adw_about_window_set_version(opaque(about), "0.1")
        adw_about_window_set_comments(
            opaque(about),
            tr(
                "Explore diplomatic statements: a timeline, a topic filter and the text, with every inference "
                    + "shown as one.")
        )
        adw_about_window_set_license_type(opaque(about), GTK_LICENSE_GPL_3_0)
        gtk_window_set_transient_for(cast(about), cast(parent))
        gtk_window_present(cast(about))
    }
}
