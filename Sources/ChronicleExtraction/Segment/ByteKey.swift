/// Bytes of text as a dictionary key, hashed in one pass over the buffer.
///
/// `ArraySlice<UInt8>`'s own `Hashable` feeds the hasher one byte at a time, which made word
/// look-ups (lexicon tokens, boilerplate cues) the top of the ingest and recognition profiles.
struct ByteKey: Hashable, Sendable {
    let bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }
    init(_ text: String) { bytes = ArraySlice(Array(text.utf8)) }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    static func == (lhs: ByteKey, rhs: ByteKey) -> Bool { lhs.bytes == rhs.bytes }
}
