/// One input document, as the timeline lists it.
public struct Document: Hashable, Codable, Sendable {
    public var id: DocumentID
    /// The path the document was read from, as given on the command line.
    public var source: String
    public var title: String?
    /// The publication date (TIMEX3's document creation time, DCT), when known.
    public var published: CalendarDay?
    /// Where `published` came from.
    public var publishedFrom: PublicationDateSource?
    /// A link to the original, when the input names one (front matter `url`, a manifest, HTML canonical link).
    public var url: String?
    /// The video the document describes (front matter `videoId`), for media offsets in evidence.
    public var videoID: String?
    public var format: DocumentFormat

    enum CodingKeys: String, CodingKey {
        case id, source, title, published, publishedFrom, url, format
        case videoID = "videoId"
    }

    public init(
        id: DocumentID, source: String, title: String? = nil, published: CalendarDay? = nil,
        publishedFrom: PublicationDateSource? = nil, url: String? = nil, videoID: String? = nil,
        format: DocumentFormat = .text
    ) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.publishedFrom = publishedFrom
        self.url = url
        self.videoID = videoID
        self.format = format
    }
}

public enum DocumentFormat: String, Hashable, Codable, Sendable, CaseIterable {
    case text, markdown, html
}

/// Where a document's publication date was found, strongest first.
public enum PublicationDateSource: String, Hashable, Codable, Sendable, CaseIterable {
    /// A manifest entry for this file.
    case manifest
    /// YAML front matter `date:`.
    case frontMatter = "front_matter"
    /// A first line ` date 2023-11-11`, as news scraped to text carries it.
    case headerLine = "header_line"
    /// HTML `article:published_time` meta or `<time datetime>`.
    case htmlMetadata = "html_metadata"
    /// A dateline such as `MOSCOW, October 26. /TASS/`, with the year from the default date.
    case dateline
    /// A date in the file name, such as `2023-10-09-...`.
    case fileName = "file_name"
    /// The caller's default (`--date`).
    case defaultDate = "default"
}
