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

    /// Keeps unreserved and URL-structural ASCII; encodes everything else, including `"`, `<`, `>`, `'`,
    /// spaces and non-ASCII bytes.
    static func percentEncode(_ text: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&()*+,;=%".utf8)
        var result = ""
        for byte in text.utf8 {
            if allowed.contains(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}

import Foundation
