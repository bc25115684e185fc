@_spi(Hashing) import ChronicleModel

/// A read-only hash table from byte strings (words, short phrases) to values, for the look-ups
/// every token of text makes: lexicon vocabulary, date words, cue words, boilerplate cues.
///
/// `Dictionary<String, _>` hashes with SipHash, whose set-up and finalisation dominate for keys of
/// a few bytes; on the 10,000-document corpus a fifth of `chronicle extract` went to hashing. This
/// table hashes eight bytes per multiply and probes linearly in a table at most half full, and a
/// look-up neither allocates nor builds a `String`. Its keys are fixed when it is built, so text
/// cannot add colliding keys: a look-up probes at most the longest run of the table's own keys.
///
/// Each slot holds its key's length and the word the hash read (`ByteHash.shortWord`, or the first
/// eight bytes of a longer key) beside the key's index, so a probe is one read: a key of up to eight
/// bytes (most words) is compared by that word alone, and the table's key bytes are read only for
/// the rest of a longer key that agrees so far.
struct ByteTable<Value: Sendable>: Sendable {
    private let storage: ByteTableStorage<Value>
    private let mask: Int

    /// A table of `entries`; where a key repeats, its first value stays.
    init(_ entries: some Sequence<([UInt8], Value)>) {
        var builder = ByteTableBuilder<Value>(expectedCount: entries.underestimatedCount)
        for (key, value) in entries {
            key.withUnsafeBytes { _ = builder.index(of: $0, addingIfAbsent: { _ in value }) }
        }
        self.init(builder)
    }

    /// The table `builder` has filled, taken as it is.
    init(_ builder: ByteTableBuilder<Value>) {
        storage = ByteTableStorage(keyBytes: builder.keyBytes, keyStarts: builder.keyStarts, slots: builder.slots,
                                   lengthsByFirstByte: builder.lengths.bits, values: builder.values)
        mask = builder.slots.count - 1
    }

    /// A table of string keys (their UTF-8 bytes).
    init(strings entries: some Sequence<(String, Value)>) {
        self.init(entries.lazy.map { (Array($0.0.utf8), $0.1) })
    }

    var count: Int { storage.values.count }

    /// The value of the key `bytes`, if the table has it.
    @inline(__always)
    subscript(bytes bytes: ArraySlice<UInt8>) -> Value? {
        bytes.withUnsafeBytes { value(for: $0) }
    }

    /// The value of the key spelled `word`, if the table has it.
    @inline(__always)
    subscript(_ word: String) -> Value? {
        if let found = word.utf8.withContiguousStorageIfAvailable({ value(for: UnsafeRawBufferPointer($0)) }) { return found }
        return Array(word.utf8).withUnsafeBytes { value(for: $0) }
    }

    /// The value of the key spelled by `bytes` in ASCII lower case (no array, no string). Callers
    /// pass every word of a text through here, so a word no key can match (by its first byte and
    /// length) is turned away before it is lowered (`withASCIILowercased` lowers short words on the stack).
    @inline(__always)
    func value(lowercasing bytes: ArraySlice<UInt8>) -> Value? {
        bytes.withUnsafeBufferPointer { value(lowercasing: $0) }
    }

