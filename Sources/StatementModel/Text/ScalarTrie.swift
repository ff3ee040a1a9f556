/// A trie over Unicode scalar values: the shared shape of the gazetteer's scanner and the theme
/// prefilter. Nodes are numbers; what a node means is kept by the user, in arrays indexed by node.
struct ScalarTrie: Sendable {
    private var children: [[UInt32: Int32]] = [[:]]

    var nodeCount: Int { children.count }
    static let root = 0

    /// Adds a word and returns the node where it ends.
    mutating func insert(_ scalars: String.UnicodeScalarView) -> Int {
        var node = Self.root
        for scalar in scalars {
            if let next = children[node][scalar.value] {
                node = Int(next)
                continue
            }
            children.append([:])
            children[node][scalar.value] = Int32(children.count - 1)
            node = children.count - 1
        }
        return node
    }

    @inline(__always) func child(_ node: Int, _ value: UInt32) -> Int? { children[node][value].map(Int.init) }
}
