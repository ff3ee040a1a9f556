/// The topic filter's order while the pointer is over it: a value keeps its place when counts change, so the
/// next click lands on the value that was under the pointer (re-sorted by count, the list moved under it).
package enum FacetOrder {
    /// `fresh` in the order of `shown`: values already shown keep their place with their new count (0 when the
    /// filter leaves them none), values new to the list come after them in their own order.
    package static func keeping(_ shown: [FacetRow], _ fresh: [FacetRow]) -> [FacetRow] {
        let byValue = Dictionary(fresh.map { ($0.value, $0) }, uniquingKeysWith: { a, _ in a })
        let kept = shown.map { old -> FacetRow in
            guard let row = byValue[old.value] else {
                var gone = old
                gone.count = 0
                gone.selected = false
                return gone
            }
            return row
        }
        let seen = Set(shown.map(\.value))
        return kept + fresh.filter { !seen.contains($0.value) }
    }
}
