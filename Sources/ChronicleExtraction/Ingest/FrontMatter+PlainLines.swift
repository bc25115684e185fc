import ChronicleModel

extension FrontMatter {
    /// The fields Chronicle reads, from key-value pairs in order; the first of each kind counts.
    init(pairs: [(key: String, value: String)]) {
        self.init()
        for (key, value) in pairs {
            let trimmed = value.trimmingASCIISpaces()
            guard !trimmed.isEmpty else { continue }
            switch key.lowercased() {
            case "title": title = title ?? trimmed
            case "date", "published", "pubdate", "published_at", "publishdate": date = date ?? trimmed
            case "url", "link", "source_url", "canonical": url = url ?? trimmed
            case "videoid", "video_id", "youtube", "youtube_id": videoID = videoID ?? trimmed
            default: break
            }
        }
    }

    /// The pairs of front matter made only of `key: value` lines, read without a YAML parser; nil
    /// for anything else, which Yams then reads (or explains what is wrong with).
    ///
    /// It takes only what YAML reads as the same strings: a key of letters, digits, `_` and `-`
    /// at the start of its line, right before its colon; a value that is empty, a plain scalar
    /// without the characters that would make it a comment, a nested key or anything but text, or a
    /// quoted scalar without escapes. Indented lines, lists, comments, tabs, control characters,
    /// line breaks beyond `\n` and `\r\n`, and repeated keys all go to Yams.
    static func plainPairs(_ yaml: String) -> [(key: String, value: String)]? {
        var yaml = yaml
        return yaml.withUTF8 { text -> [(key: String, value: String)]? in
            var pairs: [(key: String, value: String)] = []
            var lineStart = 0
            while lineStart < text.count {
                var lineEnd = lineStart
                while lineEnd < text.count, text[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var end = lineEnd
                if end > lineStart, text[end - 1] == 0x0D { end -= 1 }
                guard let pair = plainPair(UnsafeBufferPointer(rebasing: text[lineStart..<end])) else { return nil }
                guard let (key, value) = pair else { continue }  // a blank line
                if pairs.contains(where: { $0.key == key }) { return nil }
                pairs.append((key, value))
            }
            return pairs
        }
    }

    /// The `key: value` lines of front matter YAML cannot read, each value taken as the text after
    /// its key's colon (trimmed, and without the quotes around it), so that an unquoted colon in a
    /// title loses neither the title nor the date. Only lines that start with a key count.
    static func lenientPairs(_ yaml: String) -> [(key: String, value: String)] {
        var pairs: [(key: String, value: String)] = []
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: true) {
            var bytes = Array(line.utf8)
            if bytes.last == 0x0D { bytes.removeLast() }
            guard let index = bytes.withUnsafeBufferPointer(keyLength) else { continue }
            var value = String(decoding: bytes[(index + 1)...], as: UTF8.self).trimmingASCIISpaces()
            if let first = value.first, "\"'[{".contains(first) {
                // A quote or a bracket left open is a line broken otherwise: nothing is guessed from it.
                let closing: Character = first == "[" ? "]" : first == "{" ? "}" : first
                guard value.count >= 2, value.last == closing else { continue }
                if first == "\"" || first == "'" { value = String(value.dropFirst().dropLast()) }
            } else if let first = value.utf8.first, plainIndicators.contains(first) {
                continue  // "date: : 2023-11-12 :", "title: *alias"
            }
            pairs.append((String(decoding: bytes[..<index], as: UTF8.self), value))
        }
        return pairs
    }

    /// The length of the key that starts `line`, or nil when it starts with none. A key starts its
    /// line, is at most 128 bytes (YAML's simple keys are limited) and does not start with `-` (a
    /// list item); its colon follows it at once, and a space or the line's end follows the colon.
    private static func keyLength(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < line.count, isKeyByte(line[index]) { index += 1 }
        guard index > 0, index <= 128, line[0] != UInt8(ascii: "-"), index < line.count, line[index] == UInt8(ascii: ":"),
              index + 1 == line.count || line[index + 1] == 0x20
        else { return nil }
        return index
    }

    /// One line's key and value; `.some(nil)` for a blank line, nil for a line YAML might read otherwise.
    private static func plainPair(_ line: UnsafeBufferPointer<UInt8>) -> (key: String, value: String)?? {
        guard line.contains(where: { $0 != 0x20 }) else { return .some(nil) }
        guard let index = keyLength(line) else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: line[..<index]), as: UTF8.self)
        var start = index + 1
        while start < line.count, line[start] == 0x20 { start += 1 }
        var end = line.count
        while end > start, line[end - 1] == 0x20 { end -= 1 }
        let value = UnsafeBufferPointer(rebasing: line[start..<end])
        guard isPrintableText(value) else { return nil }
        guard let first = value.first else { return (key, "") }
        let inner: UnsafeBufferPointer<UInt8>
        switch first {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            // Quoted, closed by the line's last byte, with nothing inside that escapes.
            guard value.count >= 2, value[value.count - 1] == first else { return nil }
            inner = UnsafeBufferPointer(rebasing: value[1..<(value.count - 1)])
            if inner.contains(first) || first == UInt8(ascii: "\"") && inner.contains(UInt8(ascii: "\\")) { return nil }
        default:
            guard !plainIndicators.contains(first), value[value.count - 1] != UInt8(ascii: ":") else { return nil }
            for offset in 0..<(value.count - 1) {
                let pair = (value[offset], value[offset + 1])
                // ": " starts a nested mapping, " #" a comment.
                if pair == (UInt8(ascii: ":"), 0x20) || pair == (0x20, UInt8(ascii: "#")) { return nil }
            }
            inner = value
        }
        return (key, String(decoding: inner, as: UTF8.self))
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// Bytes that give a plain scalar's first character another meaning in YAML.
    private static let plainIndicators: [UInt8] = Array("-?:,[]{}#&*!|>'\"%@`".utf8)

    /// Whether `value` has no tab or control character, and none of the characters YAML reads as a
    /// line break (U+0085, U+2028, U+2029) or refuses (U+FEFF, U+FFFE, U+FFFF, C1 controls).
    private static func isPrintableText(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < value.count {
            let byte = value[index]
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < value.count, value[index + 1] < 0xA0 { return false }
            if byte == 0xE2, index + 2 < value.count, value[index + 1] == 0x80, value[index + 2] == 0xA8 || value[index + 2] == 0xA9 { return false }
            if byte == 0xEF, index + 2 < value.count,
               value[index + 1] == 0xBB && value[index + 2] == 0xBF || value[index + 1] == 0xBF && value[index + 2] >= 0xBE { return false }
            index += 1
        }
        return true
    }
}
