/// Text built as UTF-8 bytes, for exporters that write a file in many small pieces: appending a
/// piece to a `String` cost about 400 instructions, and a file built as a list of lines was held
/// twice over (the lines, then the text they were joined into).
struct UTF8Buffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes += $0 }
    }

    /// Text written as it is: only for text that needs no escaping (numbers, colours, fixed words).
    mutating func append(_ text: String) {
        text.withUTF8Lent { bytes += $0 }
    }

    /// A whole number in decimal, as `"\(value)"` writes it.
    mutating func append(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            bytes += UnsafeRawBufferPointer(rebasing: digits[start...])
        }
    }

    mutating func removeLast() {
        bytes.removeLast()
    }

    mutating func append(_ other: UTF8Buffer) {
        bytes += other.bytes
    }

    mutating func append(bytes more: [UInt8]) {
        bytes += more
    }

    /// `text` with the bytes `needsWork` picks rewritten (`String.appendRewrittenUTF8`).
    mutating func appendRewritten(_ text: String, where needsWork: (UInt8) -> Bool,
                                  _ rewrite: (UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) -> Int)
    {
        text.appendRewrittenUTF8(to: &bytes, where: needsWork, rewrite)
    }

    /// Text as XML element content (`XMLText.text`).
    mutating func appendXMLText(_ text: String) {
        XMLText.append(text, attribute: false, to: &bytes)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
