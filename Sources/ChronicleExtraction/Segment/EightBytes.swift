/// Tests on eight bytes of text at once (SWAR: each byte's answer in its top bit), for the loops
/// that read every byte of every document: most of a word is ASCII letters and digits, and asking
/// of eight of them in a few arithmetic steps beats a test and a branch per byte.
///
/// In `letters`, `digits` and `visibleASCII` a byte's value stays within its byte (at most 0x7F
/// plus 0x5F), so no carry reaches the next byte. `anyByte` and `matches` rely on a borrow instead,
/// and so answer only whether some byte is what they ask for.
enum EightBytes {
    static let high: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The eight bytes at `pointer`, the first in the lowest bits.
    @inline(__always)
    static func load(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
    }

    /// The top bit of each byte that is an ASCII letter.
    @inline(__always)
    static func letters(_ bytes: UInt64) -> UInt64 {
        let folded = (bytes & ~high) | (ones &* 0x20)  // `b | 0x20`: a letter in lower case, within 0x20...0x7F
        let fromA = (folded &+ ones &* (0x80 - 0x61)) & high
        let pastZ = (folded &+ ones &* (0x80 - 0x7B)) & high
        return fromA & ~pastZ & ~bytes
    }

    /// The top bit of each byte that is an ASCII digit.
    @inline(__always)
    static func digits(_ bytes: UInt64) -> UInt64 {
        let low = bytes & ~high
        let from0 = (low &+ ones &* (0x80 - 0x30)) & high
        let past9 = (low &+ ones &* (0x80 - 0x3A)) & high
        return from0 & ~past9 & ~bytes
    }

    /// The top bit of each byte from `!` to DEL (0x21-0x7F): ASCII that is neither white space nor a control.
    @inline(__always)
    static func visibleASCII(_ bytes: UInt64) -> UInt64 {
        let fromBang = ((bytes & ~high) &+ ones &* (0x80 - 0x21)) & high
        return fromBang & ~bytes
    }

    /// Whether any byte is below `limit` (at most 0x80): the test for a zero byte, applied to each
    /// byte minus `limit` (a byte below it borrows, and sets its top bit).
    @inline(__always)
    static func anyByte(below limit: UInt8, in bytes: UInt64) -> Bool {
        self.bytes(below: limit, in: bytes) != 0
    }

    /// The top bit of the first byte below `limit` (at most 0x80), and maybe of bytes after it (the
    /// borrow runs on to later bytes, never to earlier ones): so the lowest bit set is exact.
    @inline(__always)
    static func bytes(below limit: UInt8, in bytes: UInt64) -> UInt64 {
        (bytes &- ones &* UInt64(limit)) & ~bytes & high
    }

    /// The top bit of each byte that is `byte`, and maybe of a byte after one that is (a borrow
    /// runs on): the same test on the bytes made zero where they match. Nonzero exactly when some byte is `byte`.
    @inline(__always)
    static func matches(_ byte: UInt8, in bytes: UInt64) -> UInt64 {
        let matched = bytes ^ (ones &* UInt64(byte))
        return (matched &- ones) & ~matched & high
    }

    /// The top bit of each byte that is `byte`, and of no other: unlike `matches`, no borrow runs
    /// from byte to byte (each byte's low seven bits plus 0x7F stay within it).
    @inline(__always)
    static func equal(to byte: UInt8, in bytes: UInt64) -> UInt64 {
        let differs = bytes ^ (ones &* UInt64(byte))
        return ~(((differs & ~high) &+ ones &* 0x7F) | differs) & high
    }

    /// How many of the bytes, from the first, have their top bit in `mask`.
    @inline(__always)
    static func leadingCount(_ mask: UInt64) -> Int {
        (~mask & high).trailingZeroBitCount >> 3
    }

    /// The bytes with each ASCII capital lowered (`letters` is `letters(bytes)`).
    @inline(__always)
    static func lowered(_ bytes: UInt64, letters: UInt64) -> UInt64 {
        bytes | (letters >> 2)
    }
}
