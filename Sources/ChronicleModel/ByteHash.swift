/// A 64-bit hash of a short byte string, and the byte tests that go with it, for the look-up
/// tables every word and record passes through (`ByteTable`'s words, the merger's record keys).
///
/// Eight bytes per step, each step a multiply and a shift (the mixing of splitmix64). The bytes
/// past the last whole eight, and keys shorter than eight, are read in one or two loads that may
/// overlap, not a byte at a time: most keys are words of three to seven letters. Swift's `Hasher`
/// (SipHash) spends more on setting up and finishing than this spends on a whole word.
///
/// It is not a keyed hash: a table whose keys come from the input gives it a random `seed` per
/// process, so no input can be made to collide in advance.
///
/// It is public only to the package's modules (`@_spi(Hashing)`), so that `ByteTable` can inline
/// them: a `package` function is not inlined across modules, and a call per word cost 12 M
/// instructions of a 1,000-document run.
@_spi(Hashing) public enum ByteHash {
    @inlinable @inline(__always)
    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64) -> UInt64 {
        let count = bytes.count
        guard count > 8 else { return hash(shortWord: shortWord(bytes), count: count, seed: seed) }
        var hash: UInt64 = (0x9E37_79B9_7F4A_7C15 ^ seed) &+ UInt64(count)
        var offset = 0
        while offset + 8 < count {
            hash = mix(hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        hash = mix(hash ^ bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        return hash ^ (hash >> 32)
    }

    /// A key of at most eight bytes as the one word `hash` reads it as: all eight bytes; the first
    /// four and the last four (which overlap below eight); or the first, middle and last byte below
    /// four. Together with the count it tells the key from any other of at most eight bytes, so a
    /// table can compare keys by it without reading their bytes again.
    @inlinable @inline(__always)
    public static func shortWord(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        if count >= 8 { return bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self) }
        if count >= 4 {
            let low = UInt64(bytes.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            let high = UInt64(bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return low | high << 32
        }
        if count > 0 { return UInt64(bytes[0]) | UInt64(bytes[count / 2]) << 8 | UInt64(bytes[count - 1]) << 16 }
        return 0
    }

    /// `hash` of a key of `count` bytes, at most eight, from its `shortWord`.
    @inlinable @inline(__always)
    public static func hash(shortWord word: UInt64, count: Int, seed: UInt64) -> UInt64 {
        var hash: UInt64 = (0x9E37_79B9_7F4A_7C15 ^ seed) &+ UInt64(count)
        if count > 0 { hash = mix(hash ^ word) }
        return hash ^ (hash >> 32)
    }

    /// Whether every byte is below 0x80, read eight at a time.
    @inlinable
    public static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        var seen: UInt64 = 0
        while offset + 8 <= bytes.count {
            seen |= bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        while offset < bytes.count {
            seen |= UInt64(bytes[offset])
            offset += 1
        }
        return seen & 0x8080_8080_8080_8080 == 0
    }

    /// Whether the `count` bytes at `lhs` and at `rhs` are the same, compared eight at a time.
    @inlinable @inline(__always)
    public static func equal(_ lhs: UnsafeRawPointer, _ rhs: UnsafeRawPointer, count: Int) -> Bool {
        var index = 0
        while index + 8 <= count {
            if lhs.loadUnaligned(fromByteOffset: index, as: UInt64.self) != rhs.loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
            index += 8
        }
        while index < count {
            if lhs.load(fromByteOffset: index, as: UInt8.self) != rhs.load(fromByteOffset: index, as: UInt8.self) { return false }
            index += 1
        }
        return true
    }

    /// Stirs `value`'s bits (splitmix64's finaliser): also what combines the hashes of a key's parts.
    @inlinable @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var mixed = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
