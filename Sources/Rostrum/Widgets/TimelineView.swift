import CGtk
import Foundation
import GtkKit
import RostrumViewModel
import StatementModel
import TimelineChart
import Translations

/// The timeline: statements binned by year, month or day (following the zoom), bars stacked by theme
/// colour, inferred dates hatched. Scroll zooms, drag pans, Shift+drag selects a date range to filter,
/// a click selects the first statement of a bar, hovering tells the date and counts.
@MainActor
final class TimelineView {
    /// The chart, which takes the pointer, the keys and the focus.
    let widget: Widget
    /// The chart with the selected statement's marker over it: what the window places. The marker is a widget of
    /// its own so that selecting another statement moves it without drawing the chart again.
    let view: Widget
    private let marker: Widget
    /// What the chart was last drawn from: it is drawn again only when that changes.
    private var drawn: Drawn?
    /// The marker as last shown.
    private var shown: TimelineChart.Marker?
    private var model = TimelineModel(start: 0, end: 1)
    private var colours: [String: String] = [:]
    private var themeOrder: [String] = []
    private var selectedDay: Double?
    private var selectedEnd: Double?
    /// The days the list is filtered to (first, day after last), shaded.
    private var range: (Double, Double)?
    /// What the bars are stacked by, with colours: nil for the themes.
    private var situationSeries: [(name: String, colour: String)]?
    private var bins: [TimelineBin] = []
    /// The lines of key words in context's phrase, when that view is open.
    private var trends: [TimelineChart.Trend] = []
    /// "By situation": switches the stacking; the window places it (at the end of the chips bar).
    let stackSwitch: Widget
    /// "Undated: N": the statements the axis has no place for, one click from being listed alone.
    let undatedButton: Widget
    private var pointerX = 0.0
    private var dragStart: Double?
    private var dragStartY = 0.0
    private var dragOffset = 0.0
    private var lastPanOffset = 0.0
    private var selecting = false
    private let actions: Actions

    struct Actions {
        var zoom: (Double, Double) -> Void  // factor, anchor 0...1
        var pan: (Double) -> Void  // fraction of the span
        var selectDays: (Double, Double) -> Void  // a drag-selected range
        var clickBin: (String) -> Void  // a bar's key
        var stackBySituation: (Bool) -> Void  // by situation (true) or by theme
        var toggleUndated: () -> Void  // only the undated statements, or all again
        var fit: () -> Void  // every dated statement in view (Home, a double click)
        var moveCursor: (Int) -> Void  // the keyboard's period, one to the left or right
        var openCursor: (Bool) -> Void  // its first statement, or (true) the list filtered to it
        var openTrendPoint: (Int, Int) -> Void  // a point of a trend line clicked: line, point
    }

    init(themes: ThemeCatalog, actions: Actions) {
        self.actions = actions
        themeOrder = themes.themes.map(\.name)
        colours = Dictionary(themes.themes.map { ($0.name, $0.colour) }, uniquingKeysWith: { a, _ in a })
        var drawRef: (OpaquePointer, Double, Double) -> Void = { _, _, _ in }
        widget = Drawing.area { cr, w, h in drawRef(cr, w, h) }
        gtk_widget_set_size_request(widget, -1, 150)
        var markerRef: (OpaquePointer) -> Void = { _ in }
        var placeRef: () -> Overlay.Place = { .none }
        marker = Drawing.area { cr, _, _ in markerRef(cr) }
        view = Overlay.placing(marker, over: widget) { placeRef() }
        gtk_widget_set_can_target(marker, 0)
        gtk_widget_set_focusable(marker, 0)
        UI.hideFromAccessibility(marker)  // it only repeats, drawn, which statement the list has selected
        gtk_widget_add_css_class(widget, "timeline")
        UI.setAccessibleLabel(widget, tr("Timeline"))
        gtk_widget_set_tooltip_text(
            widget, tr("Scroll to zoom · drag to pan · Shift+drag to filter dates · double-click to fit"))
        let stackBySituation = actions.stackBySituation
        stackSwitch = UI.toggle(
            label: tr("By situation"), tooltip: tr("Stack the bars by situation instead of by theme (Ctrl+T)"),
            classes: ["flat", "caption", "stack-switch"]
        ) { on in stackBySituation(on) }
        UI.setAccessibleLabel(stackSwitch, tr("Stack the timeline by situation"))
        let toggleUndated = actions.toggleUndated
        undatedButton = UI.button(label: tr("Undated"), classes: ["flat", "caption"]) { toggleUndated() }
        drawRef = { [weak self] cr, w, h in
            guard let self else { return }
            StallProbe.timed("timeline: draw") { self.draw(cr, w, h) }
        }
        markerRef = { [weak self] cr in self?.paintMarker(cr) }
        placeRef = { [weak self] in self?.markerPlace ?? .none }
        installControllers()
        installKeys()
        Ownership.keep(self, ownedBy: widget)  // lives as long as its widget; its closures hold it weakly
    }

