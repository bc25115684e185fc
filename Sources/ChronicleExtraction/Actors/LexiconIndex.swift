import ChronicleModel

/// A token trie over every name in a lexicon, built once, so recognition costs a few dictionary
/// look-ups per token of text however many names the lexicon holds.
public struct LexiconIndex: Sendable {
    public enum Target: Hashable, Sendable {
        case actor(ActorID, MentionForm)
        case person(Int)
        /// A phrase that contains a name but names no actor (`Washington Post`).
        case notActor
    }

    struct Node: Sendable {
        var children: [Int32: Int32] = [:]
        var target: Int32 = -1
    }

    public let lexicon: Lexicon
    private(set) var vocabulary: [ByteKey: Int32] = [:]
    private(set) var nodes: [Node] = [Node()]
    private(set) var targets: [Target] = []

    public init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        for id in lexicon.actors.keys.sorted() {
            let entry = lexicon.actors[id]!
            for (name, form) in lexicon.names(of: entry) { insert(name, .actor(id, form)) }
        }
        for (index, person) in lexicon.people.enumerated() {
            for name in [person.name] + person.aliases { insert(name, .person(index)) }
        }
        for phrase in lexicon.notActors { insert(phrase, .notActor) }
    }

    /// The vocabulary id of a token's bytes, or nil when no name contains that token.
    @inline(__always)
    func tokenID(_ bytes: ArraySlice<UInt8>) -> Int32? { vocabulary[ByteKey(bytes)] }

    /// The child of `node` reached by token `id`.
    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32? { nodes[Int(node)].children[id] }

    @inline(__always)
    func target(at node: Int32) -> Target? {
        let index = nodes[Int(node)].target
        return index < 0 ? nil : targets[Int(index)]
    }

    /// Adds a name and its spelling variants: curly apostrophes, and a capitalised first word
    /// for names that start lower-case (`the Kremlin` -> `The Kremlin`).
    private mutating func insert(_ name: String, _ target: Target) {
        var variants = [name]
        if name.contains("'") { variants.append(name.replacingOccurrences(of: "'", with: "\u{2019}")) }
        if let first = name.unicodeScalars.first, first.properties.isLowercase {
            variants += variants.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        }
        for variant in variants { insertExact(variant, target) }
    }

    private mutating func insertExact(_ name: String, _ target: Target) {
        let bytes = Array(name.utf8)
        let tokens = Tokenizer.tokens(bytes, 0..<bytes.count)
        guard !tokens.isEmpty else { return }
        var node: Int32 = 0
        for token in tokens {
            let key = bytes[token.range]
            let id: Int32
            if let known = vocabulary[ByteKey(key)] {
                id = known
            } else {
                id = Int32(vocabulary.count)
                vocabulary[ByteKey(ArraySlice(Array(key)))] = id
            }
            if let next = nodes[Int(node)].children[id] {
                node = next
            } else {
                nodes.append(Node())
                let next = Int32(nodes.count - 1)
                nodes[Int(node)].children[id] = next
                node = next
            }
        }
        // The first claim of a node wins: validation has already rejected true conflicts, and
        // a spelling variant never displaces an exact name.
        if nodes[Int(node)].target < 0 {
            targets.append(target)
            nodes[Int(node)].target = Int32(targets.count - 1)
        }
    }
}

import Foundation
