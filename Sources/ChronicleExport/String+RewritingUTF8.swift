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
            var index = first
            while index < bytes.count {
                if needsWork(bytes[index]) {
                    index += rewrite(bytes, index, &output)
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            result = String(decoding: output, as: UTF8.self)
        }
        return result ?? self
    }
}

extension String {
    /// Whether any UTF-8 byte of this text satisfies `predicate`, read where the bytes lie
    /// (`utf8.contains(where:)` took 350 instructions for a short cell).
    func containsUTF8(where predicate: (UInt8) -> Bool) -> Bool {
        var found = false
        withUTF8Lent { found = $0.contains(where: predicate) }
        return found
    }
}
