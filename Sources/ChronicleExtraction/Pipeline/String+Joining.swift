import ChronicleModel

extension String {
    /// `parts` one after another, with `separator` (an ASCII byte) between them when given, each
    /// part's bytes copied once into the new string. Appending strings checks for grapheme clusters
    /// across every join, which cost more than the rest of an event's records.
    @inline(__always)
    init(joining parts: [String], separator: UInt8? = nil) {
        let separators = separator == nil ? 0 : Swift.max(0, parts.count - 1)
        let length = parts.reduce(separators) { $0 + $1.utf8.count }
        // Filled on the stack, then decoded once: 400 instructions a call, where filling the
        // string's own storage (`String(unsafeUninitializedCapacity:)`) took 820.
        self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length) { buffer in
            var count = 0
            for (index, part) in parts.enumerated() {
                if index > 0, let separator {
                    buffer[count] = separator
                    count += 1
                }
                part.withUTF8Lent { bytes in
                    guard let source = bytes.baseAddress else { return }
                    (buffer.baseAddress! + count).update(from: source, count: bytes.count)
                    count += bytes.count
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }
}
