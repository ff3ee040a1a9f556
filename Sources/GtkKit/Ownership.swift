import CGtk

/// Ties a Swift object's life to a GObject's: the object is kept (retained) until GTK finalises the GObject,
/// then released. A widget's Swift controller owned this way lives exactly as long as what it controls, so
/// the closures it hands to GTK hold it weakly (`[weak self]`): no cycle through GLib, and no `unowned`
/// reference that a late signal could find dangling.
@MainActor
public enum Ownership {
    /// Keeps `object` until `owner` is finalised. An object can be owned by several GObjects.
    public static func keep(_ object: AnyObject, ownedBy owner: some GPointer) {
        let key = "rostrum-swift-object-\(UInt(bitPattern: ObjectIdentifier(object).hashValue))"
        g_object_set_data_full(
            cast(owner), key, Unmanaged.passRetained(object).toOpaque(),
            { data in
                guard let data else { return }
                Unmanaged<AnyObject>.fromOpaque(data).release()
            })
    }
}
