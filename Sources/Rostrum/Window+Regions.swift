import CGtk
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel
import Translations

// The window's regions, one builder each, called once on first use of the region (`ExplorerWindow`'s lazy
// properties). A builder makes its widgets, hands them their actions (on the models, or on the window, held
// weakly) and places the regions it contains.
extension ExplorerWindow {
    // MARK: - Header

    /// Import and the sidebar's button on the left, search in the middle, the menu on the right.
    func makeHeader() -> Widget {
        let header = adw_header_bar_new()!
        adw_header_bar_set_title_widget(opaque(header), search)
        let importButton = UI.button(icon: "document-open-symbolic", tooltip: tr("Import files (Ctrl+O)")) {}
        gtk_actionable_set_action_name(opaque(importButton), CommandTable.action("import-files"))
        UI.setAccessibleLabel(importButton, tr("Import"))
        adw_header_bar_pack_start(opaque(header), importButton)
        adw_header_bar_pack_start(opaque(header), sidebarButton)
        adw_header_bar_pack_start(opaque(header), reading.backButton)
        let menuButton = gtk_menu_button_new()!
        gtk_menu_button_set_icon_name(opaque(menuButton), "open-menu-symbolic")
        gtk_menu_button_set_menu_model(opaque(menuButton), cast(AppActions.menu()))
        UI.setAccessibleLabel(menuButton, tr("Main menu"))
        adw_header_bar_pack_end(opaque(header), menuButton)
        return header
    }

    func makeSearch() -> Widget {
        let search = gtk_search_entry_new()!
        gtk_widget_set_size_request(search, 380, -1)
        setProperty(search, "placeholder-text", string: tr("Search statements (words, \"phrases\", AND, OR, NOT)"))
        UI.setAccessibleLabel(search, tr("Search statements"))
        return search
    }

    /// Shows the sidebar over the content when it is folded away (Alt+1); pressed while it shows.
    func makeSidebarButton() -> Widget {
        let button = gtk_toggle_button_new()!
        gtk_button_set_icon_name(cast(button), "sidebar-show-symbolic")
        gtk_widget_set_tooltip_text(button, tr("Show the topic filter and the story (Alt+1)"))
        UI.setAccessibleLabel(button, tr("Sidebar"))
        g_object_bind_property(
            flap.rawPointer, "reveal-flap", button.rawPointer, "active",
            GBindingFlags(rawValue: G_BINDING_BIDIRECTIONAL.rawValue | G_BINDING_SYNC_CREATE.rawValue))
        return button
    }

    // MARK: - Sidebar

    func makeSidebar() -> FilterSidebar {
        FilterSidebar(
            onToggle: { [viewModel] facet, value in viewModel.toggle(facet, value) },
            onFind: { [viewModel] facet, text in viewModel.setFacetQuery(facet, text) })
    }

    func makeStoryPanel() -> StoryPanel {
        let stories = stories
        return StoryPanel(
            actions: .init(
                open: { stories.open($0) }, new: { stories.newStory() }, delete: { stories.deleteCurrent() },
                rename: { stories.rename(to: $0) }, move: { stories.moveCard(from: $0, to: $1) },
                remove: { stories.removeCard(at: $0) }, note: { stories.setNote($0, at: $1) },
                present: { [weak self] in self?.presentStory() },
                export: { [weak self] in self?.exports.chooseStory(stories.current) }))
    }

    /// The topic filter (under the dates) and the story being built, one switcher apart.
    func makeSidePages() -> Widget {
        let pages = gtk_stack_new()!
        let filterPage = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(filterPage, dates.widget, sidebar.widget)
        UI.expand(sidebar.widget)
        gtk_stack_add_titled(opaque(pages), filterPage, "filter", tr("Filter"))
        gtk_stack_add_titled(opaque(pages), storyPanel.widget, "story", tr("Story"))
        UI.expand(pages)
        return pages
    }

    /// The sidebar beside the content on a wide window; folded away below 1,000 pixels (`adapt`), shown over
    /// the content by the header's sidebar button or Alt+1.
    func makeFlap() -> Widget {
        let switcher = gtk_stack_switcher_new()!
        gtk_stack_switcher_set_stack(opaque(switcher), opaque(sidePages))
        UI.margins(switcher, 6)
        let side = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(side, switcher, sidePages)
        gtk_widget_set_size_request(side, 290, -1)
        // The flap takes its child's natural width, which long facet values (ellipsized in 290 pixels) would
        // stretch: a scroller that never scrolls sideways reports the width asked of it instead.
        let column = gtk_scrolled_window_new()!
        gtk_scrolled_window_set_policy(opaque(column), GTK_POLICY_EXTERNAL, GTK_POLICY_NEVER)
        gtk_scrolled_window_set_min_content_width(opaque(column), 290)
        gtk_scrolled_window_set_child(opaque(column), side)
        gtk_widget_set_hexpand(column, 0)  // the sidebar's pages expand inside it, not into the content
        gtk_widget_add_css_class(column, "background")
        let flap = adw_flap_new()!
        adw_flap_set_flap(opaque(flap), column)
        adw_flap_set_separator(opaque(flap), gtk_separator_new(GTK_ORIENTATION_VERTICAL))
        adw_flap_set_content(opaque(flap), stack)
        adw_flap_set_swipe_to_open(opaque(flap), 0)
        return flap
    }

    // MARK: - Timeline

