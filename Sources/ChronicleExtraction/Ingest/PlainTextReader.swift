import ChronicleModel

/// Reads plain text: a ` date 2023-11-11` header line, an optional wire dateline, and blocks
/// separated by blank lines. Within a paragraph, a line break is a soft wrap when the lines look
/// hard-wrapped, and a block boundary otherwise (scraped pages put one element per line).
struct PlainTextReader {
    let bytes: [UInt8]

    struct Result {
        var headerDate: CalendarDay?
        var dateline: (month: Int, day: Int, year: Int?)?
    }

    func read(from start: Int, into builder: inout CleanTextBuilder) -> Result {
        var result = Result()
        var bodyStart = start
        if let header = PublicationDateScanner.headerLine(in: bytes, at: start) {
            result.headerDate = header.day
            bodyStart = header.bodyStart
        }
        // Paragraphs are runs of non-blank lines, kept as ranges of the one list of lines rather
        // than a list of their own each.
        let allLines = lines(of: bytes, from: bodyStart)
        var paragraphs: [Range<Int>] = []
        var paragraphStart: Int?
        for (index, line) in allLines.enumerated() {
            if bytes.isBlank(line.range) {
                if let start = paragraphStart { paragraphs.append(start..<index) }
                paragraphStart = nil
            } else if paragraphStart == nil {
                paragraphStart = index
            }
        }
        if let start = paragraphStart { paragraphs.append(start..<allLines.count) }
        for paragraph in paragraphs {
            var lines = allLines[paragraph]
            // A dateline opens the story: the first line, or the first after a headline.
            for index in lines.indices where result.dateline == nil && builder.blocks.allSatisfy({ $0.kind == .heading }) {
                if let dateline = PublicationDateScanner.dateline(in: bytes, at: lines[index].start),
                   dateline.bodyStart <= lines[index].end
                {
                    result.dateline = (dateline.month, dateline.day, dateline.year)
                    lines[index].start = dateline.bodyStart
                    break
                }
                if !looksLikeHeading(lines[index].range) { break }
            }
            if isHardWrapped(lines) {
                builder.beginBlock(.paragraph)
                for index in lines.indices {
                    if index > lines.startIndex { builder.appendSpace(originalRange: lines[index - 1].end..<lines[index].start) }
                    builder.appendText(bytes, lines[index].range)
                }
                builder.endBlock()
            } else {
                for line in lines {
                    builder.beginBlock(looksLikeHeading(line.range) ? .heading : .paragraph)
                    builder.appendText(bytes, line.range)
                    builder.endBlock()
                }
            }
        }
        return result
    }

    /// Lines wrapped at a fixed width: all but the last fill most of the width, and no break
    /// comes where the next word would still have fitted on the line.
    private func isHardWrapped(_ lines: ArraySlice<LineRange>) -> Bool {
        guard lines.count > 1 else { return false }
        var width = 0
        for line in lines { width = max(width, line.end - line.start) }
        guard width >= 40, width <= 120 else { return false }
        for (line, next) in zip(lines, lines.dropFirst()) {
            let length = line.end - line.start
            guard length * 10 >= width * 6 else { return false }
            var wordEnd = next.start
            while wordEnd < next.end, !isSpace(bytes[wordEnd]) { wordEnd += 1 }
            if length + 1 + (wordEnd - next.start) <= width { return false }
        }
        return true
    }

    /// A short line of words with no sentence punctuation at its end: a headline or section title.
    func looksLikeHeading(_ range: Range<Int>) -> Bool {
        guard range.count <= 120, !endsSentence(range) else { return false }
        var end = range.upperBound
        while end > range.lowerBound, isSpace(bytes[end - 1]) { end -= 1 }
        guard end > range.lowerBound else { return false }
        let last = bytes[end - 1]
        if last == UInt8(ascii: ",") || last == UInt8(ascii: ";") || last == UInt8(ascii: ":") { return false }
        let words = bytes[range].split(whereSeparator: isSpace).count
        return words <= 16 && bytes[range].contains(where: isLetter)
    }

    private func endsSentence(_ range: Range<Int>) -> Bool {
        let end = endBeforeClosers(bytes, range)
        guard end > range.lowerBound else { return false }
        let last = bytes[end - 1]
        return last == UInt8(ascii: ".") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
    }
}

/// The end of `range` with trailing white space, closing quotes and brackets taken off.
func endBeforeClosers(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
    var end = range.upperBound
    while end > range.lowerBound {
        let last = bytes[end - 1]
        if isSpace(last) || last == UInt8(ascii: "\"") || last == UInt8(ascii: "'") || last == UInt8(ascii: ")") {
            end -= 1
        } else if end - range.lowerBound >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80,
                  bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 || bytes[end - 1] == 0xBA
        {
            end -= 3  // ” ’ ›
        } else if end - range.lowerBound >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xBB {
            end -= 2  // »
        } else {
            break
        }
    }
    return end
}
