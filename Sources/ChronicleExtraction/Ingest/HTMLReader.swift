import ChronicleModel

/// Reads an HTML page: the article's text (inside `<article>`, else `<main>`, else `<body>`),
/// its title, publication date (`article:published_time`, `<time datetime>`) and canonical link.
/// Navigation, headers and footers outside the article, forms, scripts, styles and figure
/// captions are left out. Tags may nest to any depth: the reader keeps counters, not a stack.
struct HTMLReader {
    let bytes: [UInt8]

    struct Result {
        var title: String?
        var headline: String?
        var publishedTime: String?
        var timeElement: String?
        var url: String?
    }

    /// `<!--`, made once: spelled at each `<`, it was an array made and freed per tag.
    private static let commentOpening = Array("<!--".utf8)
    /// Elements whose content is never text of the article.
    static let rawTextElements: ByteTable<Bool> = ["script", "style", "template", "textarea", "svg", "math", "iframe", "object", "noscript"]
    static let hiddenContainers: ByteTable<Bool> = ["nav", "footer", "aside", "form", "figcaption", "button", "select", "dialog", "menu"]
    static let blockElements: ByteTable<Bool> = [
        "p", "div", "section", "article", "main", "header", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "pre", "table", "tr", "td", "th", "thead", "tbody", "figure", "hr", "br", "address", "details", "summary",
        "h1", "h2", "h3", "h4", "h5", "h6", "body", "html", "head",
    ]

