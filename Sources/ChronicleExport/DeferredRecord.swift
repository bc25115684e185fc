import ChronicleModel

/// An event or relation of `timeline.json` that is made on the thread that encodes it, from a form
/// of its own: records read back from sorted runs on disk arrive as their bytes, so the thread that
/// draws them in order only reads their keys, and decoding (most of the work, and every allocation)
/// is shared among the encoding threads.
public protocol DeferredRecord<Record>: Sendable {
    associatedtype Record
    /// About how many evidence items the record holds, to size the batches shared among threads.
    var size: Int { get }
    /// The record, or nil when it cannot be made: the writer leaves it out, and whoever made the
    /// sequence reports why through the writer's `failure`.
    func make() -> Record?
}
