import Translations

/// Every command of the app: its action name, what it does and its keyboard shortcuts, and the main menu's
/// sections. One table for the actions, the menu and the shortcuts window, so they cannot disagree.
package enum CommandTable {
    package struct Command: Sendable {
        package var name: String
        package var title: String
        package var accels: [String]
        /// The shortcuts window's group it is listed under.
        package var group: Group = .window
        /// Whose action it is: the window's (`win.`, acting on what that window shows) or the application's
        /// (`app.`: quitting, the about window).
        package var scope: Scope = .window

        /// The action's full name, as menus, buttons and toasts name it: `win.export`, `app.quit`.
        package var action: String { scope.rawValue + "." + name }
    }

    package enum Scope: String, Sendable { case window = "win", application = "app" }

    /// The full action name of the command so named (`win.NAME` unless the table says otherwise).
    package static func action(_ name: String) -> String {
        commands.first { $0.name == name }?.action ?? "win." + name
    }

    /// The shortcuts window's groups, in its order: small enough that no column outgrows a 768-pixel screen.
    package enum Group: CaseIterable, Sendable {
        case finding, files, stories, window

        /// The group's heading in the shortcuts window.
        package var title: String {
            switch self {
            case .finding: tr("Finding and reading")
            case .files: tr("Importing and exporting")
            case .stories: tr("Stories and presenting")
            case .window: tr("The window")
            }
        }
    }

    package static let commands: [Command] = [
        Command(name: "search", title: tr("Search"), accels: ["<Control>f"], group: .finding),
        Command(name: "import-files", title: tr("Import files"), accels: ["<Control>o"], group: .files),
        Command(
            name: "import-folder", title: tr("Import a folder"), accels: ["<Control><Shift>o"], group: .files),
        Command(
            name: "export", title: tr("Export the list (CSV, JSON Lines, Markdown)"), accels: ["<Control>e"],
            group: .files),
        Command(
            name: "export-timeline", title: tr("Export the timeline (PNG, SVG, PDF)"),
            accels: ["<Control><Shift>e"], group: .files),
        Command(
            name: "next-hit", title: tr("Next search hit in the statement"), accels: ["<Control>g", "F3"],
            group: .finding),
        Command(
            name: "previous-hit", title: tr("Previous search hit in the statement"),
            accels: ["<Control><Shift>g", "<Shift>F3"], group: .finding),
        Command(
            name: "next", title: tr("Next statement"), accels: ["<Alt>Down", "<Control>j"], group: .finding),
        Command(
            name: "previous", title: tr("Previous statement"), accels: ["<Alt>Up", "<Control>k"], group: .finding),
        Command(
            name: "clear-filters", title: tr("Clear all filters"), accels: ["<Control><Shift>BackSpace"],
            group: .finding),
        Command(
            name: "add-to-story", title: tr("Add the statement (or the selected words) to the story"),
            accels: ["<Control>d"], group: .stories),
        Command(name: "present", title: tr("Present the filtered statements"), accels: ["F5"], group: .stories),
        Command(name: "present-story", title: tr("Present the story"), accels: ["<Shift>F5"], group: .stories),
        Command(name: "new-story", title: tr("New story"), accels: ["<Control><Shift>n"], group: .stories),
        Command(
            name: "export-story", title: tr("Export the story as PDF"), accels: ["<Control><Shift>p"],
            group: .files),
        Command(
            name: "stack-by-situation", title: tr("Stack the timeline by situation or by theme"),
            accels: ["<Control>t"], group: .finding),
        Command(
            name: "concordance", title: tr("Key words in context: every occurrence of a word or phrase"),
            accels: ["<Control><Shift>k"], group: .finding),
        Command(
            name: "echoes", title: tr("Echoes: passages said again in the filtered statements"),
            accels: ["<Control><Shift>r"], group: .finding),
        Command(
            name: "compare", title: tr("Compare two groups: the filter now as A, then another filter as B"),
            accels: ["<Control><Shift>c"], group: .finding),
        Command(
            name: "correct-statement", title: tr("Correct the statement's title, date, speaker, ..."),
            accels: ["F2"], group: .files),
        Command(name: "delete-statement", title: tr("Delete the statement (Undo brings it back)"), accels: []),
        Command(
            name: "refile-situations",
            title: tr("File every statement under situations again, with this version’s table"), accels: []),
        Command(name: "show-filter", title: tr("Show the topic filter"), accels: ["<Alt>1"]),
        Command(name: "show-story", title: tr("Show the story"), accels: ["<Alt>2"]),
        Command(
            name: "focus-text", title: tr("Go to the statement's text (select words with Shift+arrows)"),
            accels: ["<Alt>3"]),
        Command(name: "fullscreen", title: tr("Full screen"), accels: ["F11"]),
        Command(name: "shortcuts", title: tr("Keyboard shortcuts"), accels: ["<Control>question"]),
        Command(name: "about", title: tr("About Rostrum"), accels: [], scope: .application),
        // The Undo button of the toast that follows a deletion.
        Command(name: "undo", title: tr("Undo the last deletion"), accels: []),
        Command(name: "quit", title: tr("Quit"), accels: ["<Control>q"], scope: .application),
    ]

    /// Keys that widgets answer to themselves rather than through an action: listed with the commands so the
    /// shortcuts window names every key the app answers to.
    package static let widgetKeys: [(title: String, accels: [String], group: Group)] = [
        (tr("Move through the list"), ["Up", "Down"], .finding),
        (tr("Leave the search box, clearing it"), ["Escape"], .finding),
        (tr("Next search hit, from the search box"), ["Return"], .finding),
        (tr("Close key words in context, echoes or the comparison"), ["Escape"], .finding),
    ]

    /// A group of the shortcuts window: its title and its rows, each a title and the keys in GTK's
    /// accelerator syntax.
    package struct ShortcutGroup: Sendable {
        package var title: String
        package var rows: [(title: String, accels: [String])]
    }

    /// What the shortcuts window shows: every command with a key, the widgets' own keys, then the presenter's.
    package static var shortcutGroups: [ShortcutGroup] {
        let groups = Group.allCases.map { group in
            ShortcutGroup(
                title: group.title,
                rows: commands.filter { !$0.accels.isEmpty && $0.group == group }.map { ($0.title, $0.accels) }
                    + widgetKeys.filter { $0.group == group }.map { ($0.title, $0.accels) })
        }
        let presenting = ShortcutGroup(
            title: tr("Presenting"), rows: PresentationMove.keys.map { ($0.title, $0.names) })
        return groups + [presenting]
    }

    /// What the window holds that decides whether a command can run.
    package struct Context: Sendable {
        package var listed: Bool
        package var timelineDrawn: Bool
        package var selected: Bool
        package var filtered: Bool
        package var storyHasCards: Bool
        /// The open statement holds hits of the search.
        package var hasHits: Bool
        /// The library was filed under situations by an earlier version, and no filing runs.
        package var situationsOutOfDate: Bool

        package init(
            listed: Bool, timelineDrawn: Bool, selected: Bool, filtered: Bool, storyHasCards: Bool,
            hasHits: Bool = false, situationsOutOfDate: Bool = false
        ) {
            (self.listed, self.timelineDrawn, self.selected) = (listed, timelineDrawn, selected)
            (self.filtered, self.storyHasCards, self.hasHits) = (filtered, storyHasCards, hasHits)
            self.situationsOutOfDate = situationsOutOfDate
        }
    }

    /// Whether each command that depends on the window's state can run: nothing is offered that would do
    /// nothing or fail (no export or presenting of an empty list, no card without a statement, no story
    /// presented or exported without cards). Commands not named here can always run.
    package static func availability(in c: Context) -> [(name: String, enabled: Bool)] {
        [
            ("export", c.listed), ("present", c.listed), ("next", c.listed), ("previous", c.listed),
            ("export-timeline", c.timelineDrawn), ("add-to-story", c.selected), ("focus-text", c.selected),
            ("clear-filters", c.filtered), ("present-story", c.storyHasCards), ("export-story", c.storyHasCards),
            ("next-hit", c.hasHits), ("previous-hit", c.hasHits), ("correct-statement", c.selected),
            ("delete-statement", c.selected), ("refile-situations", c.situationsOutOfDate),
        ]
    }

    /// Menu items shown only while their command can run: filing again is for a library an earlier version
    /// filed, and another row would make the menu taller than a 768-pixel screen.
    package static let hiddenWhenUnavailable: Set<String> = ["refile-situations"]

    /// The window's main menu, section by section: (label, action).
    package static let menuSections: [[(String, String)]] = [
        [
            (tr("Import Files…"), "import-files"), (tr("Import Folder…"), "import-folder"),
            (tr("Export List…"), "export"), (tr("Export Timeline…"), "export-timeline"),
        ],
        [
            (tr("Present Filtered Statements"), "present"), (tr("Present Story"), "present-story"),
            (tr("Add to Story"), "add-to-story"),
            (tr("New Story"), "new-story"), (tr("Export Story as PDF…"), "export-story"),
        ],
        [
            (tr("Key Words in Context"), "concordance"), (tr("Echoes"), "echoes"),
            (tr("Compare Two Groups"), "compare"),
        ],
        [
            (tr("Correct Statement…"), "correct-statement"), (tr("Delete Statement"), "delete-statement"),
            (tr("File Situations Again"), "refile-situations"),
        ],
        [(tr("Full Screen"), "fullscreen"), (tr("Clear All Filters"), "clear-filters")],
        [(tr("Keyboard Shortcuts"), "shortcuts"), (tr("About Rostrum"), "about")],
    ]

    /// The menu's Style submenu: the `color-scheme` setting's action (made from the setting, not from a command)
    /// with each of its values, in the section before the last. A submenu, not a section: three more rows made
    /// the menu taller than a 768-pixel screen.
    package static let styleTitle = tr("Style")
    package static let styleAction = "color-scheme"
    package static let styleChoices: [(label: String, value: String)] = [
        (tr("Follow System Style"), "system"), (tr("Light Style"), "light"), (tr("Dark Style"), "dark"),
    ]
}
