import CGtk
import Foundation
import GtkKit
import StatementModel

/// The timeline: statements binned by year, month or day (following the zoom), bars stacked by theme
/// colour, inferred dates hatched. Scroll zooms, drag pans, Shift+drag selects a date range to filter,
/// a click selects the first statement of a bar, hovering tells the date and counts.
final class TimelineView {
    let widget: Widget
    private var model = TimelineModel(start: 0, end: 1)
    private var colours: [String: String] = [:]
    private var themeOrder: [String] = []
    private var selectedDay: Double?
    private var pointerX = 0.0
    private var dragStart: Double?
    private var dragOffset = 0.0
    private var lastPanOffset = 0.0
    private var selecting = false
    private let actions: Actions

    struct Actions {
        var zoom: (Double, Double) -> Void        // factor, anchor 0...1
        var pan: (Double) -> Void                 // fraction of the span
        var selectDays: (Double, Double) -> Void  // a drag-selected range
        var clickBin: (String) -> Void            // a bar's key
    }

    static let axisHeight = 22.0

    init(themes: ThemeCatalog, actions: Actions) {
        self.actions = actions
        themeOrder = themes.themes.map(\.name)
        colours = Dictionary(themes.themes.map { ($0.name, $0.colour) }, uniquingKeysWith: { a, _ in a })
        var drawRef: (OpaquePointer, Double, Double) -> Void = { _, _, _ in }
        widget = Drawing.area { cr, w, h in drawRef(cr, w, h) }
        gtk_widget_set_size_request(widget, -1, 150)
        gtk_widget_add_css_class(widget, "timeline")
        UI.setAccessibleLabel(widget, "Timeline")
        gtk_widget_set_tooltip_text(widget, "Scroll to zoom · drag to pan · Shift+drag to filter dates")
        drawRef = { [unowned self] cr, w, h in self.draw(cr, w, h) }
        installControllers()
    }

    func render(_ timeline: TimelineModel, selected: StatementDetail?, selectedDate: StatementDate?) {
        model = timeline
        selectedDay = selectedDate.flatMap { DayNumber.of(iso: $0.firstDay) }.map { Double($0) + 0.5 }
        gtk_widget_queue_draw(widget)
    }

    private var width: Double { Double(gtk_widget_get_width(widget)) }

    private func installControllers() {
        let motion = gtk_event_controller_motion_new()!
        Signal.connect(motion, "motion", point: { [unowned self] x, _ in
            self.pointerX = x
            self.updateTooltip(x)
        })
        gtk_widget_add_controller(widget, motion)

        let scroll = gtk_event_controller_scroll_new(GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES)!
        Signal.connect(scroll, "scroll", scroll: { [unowned self] dx, dy in
            if dx != 0 && abs(dx) > abs(dy) { self.actions.pan(dx * 0.05); return true }
            self.actions.zoom(dy > 0 ? 1.25 : 0.8, self.width > 0 ? self.pointerX / self.width : 0.5)
            return true
        })
        gtk_widget_add_controller(widget, scroll)

        let drag = gtk_gesture_drag_new()!
        Signal.connect(drag, "drag-begin", point: { [unowned self] x, _ in
            self.dragStart = x; self.dragOffset = 0; self.lastPanOffset = 0
            let state = gtk_event_controller_get_current_event_state(opaque(drag))
            self.selecting = state.rawValue & GDK_SHIFT_MASK.rawValue != 0
        })
        Signal.connect(drag, "drag-update", point: { [unowned self] dx, _ in
            self.dragOffset = dx
            if self.selecting { gtk_widget_queue_draw(self.widget); return }
            guard self.width > 0 else { return }
            self.actions.pan(-(dx - self.lastPanOffset) / self.width)
            self.lastPanOffset = dx
        })
        Signal.connect(drag, "drag-end", point: { [unowned self] dx, _ in
            defer { self.dragStart = nil; self.selecting = false; gtk_widget_queue_draw(self.widget) }
            guard let start = self.dragStart, self.width > 0 else { return }
            if abs(dx) < 4 {
                if let bin = self.model.bin(atX: start, width: self.width) { self.actions.clickBin(bin.key) }
            } else if self.selecting {
                self.actions.selectDays(self.model.day(atX: start, width: self.width), self.model.day(atX: start + dx, width: self.width))
            }
        })
        gtk_widget_add_controller(widget, opaque(drag))
    }

    private func updateTooltip(_ x: Double) {
        guard let bin = model.bin(atX: x, width: width) else {
            gtk_widget_set_tooltip_text(widget, "Scroll to zoom · drag to pan · Shift+drag to filter dates")
            return
        }
        var text = "\(Self.label(forKey: bin.key)): \(bin.count) \(bin.count == 1 ? "statement" : "statements")"
        if bin.inferred > 0 { text += " (\(bin.inferred) with an inferred date)" }
        let top = bin.themes.sorted { $0.value > $1.value }.prefix(3).map { "\($0.key) \($0.value)" }
        if !top.isEmpty { text += "\n" + top.joined(separator: " · ") }
        gtk_widget_set_tooltip_text(widget, text)
    }

    static func label(forKey key: String) -> String {
        guard let d = StatementDate(iso: key) else { return key }
        return DateText.long(d)
    }

    // MARK: - Painting

