/// Reads Markdown notes: YAML front matter, headings, lists, quotes, wiki links
/// (`[[target | shown text]]` keeps the shown text), inline links and emphasis, inline HTML,
/// and `yt-timestamp` anchors, which become media offsets rather than text.
import ChronicleModel

struct MarkdownReader {
    let bytes: [UInt8]
    let file: String

    struct Result {
        var frontMatter: FrontMatter?
        var diagnostics: [Diagnostic] = []
    }

    func read(from start: Int, into builder: inout CleanTextBuilder) -> Result {
        var result = Result()
        var bodyStart = start
        switch FrontMatter.parse(bytes, from: start, file: file) {
        case .none: break
        case .parsed(let frontMatter, let end):
            result.frontMatter = frontMatter
            bodyStart = end
        case .invalid(let diagnostic, let end):
            result.diagnostics.append(diagnostic)
            bodyStart = end
        case .readLeniently(let frontMatter, let diagnostic, let end):
            result.frontMatter = frontMatter
            result.diagnostics.append(diagnostic)
            bodyStart = end
        }
        readBlocks(lines(of: bytes, from: bodyStart), into: &builder)
        return result
    }

    private func readBlocks(_ lines: [LineRange], into builder: inout CleanTextBuilder) {
        var fence: [UInt8]? = nil
        for line in lines {
            var index = line.start
            while index < line.end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            let content = index..<line.end
            if let open = fence {
                if bytes[content].starts(with: open) { fence = nil }
                continue
            }
            if content.isEmpty {
                builder.endBlock()
                continue
            }
            let first = bytes[index]
            if bytes[content].starts(with: Array("```".utf8)) || bytes[content].starts(with: Array("~~~".utf8)) {
                builder.endBlock()
                fence = Array(bytes[index..<index + 3])
                continue
            }
            if isThematicBreak(content) || !builder.isInBlock && isLinkReferenceDefinition(content) {
                builder.endBlock()
                continue
            }
            if first == UInt8(ascii: "#") {
                var level = index
                while level < line.end, bytes[level] == UInt8(ascii: "#") { level += 1 }
                if level - index <= 6, level == line.end || bytes[level] == 0x20 {
                    var end = line.end
                    while end > level, bytes[end - 1] == UInt8(ascii: "#") || isSpace(bytes[end - 1]) { end -= 1 }
                    builder.beginBlock(.heading)
                    readInline(level..<end, into: &builder)
                    builder.endBlock()
                    continue
                }
            }
            if let itemStart = listItemContentStart(content) {
                builder.beginBlock(.listItem)
                readInline(itemStart..<line.end, into: &builder)
                continue
            }
            if first == UInt8(ascii: ">") {
                var quoteStart = index + 1
                if quoteStart < line.end, bytes[quoteStart] == 0x20 { quoteStart += 1 }
                if !builder.isInBlock { builder.beginBlock(.quote) }
                builder.appendSpace(originalRange: line.start..<quoteStart)
                readInline(quoteStart..<line.end, into: &builder)
                continue
            }
            // A paragraph line: lines of one paragraph are joined by a space.
            if !builder.isInBlock { builder.beginBlock(.paragraph) }
            builder.appendSpace(originalRange: line.start..<index)
            readInline(content, into: &builder)
        }
        builder.endBlock()
    }

    /// `[label]: destination` on a line of its own, outside a paragraph: the target of reference
    /// links, not text. (`[^1]: ...`, a footnote, is text.)
    private func isLinkReferenceDefinition(_ range: Range<Int>) -> Bool {
        guard range.count > 3, bytes[range.lowerBound] == UInt8(ascii: "["), bytes[range.lowerBound + 1] != UInt8(ascii: "^"),
              let close = bytes[range].firstIndex(of: UInt8(ascii: "]")), close > range.lowerBound + 1,
              close + 1 < range.upperBound, bytes[close + 1] == UInt8(ascii: ":")
        else { return false }
        var destination = close + 2
        while destination < range.upperBound, isSpace(bytes[destination]) { destination += 1 }
        return destination < range.upperBound
    }

