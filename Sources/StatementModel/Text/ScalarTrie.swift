/// A trie over Unicode scalar values: the shared shape of the gazetteer's scanner and the theme
/// prefilter. Nodes are numbers; what a node means is kept by the user, in arrays indexed by node.
///
/// The edges live in one open-addressed table keyed by (node, scalar) with a multiplicative hash: a look-up
/// runs at every letter of every statement read, and a dictionary per node (Swift's seeded hashing, a
/// storage object a node) cost the import about three times as much per step.
struct ScalarTrie: Sendable {
    private(set) var nodeCount = 1
    /// Edge keys (`node << 32 | scalar`), or `empty`; the table's size is a power of two, at most half full.
    private var keys = [UInt64](repeating: ScalarTrie.empty, count: 64)
    /// The child each key leads to.
    private var targets = [Int32](repeating: 0, count: 64)
    private var edges = 0

    static let root = 0
    private static let empty = UInt64.max

    /// Adds a word and returns the node where it ends.
    mutating func insert(_ scalars: String.UnicodeScalarView) -> Int {
        var node = Self.root
        for scalar in scalars {
            if let next = child(node, scalar.value) {
                node = next
                continue
            }
            let added = nodeCount
            nodeCount += 1
            addEdge(Self.key(node, scalar.value), to: added)
            node = added
        }
        return node
    }

    @inline(__always) func child(_ node: Int, _ value: UInt32) -> Int? {
        let key = Self.key(node, value)
        let mask = keys.count - 1
        var slot = Self.slot(key, mask: mask)
        while true {
            let found = keys[slot]
            if found == key { return Int(targets[slot]) }
            if found == Self.empty { return nil }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always) private static func key(_ node: Int, _ value: UInt32) -> UInt64 {
        UInt64(truncatingIfNeeded: node) << 32 | UInt64(value)
    }

    /// The high bits of the key times an odd constant (Fibonacci hashing): spread for keys differing in
    /// a few low bits, as a node's letters do.
    @inline(__always) private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func addEdge(_ key: UInt64, to target: Int) {
        if (edges + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Self.slot(key, mask: mask)
        while keys[slot] != Self.empty { slot = (slot + 1) & mask }
        keys[slot] = key
        targets[slot] = Int32(target)
        edges += 1
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldTargets = targets
        keys = [UInt64](repeating: Self.empty, count: oldKeys.count * 2)
        targets = [Int32](repeating: 0, count: oldKeys.count * 2)
        edges = 0
        for (key, target) in zip(oldKeys, oldTargets) where key != Self.empty { addEdge(key, to: Int(target)) }
    }
}
