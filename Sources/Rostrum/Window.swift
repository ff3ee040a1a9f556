import CGtk
import Dispatch
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel
import TimelineChart

/// The main window: header bar (import, search, menu), the topic filter on the left, and on the right
/// the active filters, the timeline, the list and the text pane. It owns the view-model and repaints
/// from it after each change; the widgets only report what the user did.
final class ExplorerWindow {
    let window: Widget
    let viewModel: ExplorerViewModel
    let library: StatementLibrary
    let toasts: Toasts
    private let search: Widget
    private let stack: Widget
    /// The view-model's count of searches cleared by a command, as last shown in the search box.
    private var searchClearsSeen = 0
    private let status: Widget
    private let sidebar: FilterSidebar
    private let dates: DateRangeBar
    private let chips: FilterChipsBar
    private let timeline: TimelineView
    private let list: StatementListView
    /// Key words in context, shown in the list's place (`leftPages`: "list" or "kwic").
    let concordance: ConcordanceModel
    private let kwic: ConcordanceView
    /// Echoes under the filter, also in the list's place ("echoes").
    let echoes: EchoesModel
    private let echoesView: EchoesView
    /// Two groups compared, also in the list's place ("compare").
    let compare: CompareModel
    private let compareView: CompareView
    private let leftPages: Widget
    /// The list beside the text pane, or the two as pages on a narrow window.
    private let reading: ReadingPanes
    /// The sidebar, folded over the content on a narrow window.
    let flap: Widget
    private let sidebarButton: Widget
    /// Whether the window was narrow at the last change of its width, and that width.
    private var narrow: Bool?
    private var adaptedWidth: Int32 = 0
    let pane: TextPane
    /// Imports started here, and the long exports (the list, a story's PDF): each with its strip and Cancel.
    private(set) var imports: ImportController!
    private(set) var exports: ExportController!
    /// The regions, painted in stages after each change (`scheduleRender`).
    private lazy var stages = makeStages()
    private let preferences: Preferences
    // Stories and presentation mode (Window+Present.swift).
    let stories: StoryEditor
    let storyPanel: StoryPanel
    let presentation: PresentationView
    /// "explore" (everything above) or "present" (the projector screen).
    let screens: Widget
    /// The sidebar's pages: "filter" and "story".
    let sidePages: Widget
    var fullscreenBeforePresenting = false

    /// What the Undo button of the last deletion's toast takes back.
    private var undoOffer: UndoOffer?

    /// Where the commands live, so the window can say which of them can run now.
    private let app: UnsafeMutablePointer<AdwApplication>

