/// Text made safe for XML, the one escaper every XML output (GraphML, GEXF, SVG) uses: the five
/// special characters escaped, characters XML 1.0 forbids (C0 controls other than tab, line feed
/// and carriage return; U+FFFE, U+FFFF; lone surrogates cannot occur in a Swift string) dropped,
/// and white space a reader would normalise written as character references, so that it reads back
/// exactly: a reader turns a raw carriage return in text into a line feed (XML 1.0 §2.11), and raw
/// tabs and line breaks in an attribute value into spaces (§3.3.3).
///
/// Work is done scalar by scalar, never by Swift `Character` (`"\r\n"`, or `&` followed by a
/// combining mark, is one Character).
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

    private static func escape(_ text: String, attribute: Bool) -> String {
        var result = String.UnicodeScalarView()
        result.reserveCapacity(text.utf8.count)
        func append(_ reference: String) { result.append(contentsOf: reference.unicodeScalars) }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"": append("&quot;")
            case "'": append("&apos;")
            case "\r": append("&#13;")
            case "\t": if attribute { append("&#9;") } else { result.append(scalar) }
            case "\n": if attribute { append("&#10;") } else { result.append(scalar) }
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                result.append(scalar)
            }
        }
        return String(result)
    }
}
