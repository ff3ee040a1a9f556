import CGtk
import Dispatch
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel
import TimelineChart
import Translations

/// The main window: header bar (import, search, menu), the topic filter on the left, and on the right
/// the active filters, the timeline, the list and the text pane. It owns the view-model and repaints
/// from it after each change; the widgets only report what the user did.
///
/// Each region is built on first use by its builder in `Window+Regions.swift`; the initialiser makes the
/// models, asks for the window's content (which builds every region) and wires the window to the models.
@MainActor
final class ExplorerWindow {
    let window: Widget
    let viewModel: ExplorerViewModel
    let library: StatementLibrary
    /// Key words in context, echoes under the filter and two groups compared, each shown in the list's place.
    let concordance: ConcordanceModel
    let echoes: EchoesModel
    let compare: CompareModel
    /// The stories and presentation mode (Window+Present.swift).
    let stories: StoryEditor
    let preferences: Preferences
    /// Where the commands live, so the window can say which of them can run now.
    let app: UnsafeMutablePointer<AdwApplication>

    // The regions (Window+Regions.swift). Their closures hold the window weakly: it is owned by its GTK window.
    lazy var search = makeSearch()
    lazy var sidebar = makeSidebar()
    lazy var dates = DateRangeBar { [viewModel] in viewModel.setDates(from: $0, to: $1) }
    lazy var timeline = makeTimeline()
    lazy var chips = makeChips()
    lazy var list = makeList()
    lazy var pane = TextPane { [viewModel] in viewModel.select(id: $0) }
    lazy var kwic = makeConcordanceView()
    lazy var echoesView = makeEchoesView()
    lazy var compareView = makeCompareView()
    /// The list, or key words in context, echoes or the comparison in its place: "list", "kwic", "echoes", "compare".
    lazy var leftPages = makeLeftPages()
    /// The list beside the text pane, or the two as pages on a narrow window.
    lazy var reading = makeReading()
    /// "main" (timeline, list and text) or "status" (an empty library's invitation to import).
    lazy var stack = makeMainStack()
    lazy var status = makeStatus()
    /// The sidebar's pages: "filter" and "story".
    lazy var sidePages = makeSidePages()
    lazy var storyPanel = makeStoryPanel()
    /// The sidebar, folded over the content on a narrow window.
    lazy var flap = makeFlap()
    lazy var sidebarButton = makeSidebarButton()
    lazy var toasts = Toasts(over: flap)
    /// Imports started here, and the long exports (the list, a story's PDF): each with its strip and Cancel.
    lazy var imports = ImportController(library: library, viewModel: viewModel, parent: window, toasts: toasts)
    lazy var exports = ExportController(library: library, viewModel: viewModel, parent: window, toasts: toasts)
    /// Filing the statements under situations again, when the library was filed with an earlier table.
    lazy var refiling = RefileController(library: library, viewModel: viewModel, toasts: toasts)
    let presentation = PresentationView()
    /// "explore" (everything above) or "present" (the projector screen).
    lazy var screens = makeScreens()

    /// The regions, painted in stages after each change (`scheduleRender`).
    private lazy var stages = makeStages()
    /// The view-model's count of searches cleared by a command, as last shown in the search box.
    private var searchClearsSeen = 0
    /// Whether the window was narrow at the last change of its width, and that width.
    private var narrow: Bool?
    private var adaptedWidth: Int32 = 0
    var fullscreenBeforePresenting = false
    /// What the Undo button of the last deletion's toast takes back.
    private var undoOffer: UndoOffer?

    init(app: UnsafeMutablePointer<AdwApplication>, library: StatementLibrary, preferences: Preferences) {
        self.app = app
        self.library = library
        self.preferences = preferences
        viewModel = ExplorerViewModel(
            library: library, scheduler: BackgroundScheduler(), sort: preferences.dateOrder,
            stackBySituation: preferences.stackBySituation)
        concordance = ConcordanceModel(store: library.store, scheduler: BackgroundScheduler())
        echoes = EchoesModel(store: library.store, scheduler: BackgroundScheduler())
        compare = CompareModel(store: library.store, scheduler: BackgroundScheduler())
        stories = StoryEditor(store: library.store, scheduler: BackgroundScheduler())
        window = adw_application_window_new(cast(app))
        gtk_window_set_title(cast(window), "Rostrum")
        let size = preferences.windowSize
        gtk_window_set_default_size(cast(window), size.width, size.height)
        if size.maximized { gtk_window_maximize(cast(window)) }
        adw_application_window_set_content(cast(window), screens)
        Ownership.keep(self, ownedBy: window)  // the window's closures hold it weakly
        connectSearch()
        connectWindow()
        observeModels()
        installPresentationKeys()
        stages.paintAll()
    }