    private func isThematicBreak(_ range: Range<Int>) -> Bool {
        // Asked of every line: decided at the first byte that is not the mark, without copying the line.
        var mark: UInt8 = 0
        var count = 0
        for index in range where !isSpace(bytes[index]) {
            let byte = bytes[index]
            if mark == 0 {
                guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") else { return false }
                mark = byte
            } else if byte != mark {
                return false
            }
            count += 1
        }
        return count >= 3
    }

    /// `- item`, `* item`, `+ item`, `1. item`, `2) item`: where the item's text starts.
    private func listItemContentStart(_ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        guard index < range.upperBound else { return nil }
        let first = bytes[index]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            index += 1
        } else if isDigit(first) {
            while index < range.upperBound, isDigit(bytes[index]), index - range.lowerBound < 9 { index += 1 }
            guard index < range.upperBound, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else { return nil }
            index += 1
        } else {
            return nil
        }
        guard index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 else { return nil }
        while index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        return index
    }

    /// Inline Markdown and HTML within one line.
    private func readInline(_ range: Range<Int>, into builder: inout CleanTextBuilder) {
        var runStart = range.lowerBound
        var index = range.lowerBound
        let end = range.upperBound
        func flush(_ upTo: Int) {
            if upTo > runStart { builder.appendText(bytes, runStart..<upTo) }
        }
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "["):
                if index + 1 < end, bytes[index + 1] == UInt8(ascii: "["),
                   let close = bytes.firstOffset(of: "]]", from: index + 2, limit: min(end, index + 2 + MarkdownReader.maximumSpan))
                {
                    flush(index)
                    let inner = (index + 2)..<close
                    let shown = bytes[inner].lastIndex(of: UInt8(ascii: "|")).map { ($0 + 1)..<inner.upperBound } ?? inner
                    readInline(trimmed(shown), into: &builder)
                    index = close + 2
                    runStart = index
                    continue
                }
                if let (text, after) = inlineLink(at: index, limit: end) {
                    flush(index)
                    readInline(text, into: &builder)
                    index = after
                    runStart = index
                    continue
                }
            case UInt8(ascii: "!"):
                if index + 1 < end, bytes[index + 1] == UInt8(ascii: "["), let (_, after) = inlineLink(at: index + 1, limit: end) {
                    flush(index)
                    builder.appendSpace(originalRange: index..<after)
                    index = after
                    runStart = index
                    continue
                }
            case UInt8(ascii: "<"):
                if let markup = inlineHTML(at: index, limit: end) {
                    flush(index)
                    switch markup {
                    case .hidden(let after):
                        index = after
                    case .space(let after):
                        builder.appendMarkupGap(originalRange: index..<after)
                        index = after
                    case .mediaTimestamp(let offset, let seconds, let after):
                        // A video timestamp: provenance for its sentence, not words of it.
                        builder.addMediaAnchor(offset: offset, seconds: seconds)
                        builder.appendMarkupGap(originalRange: index..<after)
                        index = after
                    }
                    runStart = index
                    continue
                }
            case UInt8(ascii: "&"):
                if let (text, after) = HTMLEntities.decode(bytes, at: index, limit: end) {
                    flush(index)
                    builder.appendReplacement(text, for: index..<after)
                    index = after
                    runStart = index
                    continue
                }
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "`"):
                // Emphasis and code marks: drop `**`, `__`, backticks, and `*`/`_` at a word edge.
                let before = index > range.lowerBound ? bytes[index - 1] : 0x20
                let after = index + 1 < end ? bytes[index + 1] : 0x20
                let atEdge = !isWordByte(before) || !isWordByte(after)
                if byte == UInt8(ascii: "`") || after == byte || atEdge {
                    flush(index)
                    var next = index + 1
                    while next < end, bytes[next] == byte { next += 1 }
                    index = next
                    runStart = index
                    continue
                }
            case UInt8(ascii: "\\"):
                if index + 1 < end, isASCIIPunctuation(bytes[index + 1]) {
                    flush(index)
                    index += 1
                    runStart = index
                    index += 1
                    continue
                }
            default:
                break
            }
            index += 1
        }
        flush(end)
    }

    private enum InlineMarkup {
        /// A tag or comment that leaves no text.
        case hidden(end: Int)
        /// A tag that separates words (`<br/>`).
        case space(end: Int)
        /// `<a class="yt-timestamp" data-t="00:13:13">[00:13:13]</a>`, taken whole.
        case mediaTimestamp(offset: String, seconds: Int, end: Int)
    }

    /// Reads inline HTML at `index`; nil if the `<` does not start a tag or comment.
    private func inlineHTML(at index: Int, limit: Int) -> InlineMarkup? {
        if index + 4 <= limit, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
            return .hidden(end: bytes.firstOffset(of: "-->", from: index + 4, limit: limit).map { $0 + 3 } ?? limit)
        }
        guard let tag = HTMLTag.read(bytes, at: index, limit: limit) else { return nil }
        if tag.name == "a", !tag.isClosing, let time = tag.attribute("data-t", in: bytes),
           let seconds = MediaOffset.seconds(of: time)
        {
            return .mediaTimestamp(offset: time, seconds: seconds, end: findClosing("</a", from: tag.end, limit: limit) ?? tag.end)
        }
        if tag.name == "br" || tag.name == "p" || tag.name == "div" { return .space(end: tag.end) }
        return .hidden(end: tag.end)
    }

    /// How far a link, wiki link or timestamp may reach: a cap that keeps a line of a million
    /// unmatched brackets linear to read.
    static let maximumSpan = 2048

    /// `[text](url)`, or `[text][label]`, at `index`: the text range and where the link ends.
    private func inlineLink(at index: Int, limit outerLimit: Int) -> (Range<Int>, Int)? {
        let limit = min(outerLimit, index + MarkdownReader.maximumSpan)
        var depth = 0
        var close = index
        while close < limit {
            if bytes[close] == UInt8(ascii: "[") { depth += 1 }
            if bytes[close] == UInt8(ascii: "]") { depth -= 1; if depth == 0 { break } }
            close += 1
        }
        guard close + 1 < limit else { return nil }
        if bytes[close + 1] == UInt8(ascii: "["), !bytes[index + 1 ..< close].starts(with: [UInt8(ascii: "^")]),
           let labelEnd = bytes[(close + 2)..<limit].firstIndex(of: UInt8(ascii: "]")),
           !bytes[(close + 2)..<labelEnd].contains(UInt8(ascii: "["))
        {
            return ((index + 1)..<close, labelEnd + 1)  // a reference link: its definition is a line of its own
        }
        guard bytes[close + 1] == UInt8(ascii: "("), let end = destinationEnd(from: close + 2, limit: limit) else { return nil }
        return ((index + 1)..<close, end)
    }

    /// Where a link's `(destination "title")` that opened just before `start` ends, past its `)`:
    /// parentheses inside it may nest in pairs (`wiki/Hamas_(group)`), as CommonMark allows, a
    /// backslash escapes the byte after it, and `<...>` and a quoted title may hold any.
    private func destinationEnd(from start: Int, limit: Int) -> Int? {
        var index = start
        var depth = 0
        var quote: UInt8? = nil
        if index < limit, bytes[index] == UInt8(ascii: "<") {
            guard let close = bytes[index..<limit].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            index = close + 1
        }
        while index < limit {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\\"):
                index += 2
                continue
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                // A title opens after a space (`(url "title")`); a quote inside the URL is part of it.
                if index > start && isSpace(bytes[index - 1]) { quote = byte }
            case UInt8(ascii: "("):
                depth += 1
            case UInt8(ascii: ")"):
                if depth == 0 { return index + 1 }
                depth -= 1
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The end of the first `closingTag` (`</a`, spelled whole: building it from the tag's name
    /// cost a string interpolation at every video timestamp) within `maximumSpan` of `start`.
    private func findClosing(_ closingTag: String, from start: Int, limit outerLimit: Int) -> Int? {
        let limit = min(outerLimit, start + MarkdownReader.maximumSpan)
        guard let open = bytes.firstOffset(of: closingTag, from: start, limit: limit),
              let close = bytes[open..<limit].firstIndex(of: UInt8(ascii: ">"))
        else { return nil }
        return close + 1
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        return start..<end
    }
}

@inline(__always) func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte >= 0x80 }

@inline(__always) func isASCIIPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
}
