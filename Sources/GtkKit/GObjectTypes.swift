import CGtk

/// A GObject C struct whose GType GtkKit knows, so that `cast` to it is checked in debug builds. Listed: the
/// types the app casts to; a type not listed is cast unchecked, as before.
public protocol GObjectType {
    static var gType: GType { get }
}

extension GObject: GObjectType { public static var gType: GType { GType(20 << G_TYPE_FUNDAMENTAL_SHIFT) } }
extension GApplication: GObjectType { public static var gType: GType { g_application_get_type() } }
extension GtkApplication: GObjectType { public static var gType: GType { gtk_application_get_type() } }
extension GtkWidget: GObjectType { public static var gType: GType { gtk_widget_get_type() } }
extension GtkWindow: GObjectType { public static var gType: GType { gtk_window_get_type() } }
extension GtkBox: GObjectType { public static var gType: GType { gtk_box_get_type() } }
extension GtkGrid: GObjectType { public static var gType: GType { gtk_grid_get_type() } }
extension GtkButton: GObjectType { public static var gType: GType { gtk_button_get_type() } }
extension GtkToggleButton: GObjectType { public static var gType: GType { gtk_toggle_button_get_type() } }
extension GtkEntry: GObjectType { public static var gType: GType { gtk_entry_get_type() } }
extension GtkTextView: GObjectType { public static var gType: GType { gtk_text_view_get_type() } }
extension GtkListBoxRow: GObjectType { public static var gType: GType { gtk_list_box_row_get_type() } }
extension GtkNativeDialog: GObjectType { public static var gType: GType { gtk_native_dialog_get_type() } }
extension AdwApplicationWindow: GObjectType { public static var gType: GType { adw_application_window_get_type() } }
extension AdwMessageDialog: GObjectType { public static var gType: GType { adw_message_dialog_get_type() } }
