extension Array {
    /// The elements in the order a stable sort by `before` gives them.
    ///
    /// A list made of a few ascending runs one after another is merged run by run, each merge one
    /// pass: the evidence of a relation that several threads saw is each thread's share, in order,
    /// after the other's. The standard library's sort took those lists (twenty items on average on
    /// the generated corpus) by insertion, moving each item of the second run past most of the
    /// first: with two threads, ordering evidence cost five times what one thread's did.
    func stablySorted(by before: (Element, Element) -> Bool) -> [Element] {
        let maximumRuns = 4
        var runStarts = [0]
        for index in indices.dropFirst() where before(self[index], self[index - 1]) {
            runStarts.append(index)
            if runStarts.count > maximumRuns { return sorted(by: before) }
        }
        guard runStarts.count > 1 else { return self }
        var merged = Array(self[..<runStarts[1]])
        for (position, start) in runStarts.enumerated().dropFirst() {
            let end = position + 1 < runStarts.count ? runStarts[position + 1] : count
            merged = Array.merging(merged, self[start..<end], by: before)
        }
        return merged
    }

    /// Two ascending lists as one; where neither element comes first, the left one does (as in a stable sort).
    static func merging(_ left: [Element], _ right: some RandomAccessCollection<Element>, by before: (Element, Element) -> Bool) -> [Element] {
        var result: [Element] = []
        result.reserveCapacity(left.count + right.count)
        var i = left.startIndex, j = right.startIndex
        while i < left.endIndex, j < right.endIndex {
            if before(right[j], left[i]) {
                result.append(right[j])
                right.formIndex(after: &j)
            } else {
                result.append(left[i])
                i += 1
            }
        }
        result += left[i...]
        result += right[j...]
        return result
    }
}