    /// - Parameters:
    ///   - bins: the bins as stacked; `situations`: the series when stacked by situation, else nil.
    func render(
        _ timeline: TimelineModel, bins: [TimelineBin], situations: [(name: String, colour: String)]?,
        undated: (count: Int, chosen: Bool), selected: StatementDetail?, selectedDate: StatementDate?,
        range: (from: String?, to: String?) = (nil, nil), trends: [TimelineChart.Trend] = []
    ) {
        let first = range.from.flatMap { DayNumber.of(iso: $0) }.map(Double.init)
        let last = range.to.flatMap { DayNumber.of(iso: $0) }.map { Double($0 + 1) }
        let unbounded = Double.greatestFiniteMagnitude
        self.range = first == nil && last == nil ? nil : (first ?? -unbounded, last ?? unbounded)
        self.trends = trends
        let label = undated.chosen ? tr("All dates") : tr("Undated: {0}", undated.count)
        gtk_button_set_label(cast(undatedButton), label)
        UI.setAccessibleLabel(
            undatedButton,
            undated.chosen
                ? tr("Show statements of every date")
                : trn(
                    "Show the {0} undated statement, which the timeline cannot place",
                    "Show the {0} undated statements, which the timeline cannot place", undated.count, undated.count))
        gtk_widget_set_tooltip_text(
            undatedButton,
            undated.chosen
                ? tr("Show every statement again")
                : tr("Statements with no date have no place on the timeline: list them"))
        UI.show(undatedButton, undated.count > 0 || undated.chosen)
        model = timeline
        self.bins = bins
        UI.setAccessibleDescription(widget, timeline.accessibleDescription)
        situationSeries = situations
        UI.setToggled(stackSwitch, situations != nil)
        selectedDay = selectedDate.flatMap { DayNumber.of(iso: $0.firstDay) }.map { Double($0) + 0.5 }
        selectedEnd = selectedDate.flatMap { DayNumber.of(iso: $0.lastDay) }.map { Double($0) + 1 }
        let now = Drawn(
            model: timeline, bins: bins, series: series.map { [$0.name, $0.colour] }, trends: trends,
            range: self.range.map { [$0.0, $0.1] })
        if now != drawn {
            drawn = now
            gtk_widget_queue_draw(widget)
        }
        // Moved only when it changed: a new allocation makes GTK send the pointer's place again.
        let shape = markerShape
        if shape != shown {
            shown = shape
            Overlay.reposition(view)
            gtk_widget_queue_draw(marker)
        }
    }

    /// Everything the chart's drawing depends on but the pointer's own gestures (which draw it themselves).
    private struct Drawn: Equatable {
        var model: TimelineModel
        var bins: [TimelineBin]
        var series: [[String]]
        var trends: [TimelineChart.Trend]
        var range: [Double]?
    }

    /// The selected statement's marker on the chart as it is now (`.none` when there is none in view).
    private var markerPlace: Overlay.Place {
        guard let m = markerShape else { return .none }
        let x0 = m.x.rounded(.down)
        let y0 = m.y.rounded(.down)
        return Overlay.Place(
            x: Int32(x0), y: Int32(y0), width: Int32((m.x + m.width - x0).rounded(.up)),
            height: Int32((m.y + m.height - y0).rounded(.up)))
    }

    private var markerShape: TimelineChart.Marker? {
        var chart = chart(width: width, height: height)
        chart.markerDay = selectedDay
        chart.markerEnd = selectedEnd
        return chart.marker(width: width, height: height)
    }

    /// The marker in its own widget's coordinates, which start at its place's corner.
    private func paintMarker(_ cr: OpaquePointer) {
        guard let m = markerShape else { return }
        m.paint(cr, dx: -m.x.rounded(.down), dy: -m.y.rounded(.down))
    }

    private var width: Double { Double(gtk_widget_get_width(widget)) }
    private var height: Double { Double(gtk_widget_get_height(widget)) }

    /// The chart as on screen (what a click is tested against, and what is painted).
    private func chart(width: Double, height: Double) -> TimelineChart {
        var chart = TimelineChart(
            bins: bins, start: model.start, end: model.end, granularity: model.granularity, themes: series)
        chart.trends = trends
        return chart
    }

    /// The stacking series in order, with colours.
    private var series: [(name: String, colour: String)] {
        situationSeries ?? themeOrder.map { ($0, colours[$0] ?? "#888888") }
    }

