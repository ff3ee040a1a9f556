import CGtk
import XCTest

@testable import GtkKit

/// Each descriptor the app connects is checked against GLib's own record of the signal on a type that emits
/// it: a descriptor whose thunk reads arguments the signal does not pass would corrupt memory at run time.
final class SignalDescriptorTests: XCTestCase {
    private func assertMatches<H>(_ signal: SignalDescriptor<H>, _ type: GType, line: UInt = #line) {
        XCTAssertNil(Signal.problem(connecting: signal, to: type), line: line)
    }

    func testPlainSignalsMatchTheirEmitters() {
        assertMatches(.clicked, gtk_button_get_type())
        assertMatches(.toggled, gtk_toggle_button_get_type())
        assertMatches(.changed, gtk_adjustment_get_type())
        assertMatches(.changed, gtk_text_buffer_get_type())
        assertMatches(.changed, gtk_entry_get_type())
        assertMatches(.activate, gtk_entry_get_type())
        assertMatches(.activate, adw_application_get_type())
        assertMatches(.searchChanged, gtk_search_entry_get_type())
        assertMatches(.stopSearch, gtk_search_entry_get_type())
        for signal: SignalDescriptor<() -> Void> in [.map, .realize, .unrealize] {
            assertMatches(signal, gtk_label_get_type())
        }
        assertMatches(.copyClipboard, gtk_text_view_get_type())
        assertMatches(.buttonClicked, adw_toast_get_type())
        assertMatches(.pointerLeave, gtk_event_controller_motion_get_type())
        assertMatches(.focusEnter, gtk_event_controller_focus_get_type())
        assertMatches(.focusLeave, gtk_event_controller_focus_get_type())
        let phases: [SignalDescriptor<() -> Void>] = [
            .beforePaint, .frameUpdate, .frameLayout, .framePaint, .afterPaint,
        ]
        for phase in phases {
            assertMatches(phase, gdk_frame_clock_get_type())
        }
        assertMatches(.notify("visible-child"), adw_leaflet_get_type())
    }

    func testSignalsWithArgumentsMatchTheirEmitters() {
        for signal: SignalDescriptor<(OpaquePointer) -> Void> in [.setup, .bind, .unbind] {
            assertMatches(signal, gtk_signal_list_item_factory_get_type())
        }
        assertMatches(.rowActivated, gtk_list_box_get_type())
        assertMatches(.actionActivate, g_simple_action_get_type())
        assertMatches(.closeRequest, gtk_window_get_type())
        assertMatches(.nativeResponse, gtk_file_chooser_native_get_type())
        assertMatches(.positionActivated, gtk_list_view_get_type())
        for signal: SignalDescriptor<(Double, Double) -> Void> in [.pointerEnter, .pointerMotion] {
            assertMatches(signal, gtk_event_controller_motion_get_type())
        }
        for signal: SignalDescriptor<(Double, Double) -> Void> in [.dragBegin, .dragUpdate, .dragEnd] {
            assertMatches(signal, gtk_gesture_drag_get_type())
        }
        assertMatches(.pressed, gtk_gesture_click_get_type())
        assertMatches(.released, gtk_gesture_click_get_type())
        assertMatches(.messageResponse, adw_message_dialog_get_type())
        assertMatches(.settingChanged("color-scheme"), g_settings_get_type())
        assertMatches(.activateLink, gtk_label_get_type())
        assertMatches(.surfaceLayout, gdk_surface_get_type())
        assertMatches(.scroll, gtk_event_controller_scroll_get_type())
        assertMatches(.drop, gtk_drop_target_get_type())
        assertMatches(.keyPressed, gtk_event_controller_key_get_type())
        assertMatches(.open, g_application_get_type())
        assertMatches(.childPosition, gtk_overlay_get_type())
    }

    /// The two ways a descriptor goes wrong are named: a signal the type lacks, and one whose handler differs.
    func testAMismatchIsNamed() {
        let clickedLabel = Signal.problem(connecting: .clicked, to: gtk_label_get_type())
        XCTAssertEqual(clickedLabel, "GtkLabel has no signal “clicked”")
        let wrongResponse = Signal.problem(connecting: .nativeResponse, to: adw_message_dialog_get_type())
        let notTaken = ", not what its descriptor's handler takes"
        XCTAssertEqual(wrongResponse, "“response” on AdwMessageDialog is (gchararray) → void" + notTaken)
        let enterOnFocus = Signal.problem(connecting: .pointerEnter, to: gtk_event_controller_focus_get_type())
        XCTAssertEqual(enterOnFocus, "“enter” on GtkEventControllerFocus is () → void" + notTaken)
        XCTAssertNotNil(Signal.problem(connecting: .closeRequest, to: gtk_file_chooser_native_get_type()))
    }
}

/// Casts to a known type are checked against the object's own type (what debug builds stop on).
final class CastCheckTests: XCTestCase {
    func testAWrongCastIsNamedAndARightOneIsNot() {
        let adjustment = gtk_adjustment_new(0, 0, 1, 0.1, 0.1, 0)!
        g_object_ref_sink(adjustment.rawPointer)
        defer { g_object_unref(adjustment.rawPointer) }
        XCTAssertNil(castProblem(adjustment.rawPointer, to: GObject.self))
        XCTAssertEqual(castProblem(adjustment.rawPointer, to: GtkWidget.self), "a GtkAdjustment is not a GtkWidget")
        let asTextView = castProblem(adjustment.rawPointer, to: GtkTextView.self)
        XCTAssertEqual(asTextView, "a GtkAdjustment is not a GtkTextView")
        // A type GtkKit does not know the GType of is cast unchecked.
        XCTAssertNil(castProblem(adjustment.rawPointer, to: GtkAdjustment.self))
    }
}
