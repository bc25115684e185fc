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
        var anchorIndex = 0
        let anchors = document.mediaAnchors
        for (blockIndex, block) in document.blocks.enumerated() {
            for range in SentenceSplitter.split(document.text, block.range, cuts: &cuts) {
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
                let lowered = String(decoding: asciiLowercased(text), as: UTF8.self)
                    .trimmingCharacters(in: CharacterSet(charactersIn: " :."))
                inFAQ = ["faq", "faqs", "frequently asked questions", "questions and answers", "q&a"].contains(lowered)
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

    /// Whether the block starts with one of `labels` (lower case), in any case; compared in place.
    private static func startsWithLabel(_ text: ArraySlice<UInt8>, _ labels: [StaticString]) -> Bool {
        labels.contains { label in
            label.withUTF8Buffer { label in
                label.count <= text.count && zip(label, text).allSatisfy { $0 == (isUpper($1) ? $1 | 0x20 : $1) }
            }
        }
    }
}
