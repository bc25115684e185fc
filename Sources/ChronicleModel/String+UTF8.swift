extension String {
    /// The string's UTF-8 bytes, lent to `body` where they lie; a copy is made only for a string
    /// not stored contiguously. `withUTF8` needs a mutable string, and calling it on a copy
    /// retains and releases the storage, which threads writing side by side contend for.
    @inlinable
    package func withUTF8Lent(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        if utf8.withContiguousStorageIfAvailable(body) != nil { return }
        var copy = self
        copy.withUTF8(body)
    }
}

extension String {
    /// `value` in decimal, with zeros in front to make `width` characters at least: the digits of
    /// TIMEX3 values and ISO dates (`0007`, `05`).
    package init(_ value: Int, zeroPaddedTo width: Int) {
        let digits = String(value)
        self = digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
    }
}

extension String {
    /// Of two strings Swift holds equal, the one whose UTF-8 bytes come first.
    ///
    /// `==` and `<` compare strings by canonical equivalence: `é` written as one scalar and as `e`
    /// with a combining accent are one name. Where such names fold into one (an actor's aliases, a
    /// document's title), keeping whichever came first made the bytes written depend on the order
    /// documents, threads or shards were merged in; this choice does not.
    package static func firstInBytes(_ a: String, _ b: String) -> String {
        b.utf8.lexicographicallyPrecedes(a.utf8) ? b : a
    }

    /// Whether the two strings have the same UTF-8 bytes (not only equal, as `==` holds canonically
    /// equivalent strings).
    package func hasSameBytes(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var same = false
        withUTF8Lent { bytes in
            other.withUTF8Lent { otherBytes in
                same = bytes.count == otherBytes.count
                    && (bytes.isEmpty || ByteHash.equal(bytes.baseAddress!, otherBytes.baseAddress!, count: bytes.count))
            }
        }
        return same
    }
}

/// The names in increasing order, each once; of names Swift holds equal (canonically equivalent),
/// the one whose bytes come first (`String.firstInBytes`), whatever order they came in. Sorted and
/// thinned in place, so a list costs no second one.
package func distinctSortedNames(_ names: consuming [String]) -> [String] {
    guard names.count > 1 else { return names }
    names.sort()
    var kept = 1
    for index in 1..<names.count {
        if names[index] == names[kept - 1] {
            if !names[index].hasSameBytes(as: names[kept - 1]) { names[kept - 1] = String.firstInBytes(names[kept - 1], names[index]) }
        } else {
            if kept != index { names.swapAt(kept, index) }
            kept += 1
        }
    }
    names.removeLast(names.count - kept)
    return names
}