    init(app: UnsafeMutablePointer<AdwApplication>, library: StatementLibrary, preferences: Preferences) {
        self.app = app
        self.library = library
        viewModel = ExplorerViewModel(
            library: library, scheduler: BackgroundScheduler(), sort: preferences.dateOrder,
            stackBySituation: preferences.stackBySituation)
        self.preferences = preferences
        window = adw_application_window_new(cast(app))
        gtk_window_set_title(cast(window), "Rostrum")
        let size = preferences.windowSize
        gtk_window_set_default_size(cast(window), size.width, size.height)
        if size.maximized { gtk_window_maximize(cast(window)) }

        let viewModelRef = viewModel
        var openText: () -> Void = {}
        sidebar = FilterSidebar(
            onToggle: { facet, value in viewModelRef.toggle(facet, value) },
            onFind: { facet, text in viewModelRef.setFacetQuery(facet, text) })
        dates = DateRangeBar { viewModelRef.setDates(from: $0, to: $1) }
        let concordanceRef = ConcordanceModel(store: library.store, scheduler: BackgroundScheduler())
        concordance = concordanceRef
        timeline = TimelineView(
            themes: library.reader.reference.themes,
            actions: .init(
                zoom: { viewModelRef.zoomTimeline(by: $0, anchor: $1) },
                pan: { viewModelRef.panTimeline(by: $0) },
                selectDays: { viewModelRef.selectDays(from: $0, to: $1) },
                clickBin: { viewModelRef.selectFirst(inBin: $0) },
                stackBySituation: { viewModelRef.setStacking(bySituation: $0) },
                toggleUndated: { viewModelRef.toggleUndated() }, fit: { viewModelRef.fitTimeline() },
                moveCursor: { viewModelRef.moveTimelineCursor(by: $0) },
                openCursor: { viewModelRef.openTimelineCursor(filtering: $0) },
                openTrendPoint: { line, point in
                    concordanceRef.filter(forLine: line, point: point).map { viewModelRef.setFilter($0) }
                }))
        chips = FilterChipsBar(
            accessories: [timeline.undatedButton, timeline.stackSwitch], onRemove: { viewModelRef.remove($0) },
            onClear: { viewModelRef.clearAll() })
        list = StatementListView(
            onSelect: { viewModelRef.select(row: $0) }, onOpen: { openText() },
            onToggleSort: { viewModelRef.toggleSort(relevance: $0) }, onClear: { viewModelRef.clearAll() })
        pane = TextPane(onOpen: { viewModelRef.select(id: $0) })
        var exportLines: () -> Void = {}
        kwic = ConcordanceView(
            actions: .init(
                phrase: { concordanceRef.setPhrase($0) }, sort: { concordanceRef.setSort($0) },
                open: { i in
                    guard let line = concordanceRef.result?.lines[i] else { return }
                    let hit = NSRange(location: line.offset, length: line.length)
                    viewModelRef.select(id: line.statement, marking: hit)
                    openText()
                }, close: { concordanceRef.close() }, export: { exportLines() },
                split: { concordanceRef.setSplit($0) }))
        let echoesRef = EchoesModel(store: library.store, scheduler: BackgroundScheduler())
        echoes = echoesRef
        echoesView = EchoesView(
            actions: .init(
                choose: { echoesRef.choose($0) },
                open: { i in
                    let occurrences = echoesRef.occurrences
                    guard occurrences.indices.contains(i) else { return }
                    viewModelRef.select(id: occurrences[i].statement, marking: occurrences[i].range)
                    openText()
                }, close: { echoesRef.close() }))
        let compareRef = CompareModel(store: library.store, scheduler: BackgroundScheduler())
        compare = compareRef
        var openWord: (Bool, Int) -> Void = { _, _ in }
        var exportWords: () -> Void = {}
        compareView = CompareView(
            actions: .init(
                pinA: { compareRef.pinA(viewModelRef.filter) }, export: { exportWords() },
                openWord: { openWord($0, $1) }, close: { compareRef.close() }))
        leftPages = gtk_stack_new()
        gtk_stack_add_named(opaque(leftPages), list.widget, "list")
        gtk_stack_add_named(opaque(leftPages), kwic.widget, "kwic")
        gtk_stack_add_named(opaque(leftPages), echoesView.widget, "echoes")
        gtk_stack_add_named(opaque(leftPages), compareView.widget, "compare")
        // As narrow as the page shown allows (the list's), not as the widest of the four.
        gtk_stack_set_hhomogeneous(opaque(leftPages), 0)
        let storiesRef = StoryEditor(store: library.store, scheduler: BackgroundScheduler())
        stories = storiesRef
        var present: () -> Void = {}
        var export: () -> Void = {}
        storyPanel = StoryPanel(
            actions: .init(
                open: { storiesRef.open($0) }, new: { storiesRef.newStory() }, delete: { storiesRef.deleteCurrent() },
                rename: { storiesRef.rename(to: $0) }, move: { storiesRef.moveCard(from: $0, to: $1) },
                remove: { storiesRef.removeCard(at: $0) },
                note: { storiesRef.setNote($0, at: $1) }, present: { present() }, export: { export() }))
        presentation = PresentationView()

        // Header bar: import on the left, search in the middle, the menu on the right.
        let header = adw_header_bar_new()!
        search = gtk_search_entry_new()
        gtk_widget_set_size_request(search, 380, -1)
        setProperty(
            search, "placeholder-text", string: tr("Search statements (words, \"phrases\", AND, OR, NOT)"))
        UI.setAccessibleLabel(search, tr("Search statements"))
        adw_header_bar_set_title_widget(opaque(header), search)
        let importButton = UI.button(icon: "document-open-symbolic", tooltip: tr("Import files (Ctrl+O)")) {}
        gtk_actionable_set_action_name(opaque(importButton), CommandTable.action("import-files"))
        UI.setAccessibleLabel(importButton, tr("Import"))
        adw_header_bar_pack_start(opaque(header), importButton)
        let menuButton = gtk_menu_button_new()!
        gtk_menu_button_set_icon_name(opaque(menuButton), "open-menu-symbolic")
        gtk_menu_button_set_menu_model(opaque(menuButton), cast(AppActions.menu()))
        UI.setAccessibleLabel(menuButton, tr("Main menu"))
        adw_header_bar_pack_end(opaque(header), menuButton)

        // Main area: chips, timeline, then list | text.
        let main = UI.box(GTK_ORIENTATION_VERTICAL)
        let reading = ReadingPanes(list: leftPages, text: pane.widget, position: 420)
        UI.append(
            main, chips.widget, timeline.view, gtk_separator_new(GTK_ORIENTATION_HORIZONTAL), reading.widget)

        // Only an empty library takes the whole window; no match is said in the list's place.
        var importFiles: () -> Void = {}
        status = UI.statusPage(
            icon: "document-open-symbolic", title: tr("No Statements Yet"),
            description: tr(
                "Import speeches, remarks or news stories saved as text: drop files or folders on this window, "
                    + "or press Ctrl+O."),
            child: UI.button(label: tr("Import Files…"), classes: ["pill", "suggested-action"]) { importFiles() })
        stack = gtk_stack_new()
        gtk_stack_add_named(opaque(stack), main, "main")
        gtk_stack_add_named(opaque(stack), status, "status")
        UI.expand(stack)

        // The sidebar: the topic filter, and the story being built, one switcher apart.
        sidePages = gtk_stack_new()
        let filterPage = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(filterPage, dates.widget, sidebar.widget)
        UI.expand(sidebar.widget)
        gtk_stack_add_titled(opaque(sidePages), filterPage, "filter", tr("Filter"))
        gtk_stack_add_titled(opaque(sidePages), storyPanel.widget, "story", tr("Story"))
        UI.expand(sidePages)
        let switcher = gtk_stack_switcher_new()!
        gtk_stack_switcher_set_stack(opaque(switcher), opaque(sidePages))
        UI.margins(switcher, 6)
        let side = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(side, switcher, sidePages)
        gtk_widget_set_size_request(side, 290, -1)
        // The flap takes its child's natural width, which long facet values (ellipsized in 290 pixels) would
        // stretch: a scroller that never scrolls sideways reports the width asked of it instead.
        let sideColumn = gtk_scrolled_window_new()!
        gtk_scrolled_window_set_policy(opaque(sideColumn), GTK_POLICY_EXTERNAL, GTK_POLICY_NEVER)
        gtk_scrolled_window_set_min_content_width(opaque(sideColumn), 290)
        gtk_scrolled_window_set_child(opaque(sideColumn), side)
        gtk_widget_set_hexpand(sideColumn, 0)  // the sidebar's pages expand inside it, not into the content
        // Beside the list on a wide window; folded away below 1,000 pixels (`adapt`), shown over the list by
        // the header's sidebar button or Alt+1.
        flap = adw_flap_new()
        adw_flap_set_flap(opaque(flap), sideColumn)
        adw_flap_set_separator(opaque(flap), gtk_separator_new(GTK_ORIENTATION_VERTICAL))
        adw_flap_set_content(opaque(flap), stack)
        adw_flap_set_swipe_to_open(opaque(flap), 0)
        gtk_widget_add_css_class(sideColumn, "background")
        sidebarButton = gtk_toggle_button_new()
        gtk_button_set_icon_name(cast(sidebarButton), "sidebar-show-symbolic")
        gtk_widget_set_tooltip_text(sidebarButton, tr("Show the topic filter and the story (Alt+1)"))
        UI.setAccessibleLabel(sidebarButton, tr("Sidebar"))
        g_object_bind_property(
            flap.rawPointer, "reveal-flap", sidebarButton.rawPointer, "active",
            GBindingFlags(rawValue: G_BINDING_BIDIRECTIONAL.rawValue | G_BINDING_SYNC_CREATE.rawValue))
        adw_header_bar_pack_start(opaque(header), sidebarButton)
        adw_header_bar_pack_start(opaque(header), reading.backButton)
        self.reading = reading
        openText = { reading.showText() }
        toasts = Toasts(over: flap)
        let content = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(content, header, toasts.widget)
        UI.expand(toasts.widget)
        screens = gtk_stack_new()
        gtk_stack_add_named(opaque(screens), content, "explore")
        gtk_stack_add_named(opaque(screens), presentation.widget, "present")
        adw_application_window_set_content(cast(window), screens)

        imports = ImportController(library: library, viewModel: viewModel, parent: window, toasts: toasts)
        exports = ExportController(library: library, viewModel: viewModel, parent: window, toasts: toasts)
        // The strips under the header, above the content.
        gtk_box_insert_child_after(cast(content), exports.strip.widget, header)
        gtk_box_insert_child_after(cast(content), imports.strip.widget, header)
        reading.focusPage = { [unowned self] text in
            if text { self.pane.focusText() } else { self.focusLeftPage() }
        }
        Signal.connect(search, .searchChanged) { [unowned self] in
            viewModelRef.setSearch(Entry.text(self.search))
        }
        importFiles = { [unowned self] in self.imports.choose(folders: false) }
        Signal.connect(search, .stopSearch) { [unowned self] in self.stopSearch() }
        // Enter in the search box: the open statement's next hit (the list follows the typing already).
        Signal.connect(search, .activate) { viewModelRef.stepHit(forward: true) }
        Signal.connect(window, .closeRequest) { [unowned self] in
            self.imports.cancel()
            self.exports.cancel()
            self.stories.finishBeforeClosing()  // a note typed just now, before its pause came
            var w: Int32 = 0
            var h: Int32 = 0
            gtk_window_get_default_size(cast(self.window), &w, &h)
            let maximized = gtk_window_is_maximized(cast(self.window)) != 0
            self.preferences.saveWindow(width: w, height: h, maximized: maximized)
            return false
        }
        StallProbe.watchFrames(of: window)
        Files.acceptDrops(on: window) { [unowned self] paths in self.imports.start(paths) }
        // The window's own width: its surface's includes the shadows of its client-side frame.
        WindowWidth.track(window) { [weak self] _ in
            guard let self else { return }
            self.adapt(toWidth: gtk_widget_get_width(self.window))
        }
        viewModel.onChange = { [unowned self] in
            // The lines in context follow the window's filter, and their trend the timeline's bins.
            self.concordance.setFilter(self.viewModel.filter)
            self.concordance.setByMonth(self.viewModel.timeline.granularity != .year)
            self.echoes.setFilter(self.viewModel.filter)
            self.compare.setFilter(self.viewModel.filter)
            // The date order and the timeline's stacking are kept for the next run.
            self.preferences.dateOrder = self.viewModel.sort
            self.preferences.stackBySituation = self.viewModel.stackBySituation
            self.scheduleRender()
        }
        concordance.onChange = { [unowned self] in self.scheduleRender() }
        viewModel.onRowsLoaded = { [unowned self] in self.list.refreshRows() }
        echoes.onChange = { [unowned self] in self.scheduleRender() }
        compare.onChange = { [unowned self] in self.scheduleRender() }
        openWord = { [unowned self] in self.openWordOfGroup(ofA: $0, at: $1) }
        exportLines = { [unowned self] in self.exportConcordance() }
        exportWords = { [unowned self] in self.exportComparison() }
        stories.onChange = { [unowned self] in self.scheduleRender() }
        present = { [unowned self] in self.presentStory() }
        export = { [unowned self] in self.exports.chooseStory(self.stories.current) }
        installPresentationKeys()
        // An import by another process (the tool beside the window) shows within two seconds; the window's
        // own imports reload when they end.
        MainLoop.every(milliseconds: 2000) { [weak self] in
            guard let self else { return false }
            if !self.imports.isRunning { self.viewModel.checkForOutsideChanges() }
            return true
        }
        stages.paintAll()
    }

