import Testing
@testable import ChronicleExtraction

/// The hash tables behind every per-word look-up: they must answer exactly like a dictionary.
@Suite struct LookupTableTests {
    /// Words of every length around the eight-byte step of the hash, non-ASCII ones, and the empty key.
    static let words = ["", "a", "of", "the", "said", "seven", "Russia", "warning", "accorded", "according",
                        "reportedly", "counteroffensive", "Zelenskyy’s", "Côte", "d'Ivoire", "日本", "x y"]

    @Test func findsEveryKeyWithItsValue() {
        let table = ByteTable(strings: Self.words.enumerated().map { ($0.element, $0.offset) })
        #expect(table.count == Self.words.count)
        for (index, word) in Self.words.enumerated() {
            #expect(table[word] == index, "\(word)")
            #expect(table[bytes: ArraySlice(Array(word.utf8))] == index, "\(word)")
        }
    }

    @Test func missesWordsItDoesNotHold() {
        let table = ByteTable(strings: Self.words.map { ($0, true) })
        for miss in ["th", "thee", "The", "said ", "accordin", "accordingly", "Russian", "日", "x  y", "\u{0}"] {
            #expect(table[miss] == nil, "\(miss)")
        }
    }

    @Test func findsAKeyInsideALongerBuffer() {
        let table: ByteTable<Bool> = ["hamas", "israel"]
        let text = Array("the hamas-israel war".utf8)
        #expect(table.contains(bytes: text[4..<9]))
        #expect(table.contains(bytes: text[10..<16]))
        #expect(!table.contains(bytes: text[4..<10]))
    }

    @Test func findsKeysInAnyASCIICase() {
        let table: ByteTable<Bool> = ["mr", "sept", "counteroffensive"]
        for word in ["MR", "Mr", "mr", "SePt", "Counteroffensive"] {
            #expect(table.contains(lowercasing: ArraySlice(Array(word.utf8))), "\(word)")
        }
        #expect(!table.contains(lowercasing: ArraySlice(Array("Mrs".utf8))))
        // A key longer than a word: still found.
        let long = String(repeating: "Ab", count: 40)
        let longTable = ByteTable(words: [long.lowercased()])
        #expect(longTable.contains(lowercasing: ArraySlice(Array(long.utf8))))
    }

    @Test func lengthsAtTheEdgesOfTheQuickRejectionAndOfStackLowering() {
        // Lengths of 63 and more share one bit of the first-byte filter; words of up to 32 bytes
        // are lowered on the stack, longer ones in a temporary allocation.
        let lengths = [1, 31, 32, 33, 62, 63, 64, 100]
        let table = ByteTable(strings: lengths.map { (String(repeating: "k", count: $0), $0) } + [("", 0)])
        for length in lengths {
            let upper = ArraySlice(Array(String(repeating: "K", count: length).utf8))
            #expect(table.value(lowercasing: upper) == length, "\(length)")
            #expect(table[String(repeating: "k", count: length)] == length, "\(length)")
        }
        for miss in [2, 30, 34, 61, 65, 99, 101] {
            #expect(table.value(lowercasing: ArraySlice(Array(String(repeating: "K", count: miss).utf8))) == nil, "\(miss)")
        }
        #expect(table.value(lowercasing: []) == 0)
        #expect(table.value(lowercasing: ArraySlice(Array("j".utf8))) == nil)
    }

    @Test func keepsTheFirstValueOfARepeatedKey() {
        let table = ByteTable(strings: [("war", 1), ("peace", 2), ("war", 3)])
        #expect(table.count == 2)
        #expect(table["war"] == 1)
    }

