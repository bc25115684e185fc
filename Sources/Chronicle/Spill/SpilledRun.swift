import ChronicleModel

/// One sorted run on disk (`Timeline.Merger.takeRelationsAndEvents`): where its events and its
/// relations lie in a spill file.
struct SpilledRun: Sendable {
    var file: SpillFile
    var events: Range<Int>
    var relations: Range<Int>

    /// Appends the records to `file`, a megabyte at a time.
    static func write(relations: [Relation], events: [Event], to file: SpillFile) throws -> SpilledRun {
        var encoder = SpillEncoder(capacity: flushSize + flushSize / 4)
        func append<Record>(_ records: [Record], _ encode: (inout SpillEncoder, Record) -> Void) throws -> Range<Int> {
            let start = file.size
            for record in records {
                encoder.record { encode(&$0, record) }
                if encoder.bytes.count >= flushSize {
                    try file.append(encoder.bytes)
                    encoder.removeAll()
                }
            }
            try file.append(encoder.bytes)
            encoder.removeAll()
            return start..<file.size
        }
        let eventRange = try append(events) { $0.event($1) }
        let relationRange = try append(relations) { $0.relation($1) }
        return SpilledRun(file: file, events: eventRange, relations: relationRange)
    }

    private static let flushSize = 1 << 20

    /// The events of `runs` in output order, each event once, as the bytes of every run that holds it.
    static func events(of runs: [SpilledRun]) -> EventRunMerge {
        EventRunMerge(readers: runs.map { RunReader(file: $0.file, range: $0.events) }, undecoded: undecodedRecords(of: runs))
    }

    /// The relations of `runs` in output order, each once, as the bytes of every run that holds it.
    static func relations(of runs: [SpilledRun]) -> RelationRunMerge {
        RelationRunMerge(readers: runs.map { RunReader(file: $0.file, range: $0.relations) }, undecoded: undecodedRecords(of: runs))
    }

    private static func undecodedRecords(of runs: [SpilledRun]) -> UndecodedRecords {
        UndecodedRecords(failure: SpillFile.changed(folder: runs.first?.file.folder ?? SpillingMerger.defaultFolder))
    }
}