    // MARK: - Rendering

    /// Changes arrive in bursts (a filter change updates rows, facets and selection): the regions are painted
    /// once for the burst, in stages (`RenderStages`): first what the person acted on most often, the list.
    private func scheduleRender() { stages.schedule() }

    private func makeStages() -> RenderStages {
        RenderStages([
            ("list", { [unowned self] in renderList() }),
            ("text pane", { [unowned self] in pane.render(viewModel.selected) }),
            ("timeline", { [unowned self] in renderTimeline() }),
            ("analysis", { [unowned self] in renderAnalysis() }),
            ("sidebar", { [unowned self] in renderSidebar() }),
            ("story and commands", { [unowned self] in renderStoryAndCommands() }),
        ])
    }

    /// The list with what says what it holds: the filter's chips and dates, the search box, the empty states.
    private func renderList() {
        let vm = viewModel
        gtk_stack_set_visible_child_name(opaque(stack), vm.emptyState == .emptyLibrary ? "status" : "main")
        list.showNoMatches(
            vm.emptyState == .noMatches
                ? tr(
                    "Nothing in the library matches {0}. Try fewer filters or another search.",
                    vm.chips.map(\.label).joined(separator: tr(" and "))) : nil)
        if vm.searchClears != searchClearsSeen {
            searchClearsSeen = vm.searchClears
            clearSearch()
        }
        dates.render(from: vm.filter.from, to: vm.filter.to)
        chips.render(chips: vm.chips, countLine: vm.countLine, searchError: vm.searchError)
        UI.setClass(search, "error", vm.searchError != nil)
        gtk_widget_set_tooltip_text(search, vm.searchError)
        list.render(rows: vm.rows, sort: vm.sort, searching: vm.filter.text != nil, selected: vm.selectedRow)
        gtk_stack_set_visible_child_name(
            opaque(leftPages),
            compare.isOpen ? "compare" : echoes.isOpen ? "echoes" : concordance.isOpen ? "kwic" : "list")
    }

