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
