import ChronicleModel
import Testing

/// Merging partial results is associative and commutative, so shards combine into the same whole.
struct TimelineMergeTests {
    /// A deterministic family of small partial timelines that overlap in actors, relations and events.
    static func part(_ seed: Int) -> Timeline {
        let actors: [ActorID] = [.russia, .iran, .hamas, .israel]
        let kinds: [RelationKind] = [.aid, .assault, .consult, .disapprove]
        let document = DocumentID("d\(seed)")
        var relations: [Relation] = []
        var events: [Event] = []
        for step in 0..<3 {
            let source = actors[(seed + step) % 4]
            let target = actors[(seed + step + 1) % 4]
            let kind = kinds[(seed * 3 + step) % 4]
            let evidence = Evidence(document: document, text: "Sentence \(step).", byteStart: step * 20, byteEnd: step * 20 + 10)
            let day = "2023-10-\(10 + (seed + step) % 5)"
            relations.append(Relation(source: source, target: target, kind: kind, firstSeen: day, lastSeen: day, evidence: [evidence]))
            // Documents word the same date differently ("Oct. 12", "two days ago") or only report it.
            let date = TemporalValue(value: day, text: ["Oct. \(10 + (seed + step) % 5)", "two days ago", "last week"][seed % 3],
                                     status: seed % 4 == 0 ? .reported : .happened)
            events.append(Event(id: EventID("\(source)-\(kind.rawValue)-\(target)-\(day)"), date: date,
                                actors: [source, target].sorted(), source: source, target: target, kind: kind,
                                summary: "\(source) \(kind.phrase) \(target)", evidence: [evidence]))
        }
        return Timeline(
            documents: [Document(id: document, source: "\(document).txt")],
            actors: actors.prefix(2 + seed % 3).map { Actor(id: $0, name: $0.rawValue, kind: .state, aliases: ["\($0)-\(seed)"], mentions: seed + 1) },
            relations: relations, events: events)
    }

    @Test(arguments: 0..<12)
    func mergeIsAssociativeAndCommutative(seed: Int) {
        let a = Self.part(seed), b = Self.part(seed + 5), c = Self.part(seed * 7 + 3)
        let leftFirst = a.merging(b).merging(c)
        let rightFirst = a.merging(b.merging(c))
        #expect(leftFirst == rightFirst)
        #expect(a.merging(b) == b.merging(a))
        #expect(Timeline.merged([c, a, b]) == leftFirst)
    }

    /// What a run does with several threads: each folds its share into its own merger, then the mergers combine.
    @Test(arguments: 0..<6)
    func mergersOfThreadsCombineIntoTheSameWhole(seed: Int) {
        let parts = (0..<6).map { Self.part(seed * 6 + $0) }
        var first = Timeline.Merger(), second = Timeline.Merger()
        for (index, part) in parts.enumerated() {
            if (index + seed) % 3 == 0 { first.add(part) } else { second.add(part) }
        }
        var combined = second
        combined.add(first)
        #expect(combined.timeline() == Timeline.merged(parts))
        #expect(combined.timeline() == Timeline.merged(parts.reversed()))
    }

    /// The end of a many-threaded run: any number of mergers, each holding records the others hold
    /// too, combine on any number of threads into what one merger of every part gives.
    @Test(arguments: [(0, 1), (1, 2), (2, 2), (3, 3), (4, 4), (5, 3)])
    func mergersCombineIntoTheSameWholeOnAnyNumberOfThreads(seed: Int, mergerCount: Int) {
        // Enough records that the look-ups are shared among threads (a list is split from twice as many items as threads).
        let parts = (0..<40).map { Self.part(seed * 40 + $0) }
        let expected = Timeline.merged(parts)
        for threads in 1...3 {
            var mergers = Array(repeating: Timeline.Merger(), count: mergerCount)
            for (index, part) in parts.enumerated() { mergers[(index * 7 + seed) % mergerCount].add(part) }
            #expect(Timeline.Merger.timeline(combining: mergers, threads: threads) == expected, "\(mergerCount) mergers, \(threads) threads")
        }
        #expect(Timeline.Merger.timeline(combining: [], threads: 2) == Timeline.merged([]))
    }

