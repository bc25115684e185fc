/// For each first byte, a bit per length (lengths of 63 and more share the top bit) of the words
/// of a set: a word whose bit is clear is not in the set, told without hashing it. Most words of
/// running text are in no word list, so the tables that every word is asked of test this first
/// (`ByteTable`, the names a lexicon's trie starts with, the words that open a pointing phrase).
struct FirstByteLengths: Sendable {
    private(set) var bits = [UInt64](repeating: 0, count: 256)

    init() {}

    init(words: some Sequence<String>) {
        for word in words { insert(Array(word.utf8)) }
    }

    mutating func insert(_ word: some Collection<UInt8>) {
        bits[Int(word.first ?? 0)] |= FirstByteLengths.bit(for: word.count)
    }

    /// The bit of words `count` bytes long.
    @inline(__always)
    static func bit(for count: Int) -> UInt64 { 1 << UInt64(min(count, 63)) }

    /// False when no word of the set starts with `firstByte` and is `count` bytes long.
    @inline(__always)
    func mayHold(firstByte: UInt8, count: Int) -> Bool {
        bits[Int(firstByte)] & FirstByteLengths.bit(for: count) != 0
    }
}
