/// The sentence a relation or event was read from, and where it is on disk.
///
/// A value type whose fields live in one shared, immutable box: a run holds millions of evidence
/// items, most of them copies (a relation and its event cite the same sentence), and a copy is
/// then one reference instead of seven fields and their strings. Setting a field copies the box
/// only when it is shared and the value actually changes.
public struct Evidence: Hashable, Codable, Sendable {
    /// The fields themselves; their synthesized `Hashable` and `Codable` are Evidence's.
    private struct Fields: Hashable, Codable, Sendable {
        var document: DocumentID
        var text: String
        var byteStart: Int
        var byteEnd: Int
        var media: MediaOffset?
        var claim: Claim?
        var person: String?
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    // Fields are read as `box.fields.x`, never through a computed `fields` property: a copy of
    // `Fields` retains and releases every string in it to read one.
    private var box: Box

    public init(
        document: DocumentID, text: String, byteStart: Int, byteEnd: Int,
        media: MediaOffset? = nil, claim: Claim? = nil, person: String? = nil
    ) {
        box = Box(Fields(document: document, text: text, byteStart: byteStart, byteEnd: byteEnd, media: media, claim: claim, person: person))
    }

    public var document: DocumentID {
        get { box.fields.document }
        set { if box.fields.document != newValue { update { $0.document = newValue } } }
    }

    /// The sentence, with markup removed and white space folded.
    public var text: String {
        get { box.fields.text }
        set { if box.fields.text != newValue { update { $0.text = newValue } } }
    }

    /// The sentence's UTF-8 bytes, lent to `body`. Reading `text` to encode it retains and releases
    /// the string, which is shared by every item citing the sentence: threads encoding side by
    /// side then contend for its reference count. (Not generic, so a caller in another module
    /// runs it specialised.)
    package func withTextUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        box.fields.text.withUTF8Lent(body)
    }

    /// How many bytes `text` takes, read without copying the string.
    var textByteCount: Int { box.fields.text.utf8.count }

    /// The document id's UTF-8 bytes, lent to `body` (see `withTextUTF8`).
    package func withDocumentUTF8(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        box.fields.document.rawValue.withUTF8Lent(body)
    }

    /// UTF-8 byte range of the sentence in the file as it is on disk (end exclusive).
    public var byteStart: Int {
        get { box.fields.byteStart }
        set { if box.fields.byteStart != newValue { update { $0.byteStart = newValue } } }
    }

    public var byteEnd: Int {
        get { box.fields.byteEnd }
        set { if box.fields.byteEnd != newValue { update { $0.byteEnd = newValue } } }
    }

    /// A moment in the video the document describes, when the sentence carries a timestamp.
    public var media: MediaOffset? {
        get { box.fields.media }
        set { if box.fields.media != newValue { update { $0.media = newValue } } }
    }

    /// Set when the sentence only reports someone's claim (`alleged`, `reportedly`).
    public var claim: Claim? {
        get { box.fields.claim }
        set { if box.fields.claim != newValue { update { $0.claim = newValue } } }
    }

    /// The person who spoke or acted for the source actor, when named.
    public var person: String? {
        get { box.fields.person }
        set { if box.fields.person != newValue { update { $0.person = newValue } } }
    }

    /// Changes fields in a new box (a box is never changed in place: others may share it). The
    /// setters call it only when the value differs, so setting what is already there keeps the
    /// sharing; they compare the field directly, as a key path costs a thousand instructions.
    private mutating func update(_ change: (inout Fields) -> Void) {
        var changed = box.fields
        change(&changed)
        box = Box(changed)
    }

    public static func == (lhs: Evidence, rhs: Evidence) -> Bool { lhs.box === rhs.box || lhs.box.fields == rhs.box.fields }
    public func hash(into hasher: inout Hasher) { box.fields.hash(into: &hasher) }
    public init(from decoder: any Decoder) throws { box = Box(try Fields(from: decoder)) }
    public func encode(to encoder: any Encoder) throws { try box.fields.encode(to: encoder) }

    /// Whether this item cites an earlier place than `other`: by document, then byte range (the
    /// order evidence is listed in; `EvidenceKey` order, compared without building keys).
    func citesBefore(_ other: Evidence) -> Bool {
        let (a, b) = (box, other.box)
        if a.fields.document != b.fields.document { return a.fields.document < b.fields.document }
        if a.fields.byteStart != b.fields.byteStart { return a.fields.byteStart < b.fields.byteStart }
        return a.fields.byteEnd < b.fields.byteEnd
    }

