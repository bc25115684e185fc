import ChronicleModel
import Testing

/// Swift holds `é` written as one scalar and as `e` plus a combining accent equal. Records whose
/// names or ids differ only so are one record, and the bytes the merge keeps do not depend on the
/// order records arrive in (shards merged in any order give the same `timeline.json`).
struct CanonicalEquivalenceTests {
    static let composed = "Bogot\u{E1}"
    static let decomposed = "Bogota\u{301}"

    static func bytes(_ names: [String]?) -> [[UInt8]] { (names ?? []).map { Array($0.utf8) } }

    static func part(alias: String, person: String?, document: String) -> Timeline {
        Timeline(documents: [Document(id: DocumentID(document), source: document + ".txt")],
                 actors: [Actor(id: ActorID("COL"), name: "Colombia", kind: .state, aliases: [alias, "Colombia"], mentions: 1,
                                people: person.map { [$0] })],
                 relations: [], events: [])
    }

    @Test func equivalentAliasesKeepTheSameBytesInEitherOrder() throws {
        #expect(Self.composed == Self.decomposed && Array(Self.composed.utf8) != Array(Self.decomposed.utf8))
        let a = Self.part(alias: Self.composed, person: "Jos\u{E9}", document: "a")
        let b = Self.part(alias: Self.decomposed, person: "Jose\u{301}", document: "b")
        let forward = try #require(Timeline.merged([a, b]).actors.first)
        let backward = try #require(Timeline.merged([b, a]).actors.first)
        #expect(Self.bytes(forward.aliases) == Self.bytes(backward.aliases))
        #expect(Self.bytes(forward.people) == Self.bytes(backward.people))
        // One alias for the two spellings: the one whose bytes come first (the decomposed one, `a` < 0xC3).
        #expect(Self.bytes(forward.aliases) == [Array(Self.decomposed.utf8), Array("Colombia".utf8)].sorted { String(decoding: $0, as: UTF8.self) < String(decoding: $1, as: UTF8.self) })
        #expect(Self.bytes(forward.people) == [Array("Jose\u{301}".utf8)])
    }

    /// Lists not in order (as a hand-written shard may hold) are sorted whole, with the same choice.
    @Test func unsortedListsChooseAlike() throws {
        var a = Self.part(alias: Self.composed, person: nil, document: "a")
        a.actors[0].aliases = ["Colombia", Self.composed, Self.decomposed]
        var b = a
        b.actors[0].aliases = [Self.decomposed, "Colombia", Self.composed]
        let first = try #require(Timeline.merged([a, Self.part(alias: "Colombia", person: nil, document: "c")]).actors.first)
        let second = try #require(Timeline.merged([b, Self.part(alias: "Colombia", person: nil, document: "c")]).actors.first)
        #expect(Self.bytes(first.aliases) == Self.bytes(second.aliases))
        #expect(first.aliases.count == 2)
    }

    /// Two records of one document whose titles are equal only canonically: the same one is kept
    /// whichever comes first.
    @Test func documentRecordChoiceDoesNotDependOnOrder() throws {
        let one = Document(id: DocumentID("d"), source: "d.txt", title: "Caf\u{E9}")
        let other = Document(id: DocumentID("d"), source: "d.txt", title: "Cafe\u{301}")
        func merged(_ documents: [Document]) throws -> [UInt8] {
            let parts = documents.map { Timeline(documents: [$0], actors: [], relations: [], events: []) }
            return Array(try #require(Timeline.merged(parts).documents.first?.title).utf8)
        }
        #expect(try merged([one, other]) == merged([other, one]))
    }

    /// Events whose ids are equal only canonically are one event, as they were when the merger
    /// kept them in a dictionary; so are ids with a character that normalises to ASCII (the Kelvin sign).
    @Test(arguments: [("event-Bogot\u{E1}", "event-Bogota\u{301}"), ("event-K", "event-\u{212A}")])
    func equivalentEventIDsAreOneEvent(first: String, second: String) {
        #expect(first == second)
        func event(_ id: String, _ document: String) -> Event {
            let evidence = Evidence(document: DocumentID(document), text: "A sentence.", byteStart: 0, byteEnd: 11)
            return Event(id: EventID(id), date: TemporalValue(value: "2024-03-02"), actors: [ActorID("COL")], source: ActorID("COL"),
                         target: nil, kind: .statement, summary: "Colombia made a statement", evidence: [evidence])
        }
        var merger = Timeline.Merger()
        merger.add(Timeline(documents: [], actors: [], relations: [], events: [event(first, "a")]))
        merger.add(Timeline(documents: [], actors: [], relations: [], events: [event(second, "b")]))
        let events = merger.timeline().events
        #expect(events.count == 1)
        #expect(events.first?.evidence.count == 2)
    }
}