    @Test func agreesWithADictionaryOnManyKeys() {
        // Enough keys to force long probe runs and several table sizes.
        let keys = (0..<5_000).map { "w\($0 * 7919 % 100_003)" }
        let table = ByteTable(strings: keys.enumerated().map { ($0.element, $0.offset) })
        let dictionary = Dictionary(keys.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for probe in (0..<12_000).map({ "w\($0 * 13 % 100_003)" }) {
            #expect(table[probe] == dictionary[probe])
        }
    }

    /// Keys are hashed a word at a time, with overlapping loads for the last bytes and for keys
    /// shorter than a word: keys of every length up to forty, and near misses that differ in one
    /// byte at either end or in the middle, are told apart.
    @Test func agreesWithADictionaryOnKeysOfEveryLength() {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789'".utf8)
        var keys: [String] = []
        for length in 1...40 {
            for variant in 0..<20 {
                keys.append(String(decoding: (0..<length).map { alphabet[($0 * 7 + variant * 13 + length) % alphabet.count] }, as: UTF8.self))
            }
        }
        let table = ByteTable(strings: keys.enumerated().map { ($0.element, $0.offset) })
        let dictionary = Dictionary(keys.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { first, _ in first })
        for key in keys {
            #expect(table[key] == dictionary[key], "\(key)")
            var bytes = Array(key.utf8)
            for position in Set([0, bytes.count / 2, bytes.count - 1]) {
                let original = bytes[position]
                bytes[position] = UInt8(ascii: "-")
                let nearMiss = String(decoding: bytes, as: UTF8.self)
                #expect(table[nearMiss] == dictionary[nearMiss], "\(nearMiss)")
                bytes[position] = original
            }
        }
    }

    /// A key of up to eight bytes is compared by the word its hash read, never byte by byte: a key
    /// that differs from a stored one in any single byte, or is one byte shorter or longer, is not
    /// taken for it.
    @Test func shortKeysDifferingInAnyOneByteAreToldApart() {
        let keys = (1...9).map { length in (0..<length).map { UInt8(ascii: "a") + UInt8($0) } }
        let table = ByteTable(keys.enumerated().map { ($0.element, $0.offset) })
        for (offset, key) in keys.enumerated() {
            #expect(key.withUnsafeBytes { table.value(for: $0) } == offset)
            for position in key.indices {
                var changed = key
                changed[position] = UInt8(ascii: "z")
                #expect(changed.withUnsafeBytes { table.value(for: $0) } == nil, "\(key) with byte \(position) changed")
            }
            let longer = key + [UInt8(ascii: "z")]
            #expect(longer.withUnsafeBytes { table.value(for: $0) } == nil)
        }
    }

    /// A builder numbers keys as they arrive, answers a repeated key with its first number and
    /// grows past the room it was made with; the table it freezes finds every key.
    @Test func builderNumbersKeysAsTheyArriveThroughEveryGrowth() {
        var builder = ByteTableBuilder<Int32>()
        let keys = (0..<3_000).map { "key\($0 * 7919 % 10_007)" + String(repeating: "x", count: $0 % 13) }
        for (offset, key) in keys.enumerated() {
            let index = Array(key.utf8).withUnsafeBytes { builder.index(of: $0, addingIfAbsent: { Int32($0) }) }
            #expect(index == offset)
        }
        for (offset, key) in keys.enumerated().reversed() {
            let again = Array(key.utf8).withUnsafeBytes { builder.index(of: $0, addingIfAbsent: { _ in -1 }) }
            #expect(again == offset, "\(key)")
        }
        #expect(builder.count == keys.count)
        let table = ByteTable(builder)
        for (offset, key) in keys.enumerated() { #expect(table[key] == Int32(offset), "\(key)") }
        #expect(table["key"] == nil && table["key0x"] == nil)
    }

    @Test func trieEdgesFindEachChildAndNothingElse() {
        var edges = TrieEdgesBuilder()
        for node in Int32(0)..<200 {
            for word in Int32(0)..<(node % 7) {
                let (child, added) = edges.child(node, word * 31, orAdd: node * 100 + word)
                #expect(added && child == node * 100 + word)
            }
        }
        // An edge already there keeps its child.
        #expect(edges.child(13, 31, orAdd: -5) == (1_301, false))
        var visited = 0
        edges.forEachEdge { node, word, child in
            visited += 1
            #expect(child == node * 100 + word / 31)
        }
        #expect(visited == edges.count)
        let frozen = TrieEdges(edges)
        for node in Int32(0)..<200 {
            for word in Int32(0)..<7 {
                let expected: Int32? = word < node % 7 ? node * 100 + word : nil
                #expect(frozen.child(node, word * 31) == expected)
                #expect(frozen.child(node, word * 31 + 1) == nil)
            }
        }
    }
}
