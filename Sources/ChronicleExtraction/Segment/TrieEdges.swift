/// The edges of a word trie (node, word id) -> child node, frozen into one open-addressing table
/// once the trie is built, so each step of a match is a multiply and a probe rather than a
/// SipHash of a per-node dictionary.
struct TrieEdges: Sendable {
    private let keys: [UInt64]
    private let children: [Int32]
    private let mask: Int
    fileprivate static let empty = UInt64.max

    /// The edges `builder` holds, taken as they are.
    init(_ builder: TrieEdgesBuilder) {
        keys = builder.keys
        children = builder.children
        mask = builder.keys.count - 1
    }

    static func key(_ node: Int32, _ word: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    /// The node and the word of an edge's `key`.
    static func parts(of key: UInt64) -> (node: Int32, word: Int32) {
        (Int32(bitPattern: UInt32(truncatingIfNeeded: key >> 32)), Int32(bitPattern: UInt32(truncatingIfNeeded: key)))
    }

    /// The child of `node` along `word`.
    @inline(__always)
    func child(_ node: Int32, _ word: Int32) -> Int32? {
        let key = TrieEdges.key(node, word)
        var slot = TrieEdges.slot(key, mask)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let stored = keys[slot]
                if stored == key { return children[slot] }
                if stored == TrieEdges.empty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    fileprivate static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var mixed = (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 32
        return Int(truncatingIfNeeded: mixed) & mask
    }
}

/// A trie's edges as the trie grows, in the table `TrieEdges` reads, kept at most half full: a
/// `Dictionary` of them hashed each key with SipHash, and again when it was frozen.
struct TrieEdgesBuilder {
    fileprivate var keys: [UInt64]
    fileprivate var children: [Int32]
    /// How many edges the trie has.
    private(set) var count = 0

    /// A builder with room for `expectedCount` edges before it grows.
    init(expectedCount: Int = 0) {
        var capacity = 8
        while capacity < expectedCount * 2 { capacity *= 2 }
        keys = [UInt64](repeating: TrieEdges.empty, count: capacity)
        children = [Int32](repeating: -1, count: capacity)
    }

    /// The child of `node` along `word`; when there is none yet, `newChild` becomes it and
    /// `added` is true.
    mutating func child(_ node: Int32, _ word: Int32, orAdd newChild: Int32) -> (child: Int32, added: Bool) {
        let key = TrieEdges.key(node, word)
        let mask = keys.count - 1
        var slot = TrieEdges.slot(key, mask)
        while keys[slot] != TrieEdges.empty {
            if keys[slot] == key { return (children[slot], false) }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        children[slot] = newChild
        count += 1
        if count * 2 > keys.count { grow() }
        return (newChild, true)
    }

    /// Calls `body` with every edge: its node, its word and the child it reaches.
    func forEachEdge(_ body: (_ node: Int32, _ word: Int32, _ child: Int32) -> Void) {
        for slot in keys.indices where keys[slot] != TrieEdges.empty {
            let (node, word) = TrieEdges.parts(of: keys[slot])
            body(node, word, children[slot])
        }
    }

    /// Twice the slots, each edge placed again.
    private mutating func grow() {
        var grownKeys = [UInt64](repeating: TrieEdges.empty, count: keys.count * 2)
        var grownChildren = [Int32](repeating: -1, count: keys.count * 2)
        let mask = grownKeys.count - 1
        for slot in keys.indices where keys[slot] != TrieEdges.empty {
            var place = TrieEdges.slot(keys[slot], mask)
            while grownKeys[place] != TrieEdges.empty { place = (place + 1) & mask }
            grownKeys[place] = keys[slot]
            grownChildren[place] = children[slot]
        }
        keys = grownKeys
        children = grownChildren
    }
}