    /// One timeline's own repeated records (each document's partial timeline is merged so) merge as a
    /// merger merges them, folded by comparing when they are few and through a merger when many.
    @Test(arguments: [2, 9, 40])
    func oneTimelinesRepeatedRecordsMergeAsAMergerMergesThem(partCount: Int) {
        let parts = (0..<partCount).map { Self.part($0 % 5) }
        let together = Timeline(unsortedDocuments: parts.flatMap(\.documents), actors: parts.flatMap(\.actors),
                                relations: parts.flatMap(\.relations), events: parts.flatMap(\.events))
        var merger = Timeline.Merger()
        merger.add(together)
        #expect(Timeline.merged([together]) == merger.timeline())
        #expect(Timeline.merged([together]) == Timeline.merged(parts))
    }

    /// A merger that took in another keeps finding its records: what it takes in later folds into them.
    @Test func mergerTakesInMoreAfterAnotherMerger() {
        let parts = (0..<9).map { Self.part($0) }
        var first = Timeline.Merger(), second = Timeline.Merger()
        for part in parts[0..<4] { first.add(part) }
        for part in parts[4..<7] { second.add(part) }
        first.add(second)
        for part in parts[7...] { first.add(part) }
        #expect(first.timeline() == Timeline.merged(parts))
    }

    @Test func mergeSumsMentionsAndUnitesEvidence() throws {
        let merged = Self.part(1).merging(Self.part(1 + 4))
        let russia = try #require(merged.actors.first { $0.id == .russia })
        #expect(russia.mentions == 2 + 6)
        #expect(russia.aliases == ["RUS-1", "RUS-5"])
        for relation in merged.relations {
            #expect(relation.weight == relation.evidence.count)
            if let first = relation.firstSeen, let last = relation.lastSeen { #expect(!TimexOrder.precedes(last, first)) }
        }
        let once = Timeline.merged([Self.part(2)])
        #expect(once.merging(once).relations.map(\.weight) == once.relations.map(\.weight), "the same sentence counts once")
    }

    /// Names and people unite sorted and once each, whether the parts list them in order (as Chronicle
    /// writes them, merged in one pass) or not (a hand-edited file).
    @Test(arguments: [
        (["Moscow", "Russia"], ["Kremlin", "Russia", "the Kremlin"], ["Kremlin", "Moscow", "Russia", "the Kremlin"]),
        (["Russia", "Moscow"], ["Russia", "Kremlin"], ["Kremlin", "Moscow", "Russia"]),
        (["Russia", "Russia"], [], ["Russia"]),
        ([], ["Moscow"], ["Moscow"]),
    ])
    func actorNamesUniteSortedAndOnce(first: [String], second: [String], expected: [String]) {
        let a = Timeline(actors: [Actor(id: .russia, name: "Russia", kind: .state, aliases: first, mentions: 1, people: first)])
        let b = Timeline(actors: [Actor(id: .russia, name: "Russia", kind: .state, aliases: second, mentions: 2, people: second)])
        for merged in [Timeline.merged([a, b]), Timeline.merged([b, a])] {
            #expect(merged.actors.first?.aliases == expected)
            #expect(merged.actors.first?.people == expected)
            #expect(merged.actors.first?.mentions == 3)
        }
    }

    @Test func eventsAreOrderedByDateThenPrecisionThenUnknownLast() {
        func event(_ id: String, _ value: String) -> Event {
            Event(id: EventID(id), date: TemporalValue(value: value), actors: [.russia], kind: .statement, summary: id,
                  evidence: [Evidence(document: "d", text: id, byteStart: id.count, byteEnd: id.count + 1)])
        }
        let timeline = Timeline(events: [
            event("unknown", "XXXX-XX-XX"), event("month", "2023-10"), event("day", "2023-10-01"), event("later", "2023-10-07"),
            event("year", "2022"), event("week", "2023-W40"),
        ])
        #expect(timeline.events.map(\.id.rawValue) == ["year", "day", "month", "week", "later", "unknown"])
    }
}