    private func draw(_ cr: OpaquePointer, _ w: Double, _ h: Double) {
        let fg = Drawing.foreground(of: widget)
        let plotHeight = h - Self.axisHeight - 24  // room above the tallest bar for its count
        let visible = model.bins.filter { bin in
            guard let s = DayNumber.span(ofBin: bin.key) else { return false }
            return Double(s.end) > model.start && Double(s.start) < model.end
        }
        let maxCount = Double(visible.map(\.count).max() ?? 1)

        for bin in visible {
            guard let s = DayNumber.span(ofBin: bin.key) else { continue }
            let x0 = model.x(ofDay: Double(s.start), width: w), x1 = model.x(ofDay: Double(s.end), width: w)
            let barX = x0 + 1, barW = max(x1 - x0 - 2, 3)
            let barH = max(plotHeight * Double(bin.count) / maxCount, 4)
            var y = 24 + plotHeight
            // Stack by theme: each theme's share of the bar follows its share of theme mentions.
            let total = Double(bin.themes.values.reduce(0, +))
            if total == 0 {
                cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.35)
                cairo_rectangle(cr, barX, y - barH, barW, barH); cairo_fill(cr)
            } else {
                for theme in themeOrder where bin.themes[theme] != nil {
                    let segment = barH * Double(bin.themes[theme]!) / total
                    Drawing.setColor(cr, colours[theme] ?? "#888888", alpha: 0.9)
                    cairo_rectangle(cr, barX, y - segment, barW, segment); cairo_fill(cr)
                    y -= segment
                }
            }
            if bin.inferred > 0 { hatch(cr, x: barX, width: barW, bottom: 24 + plotHeight, height: barH * Double(bin.inferred) / Double(bin.count), fg: fg) }
            if bin.count > 0 && barW > 18 {
                cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.8)
                cairo_set_font_size(cr, 11)
                cairo_move_to(cr, barX + 2, 24 + plotHeight - barH - 4)
                cairo_show_text(cr, "\(bin.count)")
            }
        }
        drawAxis(cr, w, h, fg)
        if let day = selectedDay, day >= model.start, day <= model.end {
            let x = model.x(ofDay: day, width: w)
            cairo_set_source_rgba(cr, 0.21, 0.52, 0.89, 1)
            cairo_set_line_width(cr, 2)
            cairo_move_to(cr, x, 4); cairo_line_to(cr, x, h - Self.axisHeight); cairo_stroke(cr)
        }
        if selecting, let start = dragStart {
            cairo_set_source_rgba(cr, 0.21, 0.52, 0.89, 0.18)
            cairo_rectangle(cr, min(start, start + dragOffset), 0, abs(dragOffset), h - Self.axisHeight); cairo_fill(cr)
        }
        // Legend for what hatching means.
        cairo_set_font_size(cr, 11)
        cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.7)
        let legend = "▨ inferred date  ·  \(model.granularity.rawValue) bins"
        var ext = cairo_text_extents_t()
        cairo_text_extents(cr, legend, &ext)
        cairo_move_to(cr, w - ext.width - 10, 16)
        cairo_show_text(cr, legend)
    }

    /// Diagonal stripes over the part of a bar whose dates are inferred, so they read as less certain.
    private func hatch(_ cr: OpaquePointer, x: Double, width: Double, bottom: Double, height: Double, fg: Drawing.Colour) {
        cairo_save(cr)
        cairo_rectangle(cr, x, bottom - height, width, height)
        cairo_clip(cr)
        cairo_set_source_rgba(cr, 1, 1, 1, 0.55)
        cairo_paint(cr)
        cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.55)
        cairo_set_line_width(cr, 1.5)
        var offset = -height
        while offset < width {
            cairo_move_to(cr, x + offset, bottom)
            cairo_line_to(cr, x + offset + height, bottom - height)
            offset += 6
        }
        cairo_stroke(cr)
        let dash: [Double] = [3, 2]
        cairo_set_dash(cr, dash, 2, 0)
        cairo_rectangle(cr, x + 0.5, bottom - height + 0.5, width - 1, height - 1)
        cairo_stroke(cr)
        cairo_restore(cr)
    }

    private func drawAxis(_ cr: OpaquePointer, _ w: Double, _ h: Double, _ fg: Drawing.Colour) {
        let y = h - Self.axisHeight
        cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.4)
        cairo_set_line_width(cr, 1)
        cairo_move_to(cr, 0, y + 0.5); cairo_line_to(cr, w, y + 0.5); cairo_stroke(cr)
        cairo_set_font_size(cr, 11)
        let first = DayNumber.date(Int(model.start)), last = DayNumber.date(Int(model.end))
        let years = max(last.year - first.year, 1)
        let yearStep = years > 120 ? 20 : years > 60 ? 10 : years > 24 ? 5 : years > 10 ? 2 : 1
        var ticks: [(Int, String)] = []
        if model.span > 3 * 365 {
            var year = first.year - first.year % yearStep
            while year <= last.year + 1 { ticks.append((DayNumber.of(year: year, month: 1, day: 1), "\(year)")); year += yearStep }
        } else {
            let step = model.span > 400 ? 3 : 1
            // Start on a quarter so that January, labelled with its year, is always among the ticks.
            var (year, month) = (first.year, (first.month - 1) / step * step + 1)
            while DayNumber.of(year: year, month: month, day: 1) <= Int(model.end) {
                ticks.append((DayNumber.of(year: year, month: month, day: 1), month == 1 ? "\(year)" : String(DateText.months[month - 1].prefix(3))))
                month += step
                if month > 12 { month -= 12; year += 1 }
            }
        }
        for (day, text) in ticks {
            let x = model.x(ofDay: Double(day), width: w)
            guard x >= 0, x <= w - 20 else { continue }
            cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.4)
            cairo_move_to(cr, x + 0.5, y); cairo_line_to(cr, x + 0.5, y + 5); cairo_stroke(cr)
            cairo_set_source_rgba(cr, fg.red, fg.green, fg.blue, 0.75)
            cairo_move_to(cr, x + 3, y + 16)
            cairo_show_text(cr, text)
        }
    }
}
