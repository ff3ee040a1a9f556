import CGtk

/// A `GListModel` of keys whose items (`GtkStringObject`s) are made only when GTK asks for one, which a list
/// view does for the rows it holds. Its rows stand for positions: what a row shows is read by position from the
/// app's data when it is bound, so new keys are told to GTK only as a change in their number, at the end, and the
/// view keeps its row widgets (`KeyedListView` fills the bound ones again). Replacing all 10,000 keys of a sorted
/// list made GTK 4.8 drop and build its 200 row widgets: 300–400 ms of the main loop, where this takes a refill.
@MainActor
final class LazyKeyModel {
    /// The GObject: a plain `GObject` followed by a pointer to its `Keys`.
    let object: OpaquePointer
    private let store = Keys()

    /// The keys, kept by the Swift side and read by GTK through the pointer in the GObject.
    final class Keys {
        var keys: [String] = []
    }

    init() {
        object = OpaquePointer(g_object_new_with_properties(Self.gtype, 0, nil, nil)!)
        Self.slot(UnsafeMutableRawPointer(object)).pointee = Unmanaged.passRetained(store).toOpaque()
    }

    isolated deinit { g_object_unref(UnsafeMutableRawPointer(object)) }

    var count: Int { store.keys.count }

    /// Replaces every key; the view is told only of rows added or removed at the end.
    func replace(with keys: [String]) {
        let old = store.keys.count
        store.keys = keys
        if keys.count > old {
            g_list_model_items_changed(object, guint(old), 0, guint(keys.count - old))
        } else if keys.count < old {
            g_list_model_items_changed(object, guint(keys.count), guint(old - keys.count), 0)
        }
    }

    private static func slot(_ instance: UnsafeMutableRawPointer) -> UnsafeMutablePointer<UnsafeMutableRawPointer?> {
        (instance + MemoryLayout<GObject>.stride).assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
    }

    private static func keys(_ instance: UnsafeMutableRawPointer?) -> [String] {
        guard let instance, let p = slot(instance).pointee else { return [] }
        return Unmanaged<Keys>.fromOpaque(p).takeUnretainedValue().keys
    }

    /// Registered with GLib once: a GObject subclass implementing `GListModel`; its finalizer lets the keys go.
    private static let gtype: GType = {
        var info = GTypeInfo()
        info.class_size = guint16(MemoryLayout<GObjectClass>.stride)
        info.instance_size = guint16(MemoryLayout<GObject>.stride + MemoryLayout<UnsafeMutableRawPointer>.stride)
        info.class_init = { klass, _ in
            klass!.assumingMemoryBound(to: GObjectClass.self).pointee.finalize = { instance in
                let raw = UnsafeMutableRawPointer(instance!)
                if let p = LazyKeyModel.slot(raw).pointee { Unmanaged<Keys>.fromOpaque(p).release() }
                let parent = g_type_class_peek(g_object_get_type())!.assumingMemoryBound(to: GObjectClass.self)
                parent.pointee.finalize(instance)
            }
        }
        let type = g_type_register_static(g_object_get_type(), "GtkKitLazyKeyModel", &info, GTypeFlags(rawValue: 0))
        var model = GInterfaceInfo()
        model.interface_init = { iface, _ in
            let i = iface!.assumingMemoryBound(to: GListModelInterface.self)
            i.pointee.get_item_type = { _ in gtk_string_object_get_type() }
            i.pointee.get_n_items = { instance in guint(LazyKeyModel.keys(UnsafeMutableRawPointer(instance)).count) }
            i.pointee.get_item = { instance, position in
                let keys = LazyKeyModel.keys(UnsafeMutableRawPointer(instance))
                guard Int(position) < keys.count else { return nil }
                return UnsafeMutableRawPointer(gtk_string_object_new(keys[Int(position)]))
            }
        }
        g_type_add_interface_static(type, g_list_model_get_type(), &model)
        return type
    }()
}
