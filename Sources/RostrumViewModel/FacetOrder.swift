/// The topic filter's order while the pointer is over it: a value keeps its place when counts change, so the
/// next click lands on the value that was under the pointer (re-sorted by count, the list moved under it).
package enum FacetOrder {
    /// `fresh` in the order of `shown`: values already shown keep their order with their new count, values new to
    /// the list come after them in their own order. A value no longer listed (a find box typed in) goes.
    package static func keeping(_ shown: [FacetRow], _ fresh: [FacetRow]) -> [FacetRow] {
        let byValue = Dictionary(fresh.map { ($0.value, $0) }, uniquingKeysWith: { a, _ in a })
        let kept = shown.compactMap { byValue[$0.value] }
        let seen = Set(shown.map(\.value))
        return kept + fresh.filter { !seen.contains($0.value) }
    }
}
