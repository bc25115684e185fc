/// Text built as UTF-8 bytes, for exporters that write a file in many small pieces: appending a
/// piece to a `String` cost about 400 instructions, and a file built as a list of lines was held
/// twice over (the lines, then the text they were joined into).
struct UTF8Buffer {
    private(set) var bytes: [UInt8] = []
    /// Where the bytes go once they pass `flushSize` (`flushIfFull`); nil keeps them all.
    private let sink: ((UnsafeRawBufferPointer) -> Void)?

    init(capacity: Int = 0) {
        sink = nil
        bytes.reserveCapacity(capacity)
    }

    /// A buffer whose bytes go to `sink` a megabyte at a time, so a large output is never held whole.
    private init(flushingTo sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        bytes.reserveCapacity(Self.flushSize + Self.flushSize / 4)
    }

    static let flushSize = 1 << 20

    /// The bytes `body` writes, gathered in a buffer of `capacity` bytes to start with: the
    /// in-memory counterpart of `write(to:_:)`, so an exporter has one writer for both.
    static func bytes(capacity: Int = 0, _ body: (inout UTF8Buffer) -> Void) -> [UInt8] {
        var buffer = UTF8Buffer(capacity: capacity)
        body(&buffer)
        return buffer.bytes
    }

    /// Text written by `body` and handed to `sink` a megabyte at a time, in order; the first error
    /// `sink` throws is thrown once `body` is done (nothing more is handed to it meanwhile).
    static func write(to sink: (UnsafeRawBufferPointer) throws -> Void, _ body: (inout UTF8Buffer) -> Void) throws {
        var failure: (any Error)?
        withoutActuallyEscaping(sink) { sink in
            var buffer = UTF8Buffer { bytes in
                guard failure == nil else { return }
                do { try sink(bytes) } catch { failure = error }
            }
            body(&buffer)
            buffer.flush()
        }
        if let failure { throw failure }
    }

    /// Hands the bytes so far to the sink once they pass `flushSize`: called between records, so a
    /// record is never split between two writes for nothing. Does nothing for a buffer without a sink.
    mutating func flushIfFull() {
        if sink != nil, bytes.count >= Self.flushSize { flush() }
    }

    private mutating func flush() {
        guard let sink else { return }
        bytes.withUnsafeBytes(sink)
        bytes.removeAll(keepingCapacity: true)
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

    /// Bytes lent by their owner, such as a string's UTF-8 (`withUTF8Lent`).
    mutating func append(bytes more: UnsafeBufferPointer<UInt8>) {
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

    /// ` name="value"`, the value escaped as an attribute value (`XMLText.attribute`).
    mutating func appendXMLAttribute(_ name: StaticString, _ value: String) {
        appendXMLAttributeName(name)
        XMLText.append(value, attribute: true, to: &bytes)
        append("\"")
    }

    /// ` name="value"` for a whole number, which needs no escaping.
    mutating func appendXMLAttribute(_ name: StaticString, _ value: Int) {
        appendXMLAttributeName(name)
        append(value)
        append("\"")
    }

    /// ` name="value"` for a value written in the source, which needs no escaping.
    mutating func appendXMLAttribute(_ name: StaticString, _ value: StaticString) {
        appendXMLAttributeName(name)
        append(value)
        append("\"")
    }

    /// ` name="`, up to the value.
    private mutating func appendXMLAttributeName(_ name: StaticString) {
        append(" ")
        append(name)
        append("=\"")
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
