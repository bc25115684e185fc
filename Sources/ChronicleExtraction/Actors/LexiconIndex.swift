import ChronicleModel

/// A token trie over every name in a lexicon, built once, so recognition costs a few dictionary
/// look-ups per token of text however many names the lexicon holds.
///
/// A class, though it never changes: every stage of every document is lent it, and a struct of
/// this size was copied for that, its dozen lists retained and released with it.
public final class LexiconIndex: Sendable {
    public enum Target: Hashable, Sendable {
        case actor(ActorID, MentionForm)
        case person(Int)
        /// A phrase that contains a name but names no actor (`Washington Post`).
        case notActor
    }

    public let lexicon: Lexicon
    /// Token bytes to token id, for every token of every name.
    private let vocabulary: ByteTable<Int32>
    private let edges: TrieEdges
    /// Per token id, the node a name that starts with the token reaches, or -1: every token of text
    /// starts a match at the root, and this array is one read where the edge table is a probe in
    /// memory too large to stay in cache.
    private let rootChildren: [Int32]
    /// The tokens that start a name, by first byte and length: most words of text start none, and
    /// this turns them away before their bytes are hashed, where the vocabulary's own test lets
    /// through every "of" and "la" that stands inside a name.
    private let nameStarts: FirstByteLengths
    /// Per trie node, the index of its target in `targets`, or -1.
    private let nodeTargets: [Int32]
    private let targets: [Target]
    /// Per target, whether it names an actor whose name is also a given name (`Jordan`): asked at
    /// every actor found, so kept here rather than looked up in the lexicon by id.
    private let ambiguousTargets: [Bool]
    /// The last word of each person's full name (`Clinton` of `Bill Clinton`), to the place in
    /// `surnamePeople` of the people it ends: a post and a surname alone ("President Clinton")
    /// name the one of them holding such a post on the day (`ActorRecognizer.titledPerson`).
    private let surnames: ByteTable<Int32>
    private let surnamePeople: [[Int32]]
    /// Every actor's entry, in id order.
    let actorEntries: [ActorEntry]
    /// Each actor id's place in `actorEntries`: every document's actors and relations ask for
    /// theirs, and these keys are a few bytes, where the lexicon's dictionary hashes with SipHash.
    private let actorPlaces: ByteTable<Int32>

    public init(_ lexicon: Lexicon) {
        self.lexicon = lexicon
        let ids = lexicon.actors.keys.sorted()
        actorEntries = ids.map { lexicon.actors[$0]! }
        actorPlaces = ByteTable(strings: ids.enumerated().map { ($1.rawValue, Int32($0)) })
        // Room for every name's tokens and nodes at once: growing the tables places every key
        // they hold again at each doubling.
        let nameCount = actorEntries.reduce(0) { $0 + $1.nameCount } + lexicon.people.reduce(0) { $0 + 1 + $1.aliases.count } + lexicon.notActors.count
        var builder = LexiconTrieBuilder(expectedNames: nameCount)
        for entry in actorEntries {
            let id = entry.id
            builder.insert(entry.name, .actor(id, .name), ambiguous: entry.ambiguous)
            for alias in entry.aliases { builder.insert(alias, .actor(id, .alias), ambiguous: entry.ambiguous) }
            for demonym in entry.demonyms { builder.insert(demonym, .actor(id, .demonym), ambiguous: entry.ambiguous) }
            for metonym in entry.metonyms { builder.insert(metonym, .actor(id, .metonym), ambiguous: entry.ambiguous) }
        }
        for (index, person) in lexicon.people.enumerated() {
            builder.insert(person.name, .person(index), ambiguous: false, surnameOf: Int32(index))
            for alias in person.aliases { builder.insert(alias, .person(index), ambiguous: false) }
        }
        for phrase in lexicon.notActors { builder.insert(phrase, .notActor, ambiguous: false) }
        surnames = ByteTable(builder.surnames)
        surnamePeople = builder.surnamePeople
        var rootChildren = [Int32](repeating: -1, count: builder.vocabulary.count)
        builder.edges.forEachEdge { node, word, child in
            if node == 0 { rootChildren[Int(word)] = child }
        }
        self.rootChildren = rootChildren
        nameStarts = builder.nameStarts
        vocabulary = ByteTable(builder.vocabulary)
        edges = TrieEdges(builder.edges)
        nodeTargets = builder.nodeTargets
        targets = builder.targets
        ambiguousTargets = builder.ambiguousTargets
    }

    /// The people (by index into the lexicon's) whose full name ends with the word `bytes`.
    func people(withSurname bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        surnames.value(for: UnsafeRawBufferPointer(bytes)).map { surnamePeople[Int($0)] } ?? []
    }

    /// Where actor `id` is in `actorEntries` (the order of ids), or nil when the lexicon has no such actor.
    func place(of id: ActorID) -> Int? {
        actorPlaces[id.rawValue].map(Int.init)
    }

    /// False when no name starts with a token of these bytes (told by their first byte and length).
    @inline(__always)
    func mayStartName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return false }
        return nameStarts.mayHold(firstByte: first, count: bytes.count)
    }

    /// The vocabulary id of a token's bytes, or nil when no name contains that token.
    @inline(__always)
    func tokenID(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? { vocabulary.value(for: UnsafeRawBufferPointer(bytes)) }

    /// The child of `node` reached by token `id`.
    @inline(__always)
    func child(_ node: Int32, _ id: Int32) -> Int32? {
        guard node == 0 else { return edges.child(node, id) }
        let child = rootChildren[Int(id)]
        return child < 0 ? nil : child
    }

    @inline(__always)
    func target(at node: Int32) -> Target? {
        let index = nodeTargets[Int(node)]
        return index < 0 ? nil : targets[Int(index)]
    }

    /// Whether the target at `node` (which has one) names an ambiguous actor.
    @inline(__always)
    func targetIsAmbiguous(at node: Int32) -> Bool {
        ambiguousTargets[Int(nodeTargets[Int(node)])]
    }
}