    /// `value(lowercasing:)` for the bytes of `text` in `range`, lent where they lie: a slice of the
    /// text, made at every word of every sentence, retained and released the whole text.
    @inline(__always)
    func value(lowercasing range: Range<Int>, in text: [UInt8]) -> Value? {
        text.withUnsafeBufferPointer { value(lowercasing: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// `value(lowercasing:)` for bytes already lent as a buffer.
    @inline(__always)
    func value(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let first = bytes.first else { return value(for: UnsafeRawBufferPointer(start: nil, count: 0)) }
        guard mayHold(firstByte: isUpper(first) ? first | 0x20 : first, count: bytes.count) else { return nil }
        return withASCIILowercased(bytes) { value(for: UnsafeRawBufferPointer($0)) }
    }

    /// False when no key starts with `firstByte` and is `count` bytes long.
    @inline(__always)
    private func mayHold(firstByte: UInt8, count: Int) -> Bool {
        storage.lengthsByFirstByte[Int(firstByte)] & FirstByteLengths.bit(for: count) != 0
    }

    @inline(__always)
    func value(for key: UnsafeRawBufferPointer) -> Value? {
        let count = key.count
        guard mayHold(firstByte: count == 0 ? 0 : key[0], count: count) else { return nil }
        let slots = storage.slots
        if count <= 8 {
            // The word and the count are the whole key.
            let word = ByteHash.shortWord(key)
            var slot = Int(truncatingIfNeeded: ByteHash.hash(shortWord: word, count: count, seed: 0)) & mask
            while true {
                let found = slots[slot]
                if found.isEmpty { return nil }
                if found.word == word, Int(found.count) == count { return storage.values[found.index] }
                slot = (slot + 1) & mask
            }
        }
        let word = ByteTable.leadingWord(key)
        var slot = Int(truncatingIfNeeded: ByteTable.hash(key)) & mask
        while true {
            let found = slots[slot]
            if found.isEmpty { return nil }
            if found.word == word, Int(found.count) == count,
               ByteHash.equal(storage.keyBytes.baseAddress! + Int(storage.keyStarts[found.index]) + 8, key.baseAddress! + 8, count: count - 8)
            {
                return storage.values[found.index]
            }
            slot = (slot + 1) & mask
        }
    }

    /// The word a slot keeps of its key: `ByteHash.shortWord` of a key of up to eight bytes, the
    /// first eight bytes of a longer one.
    @inline(__always)
    fileprivate static func leadingWord(_ key: UnsafeRawBufferPointer) -> UInt64 {
        key.count <= 8 ? ByteHash.shortWord(key) : key.loadUnaligned(as: UInt64.self)
    }

    /// `ByteHash.hash` of `bytes`, unseeded: the table's keys are fixed when it is built, so text
    /// cannot add colliding keys.
    @inline(__always)
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 { ByteHash.hash(bytes, seed: 0) }
}

extension ByteTable where Value == Bool {
    /// A set of words: each maps to `true`.
    init(words: some Sequence<String>) {
        self.init(strings: words.lazy.map { ($0, true) })
    }

    func contains(_ word: String) -> Bool { self[word] != nil }
    func contains(bytes: ArraySlice<UInt8>) -> Bool { self[bytes: bytes] != nil }
    func contains(lowercasing bytes: ArraySlice<UInt8>) -> Bool { value(lowercasing: bytes) != nil }
}

extension ByteTable: ExpressibleByArrayLiteral where Value == Bool {
    init(arrayLiteral words: String...) { self.init(words: words) }
}

/// A `ByteTable` as its keys arrive, for tables filled key by key (a lexicon's vocabulary as its
/// names are read) and frozen as they are: building a `Dictionary` first hashed every key with
/// SipHash and then again into the table. Kept at most half full, as the table is.
struct ByteTableBuilder<Value: Sendable> {
    fileprivate var keyBytes: [UInt8] = []
    fileprivate var keyStarts: [Int32] = [0]
    fileprivate var slots: [ByteTableSlot]
    fileprivate var lengths = FirstByteLengths()
    fileprivate var values: [Value] = []

    /// A builder with room for `expectedCount` keys before it grows.
    init(expectedCount: Int = 0) {
        var capacity = 8
        while capacity < expectedCount * 2 { capacity *= 2 }
        slots = [ByteTableSlot](repeating: ByteTableSlot(), count: capacity)
        keyStarts.reserveCapacity(expectedCount + 1)
        values.reserveCapacity(expectedCount)
    }

    /// How many keys the table holds.
    var count: Int { values.count }

    /// The index of `key` (keys are numbered as they arrive), added with the value `value` makes
    /// of its index when the table does not hold it yet.
    mutating func index(of key: UnsafeRawBufferPointer, addingIfAbsent value: (Int) -> Value) -> Int {
        let word = ByteTable<Value>.leadingWord(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: ByteTable<Value>.hash(key)) & mask
        while !slots[slot].isEmpty {
            let found = slots[slot]
            if found.word == word, Int(found.count) == key.count, key.count <= 8 || restEqual(key, found.index) { return found.index }
            slot = (slot + 1) & mask
        }
        let index = values.count
        slots[slot] = ByteTableSlot(word: word, count: key.count, index: index)
        keyBytes.append(contentsOf: key)
        keyStarts.append(Int32(keyBytes.count))
        lengths.insert(key)
        values.append(value(index))
        if values.count * 2 > slots.count { grow() }
        return index
    }

    /// Whether the bytes after the first eight of `key` and of key `index` agree (both are longer).
    private func restEqual(_ key: UnsafeRawBufferPointer, _ index: Int) -> Bool {
        keyBytes.withUnsafeBytes { stored in
            ByteHash.equal(stored.baseAddress! + Int(keyStarts[index]) + 8, key.baseAddress! + 8, count: key.count - 8)
        }
    }

    /// Twice the slots, each key placed again.
    private mutating func grow() {
        var grown = [ByteTableSlot](repeating: ByteTableSlot(), count: slots.count * 2)
        let mask = grown.count - 1
        keyBytes.withUnsafeBytes { stored in
            for entry in slots where !entry.isEmpty {
                let key = UnsafeRawBufferPointer(rebasing: stored[Int(keyStarts[entry.index])..<Int(keyStarts[entry.index + 1])])
                var slot = Int(truncatingIfNeeded: ByteTable<Value>.hash(key)) & mask
                while !grown[slot].isEmpty { slot = (slot + 1) & mask }
                grown[slot] = entry
            }
        }
        slots = grown
    }
}

/// A `ByteTable`'s look-up data in memory of its own, read through pointers. Read through
/// `withUnsafeBufferPointer` on arrays, a look-up that got past the first-byte test copied the
/// table's five arrays (retained and released them): fifteen times a sentence in pronoun
/// resolution alone, about 60 instructions each.
private final class ByteTableStorage<Value: Sendable>: @unchecked Sendable {
    /// Every key's bytes, one after another; key `i` is `keyBytes[keyStarts[i]..<keyStarts[i + 1]]`.
    let keyBytes: UnsafeMutableBufferPointer<UInt8>
    let keyStarts: UnsafeMutableBufferPointer<Int32>
    let slots: UnsafeMutableBufferPointer<ByteTableSlot>
    /// For each first byte, a bit per key length (lengths of 63 and more share the top bit): most
    /// words of running text are in no table, and this turns most misses away before hashing.
    let lengthsByFirstByte: UnsafeMutableBufferPointer<UInt64>
    let values: [Value]

    /// Copies of the lists, never written again (hence `@unchecked Sendable`).
    init(keyBytes: [UInt8], keyStarts: [Int32], slots: [ByteTableSlot], lengthsByFirstByte: [UInt64], values: [Value]) {
        self.keyBytes = ByteTableStorage.copy(keyBytes)
        self.keyStarts = ByteTableStorage.copy(keyStarts)
        self.slots = ByteTableStorage.copy(slots)
        self.lengthsByFirstByte = ByteTableStorage.copy(lengthsByFirstByte)
        self.values = values
    }

    deinit {
        keyBytes.deallocate()
        keyStarts.deallocate()
        slots.deallocate()
        lengthsByFirstByte.deallocate()
    }

    /// The list in memory of its own (at least one element's room, so the base address is never nil).
    private static func copy<Element>(_ list: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(1, list.count))
        _ = buffer.initialize(from: list)
        return UnsafeMutableBufferPointer(rebasing: buffer[..<list.count])
    }
}

/// One place of a `ByteTable`: a key's index, its length and the word the table compares first.
fileprivate struct ByteTableSlot {
    /// `ByteTable.leadingWord` of the key.
    let word: UInt64
    /// The key's index plus one, so that zero is an empty slot.
    private let entry: UInt32
    /// The key's length in bytes.
    let count: UInt32

    init() {
        word = 0
        entry = 0
        count = 0
    }

    init(word: UInt64, count: Int, index: Int) {
        precondition(index < Int(UInt32.max) && count <= Int(UInt32.max), "ByteTable: too many keys or a key too long")
        self.word = word
        self.entry = UInt32(index + 1)
        self.count = UInt32(count)
    }

    var isEmpty: Bool { entry == 0 }
    var index: Int { Int(entry) - 1 }
}
