/// Maps byte offsets in a document's clean text back to byte offsets in the file on disk.
///
/// The clean text is built from runs copied verbatim from the file (offsets shift by a constant)
/// and replacements (an entity `&amp;` read as `&`, a run of white space read as one space),
/// whose clean bytes all map to the whole original range.
public struct OffsetMap: Hashable, Sendable {
    struct Segment: Hashable, Sendable {
        var clean: Int
        var original: Int
        var originalEnd: Int
        var verbatim: Bool
    }

    private(set) var segments: [Segment] = []

    /// The file offset where the clean byte at `cleanOffset` came from.
    /// - Complexity: O(log n) in the number of segments.
    public func originalStart(ofClean cleanOffset: Int) -> Int {
        guard let index = lastSegment(where: { $0.clean <= cleanOffset }) else { return segments.first?.original ?? 0 }
        let segment = segments[index]
        return segment.verbatim ? segment.original + (cleanOffset - segment.clean) : segment.original
    }

    /// The file offset just past the clean byte before `cleanEnd` (an exclusive end).
    public func originalEnd(ofClean cleanEnd: Int) -> Int {
        guard let index = lastSegment(where: { $0.clean < cleanEnd }) else { return segments.first?.original ?? 0 }
        let segment = segments[index]
        return segment.verbatim ? segment.original + (cleanEnd - segment.clean) : segment.originalEnd
    }

    mutating func append(clean: Int, original: Range<Int>, verbatim: Bool) {
        if verbatim, let last = segments.last, last.verbatim,
           last.originalEnd == original.lowerBound, last.originalEnd - last.original == clean - last.clean
        {
            segments[segments.count - 1].originalEnd = original.upperBound
            return
        }
        segments.append(Segment(clean: clean, original: original.lowerBound, originalEnd: original.upperBound, verbatim: verbatim))
    }

    /// Forgets segments that start at or after `cleanOffset` (used when an empty block is undone).
    mutating func dropSegments(from cleanOffset: Int) {
        while let last = segments.last, last.clean >= cleanOffset { segments.removeLast() }
    }

    /// The last segment satisfying a predicate that is true for a prefix of `segments`.
    private func lastSegment(where isBefore: (Segment) -> Bool) -> Int? {
        let after = segments.partitionIndex { !isBefore($0) }
        return after == 0 ? nil : after - 1
    }
}
