/// A block of a document's clean text: a paragraph, heading, list item, quote or caption.
public struct TextBlock: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case paragraph, heading, listItem = "list_item", quote, caption
    }

    public var kind: Kind
    /// Byte range in the clean text.
    public var range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// A timestamp into the video a document describes, at a position in its clean text.
public struct MediaAnchor: Hashable, Sendable {
    /// Clean-text byte offset where the anchor stood.
    public var cleanOffset: Int
    public var offset: String
    public var seconds: Int
}
