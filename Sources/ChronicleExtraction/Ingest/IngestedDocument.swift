import ChronicleModel

/// A document read from disk: its metadata, its clean text in blocks, and the map from clean
/// text back to the bytes of the file.
public struct IngestedDocument: Sendable {
    public var document: Document
    /// The clean text, as UTF-8 bytes: blocks separated by blank lines, white space folded.
    public var text: [UInt8]
    public var offsets: OffsetMap
    /// The blocks that belong to the article (boilerplate already dropped), in reading order.
    public var blocks: [TextBlock]
    public var mediaAnchors: [MediaAnchor]

    public func string(_ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
    }

    /// A link that opens the document's video at `seconds`, when the document names a YouTube video.
    public func mediaURL(seconds: Int) -> String? {
        guard let video = document.videoID, !video.isEmpty,
              video.utf8.allSatisfy({ isLetter($0) || isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
        else { return nil }
        // Joined as bytes: interpolating or appending strings cost three thousand instructions per evidence item.
        return String(joining: ["https://youtu.be/", video, "?t=", String(seconds)])
    }
}

/// What the caller knows about a file beyond its bytes: a manifest entry or a default date.
public struct DocumentHints: Hashable, Sendable {
    public var published: CalendarDay?
    public var title: String?
    public var url: String?

    public init(published: CalendarDay? = nil, title: String? = nil, url: String? = nil) {
        self.published = published
        self.title = title
        self.url = url
    }
}