    private func renderTimeline() {
        let vm = viewModel
        timeline.render(
            vm.timeline, bins: vm.stackedBins,
            situations: vm.stackBySituation ? vm.situationColours + [SituationSeries.other] : nil,
            undated: (vm.undatedCount, vm.filter.undated), selected: vm.selected, selectedDate: vm.selectedDate,
            range: (vm.filter.from, vm.filter.to),
            trends: concordance.trendLines)
    }

    /// Key words in context, echoes and the comparison, in the list's place when open.
    private func renderAnalysis() {
        kwic.render(concordance)
        echoesView.render(echoes)
        compareView.render(compare)
    }

    private func renderSidebar() {
        let vm = viewModel
        let counts = Dictionary(uniqueKeysWithValues: Facet.allCases.map { ($0, vm.valueCount($0)) })
        sidebar.render(vm.facets, valueCounts: counts)
    }

    /// The story panel, which commands can run, and what the view-model and the stories have to say (toasts).
    private func renderStoryAndCommands() {
        let vm = viewModel
        storyPanel.render(stories)
        updateCommands()
        for error in [vm.pendingError, stories.pendingError].compactMap({ $0 }) { toast(error) }
        vm.pendingError = nil
        stories.pendingError = nil
        for offer in [stories.pendingUndo, vm.pendingUndo].compactMap({ $0 }) { offerUndo(offer) }
        stories.pendingUndo = nil
        vm.pendingUndo = nil
    }

