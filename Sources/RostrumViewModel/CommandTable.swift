/// Every command of the app: its action name, what it does and its keyboard shortcuts, and the main menu's
/// sections. One table for the actions, the menu and the shortcuts window, so they cannot disagree.
package enum CommandTable {
    package struct Command: Sendable {
        package var name: String
        package var title: String
        package var accels: [String]
        /// The shortcuts window's group it is listed under.
        package var group: Group = .window
    }

    /// The shortcuts window's groups, in its order: small enough that no column outgrows a 768-pixel screen.
    package enum Group: String, CaseIterable, Sendable {
        case finding = "Finding and reading"
        case files = "Importing and exporting"
        case stories = "Stories and presenting"
        case window = "The window"
    }

    package static let commands: [Command] = [
        Command(name: "search", title: "Search", accels: ["<Control>f"], group: .finding),
        Command(name: "import-files", title: "Import files", accels: ["<Control>o"], group: .files),
        Command(name: "import-folder", title: "Import a folder", accels: ["<Control><Shift>o"], group: .files),
        Command(
            name: "export", title: "Export the list (CSV, JSON Lines, Markdown)", accels: ["<Control>e"],
            group: .files),
        Command(
            name: "export-timeline", title: "Export the timeline (PNG, SVG, PDF)", accels: ["<Control><Shift>e"],
            group: .files),
        Command(
            name: "next-hit", title: "Next search hit in the statement", accels: ["<Control>g", "F3"],
            group: .finding),
        Command(
            name: "previous-hit", title: "Previous search hit in the statement",
            accels: ["<Control><Shift>g", "<Shift>F3"], group: .finding),
        Command(name: "next", title: "Next statement", accels: ["<Alt>Down", "<Control>j"], group: .finding),
        Command(name: "previous", title: "Previous statement", accels: ["<Alt>Up", "<Control>k"], group: .finding),
        Command(
            name: "clear-filters", title: "Clear all filters", accels: ["<Control><Shift>BackSpace"], group: .finding),
        Command(
            name: "add-to-story", title: "Add the statement (or the selected words) to the story",
            accels: ["<Control>d"], group: .stories),
        Command(name: "present", title: "Present the filtered statements", accels: ["F5"], group: .stories),
        Command(name: "present-story", title: "Present the story", accels: ["<Shift>F5"], group: .stories),
        Command(name: "new-story", title: "New story", accels: ["<Control><Shift>n"], group: .stories),
        Command(name: "export-story", title: "Export the story as PDF", accels: ["<Control><Shift>p"], group: .files),
        Command(
            name: "stack-by-situation", title: "Stack the timeline by situation or by theme", accels: ["<Control>t"],
            group: .finding),
        Command(
            name: "concordance", title: "Key words in context: every occurrence of a word or phrase",
            accels: ["<Control><Shift>k"], group: .finding),
        Command(
            name: "echoes", title: "Echoes: passages said again in the filtered statements",
            accels: ["<Control><Shift>r"], group: .finding),
        Command(
            name: "compare", title: "Compare two groups: the filter now as A, then another filter as B",
            accels: ["<Control><Shift>c"], group: .finding),
        Command(
            name: "correct-statement", title: "Correct the statement's title, date, speaker, ...", accels: ["F2"],
            group: .files),
        Command(name: "delete-statement", title: "Delete the statement (Undo brings it back)", accels: []),
        Command(name: "show-filter", title: "Show the topic filter", accels: ["<Alt>1"]),
        Command(name: "show-story", title: "Show the story", accels: ["<Alt>2"]),
        Command(
            name: "focus-text", title: "Go to the statement's text (select words with Shift+arrows)", accels: ["<Alt>3"]
        ),
        Command(name: "fullscreen", title: "Full screen", accels: ["F11"]),
        Command(name: "shortcuts", title: "Keyboard shortcuts", accels: ["<Control>question"]),
        Command(name: "about", title: "About Rostrum", accels: []),
        // The Undo button of the toast that follows a deletion.
        Command(name: "undo", title: "Undo the last deletion", accels: []),
        Command(name: "quit", title: "Quit", accels: ["<Control>q"]),
    ]

    /// Keys that widgets answer to themselves rather than through an action: listed with the commands so the
    /// shortcuts window names every key the app answers to.
    package static let widgetKeys: [(title: String, accels: [String], group: Group)] = [
        ("Move through the list", ["Up", "Down"], .finding),
        ("Leave the search box, clearing it", ["Escape"], .finding),
        ("Next search hit, from the search box", ["Return"], .finding),
        ("Close key words in context, echoes or the comparison", ["Escape"], .finding),
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
                title: group.rawValue,
                rows: commands.filter { !$0.accels.isEmpty && $0.group == group }.map { ($0.title, $0.accels) }
                    + widgetKeys.filter { $0.group == group }.map { ($0.title, $0.accels) })
        }
        let presenting = ShortcutGroup(
            title: "Presenting", rows: PresentationMove.keys.map { ($0.title, $0.names) })
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

        package init(
            listed: Bool, timelineDrawn: Bool, selected: Bool, filtered: Bool, storyHasCards: Bool,
            hasHits: Bool = false
        ) {
            (self.listed, self.timelineDrawn, self.selected) = (listed, timelineDrawn, selected)
            (self.filtered, self.storyHasCards, self.hasHits) = (filtered, storyHasCards, hasHits)
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
            ("delete-statement", c.selected),
        ]
    }

    /// The window's main menu, section by section: (label, action).
    package static let menuSections: [[(String, String)]] = [
        [
            ("Import Files…", "import-files"), ("Import Folder…", "import-folder"), ("Export List…", "export"),
            ("Export Timeline…", "export-timeline"),
        ],
        [
            ("Present Filtered Statements", "present"), ("Present Story", "present-story"),
            ("Add to Story", "add-to-story"),
            ("New Story", "new-story"), ("Export Story as PDF…", "export-story"),
        ],
        [("Key Words in Context", "concordance"), ("Echoes", "echoes"), ("Compare Two Groups", "compare")],
        [("Correct Statement…", "correct-statement"), ("Delete Statement", "delete-statement")],
        [("Full Screen", "fullscreen"), ("Clear All Filters", "clear-filters")],
        [("Keyboard Shortcuts", "shortcuts"), ("About Rostrum", "about")],
    ]

    /// The menu's Style section: the `color-scheme` setting's action (made from the setting, not from a command)
    /// with each of its values. Placed before the last section.
    package static let styleAction = "color-scheme"
    package static let styleChoices: [(label: String, value: String)] = [
        ("Follow System Style", "system"), ("Light Style", "light"), ("Dark Style", "dark"),
    ]
}
