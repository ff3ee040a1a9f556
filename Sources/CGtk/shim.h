#include <gtk/gtk.h>
#include <adwaita.h>
#include <glib-unix.h>
#include <cairo-pdf.h>
// The keyfile settings backend, for a system whose default backend keeps nothing between runs.
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

// libdispatch's main-queue hooks: GLib's loop drains Swift's main queue through them, so
// `DispatchQueue.main.async` and main-actor tasks run inside g_application_run.
extern int _dispatch_get_main_queue_handle_4CF(void);
extern void _dispatch_main_queue_callback_4CF(void *);