    /// F2: the dialog that corrects the open statement's fields.
    func correctStatement() {
        let vm = viewModel
        let window = self.window
        vm.loadCorrectionForm { form in
            CorrectionDialog.present(
                parent: window, form: form,
                actions: .init(
                    save: { vm.applyCorrections($0, to: form, then: $1) }, revert: { vm.revertCorrection($0) }))
        }
    }

    /// A deletion's toast, with Undo: the newest offer replaces the one before.
    private func offerUndo(_ offer: UndoOffer) {
        undoOffer = offer
        toasts.show(offer.message, button: tr("Undo"), actionName: CommandTable.action("undo"), timeout: 10)
    }

    func undoLast() {
        let offer = undoOffer
        undoOffer = nil
        offer?.undo()
    }

    // MARK: - Layout

    /// Below 1,000 pixels the sidebar folds away (shown over the content on demand), and the list gives way so
    /// the text pane keeps a readable line of about 65 characters (`readableText` pixels).
    private func adapt(toWidth width: Int32) {
        // The surface reports every layout, most of them at the same width.
        guard width > 1, width != adaptedWidth, gtk_widget_get_width(reading.widget) > 0 else { return }
        adaptedWidth = width
        let isNarrow = width < Self.foldWidth
        if isNarrow != narrow {
            narrow = isNarrow
            adw_flap_set_fold_policy(opaque(flap), isNarrow ? ADW_FLAP_FOLD_POLICY_ALWAYS : ADW_FLAP_FOLD_POLICY_NEVER)
            adw_flap_set_reveal_flap(opaque(flap), isNarrow ? 0 : 1)
        }
        // Below a list and a readable line side by side: one page at a time, and a narrower search box.
        let twoPages = width < ReadingPanes.twoPagesWidth
        if twoPages != reading.twoPages {
            reading.setTwoPages(twoPages)
            gtk_widget_set_size_request(search, twoPages ? 200 : 380, -1)
            // Back side by side: the paned is not laid out yet, so the list's share is set from the window's width.
            let listWidth = max(Self.narrowestList, width - Self.readableText)
            if !twoPages { gtk_paned_set_position(opaque(reading.split), listWidth) }
        }
        guard !twoPages else { return }
        // GTK lays the window out before `WindowWidth` reports, so the list and text have their new width.
        let split = reading.split
        let content = gtk_widget_get_width(split)
        let listWidth = gtk_paned_get_position(opaque(split))
        if content - listWidth < Self.readableText {
            gtk_paned_set_position(opaque(split), max(Self.narrowestList, content - Self.readableText))
        }
    }

