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
