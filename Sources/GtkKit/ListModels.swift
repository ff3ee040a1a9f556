import CGtk

/// A list view over keys (`LazyKeyModel`), with rows drawn by Swift closures: GTK holds an object only for the
/// rows it shows while the app keeps the row data, and `GtkListView` creates widgets only for the rows on screen
/// and about 200 around them.
@MainActor
public final class KeyedListView {
    private let keyModel = LazyKeyModel()
    public let selection: OpaquePointer  // GtkSingleSelection
    public let view: Widget  // GtkListView
    private var keys: [String] = []
    private var suppressSelection = false
    /// Fills the rows GTK binds: those on screen first.
    private let filler: RowFiller

    /// - Parameters:
    ///   - setup: builds an empty row widget (called for as many rows as GTK keeps, about 200 for a long list).
    ///   - bind: fills a row widget for the key at a position.
    ///   - fillOffScreenWhenIdle: rows on screen are filled as they are placed, the others when the main loop
    ///     is idle (`RowFiller`), for lists of thousands; false, every row as it is bound.
    ///   - selected: called with the newly selected position when the user selects a row.
    public init(
        setup: @escaping () -> Widget, bind: @escaping (Widget, Int) -> Void, fillOffScreenWhenIdle: Bool = false,
        selected: @escaping (Int) -> Void
    ) {
        selection = gtk_single_selection_new(g_object_ref(UnsafeMutableRawPointer(keyModel.object)).map(opaque))
        gtk_single_selection_set_autoselect(selection, 0)
        gtk_single_selection_set_can_unselect(selection, 1)
        let factory = gtk_signal_list_item_factory_new()!
        Signal.connect(factory, .setup) { item in gtk_list_item_set_child(item, setup()) }
        view = gtk_list_view_new(opaque(selection), factory)
        let filler = RowFiller(view: view, fill: bind, deferOffScreen: fillOffScreenWhenIdle)
        self.filler = filler
        Signal.connect(factory, .bind) { item in filler.bind(item) }
        Signal.connect(factory, .unbind) { item in filler.unbind(item) }
        Signal.connect(selection, .notify("selected")) { [weak self] in
            guard let self, !self.suppressSelection else { return }
            let position = gtk_single_selection_get_selected(self.selection)
            if position != GTK_INVALID_LIST_POSITION { selected(Int(position)) }
        }
    }

    public var count: Int { keys.count }

    /// Fills the rows on screen again for their positions: their data came after they were drawn.
    public func refresh() { filler.refill() }

    /// Replaces every row.
    public func setKeys(_ newKeys: [String]) {
        suppressSelection = true
        defer { suppressSelection = false }
        keyModel.replace(with: newKeys)
        keys = newKeys
        filler.refill()
    }

    /// Selects a row without reporting it back as a user selection, and scrolls it into view. Asking for the row
    /// already selected does nothing: scrolling to it again cost up to 140 ms on a 10,000-row list.
    public func select(_ position: Int?) {
        let current = gtk_single_selection_get_selected(selection)
        if let position, current != GTK_INVALID_LIST_POSITION, Int(current) == position { return }
        if position == nil, current == GTK_INVALID_LIST_POSITION { return }
        suppressSelection = true
        defer { suppressSelection = false }
        guard let position, position < keys.count else {
            gtk_single_selection_set_selected(selection, GTK_INVALID_LIST_POSITION)
            return
        }
        gtk_single_selection_set_selected(selection, guint(position))
        // GTK 4.8 has no scroll_to; activating the row's action moves focus and view to it.
        _ = gtk_widget_activate_action_variant(view, "list.scroll-to-item", g_variant_new_uint32(guint32(position)))
    }
}
