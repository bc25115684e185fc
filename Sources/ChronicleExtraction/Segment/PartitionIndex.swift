extension Array {
    /// The index of the first element for which `isInSecondPart` holds, for a predicate that is
    /// false for a prefix of the array and true for the rest (words, tokens and offset segments are
    /// in text order); `count` when it holds for none. A binary search.
    func partitionIndex(where isInSecondPart: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isInSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