    /// Whether both items cite the same sentence.
    func citesSamePlace(as other: Evidence) -> Bool {
        let (a, b) = (box, other.box)
        return a === b || a.fields.byteStart == b.fields.byteStart && a.fields.byteEnd == b.fields.byteEnd
            && a.fields.document == b.fields.document
    }

    /// Between two different items that cite the same sentence, whether `self` is the one to keep:
    /// the smaller text (should two runs have read the sentence apart), then the one that says more
    /// (a timestamp, a claim, a person before none), then the smaller by those fields, so merging
    /// in any order keeps the same one.
    func isPreferred(over other: Evidence) -> Bool {
        if text != other.text { return text < other.text }
        if let order = Evidence.presentFirst(media, other.media, { ($0.offset, $0.seconds, $0.url ?? "") < ($1.offset, $1.seconds, $1.url ?? "") }) { return order }
        if let order = Evidence.presentFirst(claim, other.claim, { a, b in
            if let order = Evidence.presentFirst(a.claimant, b.claimant, { $0 < $1 }) { return order }
            return a.cue < b.cue
        }) { return order }
        if let order = Evidence.presentFirst(person, other.person, { $0 < $1 }) { return order }
        return false
    }

    /// nil when the two are equal; otherwise whether `a` comes first: present before absent, then by `less`.
    private static func presentFirst<T: Equatable>(_ a: T?, _ b: T?, _ less: (T, T) -> Bool) -> Bool? {
        switch (a, b) {
        case (nil, nil): return nil
        case (.some, nil): return true
        case (nil, .some): return false
        case let (a?, b?): return a == b ? nil : less(a, b)
        }
    }
}

/// A position in a video, such as a `yt-timestamp` anchor in notes on a video.
/// It is provenance, never a calendar date.
public struct MediaOffset: Hashable, Codable, Sendable {
    /// `HH:MM:SS` or `MM:SS` as written.
    public var offset: String
    public var seconds: Int
    /// A link that opens the video at that moment (`https://youtu.be/ID?t=793`).
    public var url: String?

    public init(offset: String, seconds: Int, url: String? = nil) {
        self.offset = offset
        self.seconds = seconds
        self.url = url
    }

    /// Reads `HH:MM:SS`, `H:MM:SS` or `MM:SS`; nil for anything else, and for a count of hours
    /// too large to hold in seconds. Read over UTF-8 bytes: every timestamp anchor of a video's
    /// notes comes through here, and splitting into Characters cost ten thousand instructions each.
    public static func seconds(of offset: String) -> Int? {
        var total = 0
        var parts = 0
        var value = 0
        var digits = 0
        // Each part ends at a colon, the last at the end of the text (read as one more colon).
        var bytes = offset.utf8.makeIterator()
        var atEnd = false
        while !atEnd {
            let next = bytes.next()
            atEnd = next == nil
            let byte = next ?? UInt8(ascii: ":")
            if byte == UInt8(ascii: ":") {
                // The first part (hours, or minutes in MM:SS) may be long; the others are two digits under 60.
                guard digits > 0, parts == 0 || digits <= 2 && value < 60 else { return nil }
                let (scaled, overflow) = total.multipliedReportingOverflow(by: 60)
                guard !overflow, case let (sum, false) = scaled.addingReportingOverflow(value) else { return nil }
                total = sum
                parts += 1
                guard parts <= 3 else { return nil }
                value = 0
                digits = 0
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let (scaled, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow, case let (sum, false) = scaled.addingReportingOverflow(Int(byte - UInt8(ascii: "0"))) else { return nil }
                value = sum
                digits += 1
            }
        }
        return parts >= 2 ? total : nil
    }
}

/// Who claims what a claim-flagged sentence says.
public struct Claim: Hashable, Codable, Sendable {
    /// The actor making the claim, when known.
    public var claimant: ActorID?
    /// The word that marks the sentence as a claim (`alleged`, `reportedly`, `suggests`).
    public var cue: String

    public init(claimant: ActorID? = nil, cue: String) {
        self.claimant = claimant
        self.cue = cue
    }
}
