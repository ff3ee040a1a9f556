import CGtk

/// A widget with another laid over it where a closure says (`GtkOverlay`'s `get-child-position`). Moving the
/// overlaid one is a new allocation of the overlay (`reposition`), not a change of any size request: nothing
/// outside the overlay is measured again, and only the rectangles it left and entered are drawn again.
@MainActor
public enum Overlay {
    /// A rectangle in the overlay's coordinates, in whole pixels.
    public struct Place: Equatable, Sendable {
        public var x, y, width, height: Int32
        public init(x: Int32, y: Int32, width: Int32, height: Int32) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }
        public static let none = Place(x: 0, y: 0, width: 0, height: 0)
    }

    /// `base` with `child` over it, at `place()` each time the overlay is laid out (`.none` hides it: no area).
    public static func placing(_ child: Widget, over base: Widget, at place: @escaping () -> Place) -> Widget {
        let overlay = gtk_overlay_new()!
        gtk_overlay_set_child(opaque(overlay), base)
        gtk_overlay_add_overlay(opaque(overlay), child)
        Signal.connect(overlay, .childPosition) { widget in
            guard widget == child else { return nil }
            let p = place()
            return GdkRectangle(x: p.x, y: p.y, width: p.width, height: p.height)
        }
        return overlay
    }

    /// Lays the overlaid widget out again at its new place.
    public static func reposition(_ overlay: Widget) { gtk_widget_queue_allocate(overlay) }
}
