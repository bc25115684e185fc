/// The values in increasing order, each once: a document's names for one actor, the subjects of
/// a verb. Sorted and thinned in place, so a list costs no second one.
func distinctSorted<Element: Comparable>(_ values: consuming [Element]) -> [Element] {
    guard values.count > 1 else { return values }
    values.sort()
    var kept = 1
    for index in 1..<values.count where values[index] != values[kept - 1] {
        if kept != index { values.swapAt(kept, index) }
        kept += 1
    }
    values.removeLast(values.count - kept)
    return values
}
