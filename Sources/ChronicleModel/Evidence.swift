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
        set { set(\.document, newValue) }
    }

    /// The sentence, with markup removed and white space folded.
    public var text: String {
        get { box.fields.text }
        set { set(\.text, newValue) }
    }

    /// UTF-8 byte range of the sentence in the file as it is on disk (end exclusive).
    public var byteStart: Int {
        get { box.fields.byteStart }
        set { set(\.byteStart, newValue) }
    }

    public var byteEnd: Int {
        get { box.fields.byteEnd }
        set { set(\.byteEnd, newValue) }
    }

    /// A moment in the video the document describes, when the sentence carries a timestamp.
    public var media: MediaOffset? {
        get { box.fields.media }
        set { set(\.media, newValue) }
    }

    /// Set when the sentence only reports someone's claim (`alleged`, `reportedly`).
    public var claim: Claim? {
        get { box.fields.claim }
        set { set(\.claim, newValue) }
    }

    /// The person who spoke or acted for the source actor, when named.
    public var person: String? {
        get { box.fields.person }
        set { set(\.person, newValue) }
    }

    /// Changes one field in a new box (a box is never changed in place: others may share it), and
    /// only when the value differs, so setting what is already there keeps the sharing.
    private mutating func set<Value: Equatable>(_ field: WritableKeyPath<Fields, Value>, _ value: Value) {
        guard box.fields[keyPath: field] != value else { return }
        var changed = box.fields
        changed[keyPath: field] = value
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

    /// Reads `HH:MM:SS`, `H:MM:SS` or `MM:SS`; nil for anything else.
    public static func seconds(of offset: String) -> Int? {
        let parts = offset.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return nil }
        var total = 0
        for (index, part) in parts.enumerated() {
            guard !part.isEmpty, part.count <= 2 || index == 0, part.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(part)
            else { return nil }
            if index > 0, value >= 60 { return nil }
            total = total * 60 + value
        }
        return total
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
