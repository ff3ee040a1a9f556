import CGtk

/// Fills a list view's rows on screen first. GTK 4.8's `GtkListView` keeps about 200 rows made around the row
/// in focus, most of them off screen; after a jump (End, Home, a re-sort, new keys) it binds them all at once,
/// and filling and measuring 200 rows of text held the main loop 50–100 ms (more with a screen reader's bus
/// on, where every label's change is sent to it). Here a bound row is left as it is, off screen; rows that the
/// layout places on screen are filled in that same layout pass (GDK lays out again before drawing, so a row is
/// never drawn unfilled), and the others a few at a time when the main loop is idle.
@MainActor
final class RowFiller {
    private let view: Widget
    private let fill: (Widget, Int) -> Void
    /// False: every row is filled when bound (short lists).
    private let deferOffScreen: Bool
    /// List items bound, and those of them not yet filled for their position.
    private var bound: Set<OpaquePointer> = []
    private var pending: Set<OpaquePointer> = []
    private var idle: guint = 0
    private var clock: OpaquePointer?
    private var layoutHandler: gulong = 0
    /// Work done in one idle turn before the main loop gets its turn back.
    private static let idleBudgetMicroseconds: Int64 = 3_000

    init(view: Widget, fill: @escaping (Widget, Int) -> Void, deferOffScreen: Bool) {
        self.view = view
        self.fill = fill
        self.deferOffScreen = deferOffScreen
        guard deferOffScreen else { return }
        Signal.connect(view, .realize) { [weak self] in self?.watchLayout() }
        Signal.connect(view, .unrealize) { [weak self] in self?.stopWatchingLayout() }
    }

    isolated deinit {
        stopWatchingLayout()
        if idle != 0 { g_source_remove(idle) }
    }

    func bind(_ item: OpaquePointer) {
        bound.insert(item)
        if deferOffScreen { postpone(item) } else { fillNow(item) }
    }

    func unbind(_ item: OpaquePointer) {
        bound.remove(item)
        pending.remove(item)
    }

    /// Every bound row again, for its position: what they show changed. Rows on screen are filled now.
    func refill() {
        for item in bound {
            if !deferOffScreen || onScreen(item) { fillNow(item) } else { postpone(item) }
        }
    }

    private func position(_ item: OpaquePointer) -> Int? {
        let position = gtk_list_item_get_position(item)
        return position == GTK_INVALID_LIST_POSITION ? nil : Int(position)
    }

    private func fillNow(_ item: OpaquePointer) {
        pending.remove(item)
        guard let position = position(item), let child = gtk_list_item_get_child(item) else { return }
        fill(child, position)
    }

    private func postpone(_ item: OpaquePointer) {
        pending.insert(item)
        scheduleIdle()
    }

    /// Where the layout placed the row, relative to the view; nil before it was placed.
    private func bounds(_ item: OpaquePointer) -> graphene_rect_t? {
        guard let child = gtk_list_item_get_child(item), gtk_widget_get_mapped(child) != 0 else { return nil }
        var rect = graphene_rect_t()
        guard gtk_widget_compute_bounds(child, view, &rect) != 0, rect.size.height > 0 else { return nil }
        return rect
    }

    /// On screen, or within a few rows of it.
    private func onScreen(_ item: OpaquePointer) -> Bool {
        guard let rect = bounds(item) else { return false }
        let height = Float(gtk_widget_get_height(view))
        let margin = height / 4
        return rect.origin.y + rect.size.height >= -margin && rect.origin.y <= height + margin
    }

    /// After GTK's own layout handler: rows just placed on screen are filled, and GDK runs the layout again.
    private func watchLayout() {
        stopWatchingLayout()
        guard let clock = gtk_widget_get_frame_clock(view) else { return }
        self.clock = clock
        layoutHandler = Signal.connect(clock, .frameLayout, after: true) { [weak self] in self?.fillOnScreen() }
    }

    private func stopWatchingLayout() {
        if let clock, layoutHandler != 0 { g_signal_handler_disconnect(clock.rawPointer, layoutHandler) }
        clock = nil
        layoutHandler = 0
    }

    private func fillOnScreen() {
        guard !pending.isEmpty else { return }
        for item in pending where onScreen(item) { fillNow(item) }
    }

    private func scheduleIdle() {
        guard idle == 0 else { return }
        idle = MainLoop.idle { [weak self] in self?.fillSome() ?? false }
    }

    /// Fills the waiting rows nearest the screen first, for a few milliseconds; true while some are left.
    private func fillSome() -> Bool {
        let start = g_get_monotonic_time()
        let height = Float(gtk_widget_get_height(view))
        let nearestFirst = pending.map { ($0, distance($0, height)) }.sorted { $0.1 < $1.1 }
        for (item, _) in nearestFirst {
            fillNow(item)
            if g_get_monotonic_time() - start > Self.idleBudgetMicroseconds { break }
        }
        if pending.isEmpty { idle = 0 }
        return !pending.isEmpty
    }

    private func distance(_ item: OpaquePointer, _ height: Float) -> Float {
        guard let rect = bounds(item) else { return .greatestFiniteMagnitude }
        return rect.origin.y < 0 ? -rect.origin.y : max(0, rect.origin.y - height)
    }
}
