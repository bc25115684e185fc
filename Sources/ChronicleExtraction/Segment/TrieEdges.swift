/// The edges of a word trie (node, word id) -> child node, frozen into one open-addressing table
/// once the trie is built, so each step of a match is a multiply and a probe rather than a
/// SipHash of a per-node dictionary.
struct TrieEdges: Sendable {
    private let keys: [UInt64]
    private let children: [Int32]
    private let mask: Int
    private static let empty = UInt64.max

    init(_ edges: [UInt64: Int32]) {
        var capacity = 8
        while capacity < edges.count * 2 { capacity *= 2 }
        var keys = [UInt64](repeating: TrieEdges.empty, count: capacity)
        var children = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        // The slots depend on the order edges arrive in, what a look-up answers does not.
        for (key, child) in edges {
            var slot = TrieEdges.slot(key, mask)
            while keys[slot] != TrieEdges.empty { slot = (slot + 1) & mask }
            keys[slot] = key
            children[slot] = child
        }
        self.keys = keys
        self.children = children
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
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        var mixed = (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9
        mixed ^= mixed >> 32
        return Int(truncatingIfNeeded: mixed) & mask
    }
}
