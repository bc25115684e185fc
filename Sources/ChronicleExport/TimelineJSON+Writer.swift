import ChronicleModel

/// The model written field by field, keys in byte order, absent optionals left out: the same bytes
/// `JSONEncoder` makes from the model's `Codable` conformance (a test holds the two together).
extension JSONOutput {
    /// `threads` encode the long lists (events, relations) side by side; the bytes do not change.
    mutating func write(_ timeline: Timeline, threads: Int = 1) {
        writeTimeline(actors: timeline.actors, documents: timeline.documents, schemaVersion: timeline.schemaVersion,
                      events: timeline.events, relations: timeline.relations, threads: threads, afterList: {})
    }

    /// A timeline whose events and relations come as sequences, already in output order, encoded in
    /// batches on `threads` threads. `afterList` runs after each of those two lists; when it throws,
    /// the text stops there, unfinished.
    mutating func writeTimeline<Events: Sequence<Event>, Relations: Sequence<Relation>>(
        actors: [Actor], documents: [Document], schemaVersion: Int, events: Events, relations: Relations, threads: Int,
        afterList: () throws -> Void
    ) rethrows {
        try writeTimeline(actors: actors, documents: documents, schemaVersion: schemaVersion,
                          events: events, eventSize: { $0.pointee.evidence.count }, writeEvent: { $0.write($1) },
                          relations: relations, relationSize: { $0.pointee.evidence.count }, writeRelation: { $0.write($1) },
                          threads: threads, afterList: afterList)
    }

    /// The same with events and relations still to be made from what the sequences give, each on the
    /// thread that encodes it (`DeferredRecord`); one that cannot be made is left out.
    mutating func writeTimeline<Events: Sequence, Relations: Sequence>(
        actors: [Actor], documents: [Document], schemaVersion: Int, deferredEvents events: Events, deferredRelations relations: Relations,
        threads: Int, afterList: () throws -> Void
    ) rethrows where Events.Element: DeferredRecord<Event>, Relations.Element: DeferredRecord<Relation> {
        try writeTimeline(actors: actors, documents: documents, schemaVersion: schemaVersion,
                          events: events, eventSize: { $0.pointee.size }, writeEvent: { output, deferred in
                              if let event = deferred.make() { output.write(event) }
                          },
                          relations: relations, relationSize: { $0.pointee.size }, writeRelation: { output, deferred in
                              if let relation = deferred.make() { output.write(relation) }
                          },
                          threads: threads, afterList: afterList)
    }

    private mutating func writeTimeline<Events: Sequence, Relations: Sequence>(
        actors: [Actor], documents: [Document], schemaVersion: Int,
        events: Events, eventSize: (UnsafePointer<Events.Element>) -> Int, writeEvent: @escaping @Sendable (inout JSONOutput, borrowing Events.Element) -> Void,
        relations: Relations, relationSize: (UnsafePointer<Relations.Element>) -> Int,
        writeRelation: @escaping @Sendable (inout JSONOutput, borrowing Relations.Element) -> Void,
        threads: Int, afterList: () throws -> Void
    ) rethrows where Events.Element: Sendable, Relations.Element: Sendable {
        try object {
            $0.key("actors"); $0.array(actors) { $0.write($1) }
            $0.key("documents"); $0.array(documents) { $0.write($1) }
            $0.key("events"); $0.array(events, threads: threads, size: eventSize, writeEvent)
            try afterList()
            $0.key("relations"); $0.array(relations, threads: threads, size: relationSize, writeRelation)
            try afterList()
            $0.key("schemaVersion"); $0.int(schemaVersion)
        }
    }

    mutating func write(_ actor: Actor) {
        object {
            $0.key("aliases"); $0.array(actor.aliases) { $0.string($1) }
            $0.key("id"); $0.string(actor.id.rawValue)
            $0.key("kind"); $0.string(actor.kind.rawValue)
            $0.key("mentions"); $0.int(actor.mentions)
            $0.key("name"); $0.string(actor.name)
            if let people = actor.people { $0.key("people"); $0.array(people) { $0.string($1) } }
        }
    }

