import ChronicleModel

/// One sentence of a document's clean text.
public struct Sentence: Hashable, Sendable {
    /// Byte range in the document's clean text.
    public var range: Range<Int>
    /// Index of the block (paragraph, heading ...) that holds it.
    public var block: Int
    public var role: SentenceRole
    /// Video timestamps that stand in the sentence, in order.
    public var media: [MediaAnchor]

    public init(range: Range<Int>, block: Int, role: SentenceRole, media: [MediaAnchor] = []) {
        self.range = range
        self.block = block
        self.role = role
        self.media = media
    }
}

public enum SentenceRole: String, Hashable, Sendable {
    case body, heading, listItem = "list_item", quote
    /// A question of a FAQ appended to an article.
    case faqQuestion = "faq_question"
    /// An answer in a FAQ: it restates the article and must not count as new evidence.
    case faqAnswer = "faq_answer"

    /// True for text that only repeats what the article already said.
    public var isRestatement: Bool { self == .faqQuestion || self == .faqAnswer }
}
