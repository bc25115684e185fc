/// Decodes one HTML character reference (`&amp;`, `&#8217;`, `&#x2014;`) starting at `start`.
/// Returns the text and the end of the reference, or nil when the bytes are not one.
enum HTMLEntities {
    static func decode(_ bytes: [UInt8], at start: Int, limit: Int) -> (String, Int)? {
        guard start < limit, bytes[start] == UInt8(ascii: "&") else { return nil }
        var index = start + 1
        let maxEnd = min(limit, start + 34)
        if index < maxEnd, bytes[index] == UInt8(ascii: "#") {
            index += 1
            var hex = false
            if index < maxEnd, bytes[index] | 0x20 == UInt8(ascii: "x") { hex = true; index += 1 }
            var value: UInt32 = 0
            let digitsStart = index
            while index < maxEnd, index - digitsStart < 8 {
                let byte = bytes[index]
                if isDigit(byte) {
                    value = value * (hex ? 16 : 10) + UInt32(byte - 48)
                } else if hex, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x66 {
                    value = value * 16 + UInt32((byte | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                index += 1
            }
            guard index > digitsStart else { return nil }
            let end = index < limit && bytes[index] == UInt8(ascii: ";") ? index + 1 : index
            // NUL, surrogates and out-of-range values become U+FFFD, as browsers do.
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (String(Character(scalar ?? "\u{FFFD}")), end)
        }
        let nameStart = index
        while index < maxEnd, isLetter(bytes[index]) || isDigit(bytes[index]) { index += 1 }
        guard index > nameStart, index < limit, bytes[index] == UInt8(ascii: ";") else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard let text = named[name] else { return nil }
        return (text, index + 1)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}", "bdquo": "\u{201E}", "laquo": "\u{00AB}",
        "raquo": "\u{00BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}", "euro": "\u{20AC}", "pound": "\u{00A3}",
        "yen": "\u{00A5}", "cent": "\u{00A2}", "sect": "\u{00A7}", "para": "\u{00B6}", "deg": "\u{00B0}",
        "middot": "\u{00B7}", "bull": "\u{2022}", "times": "\u{00D7}", "divide": "\u{00F7}", "plusmn": "\u{00B1}",
        "frac12": "\u{00BD}", "frac14": "\u{00BC}", "frac34": "\u{00BE}", "shy": "", "zwj": "\u{200D}",
        "zwnj": "\u{200C}", "thinsp": " ", "ensp": " ", "emsp": " ", "iexcl": "\u{00A1}", "iquest": "\u{00BF}",
        "aacute": "á", "Aacute": "Á", "agrave": "à", "Agrave": "À", "acirc": "â", "auml": "ä", "Auml": "Ä",
        "atilde": "ã", "aring": "å", "aelig": "æ", "ccedil": "ç", "Ccedil": "Ç", "eacute": "é", "Eacute": "É",
        "egrave": "è", "ecirc": "ê", "euml": "ë", "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï",
        "ntilde": "ñ", "Ntilde": "Ñ", "oacute": "ó", "Oacute": "Ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö",
        "Ouml": "Ö", "otilde": "õ", "oslash": "ø", "Oslash": "Ø", "uacute": "ú", "ugrave": "ù", "ucirc": "û",
        "uuml": "ü", "Uuml": "Ü", "szlig": "ß", "yacute": "ý", "scaron": "š", "Scaron": "Š", "zcaron": "ž",
        "Zcaron": "Ž", "ccaron": "č", "Ccaron": "Č",
    ]
}