    mutating func write(_ document: Document) {
        object {
            $0.key("format"); $0.string(document.format.rawValue)
            $0.key("id"); $0.string(document.id.rawValue)
            if let published = document.published { $0.key("published"); $0.string(published.description) }
            if let from = document.publishedFrom { $0.key("publishedFrom"); $0.string(from.rawValue) }
            $0.key("source"); $0.string(document.source)
            if let title = document.title { $0.key("title"); $0.string(title) }
            if let url = document.url { $0.key("url"); $0.string(url) }
            if let video = document.videoID { $0.key("videoId"); $0.string(video) }
        }
    }

    mutating func write(_ event: Event) {
        object {
            $0.key("actors"); $0.array(event.actors) { $0.string($1.rawValue) }
            $0.key("cameo"); $0.string(event.cameo)
            $0.key("date"); $0.write(event.date)
            $0.key("evidence"); $0.array(event.evidence) { $0.write($1) }
            $0.key("id"); $0.string(event.id.rawValue)
            $0.key("kind"); $0.string(event.kind.rawValue)
            $0.key("polarity"); $0.string(event.polarity.rawValue)
            $0.key("quadClass"); $0.int(event.quadClass.rawValue)
            if let source = event.source { $0.key("source"); $0.string(source.rawValue) }
            $0.key("summary"); $0.string(event.summary)
            if let target = event.target { $0.key("target"); $0.string(target.rawValue) }
        }
    }

    mutating func write(_ relation: Relation) {
        object {
            $0.key("cameo"); $0.string(relation.cameo)
            $0.key("evidence"); $0.array(relation.evidence) { $0.write($1) }
            if let first = relation.firstSeen { $0.key("firstSeen"); $0.string(first) }
            $0.key("goldstein"); $0.double(relation.goldstein)
            $0.key("kind"); $0.string(relation.kind.rawValue)
            if let last = relation.lastSeen { $0.key("lastSeen"); $0.string(last) }
            $0.key("polarity"); $0.string(relation.polarity.rawValue)
            $0.key("quadClass"); $0.int(relation.quadClass.rawValue)
            $0.key("source"); $0.string(relation.source.rawValue)
            if let standing = relation.standing { $0.key("standing"); $0.bool(standing) }
            $0.key("target"); $0.string(relation.target.rawValue)
            $0.key("weight"); $0.int(relation.weight)
        }
    }

    mutating func write(_ date: TemporalValue) {
        object {
            if let modifier = date.modifier { $0.key("modifier"); $0.string(modifier.rawValue) }
            $0.key("precision"); $0.string(date.precision.rawValue)
            if let status = date.status { $0.key("status"); $0.string(status.rawValue) }
            if let text = date.text { $0.key("text"); $0.string(text) }
            $0.key("type"); $0.string(date.type.rawValue)
            $0.key("value"); $0.string(date.value)
        }
    }

    mutating func write(_ evidence: Evidence) {
        object { output in
            output.key("byteEnd"); output.int(evidence.byteEnd)
            output.key("byteStart"); output.int(evidence.byteStart)
            if let claim = evidence.claim {
                output.key("claim")
                output.object {
                    if let claimant = claim.claimant { $0.key("claimant"); $0.string(claimant.rawValue) }
                    $0.key("cue"); $0.string(claim.cue)
                }
            }
            // The document id and the sentence are lent, not copied (see `Evidence.withTextUTF8`).
            output.key("document"); evidence.withDocumentUTF8 { output.string(utf8: $0) }
            if let media = evidence.media {
                output.key("media")
                output.object {
                    $0.key("offset"); $0.string(media.offset)
                    $0.key("seconds"); $0.int(media.seconds)
                    if let url = media.url { $0.key("url"); $0.string(url) }
                }
            }
            if let person = evidence.person { output.key("person"); output.string(person) }
            output.key("text"); evidence.withTextUTF8 { output.string(utf8: $0) }
        }
    }

}
