extension String {
    /// This text with each byte that `needsWork` picks rewritten by `rewrite`, which appends what the
    /// bytes from `index` on become and says how many it took; the other bytes are copied as they
    /// are, and text that needs nothing is handed back as it is.
    ///
    /// The exporters' escapers go through here: each changes only ASCII characters and a few known
    /// multi-byte ones, so they can read UTF-8 bytes where appending `Unicode.Scalar`s to a `String`
    /// cost about 400 instructions a character.
    func rewritingUTF8(where needsWork: (UInt8) -> Bool, _ rewrite: (UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) -> Int) -> String {
        var result: String? = nil
        withUTF8Lent { bytes in
            guard let first = bytes.firstIndex(where: needsWork) else { return }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            output += bytes[..<first]
            Self.rewrite(bytes, from: first, where: needsWork, rewrite, into: &output)
            result = String(decoding: output, as: UTF8.self)
        }
        return result ?? self
    }

    /// The same, appended to `output`: for exporters that build their file as bytes.
    @inline(__always)
    func appendRewrittenUTF8(to output: inout [UInt8], where needsWork: (UInt8) -> Bool,
                             _ rewrite: (UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) -> Int)
    {
        withUTF8Lent { bytes in Self.rewrite(bytes, from: 0, where: needsWork, rewrite, into: &output) }
    }

    @inline(__always)
    private static func rewrite(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, where needsWork: (UInt8) -> Bool,
                                _ rewrite: (UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) -> Int, into output: inout [UInt8])
    {
        var index = start
        while index < bytes.count {
            // The bytes up to the next one that needs work go over in one copy.
            var end = index
            while end < bytes.count, !needsWork(bytes[end]) { end += 1 }
            if end > index { output += UnsafeBufferPointer(rebasing: bytes[index..<end]) }
            guard end < bytes.count else { return }
            index = end + rewrite(bytes, end, &output)
        }
    }
}