    private func installControllers() {
        let motion = gtk_event_controller_motion_new()!
        Signal.connect(motion, .pointerMotion) { [weak self] x, y in
            guard let self else { return }
            self.pointerX = x
            self.updateTooltip(x, y)
        }
        gtk_widget_add_controller(widget, motion)

        let scroll = gtk_event_controller_scroll_new(GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES)!
        Signal.connect(scroll, .scroll) { [weak self] dx, dy in
            guard let self else { return false }
            if dx != 0 && abs(dx) > abs(dy) {
                self.actions.pan(dx * 0.05)
                return true
            }
            self.actions.zoom(dy > 0 ? 1.25 : 0.8, self.width > 0 ? self.pointerX / self.width : 0.5)
            return true
        }
        gtk_widget_add_controller(widget, scroll)

        let drag = gtk_gesture_drag_new()!
        Signal.connect(drag, .dragBegin) { [weak self] x, y in
            guard let self else { return }
            self.dragStart = x
            self.dragStartY = y
            self.dragOffset = 0
            self.lastPanOffset = 0
            let state = gtk_event_controller_get_current_event_state(opaque(drag))
            self.selecting = state.rawValue & GDK_SHIFT_MASK.rawValue != 0
        }
        Signal.connect(drag, .dragUpdate) { [weak self] dx, _ in
            guard let self else { return }
            self.dragOffset = dx
            if self.selecting {
                gtk_widget_queue_draw(self.widget)
                return
            }
            guard self.width > 0 else { return }
            self.actions.pan(-(dx - self.lastPanOffset) / self.width)
            self.lastPanOffset = dx
        }
        Signal.connect(drag, .dragEnd) { [weak self] dx, _ in
            guard let self else { return }
            defer {
                self.dragStart = nil
                self.selecting = false
                gtk_widget_queue_draw(self.widget)
            }
            guard let start = self.dragStart, self.width > 0 else { return }
            if abs(dx) < 4 {
                // A trend's point is drawn over the bars: a click on it is for it.
                if let hit = self.chart(width: self.width, height: self.height)
                    .trendPoint(atX: start, y: self.dragStartY, width: self.width, height: self.height)
                {
                    self.actions.openTrendPoint(hit.line, hit.point)
                } else if let bin = self.model.bin(atX: start, width: self.width) {
                    self.actions.clickBin(bin.key)
                }
            } else if self.selecting {
                self.actions.selectDays(
                    self.model.day(atX: start, width: self.width),
                    self.model.day(atX: start + dx, width: self.width))
            }
        }
        gtk_widget_add_controller(widget, opaque(drag))
    }

    /// The timeline without a mouse: Tab to it, Left and Right choose a period, Enter opens its first statement,
    /// Shift+Enter filters to it, plus and minus zoom, Home fits; a double click fits too.
    private func installKeys() {
        gtk_widget_set_focusable(widget, 1)
        let keys = gtk_event_controller_key_new()!
        Signal.connect(keys, .keyPressed) { [weak self] keyval, state in
            guard let self else { return false }
            let shift = state.rawValue & GDK_SHIFT_MASK.rawValue != 0
            let anchor = self.cursorAnchor
            switch keyval {
            case 0xff51: self.actions.moveCursor(-1)  // Left
            case 0xff53: self.actions.moveCursor(1)  // Right
            case 0xff0d, 0xff8d, 0x20: self.actions.openCursor(shift)  // Return, KP_Enter, space
            case 0x2b, 0x3d, 0xffab, 0xff52: self.actions.zoom(0.8, anchor)  // plus, equal, KP_Add, Up
            case 0x2d, 0xffad, 0xff54: self.actions.zoom(1.25, anchor)  // minus, KP_Subtract, Down
            case 0xff50: self.actions.fit()  // Home
            default: return false
            }
            return true
        }
        gtk_widget_add_controller(widget, keys)
        let focus = gtk_event_controller_focus_new()!
        for signal: SignalDescriptor<() -> Void> in [.focusEnter, .focusLeave] {
            Signal.connect(focus, signal) { [weak self] in if let self { gtk_widget_queue_draw(widget) } }
        }
        gtk_widget_add_controller(widget, focus)
        let click = gtk_gesture_click_new()!
        Signal.connect(click, .pressed) { [weak self] n, _, _ in
            guard let self else { return }
            if n == 2 { self.actions.fit() }
        }
        gtk_widget_add_controller(widget, opaque(click))
        // The focus ring shows where the keyboard is; a click gives the timeline the keyboard.
        Signal.connect(click, .released) { [weak self] _, _, _ in if let self { gtk_widget_grab_focus(widget) } }
    }

    /// Zooming by key keeps the chosen period in place (or the middle, with none).
    private var cursorAnchor: Double {
        guard let key = model.cursor, let span = DayNumber.span(ofBin: key) else { return 0.5 }
        return min(max((Double(span.start + span.end) / 2 - model.start) / model.span, 0), 1)
    }