    /// The keyboard to the page left of the text: the list's rows, or the view shown in its place.
    private func focusLeftPage() {
        if compare.isOpen { compareView.focus() } else if concordance.isOpen { kwic.focus() } else { list.focus() }
    }

    static let foldWidth: Int32 = 1000
    static let readableText: Int32 = 560
    static let narrowestList: Int32 = 220

    // MARK: - Commands

    /// Commands that cannot run now are greyed out in the menu and their keys do nothing (`CommandTable`).
    private func updateCommands() {
        let vm = viewModel
        let context = CommandTable.Context(
            listed: !vm.rows.ids.isEmpty, timelineDrawn: !vm.timeline.bins.isEmpty, selected: vm.selected != nil,
            filtered: !vm.filter.isEmpty, storyHasCards: !(stories.current?.cards.isEmpty ?? true),
            hasHits: !(vm.selected?.searchHits.isEmpty ?? true))
        for (name, enabled) in CommandTable.availability(in: context) { Actions.setEnabled(window, name, enabled) }
    }

    func toast(_ message: String) { toasts.show(message) }

    /// Ctrl+F: the search box, its text selected so typing replaces it.
    func focusSearch() {
        gtk_widget_grab_focus(search)
        gtk_editable_select_region(opaque(search), 0, -1)
    }
    private func clearSearch() { gtk_editable_set_text(opaque(search), "") }

