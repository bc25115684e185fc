/// The sentence a relation or event was read from, and where it is on disk.
public struct Evidence: Hashable, Codable, Sendable {
    public var document: DocumentID
    /// The sentence, with markup removed and white space folded.
    public var text: String
    /// UTF-8 byte range of the sentence in the file as it is on disk (end exclusive).
    public var byteStart: Int
    public var byteEnd: Int
    /// A moment in the video the document describes, when the sentence carries a timestamp.
    public var media: MediaOffset?
    /// Set when the sentence only reports someone's claim (`alleged`, `reportedly`).
    public var claim: Claim?
    /// The person who spoke or acted for the source actor, when named.
    public var person: String?

    public init(
        document: DocumentID, text: String, byteStart: Int, byteEnd: Int,
        media: MediaOffset? = nil, claim: Claim? = nil, person: String? = nil
    ) {
        self.document = document
        self.text = text
        self.byteStart = byteStart
        self.byteEnd = byteEnd
        self.media = media
        self.claim = claim
        self.person = person
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