    /// GTK 4.8 makes a widget's tooltip its accessible description too: the timeline's own description (what it
    /// shows, the period chosen by keyboard) is given back after each tooltip.
    private func updateTooltip(_ x: Double, _ y: Double) {
        gtk_widget_set_tooltip_text(widget, tooltip(x, y))
        UI.setAccessibleDescription(widget, model.accessibleDescription)
    }

    private func tooltip(_ x: Double, _ y: Double) -> String {
        if let hit = chart(width: width, height: height).trendPoint(atX: x, y: y, width: width, height: height) {
            let line = trends[hit.line]
            let p = line.points[hit.point]
            let period = Self.label(forKey: String(DayNumber.iso(Int(p.start)).prefix(p.end - p.start > 40 ? 4 : 7)))
            let value = String(format: "%.1f", p.value)
            return tr("{0}, {1}: {2} per 10,000 words · click to list them", line.label, period, value)
        }
        guard let bin = model.bin(atX: x, width: width) else {
            return tr("Scroll to zoom · drag to pan · Shift+drag to filter dates · double-click to fit")
        }
        let (period, n) = (Self.label(forKey: bin.key), bin.count)
        var text: String
        if !bin.isCoarser(than: model.granularity) {
            text = trn("{0}: {1} statement", "{0}: {1} statements", n, period, n)
        } else if bin.key.count == 4 {
            text = trn(
                "{0}: {1} statement dated only to the year, spread over it",
                "{0}: {1} statements dated only to the year, spread over it", n, period, n)
        } else {
            text = trn(
                "{0}: {1} statement dated only to the month, spread over it",
                "{0}: {1} statements dated only to the month, spread over it", n, period, n)
        }
        if bin.inferred > 0 {
            text += " " + trn("({0} with an inferred date)", "({0} with an inferred date)", bin.inferred, bin.inferred)
        }
        let top = (situationSeries == nil ? bin.themes : bin.situations).sorted { $0.value > $1.value }.prefix(3).map {
            "\($0.key) \($0.value)"
        }
        if !top.isEmpty { text += "\n" + top.joined(separator: " · ") }
        return text
    }

    static func label(forKey key: String) -> String {
        guard let d = StatementDate(iso: key) else { return key }
        return DateText.long(d)
    }

    // MARK: - Painting

    /// The same chart the exports draw, on screen in the style's colours, with the selection on top.
    private func draw(_ cr: OpaquePointer, _ w: Double, _ h: Double) {
        let chart = chart(width: w, height: h)  // the marker is a widget of its own, over it
        let fg = Drawing.foreground(of: widget)
        chart.draw(
            cr, width: w, height: h, foreground: TimelineChart.Colour(red: fg.red, green: fg.green, blue: fg.blue))
        if let key = model.cursor, gtk_widget_has_focus(widget) != 0, let span = DayNumber.span(ofBin: key) {
            // The keyboard's period: outlined from the axis to the top.
            let x0 = model.x(ofDay: Double(span.start), width: w)
            let x1 = model.x(ofDay: Double(span.end), width: w)
            cairo_set_source_rgba(cr, 0.21, 0.52, 0.89, 0.9)
            cairo_set_line_width(cr, 2)
            cairo_rectangle(cr, x0 - 2, 4, max(x1 - x0, 2) + 4, h - 26)
            cairo_stroke(cr)
        }
                if let range, !selecting {
            // The date filter stays shaded on the axis it was chosen on.
            let x0 = max(model.x(ofDay: range.0, width: w), 0)
            let x1 = min(model.x(ofDay: range.1, width: w), w)
            if x1 > x0 {
                cairo_set_source_rgba(cr, 0.21, 0.52, 0.89, 0.12)
                cairo_rectangle(cr, x0, 0, x1 - x0, h - 22)
                cairo_fill(cr)
            }
        }
                if selecting, let start = dragStart {
            cairo_set_source_rgba(cr, 0.21, 0.52, 0.89, 0.18)
            cairo_rectangle(cr, min(start, start + dragOffset), 0, abs(dragOffset), h - 22)
            cairo_fill(cr)
        }
    }

    /// The chart as a file (PNG, SVG or PDF by extension), titled and with the filter it shows.
    func export(to path: String, subtitle: String) throws {
        guard let format = TimelineChart.Format(fileName: path) else {
            throw TimelineChart.WriteError(path: path, reason: tr("name the file .png, .svg or .pdf"))
        }
        var chart = TimelineChart(
            bins: bins, start: model.start, end: model.end, granularity: model.granularity,
            themes: series)
        chart.title = tr("Statements over time")
        chart.subtitle = subtitle
        chart.showThemeLegend = true
        // While key words in context are open, their phrase's lines are on the timeline: the file has them too.
        chart.trends = trends
        try chart.write(to: path, format: format)
    }
}