    /// Esc in the search box clears it and gives the keyboard back to the list.
    private func stopSearch() {
        clearSearch()
        list.focus()
    }

    /// Ctrl+Shift+K: the lines in context in the list's place, for the words searched if there are any.
    func openConcordance() {
        let searched = Entry.text(search).replacingOccurrences(of: "\"", with: "")
        concordance.setFilter(viewModel.filter)
        if echoes.isOpen { echoes.close() }
        if compare.isOpen { compare.close() }
        concordance.open(phrase: concordance.phrase.isEmpty ? searched : nil)
        gtk_stack_set_visible_child_name(opaque(leftPages), "kwic")
        kwic.focus()
    }

    /// Ctrl+Shift+R: the passages said again under the filters, in the list's place.
    func openEchoes() {
        if concordance.isOpen { concordance.close() }
        if compare.isOpen { compare.close() }
        echoes.setFilter(viewModel.filter)
        echoes.open()
    }

    /// Ctrl+Shift+C: the filter of the moment becomes group A and the filter as it changes group B.
    func openCompare() {
        if concordance.isOpen { concordance.close() }
        if echoes.isOpen { echoes.close() }
        compare.open(current: viewModel.filter)
        gtk_stack_set_visible_child_name(opaque(leftPages), "compare")
        compareView.focus()
    }

    /// A word of a compared group: its key words in context in that group (whose filter the window takes).
    private func openWordOfGroup(ofA: Bool, at index: Int) {
        let rows = compare.rows(ofA: ofA)
        guard rows.indices.contains(index) else { return }
        let group = compare.filter(ofA: ofA)
        viewModel.show(group)
        compare.close()
        concordance.setFilter(group)
        concordance.open(phrase: rows[index].word)
        gtk_stack_set_visible_child_name(opaque(leftPages), "kwic")
        kwic.focus()
    }

    func toggleFullscreen() {
        if gtk_window_is_fullscreen(cast(window)) != 0 {
            gtk_window_unfullscreen(cast(window))
        } else {
            gtk_window_fullscreen(cast(window))
        }
    }

    func close() { gtk_window_close(cast(window)) }

    func chooseTimelineExport() {
        Files.choose(
            parent: window, title: tr("Export the Timeline (.png, .svg or .pdf)"), folders: false, save: true,
            suggestedName: "rostrum-timeline.pdf"
        ) { [weak self] paths in
            guard let self, let path = paths.first else { return }
            let filter =
                self.viewModel.chips.isEmpty
                ? tr("all statements") : self.viewModel.chips.map(\.label).joined(separator: "; ")
            do {
                try self.timeline.export(to: path, subtitle: "\(self.viewModel.countLine): \(filter)")
                self.toast(tr("Exported the timeline to {0}", (path as NSString).lastPathComponent))
            } catch { self.toast(tr("Export failed: {0}", "\(error)")) }
        }
    }
}

/// A weak reference to a main-thread object that a background task carries only to hand back to the main
/// queue; it is read there and nowhere else, which is what makes sending it safe.
final class MainThreadReference<T: AnyObject>: @unchecked Sendable {
    weak var value: T?
    init(_ value: T) { self.value = value }
}