    func makeTimeline() -> TimelineView {
        let viewModel = viewModel
        let concordance = concordance
        return TimelineView(
            themes: library.reader.reference.themes,
            actions: .init(
                zoom: { viewModel.zoomTimeline(by: $0, anchor: $1) }, pan: { viewModel.panTimeline(by: $0) },
                selectDays: { viewModel.selectDays(from: $0, to: $1) },
                clickBin: { viewModel.selectFirst(inBin: $0) },
                stackBySituation: { viewModel.setStacking(bySituation: $0) },
                toggleUndated: { viewModel.toggleUndated() }, fit: { viewModel.fitTimeline() },
                moveCursor: { viewModel.moveTimelineCursor(by: $0) },
                openCursor: { viewModel.openTimelineCursor(filtering: $0) },
                openTrendPoint: { line, point in
                    concordance.filter(forLine: line, point: point).map { viewModel.setFilter($0) }
                }))
    }

    /// The active filters as chips, with the timeline's Undated and By-situation buttons at their end.
    func makeChips() -> FilterChipsBar {
        FilterChipsBar(
            accessories: [timeline.undatedButton, timeline.stackSwitch],
            onRemove: { [viewModel] in viewModel.remove($0) }, onClear: { [viewModel] in viewModel.clearAll() })
    }

    // MARK: - List, analysis views and text

    func makeList() -> StatementListView {
        StatementListView(
            onSelect: { [viewModel] in viewModel.select(row: $0) }, onOpen: { [weak self] in self?.reading.showText() },
            onToggleSort: { [viewModel] in viewModel.toggleSort(relevance: $0) },
            onClear: { [viewModel] in viewModel.clearAll() })
    }

    func makeConcordanceView() -> ConcordanceView {
        let concordance = concordance
        return ConcordanceView(
            actions: .init(
                phrase: { concordance.setPhrase($0) }, sort: { concordance.setSort($0) },
                open: { [weak self] i in
                    guard let self else { return }
                    guard let line = concordance.result?.lines[i] else { return }
                    viewModel.select(id: line.statement, marking: NSRange(location: line.offset, length: line.length))
                    reading.showText()
                }, close: { concordance.close() }, export: { [weak self] in self?.exportConcordance() },
                split: { concordance.setSplit($0) }))
    }

    func makeEchoesView() -> EchoesView {
        let echoes = echoes
        return EchoesView(
            actions: .init(
                choose: { echoes.choose($0) },
                open: { [weak self] i in
                    guard let self else { return }
                    let occurrences = echoes.occurrences
                    guard occurrences.indices.contains(i) else { return }
                    viewModel.select(id: occurrences[i].statement, marking: occurrences[i].range)
                    reading.showText()
                }, close: { echoes.close() }))
    }

    func makeCompareView() -> CompareView {
        let compare = compare
        return CompareView(
            actions: .init(
                pinA: { [weak self] in if let self { compare.pinA(viewModel.filter) } },
                export: { [weak self] in self?.exportComparison() },
                openWord: { [weak self] in self?.openWordOfGroup(ofA: $0, at: $1) }, close: { compare.close() }))
    }

    func makeLeftPages() -> Widget {
        let pages = gtk_stack_new()!
        gtk_stack_add_named(opaque(pages), list.widget, "list")
        gtk_stack_add_named(opaque(pages), kwic.widget, "kwic")
        gtk_stack_add_named(opaque(pages), echoesView.widget, "echoes")
        gtk_stack_add_named(opaque(pages), compareView.widget, "compare")
        // As narrow as the page shown allows (the list's), not as the widest of the four.
        gtk_stack_set_hhomogeneous(opaque(pages), 0)
        return pages
    }

    func makeReading() -> ReadingPanes {
        let reading = ReadingPanes(list: leftPages, text: pane.widget, position: 420)
        reading.focusPage = { [weak self] text in
            guard let self else { return }
            if text { pane.focusText() } else { focusLeftPage() }
        }
        return reading
    }

    // MARK: - Content

    /// Chips, timeline, then list | text; only an empty library takes the whole window (no match is said in the
    /// list's place).
    func makeMainStack() -> Widget {
        let main = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(main, chips.widget, timeline.view, gtk_separator_new(GTK_ORIENTATION_HORIZONTAL), reading.widget)
        let stack = gtk_stack_new()!
        gtk_stack_add_named(opaque(stack), main, "main")
        gtk_stack_add_named(opaque(stack), status, "status")
        UI.expand(stack)
        return stack
    }

    func makeStatus() -> Widget {
        UI.statusPage(
            icon: "document-open-symbolic", title: tr("No Statements Yet"),
            description: tr(
                "Import speeches, remarks or news stories saved as text: drop files or folders on this window, "
                    + "or press Ctrl+O."),
            child: UI.button(label: tr("Import Files…"), classes: ["pill", "suggested-action"]) { [weak self] in
                self?.imports.choose(folders: false)
            })
    }

    /// The header, the import's and the export's strips, and the content under its toasts; or the projector's
    /// screen while presenting.
    func makeScreens() -> Widget {
        let header = makeHeader()
        let content = UI.box(GTK_ORIENTATION_VERTICAL)
        UI.append(content, header, imports.strip.widget, exports.strip.widget, refiling.strip.widget, toasts.widget)
        UI.expand(toasts.widget)
        let screens = gtk_stack_new()!
        gtk_stack_add_named(opaque(screens), content, "explore")
        gtk_stack_add_named(opaque(screens), presentation.widget, "present")
        return screens
    }
}
