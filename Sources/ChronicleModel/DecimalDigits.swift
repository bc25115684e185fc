extension UnsafeBufferPointer<UInt8> {
    /// The number the ASCII digits in `range` spell, or nil when a byte there is no digit, the range
    /// runs past the buffer or holds more than 18 digits (which could overflow). An empty range spells 0.
    /// Read with a plain loop: `allSatisfy` and `reduce` over the range cost a few hundred
    /// instructions a number, on paths that read every date value and lexicon record.
    @inlinable
    package func decimalValue(in range: Range<Int>) -> Int? {
        guard range.lowerBound >= 0, range.upperBound <= count, range.count <= 18 else { return nil }
        var value = 0
        for index in range {
            let digit = self[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }
}
