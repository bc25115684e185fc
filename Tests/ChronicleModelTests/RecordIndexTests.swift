import Testing
@testable import ChronicleModel

/// The merger's index finds each key's record, whatever the hashes do.
struct RecordIndexTests {
    /// Keys whose hashes collide in every bit (a deliberately bad hash) are told apart by `isKey`,
    /// and the index keeps them all as it grows from empty.
    @Test(arguments: [1, 3, 1_000])
    func collidingHashesStayApart(buckets: UInt64) {
        let keys = (0..<500).map { "key-\($0)" }
        let hash = { (key: String) in UInt64(key.utf8.count) % buckets }
        var index = RecordIndex()
        var held: [String] = []
        for key in keys {
            let position = index.position(hash: hash(key), insertingIfAbsent: held.count) { held[$0] == key }
            #expect(position == held.count, "\(key) is new")
            held.append(key)
        }
        #expect(index.count == keys.count)
        for (position, key) in keys.enumerated() {
            #expect(index.position(hash: hash(key)) { held[$0] == key } == position)
            #expect(index.position(hash: hash(key), insertingIfAbsent: -5) { held[$0] == key } == position, "\(key) is found, not added")
        }
        #expect(index.count == keys.count)
        #expect(index.position(hash: hash("absent")) { held[$0] == "absent" } == nil)
    }

    /// Keys entered as known new (`insertNew`, the way mergers combine) after room was reserved
    /// are found like the others.
    @Test
    func reservedAndInsertedKeysAreFound() {
        var index = RecordIndex()
        #expect(index.position(hash: 7) { _ in true } == nil, "an empty index finds nothing")
        index.reserveCapacity(3)
        let ids = (0..<40).map { EventID("event-\($0)") }
        for (position, id) in ids.enumerated() { index.insertNew(hash: id.recordHash, position: position) }
        for (position, id) in ids.enumerated() {
            #expect(index.position(hash: id.recordHash) { ids[$0] == id } == position)
        }
        #expect(index.position(hash: EventID("event-40").recordHash) { ids[$0] == EventID("event-40") } == nil)
    }

    /// A relation's key hash covers its source, target and kind: swapping source and target, or
    /// changing the kind, changes it.
    @Test
    func relationKeyHashCoversEveryPart() {
        let (a, b) = (ActorID("israel"), ActorID("hamas"))
        let key = Timeline.RelationKey(source: a, target: b, kind: .assault)
        #expect(key.recordHash == Timeline.RelationKey(source: a, target: b, kind: .assault).recordHash)
        #expect(key.recordHash != Timeline.RelationKey(source: b, target: a, kind: .assault).recordHash)
        #expect(key.recordHash != Timeline.RelationKey(source: a, target: b, kind: .fight).recordHash)
        // Every kind is a number of its own, so no two kinds of one pair share a hash.
        let hashes = Set(RelationKind.allCases.map { Timeline.RelationKey(source: a, target: b, kind: $0).recordHash })
        #expect(hashes.count == RelationKind.allCases.count)
    }
}