    /// Typing searches; Esc clears the box; Enter steps to the open statement's next hit (the list follows the
    /// typing already).
    private func connectSearch() {
        Signal.connect(search, .searchChanged) { [weak self] in
            guard let self else { return }
            viewModel.setSearch(Entry.text(search))
        }
        Signal.connect(search, .stopSearch) { [weak self] in self?.stopSearch() }
        Signal.connect(search, .activate) { [viewModel] in viewModel.stepHit(forward: true) }
    }

    /// Closing, dropped files, the window's width.
    private func connectWindow() {
        Signal.connect(window, .closeRequest) { [weak self] in
            guard let self else { return false }
            imports.cancel()
            exports.cancel()
            refiling.cancel()
            stories.finishBeforeClosing()  // a note typed just now, before its pause came
            var w: Int32 = 0
            var h: Int32 = 0
            gtk_window_get_default_size(cast(window), &w, &h)
            preferences.saveWindow(width: w, height: h, maximized: gtk_window_is_maximized(cast(window)) != 0)
            return false
        }
        StallProbe.watchFrames(of: window)
        Files.acceptDrops(on: window) { [weak self] paths in self?.imports.start(paths) }
        // The window's own width: its surface's includes the shadows of its client-side frame.
        WindowWidth.track(window) { [weak self] _ in
            guard let self else { return }
            adapt(toWidth: gtk_widget_get_width(window))
        }
    }

    /// Every model's change repaints (in stages); an import by another process (the tool beside the window)
    /// shows within two seconds, the window's own imports when they end.
    private func observeModels() {
        viewModel.onChange = { [weak self] in
            guard let self else { return }
            // The lines in context follow the window's filter, and their trend the timeline's bins.
            concordance.setFilter(viewModel.filter)
            concordance.setByMonth(viewModel.timeline.granularity != .year)
            echoes.setFilter(viewModel.filter)
            compare.setFilter(viewModel.filter)
            // The date order and the timeline's stacking are kept for the next run.
            preferences.dateOrder = viewModel.sort
            preferences.stackBySituation = viewModel.stackBySituation
            scheduleRender()
        }
        viewModel.onRowsLoaded = { [weak self] in self?.list.refreshRows() }
        concordance.onChange = { [weak self] in self?.scheduleRender() }
        echoes.onChange = { [weak self] in self?.scheduleRender() }
        compare.onChange = { [weak self] in self?.scheduleRender() }
        stories.onChange = { [weak self] in self?.scheduleRender() }
        refiling.onChange = { [weak self] in self?.scheduleRender() }
        MainLoop.every(milliseconds: 2000) { [weak self] in
            guard let self else { return false }
            if !imports.isRunning { viewModel.checkForOutsideChanges() }
            return true
        }
    }

    // MARK: - Rendering

    /// Changes arrive in bursts (a filter change updates rows, facets and selection): the regions are painted
    /// once for the burst, in stages (`RenderStages`): first what the person acted on most often, the list.
    private func scheduleRender() { stages.schedule() }

    private func makeStages() -> RenderStages {
        RenderStages([
            ("list", { [weak self] in self?.renderList() }),
            ("text pane", { [weak self] in if let self { pane.render(viewModel.selected) } }),
            ("timeline", { [weak self] in self?.renderTimeline() }),
            ("analysis", { [weak self] in self?.renderAnalysis() }),
            ("sidebar", { [weak self] in self?.renderSidebar() }),
            ("story and commands", { [weak self] in self?.renderStoryAndCommands() }),
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
    func focusLeftPage() {
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
            hasHits: !(vm.selected?.searchHits.isEmpty ?? true), situationsOutOfDate: refiling.canRun)
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
    func openWordOfGroup(ofA: Bool, at index: Int) {
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