    /// Elements without content or closing tag, which `hidden` on them cannot extend past.
    static let voidElements: ByteTable<Bool> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                                                 "source", "track", "wbr"]

    /// Whether the tag hides its element: a `hidden` attribute, or `display: none` in its style.
    static func isMarkedHidden(_ tag: HTMLTag, in bytes: [UInt8]) -> Bool {
        if tag.attribute("hidden", in: bytes) != nil { return true }
        guard let style = tag.attribute("style", in: bytes) else { return false }
        let compact = style.lowercased().filter { !$0.isWhitespace }
        return compact.contains("display:none")
    }

    func read(from start: Int, into builder: inout CleanTextBuilder) -> Result {
        var result = Result()
        let lowered = asciiLowercased(bytes)
        let scope: String? = lowered.firstOffset(of: "<article") != nil ? "article" : lowered.firstOffset(of: "<main") != nil ? "main" : nil
        var scopeDepth = 0
        var bodySeen = lowered.firstOffset(of: "<body") == nil
        var hiddenDepth = 0
        var headerDepth = 0
        var capture: (name: String, start: Int)? = nil
        var hiddenElement: (name: String, depth: Int)? = nil
        var index = start
        var runStart = start
        var visible: Bool { bodySeen && hiddenDepth == 0 && (scope == nil || scopeDepth > 0) && capture?.name != "title" }

        func flush(_ upTo: Int) {
            if upTo > runStart, visible, !bytes.isBlank(runStart..<upTo) || builder.isInBlock {
                builder.appendText(bytes, runStart..<upTo)
            }
        }

        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "&"), let (text, after) = HTMLEntities.decode(bytes, at: index, limit: bytes.count) {
                flush(index)
                if visible { builder.appendReplacement(text, for: index..<after) }
                index = after
                runStart = index
                continue
            }
            guard byte == UInt8(ascii: "<") else { index += 1; continue }
            if lowered[index...].starts(with: HTMLReader.commentOpening) {
                flush(index)
                index = lowered.firstOffset(of: "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
                runStart = index
                continue
            }
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!") || bytes[index + 1] == UInt8(ascii: "?") {
                flush(index)
                index = (bytes[index...].firstIndex(of: UInt8(ascii: ">")) ?? bytes.count - 1) + 1
                runStart = index
                continue
            }
            guard let tag = HTMLTag.read(bytes, at: index, limit: bytes.count) else { index += 1; continue }
            flush(index)
            let tagStart = index
            index = tag.end
            runStart = index
            let name = tag.name

            if !tag.isClosing, HTMLReader.rawTextElements.contains(name), !tag.isSelfClosing {
                index = lowered.firstOffset(of: "</\(name)", from: tag.end) ?? bytes.count
                runStart = index
                continue
            }
            // An element marked hidden (`hidden`, `style="display: none"`) is not on the page, with
            // all it holds: counted by its name until its own closing tag.
            if let open = hiddenElement, name == open.name, !tag.isSelfClosing {
                if tag.isClosing, open.depth == 1 {
                    hiddenElement = nil
                    hiddenDepth = max(0, hiddenDepth - 1)
                } else {
                    hiddenElement!.depth += tag.isClosing ? -1 : 1
                }
            } else if hiddenElement == nil, !tag.isClosing, !tag.isSelfClosing, !HTMLReader.voidElements.contains(name),
                      HTMLReader.isMarkedHidden(tag, in: bytes)
            {
                hiddenElement = (name, 1)
                hiddenDepth += 1
            }
            switch name {
            case "title" where !tag.isClosing:
                capture = ("title", tag.end)
                continue
            case "title":
                if let open = capture, open.name == "title", result.title == nil {
                    result.title = textContent(open.start..<tagStart)
                }
                capture = nil
                continue
            case "meta":
                readMeta(tag, into: &result)
                continue
            case "link":
                if tag.attribute("rel", in: bytes)?.lowercased() == "canonical", let href = tag.attribute("href", in: bytes) {
                    result.url = result.url ?? decodeAttribute(href)
                }
                continue
            case "time":
                if !tag.isClosing, result.timeElement == nil, scope == nil || scopeDepth > 0,
                   let value = tag.attribute("datetime", in: bytes)
                {
                    result.timeElement = value
                }
                continue
            case "body":
                bodySeen = !tag.isClosing
            default:
                break
            }
            if let scope, name == scope {
                scopeDepth = max(0, scopeDepth + (tag.isClosing ? -1 : 1))
            }
            // A page header outside the article is site chrome; a header inside it holds the headline.
            if name == "header" {
                if tag.isClosing {
                    if headerDepth > 0 { headerDepth -= 1; hiddenDepth = max(0, hiddenDepth - 1) }
                } else if scope != nil && scopeDepth == 0 || scope == nil && !bodySeen {
                    headerDepth += 1
                    hiddenDepth += 1
                }
            }
            if HTMLReader.hiddenContainers.contains(name), !tag.isSelfClosing {
                hiddenDepth = max(0, hiddenDepth + (tag.isClosing ? -1 : 1))
                continue
            }
            guard HTMLReader.blockElements.contains(name) else { continue }
            if name == "br" {
                builder.appendSpace(originalRange: tag.attributes.lowerBound..<tag.end)
                continue
            }
            builder.endBlock()
            guard !tag.isClosing, visible else { continue }
            switch name {
            case "h1", "h2", "h3", "h4", "h5", "h6":
                builder.beginBlock(.heading)
                if name == "h1", result.headline == nil, let close = lowered.firstOffset(of: "</h1", from: tag.end) {
                    result.headline = textContent(tag.end..<close)
                }
            case "li", "dt", "dd": builder.beginBlock(.listItem)
            case "blockquote": builder.beginBlock(.quote)
            default: break
            }
        }
        flush(bytes.count)
        builder.endBlock()
        return result
    }

    private func readMeta(_ tag: HTMLTag, into result: inout Result) {
        let key = (tag.attribute("property", in: bytes) ?? tag.attribute("name", in: bytes)
            ?? tag.attribute("itemprop", in: bytes))?.lowercased()
        guard let key, let content = tag.attribute("content", in: bytes).map(decodeAttribute) else { return }
        switch key {
        case "article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dcterms.created":
            result.publishedTime = result.publishedTime ?? content
        case "og:title", "twitter:title":
            result.headline = result.headline ?? content
        case "og:url":
            result.url = result.url ?? content
        default:
            break
        }
    }

    /// The text of a range with tags removed, entities decoded and white space folded.
    private func textContent(_ range: Range<Int>) -> String {
        var builder = CleanTextBuilder()
        builder.beginBlock(.paragraph)
        var index = range.lowerBound
        var runStart = index
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "<"), let tag = HTMLTag.read(bytes, at: index, limit: range.upperBound) {
                if index > runStart { builder.appendText(bytes, runStart..<index) }
                builder.appendSpace(originalRange: index..<tag.end)
                index = tag.end
                runStart = index
            } else if bytes[index] == UInt8(ascii: "&"), let (text, after) = HTMLEntities.decode(bytes, at: index, limit: range.upperBound) {
                if index > runStart { builder.appendText(bytes, runStart..<index) }
                builder.appendReplacement(text, for: index..<after)
                index = after
                runStart = index
            } else {
                index += 1
            }
        }
        if range.upperBound > runStart { builder.appendText(bytes, runStart..<range.upperBound) }
        let text = builder.finish().bytes
        return String(decoding: text, as: UTF8.self)
    }

    private func decodeAttribute(_ value: String) -> String {
        let valueBytes = Array(value.utf8)
        var output = ""
        var index = 0
        var runStart = 0
        while index < valueBytes.count {
            if valueBytes[index] == UInt8(ascii: "&"), let (text, after) = HTMLEntities.decode(valueBytes, at: index, limit: valueBytes.count) {
                output += String(decoding: valueBytes[runStart..<index], as: UTF8.self) + text
                index = after
                runStart = index
            } else {
                index += 1
            }
        }
        return output + String(decoding: valueBytes[runStart...], as: UTF8.self)
    }
}