/// The trie as it grows, in the tables `LexiconIndex` keeps. Built at every start of the program.
private struct LexiconTrieBuilder {
    /// Token bytes to token id (ids are numbered as tokens first appear).
    var vocabulary: ByteTableBuilder<Int32>
    var edges: TrieEdgesBuilder
    /// The first tokens of names, by first byte and length.
    var nameStarts = FirstByteLengths()
    var nodeTargets: [Int32] = [-1]
    var targets: [LexiconIndex.Target] = []
    /// Per target, whether it names an ambiguous actor.
    var ambiguousTargets: [Bool] = []
    /// The last word of each person's full name, when it is capitalised and at least three letters
    /// long, to its place in `surnamePeople`, the people (by index) whose name ends so.
    var surnames = ByteTableBuilder<Int32>()
    var surnamePeople: [[Int32]] = []
    /// The tokens of the name being inserted, kept from name to name.
    private var tokens: [Token] = []

    /// A builder with room for about `expectedNames` names (and their spelling variants).
    init(expectedNames: Int) {
        vocabulary = ByteTableBuilder(expectedCount: 2 * expectedNames)
        edges = TrieEdgesBuilder(expectedCount: 3 * expectedNames)
        nodeTargets.reserveCapacity(3 * expectedNames)
        targets.reserveCapacity(2 * expectedNames)
        ambiguousTargets.reserveCapacity(2 * expectedNames)
    }

    /// Adds a name and its spelling variants: curly apostrophes, and a capitalised first word
    /// for names that start lower-case (`the Kremlin` -> `The Kremlin`).
    /// `surnameOf`: the person whose full name this is, to learn its last word as their surname.
    mutating func insert(_ name: String, _ target: LexiconIndex.Target, ambiguous: Bool, surnameOf person: Int32? = nil) {
        let bytes = Array(name.utf8)
        insertExact(bytes, target, ambiguous)
        if let person, tokens.count >= 2, let last = tokens.last, last.kind == .word, last.range.count >= 3, isUpper(bytes[last.range.lowerBound]) {
            let place = bytes.withUnsafeBytes { surnames.index(of: UnsafeRawBufferPointer(rebasing: $0[last.range]), addingIfAbsent: { Int32($0) }) }
            if place == surnamePeople.count { surnamePeople.append([]) }
            surnamePeople[place].append(person)
        }
        let curled = bytes.contains(UInt8(ascii: "'")) ? Tokenizer.apostrophes(in: bytes, curled: true) : nil
        if let curled { insertExact(curled, target, ambiguous) }
        // "Omar al Bashir", "Abdel Fattah el Sisi": an Arabic article joined by a hyphen is also written apart.
        if let spaced = LexiconTrieBuilder.articleSpacedApart(bytes) { insertExact(spaced, target, ambiguous) }
        guard let first = bytes.first else { return }
        let startsLowerCase = first < 0x80 ? (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
            : name.unicodeScalars.first!.properties.isLowercase
        guard startsLowerCase else { return }
        for variant in [name] + (curled.map { [String(decoding: $0, as: UTF8.self)] } ?? []) {
            insertExact(Array((variant.prefix(1).uppercased() + variant.dropFirst()).utf8), target, ambiguous)
        }
    }

    /// The name with each hyphen after an Arabic article or a word of descent ("al-", "el-", "bin-")
    /// and before a capital turned to a space, or nil when it has none.
    static func articleSpacedApart(_ bytes: [UInt8]) -> [UInt8]? {
        var result: [UInt8]? = nil
        var wordStart = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") { wordStart = index + 1; continue }
            guard byte == UInt8(ascii: "-"), index + 1 < bytes.count, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index + 1]),
                  index > wordStart, LexiconTrieBuilder.hyphenedArticles.contains(bytes[wordStart..<index])
            else { continue }
            if result == nil { result = bytes }
            result![index] = UInt8(ascii: " ")
            wordStart = index + 1
        }
        return result
    }

    private static let hyphenedArticles: [ArraySlice<UInt8>] = ["al", "el", "ad", "ash", "as", "ar", "an", "at", "az", "ud", "ul", "bin", "ibn"]
        .map { ArraySlice($0.utf8) }

    private mutating func insertExact(_ bytes: [UInt8], _ target: LexiconIndex.Target, _ ambiguous: Bool) {
        Tokenizer.tokens(bytes, 0..<bytes.count, into: &tokens)
        guard let firstToken = tokens.first else { return }
        nameStarts.insert(bytes[firstToken.range])
        var node: Int32 = 0
        bytes.withUnsafeBytes { bytes in
            for token in tokens {
                let id = Int32(vocabulary.index(of: UnsafeRawBufferPointer(rebasing: bytes[token.range]), addingIfAbsent: { Int32($0) }))
                let (child, added) = edges.child(node, id, orAdd: Int32(nodeTargets.count))
                if added { nodeTargets.append(-1) }
                node = child
            }
        }
        // The first claim of a node wins: validation has already rejected true conflicts, and
        // a spelling variant never displaces an exact name.
        if nodeTargets[Int(node)] < 0 {
            targets.append(target)
            ambiguousTargets.append(ambiguous)
            nodeTargets[Int(node)] = Int32(targets.count - 1)
        }
    }
}
