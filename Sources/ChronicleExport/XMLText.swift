/// Text made safe for XML, the one escaper every XML output (GraphML, GEXF, SVG) uses: the five
/// special characters escaped, characters XML 1.0 forbids (C0 controls other than tab, line feed
/// and carriage return; U+FFFE, U+FFFF; lone surrogates cannot occur in a Swift string) dropped,
/// and white space a reader would normalise written as character references, so that it reads back
/// exactly: a reader turns a raw carriage return in text into a line feed (XML 1.0 §2.11), and raw
/// tabs and line breaks in an attribute value into spaces (§3.3.3).
///
/// Work is done on UTF-8 bytes, never by Swift `Character` (`"\r\n"`, or `&` followed by a
/// combining mark, is one Character): every character it changes is ASCII or U+FFFE/U+FFFF, so a
/// byte of any other character is copied as it is.
enum XMLText {
    /// For element content: carriage return as `&#13;`; tab and line feed are kept as they are.
    static func text(_ text: String) -> String {
        escape(text, attribute: false)
    }

    /// For an attribute value in double or single quotes: tab, line feed and carriage return as
    /// `&#9;`, `&#10;`, `&#13;` as well.
    static func attribute(_ value: String) -> String {
        escape(value, attribute: true)
    }

    /// `text(_:)` or `attribute(_:)`, appended to `output`.
    static func append(_ text: String, attribute: Bool, to output: inout [UInt8]) {
        text.appendRewrittenUTF8(to: &output, where: { needsWork($0, attribute: attribute) }) { bytes, index, escaped in
            escape(bytes, index, attribute: attribute, into: &escaped)
        }
    }

    private static func escape(_ text: String, attribute: Bool) -> String {
        text.rewritingUTF8(where: { needsWork($0, attribute: attribute) }) { bytes, index, escaped in
            escape(bytes, index, attribute: attribute, into: &escaped)
        }
    }

    /// Writes what the character at `index` becomes; how many bytes it took.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, attribute: Bool, into escaped: inout [UInt8]) -> Int {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "&"): escaped += "&amp;".utf8
        case UInt8(ascii: "<"): escaped += "&lt;".utf8
        case UInt8(ascii: ">"): escaped += "&gt;".utf8
        case UInt8(ascii: "\""): escaped += "&quot;".utf8
        case UInt8(ascii: "'"): escaped += "&apos;".utf8
        case 0x0D: escaped += "&#13;".utf8
        case 0x09 where attribute: escaped += "&#9;".utf8
        case 0x0A where attribute: escaped += "&#10;".utf8
        case ..<0x20: break  // forbidden in XML 1.0
        case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
            return 3  // U+FFFE or U+FFFF, forbidden too
        default: escaped.append(byte)
        }
        return 1
    }

    /// Whether `byte` may start something `escape` changes.
    @inline(__always)
    private static func needsWork(_ byte: UInt8, attribute: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF: return true
        case 0x09, 0x0A: return attribute
        default: return byte < 0x20
        }
    }
}
