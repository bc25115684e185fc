/// One HTML tag read from bytes: `<a class="yt-timestamp" data-t="00:13:13">`, `</p>`, `<br/>`.
struct HTMLTag {
    var name: String
    var isClosing: Bool
    var isSelfClosing: Bool
    /// Byte range of the attribute text inside the tag.
    var attributes: Range<Int>
    /// One past the closing `>`.
    var end: Int

    /// Reads a tag at `start` (which holds `<`); nil when the bytes are not a tag (a lone `<` in text).
    static func read(_ bytes: [UInt8], at start: Int, limit: Int) -> HTMLTag? {
        var index = start + 1
        guard index < limit else { return nil }
        var closing = false
        if bytes[index] == UInt8(ascii: "/") { closing = true; index += 1 }
        let nameStart = index
        while index < limit, isLetter(bytes[index]) || (index > nameStart && (isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-"))) {
            index += 1
        }
        guard index > nameStart else { return nil }
        // Lowered on the stack: an array per tag for its name cost more than reading the tag.
        let name = bytes.withUnsafeBufferPointer { bytes in
            withASCIILowercased(UnsafeBufferPointer(rebasing: bytes[nameStart..<index])) { String(decoding: $0, as: UTF8.self) }
        }
        let attributesStart = index
        var quote: UInt8 = 0
        while index < limit {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                let selfClosing = index > attributesStart && bytes[index - 1] == UInt8(ascii: "/")
                return HTMLTag(name: name, isClosing: closing, isSelfClosing: selfClosing,
                               attributes: attributesStart..<index, end: index + 1)
            } else if byte == UInt8(ascii: "<") {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The value of attribute `name` (case-insensitive; `name` in lower case), entities left as written.
    func attribute(_ name: StaticString, in bytes: [UInt8]) -> String? {
        var index = attributes.lowerBound
        let limit = attributes.upperBound
        while index < limit {
            while index < limit, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            let keyStart = index
            while index < limit, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: "/") { index += 1 }
            let key = keyStart..<index
            while index < limit, isSpace(bytes[index]) { index += 1 }
            var value: Range<Int>? = nil
            if index < limit, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < limit, isSpace(bytes[index]) { index += 1 }
                if index < limit, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let valueStart = index + 1
                    index = valueStart
                    while index < limit, bytes[index] != quote { index += 1 }
                    value = valueStart..<index
                    index += 1
                } else {
                    let valueStart = index
                    while index < limit, !isSpace(bytes[index]) { index += 1 }
                    value = valueStart..<index
                }
            }
            if equalsLowered(bytes[key], name) { return value.map { String(decoding: bytes[$0], as: UTF8.self) } ?? "" }
            if keyStart == index { index += 1 }
        }
        return nil
    }
}
