import ChronicleModel

/// Which links Chronicle writes into its outputs, and how.
///
/// Only `http`, `https` and relative links are ever emitted; anything else (`javascript:`, `data:`,
/// `file:`) is dropped. Links are percent-encoded here, because Graphviz copies `URL` values into SVG
/// without escaping them.
public enum LinkPolicy {
    /// The best link for a piece of evidence: the video moment, else the document's own address,
    /// else a relative path to the file when `sourceBase` is given.
    public static func link(for evidence: Evidence, document: Document?, sourceBase: String?) -> String? {
        if let media = evidence.media?.url, let safe = safeURL(media) { return safe }
        if let url = document?.url, let safe = safeURL(url) { return safe }
        if let base = sourceBase, let source = document?.source, !source.hasPrefix("/") {
            return safeURL(base + source)
        }
        return nil
    }

    /// The URL, percent-encoded, if it is http(s) or relative; nil otherwise.
    public static func safeURL(_ text: String) -> String? {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiSafeURL(Array(text.utf8)) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        let lower = trimmed.lowercased()
        if let colon = lower.firstIndex(of: ":"), !lower[..<colon].contains("/"), !lower[..<colon].contains("?"), !lower[..<colon].contains("#") {
            let scheme = lower[..<colon]
            guard scheme == "http" || scheme == "https" else { return nil }
        }
        if lower.hasPrefix("//") { return nil }
        return percentEncode(trimmed)
    }

    /// `safeURL` for text that is all ASCII, over its bytes (Foundation's trimming and searching cost
    /// 40,000 instructions a link, and the report cites one for every document). In ASCII the white
    /// space to trim is tab to carriage return and space, and each character is one byte but CRLF,
    /// which none of the characters searched for (`:`, `/`, `?`, `#`) is part of.
    private static func asciiSafeURL(_ bytes: [UInt8]) -> String? {
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return nil }
        let trimmed = bytes[first...last]
        if let colon = trimmed.firstIndex(of: UInt8(ascii: ":")) {
            let scheme = trimmed[..<colon]
            if !scheme.contains(UInt8(ascii: "/")), !scheme.contains(UInt8(ascii: "?")), !scheme.contains(UInt8(ascii: "#")) {
                let lower = scheme.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
                guard lower.elementsEqual("http".utf8) || lower.elementsEqual("https".utf8) else { return nil }
            }
        }
        if trimmed.starts(with: "//".utf8) { return nil }
        return percentEncode(String(decoding: trimmed, as: UTF8.self))
    }

    /// Keeps unreserved and URL-structural ASCII; encodes everything else, including `"`, `<`, `>`, `'`,
    /// backtick, backslash, spaces, control characters and non-ASCII bytes. `(`, `)`, `[` and `]` are
    /// encoded too (`%28`, `%29`, `%5B`, `%5D`), so that a link can stand in Markdown's `[text](url)`
    /// without ending early or opening another link; the brackets of an IPv6 host
    /// (`http://[::1]/`) are the one exception, as they are part of the address.
    static func percentEncode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let host = ipv6Host(bytes)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        for (index, byte) in bytes.enumerated() {
            if allowedInURL[Int(byte)] || !host.isEmpty && host.contains(index) {
                result.append(byte)
            } else {
                result += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Per byte, whether `percentEncode` keeps it as it is.
    private static let allowedInURL: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=%".utf8 { table[Int(byte)] = true }
        return table
    }()

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The byte offsets of the `[` and `]` around an IPv6 host in `http://[…]` or `https://[…]`
    /// (nothing but hex digits, `:` and `.` between them), or none.
    static func ipv6Host(_ bytes: [UInt8]) -> Set<Int> {
        guard let separator = bytes.firstIndex(of: UInt8(ascii: ":")),
              ["http", "https"].contains(String(decoding: bytes[..<separator], as: UTF8.self).lowercased()),
              bytes[separator...].starts(with: "://[".utf8)
        else { return [] }
        let open = separator + 3
        let address = Set("0123456789abcdefABCDEF:.".utf8)
        guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "]")), bytes[(open + 1)..<close].allSatisfy(address.contains),
              close + 1 == bytes.count || "/?#:".utf8.contains(bytes[close + 1])
        else { return [] }
        return [open, close]
    }
}
