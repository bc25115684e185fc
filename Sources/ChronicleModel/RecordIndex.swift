/// Where each record a merger holds is in its list, found by a 64-bit hash of the record's key
/// (also where each file the corpus listing has met is in its list of file identities).
///
/// The merger looks up every relation and event of every document. A `Dictionary` keyed by the
/// record's strings hashed them with SipHash and, to confirm a match, followed the stored key's
/// pointer into memory that is rarely in cache once the run holds a hundred thousand records. This
/// table keeps each key's full hash beside its position, probes linearly in a table at most half
/// full, and asks the caller to compare keys (`isKey`) only when two hashes are equal. Growing it
/// moves the stored hashes; no key is hashed again.
///
/// The hashes are seeded once per process (`seed`), so input cannot be built to collide; the
/// table's layout never reaches the output.
package struct RecordIndex: Sendable {
    private struct Slot {
        var hash: UInt64
        /// The record's position in its list, or -1 for an empty slot.
        var position: Int
    }

    private var slots: [Slot] = []
    private(set) var count = 0

    package init() {}

    /// The seed of every key hash in this process.
    package static let seed = UInt64.random(in: .min ... .max)

    /// The position of the record whose key hashes to `hash` and passes `isKey`, if it is in the index.
    func position(hash: UInt64, where isKey: (Int) -> Bool) -> Int? {
        guard !slots.isEmpty else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot].position >= 0 {
                if slots[slot].hash == hash, isKey(slots[slot].position) { return slots[slot].position }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// The position of the record whose key hashes to `hash` and passes `isKey`; for a key not in
    /// the index, `next`, entered under it. One probe sequence either way.
    package mutating func position(hash: UInt64, insertingIfAbsent next: Int, where isKey: (Int) -> Bool) -> Int {
        if 2 * (count + 1) > slots.count { grow(toHold: count + 1) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot].position >= 0 {
            if slots[slot].hash == hash, isKey(slots[slot].position) { return slots[slot].position }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(hash: hash, position: next)
        count += 1
        return next
    }

    /// Enters `position` under `hash` for a key known not to be in the index.
    mutating func insertNew(hash: UInt64, position: Int) {
        if 2 * (count + 1) > slots.count { grow(toHold: count + 1) }
        place(Slot(hash: hash, position: position))
        count += 1
    }

    /// Room for `capacity` keys without growing.
    mutating func reserveCapacity(_ capacity: Int) {
        if 2 * capacity > slots.count { grow(toHold: capacity) }
    }

    private mutating func place(_ entry: Slot) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entry.hash) & mask
        while slots[slot].position >= 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    /// A table of a power of two slots, at least twice `keys`, holding the entries held so far.
    private mutating func grow(toHold keys: Int) {
        var capacity = Swift.max(16, slots.count)
        while capacity < 2 * keys { capacity *= 2 }
        let old = slots
        slots = [Slot](repeating: Slot(hash: 0, position: -1), count: capacity)
        for entry in old where entry.position >= 0 { place(entry) }
    }
}

extension String {
    /// The hash of the string for `RecordIndex`, equal for strings Swift holds equal. An ASCII
    /// string's bytes are hashed as they are. Any other string goes through `Hasher`, which hashes
    /// canonically equivalent strings (`é` composed or not) alike, unless it is equal to an ASCII
    /// string: three characters stand canonically for ASCII ones (`asciiEquivalent`).
    var recordHash: UInt64 {
        var hash: UInt64 = 0
        var isASCII = true
        withUTF8Lent { bytes in
            isASCII = ByteHash.isASCII(UnsafeRawBufferPointer(bytes))
            if isASCII { hash = ByteHash.hash(UnsafeRawBufferPointer(bytes), seed: RecordIndex.seed) }
        }
        return isASCII ? hash : nonASCIIRecordHash
    }

    private var nonASCIIRecordHash: UInt64 {
        if let ascii = asciiEquivalent { return ascii.withUnsafeBytes { ByteHash.hash($0, seed: RecordIndex.seed) } }
        return UInt64(truncatingIfNeeded: hashValue)
    }

    /// The bytes of the ASCII string equal to this one, if there is one: only U+037E (Greek question
    /// mark, `;`), U+1FEF (Greek varia, `` ` ``) and U+212A (Kelvin sign, `K`) normalise to ASCII.
    private var asciiEquivalent: [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in unicodeScalars {
            switch scalar.value {
            case 0..<0x80: bytes.append(UInt8(scalar.value))
            case 0x037E: bytes.append(UInt8(ascii: ";"))
            case 0x1FEF: bytes.append(UInt8(ascii: "`"))
            case 0x212A: bytes.append(UInt8(ascii: "K"))
            default: return nil
            }
        }
        return bytes
    }
}

extension Identifier {
    /// The hash of the id for `RecordIndex`.
    var recordHash: UInt64 { rawValue.recordHash }
}

extension Timeline.RelationKey {
    /// The hash of the source's, the target's and the kind's bytes together, for `RecordIndex`.
    var recordHash: UInt64 {
        let result = ByteHash.mix(source.recordHash ^ ByteHash.mix(target.recordHash &+ 0x9E37_79B9_7F4A_7C15))
        return ByteHash.mix(result ^ kind.recordHash)
    }
}

extension RelationKind {
    /// A number of the kind's own, for `RecordIndex`: its case's tag, the one byte the enum is
    /// stored in (hashing the name made a string and read its bytes for every record merged).
    var recordHash: UInt64 {
        withUnsafeBytes(of: self) { UInt64($0[0]) }
    }
}
