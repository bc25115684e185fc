import Foundation

/// Turns a document's blocks into sentences with roles, and attaches video timestamps
/// to the sentences they stand in.
public enum Segmenter {
    public static func sentences(of document: IngestedDocument) -> [Sentence] {
        var cuts = 0
        return sentences(of: document, cuts: &cuts)
    }

    /// The same, counting in `cuts` the sentences cut at `SentenceSplitter.longestSentence`.
    public static func sentences(of document: IngestedDocument, cuts: inout Int) -> [Sentence] {
        let roles = blockRoles(of: document)
        var sentences: [Sentence] = []
        // Room for a sentence per 100 bytes or so (news averages 90-130), made once; each block's
        // sentences go through one list emptied block by block.
        sentences.reserveCapacity(min(document.text.count / 100 + 2, 4_096))
        var ranges: [Range<Int>] = []
        var anchorIndex = 0
        let anchors = document.mediaAnchors
        for (blockIndex, block) in document.blocks.enumerated() {
            ranges.removeAll(keepingCapacity: true)
            SentenceSplitter.split(document.text, block.range, cuts: &cuts, into: &ranges)
            for (index, var range) in ranges.enumerated() {
                // "QUITO, Ecuador (AP) — The Mexican president ...": a block's first sentence may open with a dateline.
                if index == 0, roles[blockIndex] == .body, let start = PlaceDateline.end(in: document.text, range) {
                    range = start..<range.upperBound
                }
                // An anchor belongs to the sentence it stands in or closes: offsets in start...end.
                while anchorIndex < anchors.count, anchors[anchorIndex].cleanOffset < range.lowerBound { anchorIndex += 1 }
                var media: [MediaAnchor] = []
                while anchorIndex < anchors.count, anchors[anchorIndex].cleanOffset <= range.upperBound {
                    media.append(anchors[anchorIndex])
                    anchorIndex += 1
                }
                sentences.append(Sentence(range: range, block: blockIndex, role: roles[blockIndex], media: media))
            }
        }
        return sentences
    }

    /// Roles by block: a FAQ (after a "FAQ" heading or from the first "Q:") holds questions and
    /// answers that restate the article; it ends at the next heading that is not a question.
    static func blockRoles(of document: IngestedDocument) -> [SentenceRole] {
        var roles: [SentenceRole] = []
        roles.reserveCapacity(document.blocks.count)
        var inFAQ = false
        for block in document.blocks {
            let text = document.text[block.range]
            let isQuestion = startsWithLabel(text, ["q:", "q.", "question:"])
            if block.kind == .heading, !isQuestion {
                inFAQ = Segmenter.faqHeadings.contains(lowercasing: trimmed(text))
                roles.append(.heading)
                continue
            }
            if isQuestion {
                inFAQ = true
                roles.append(.faqQuestion)
            } else if inFAQ {
                roles.append(.faqAnswer)
            } else {
                switch block.kind {
                case .listItem: roles.append(.listItem)
                case .quote: roles.append(.quote)
                default: roles.append(.body)
                }
            }
        }
        return roles
    }

    /// Headings that open a section of questions and answers (in lower case, without the
    /// spaces, colons and periods around them).
    private static let faqHeadings: ByteTable<Bool> = ["faq", "faqs", "frequently asked questions", "questions and answers", "q&a"]

    /// `text` without the spaces, colons and periods at either end.
    private static func trimmed(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isTrimmed = { (byte: UInt8) in byte == 0x20 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") }
        guard let first = text.firstIndex(where: { !isTrimmed($0) }), let last = text.lastIndex(where: { !isTrimmed($0) }) else { return [] }
        return text[first...last]
    }

    /// Whether the block starts with one of `labels` (lower case), in any case; compared in place.
    private static func startsWithLabel(_ text: ArraySlice<UInt8>, _ labels: [StaticString]) -> Bool {
        labels.contains { equalsLowered(text.prefix($0.utf8CodeUnitCount), $0) }
    }
}
