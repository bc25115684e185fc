import Foundation

/// Decides whether a file's bytes are text Chronicle can read, and repairs what it safely can.
///
/// Repairs never change the length of the text, so byte offsets into the repaired bytes
/// are byte offsets into the file on disk.
enum TextEncodingCheck {
    struct Checked {
        /// The bytes with each invalid UTF-8 byte replaced by `?`.
        var bytes: [UInt8]
        /// Where the text starts (after a UTF-8 byte order mark).
        var start: Int
        var diagnostics: [Diagnostic]
    }

    static func check(_ original: [UInt8], file: String) -> Result<Checked, Diagnostic> {
        if original.allSatisfy(isSpace) {
            return .failure(Diagnostic(.error, file: file, original.isEmpty ? "empty file, nothing to read" : "file holds only white space, nothing to read"))
        }
        if let format = binaryFormat(of: original) {
            return .failure(Diagnostic(.error, file: file, "binary file (\(format)), not text; skipped"))
        }
        if original.starts(with: [0xFF, 0xFE]) || original.starts(with: [0xFE, 0xFF]) {
            return .failure(Diagnostic(.error, file: file, "UTF-16 encoded text; Chronicle reads UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)"))
        }
        if let nul = original.firstOffset(ofByte: 0) {
            let (line, column) = lineAndColumn(of: nul, in: original)
            return .failure(Diagnostic(.error, file: file, line: line, column: column, "binary file (NUL byte), not text; skipped"))
        }
        var diagnostics: [Diagnostic] = []
        var start = 0
        if original.starts(with: [0xEF, 0xBB, 0xBF]) {
            start = 3
            diagnostics.append(Diagnostic(.note, file: file, "UTF-8 byte order mark skipped"))
        }
        var bytes = original
        let invalid = replaceInvalidUTF8(&bytes, from: start)
        if let first = invalid.first {
            let (line, column) = lineAndColumn(of: first, in: original)
            diagnostics.append(Diagnostic(.warning, file: file, line: line, column: column,
                "invalid UTF-8 (\(invalid.count) byte\(invalid.count == 1 ? "" : "s")); read as '?'"))
        }
        if let carriageReturn = bytes.firstOffset(ofByte: 0x0D) {
            let style = carriageReturn + 1 < bytes.count && bytes[carriageReturn + 1] == 0x0A ? "Windows (CRLF)" : "carriage-return (CR)"
            diagnostics.append(Diagnostic(.note, file: file, "\(style) line ends read as line breaks"))
        }
        return .success(Checked(bytes: bytes, start: start, diagnostics: diagnostics))
    }

    /// Names well-known binary formats by their magic numbers.
    static func binaryFormat(of bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
            ([0x50, 0x4B, 0x03, 0x04], "zip archive"),
            ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
            ([0x47, 0x49, 0x46, 0x38], "GIF image"),
            ([0xFF, 0xD8, 0xFF], "JPEG image"),
            ([0x1F, 0x8B], "gzip archive"),
            ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
            ([0x42, 0x5A, 0x68], "bzip2 archive"),
            ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz archive"),
            ([0x52, 0x49, 0x46, 0x46], "RIFF media"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }

    /// Replaces each byte that is not part of well-formed UTF-8 with `?`; returns their offsets.
    static func replaceInvalidUTF8(_ bytes: inout [UInt8], from start: Int) -> [Int] {
        var invalid: [Int] = []
        var index = start
        let count = bytes.count
        while index < count {
            // Eight bytes at a time through ASCII, which is most of any news text, to the first
            // byte beyond it among the eight (or to the last few bytes).
            index = bytes.withUnsafeBytes { raw in
                var at = index
                while at + 8 <= count {
                    let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) & 0x8080_8080_8080_8080
                    if high != 0 { return at + high.trailingZeroBitCount >> 3 }
                    at += 8
                }
                return at
            }
            guard index < count else { break }
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: length = 0
            }
            var valid = length > 0 && index + length <= count
            if valid {
                for offset in 1..<length {
                    let byte = bytes[index + offset]
                    let (low, high) = offset == 1 ? (lowest, highest) : (0x80, 0xBF)
                    if byte < low || byte > high { valid = false; break }
                }
            }
            if valid {
                index += length
            } else {
                invalid.append(index)
                bytes[index] = UInt8(ascii: "?")
                index += 1
            }
        }
        return invalid
    }
}

/// A line of a file: the byte range without its line end (LF, CRLF or a lone CR).
struct LineRange: Hashable {
    var start: Int
    var end: Int
    var range: Range<Int> { start..<end }
}

func lines(of bytes: [UInt8], from start: Int = 0, to end: Int? = nil) -> [LineRange] {
    let stop = Swift.min(end ?? bytes.count, bytes.count)
    var result: [LineRange] = []
    // Room for lines of about 64 bytes (news averages 100-130): one allocation for most files
    // instead of one per doubling, and never more than a few thousand lines ahead of the text.
    result.reserveCapacity(Swift.min(Swift.max(0, stop - start) / 64 + 4, 4_096))
    var lineStart = start
    // Every byte of every text and Markdown file passes here: read through a raw buffer, and
    // skip eight bytes at a time to the first byte below 0x0E (no line end is above it).
    bytes.withUnsafeBytes { raw in
        var index = start
        while index < stop {
            while index + 8 <= stop {
                let below = EightBytes.bytes(below: 0x0E, in: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                if below != 0 {
                    index += below.trailingZeroBitCount >> 3
                    break
                }
                index += 8
            }
            guard index < stop else { break }
            let byte = raw[index]
            if byte == 0x0A || byte == 0x0D {
                result.append(LineRange(start: lineStart, end: index))
                if byte == 0x0D, index + 1 < stop, raw[index + 1] == 0x0A { index += 1 }
                lineStart = index + 1
            }
            index += 1
        }
    }
    if lineStart < stop { result.append(LineRange(start: lineStart, end: stop)) }
    return result
}

/// The offset of the first occurrence of `needle` in `haystack` (nil for an empty needle):
/// `memchr` to each place its first byte occurs, `memcmp` there.
func firstOffset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count, let base = haystack.baseAddress else { return nil }
    let last = haystack.count - needle.count
    var offset = 0
    while offset <= last {
        guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
        let at = base.distance(to: UnsafeRawPointer(found))
        if memcmp(base + at, needle.baseAddress!, needle.count) == 0 { return at }
        offset = at + 1
    }
    return nil
}

extension Array where Element == UInt8 {
    /// The offset of the first `byte`, found by `memchr`.
    func firstOffset(ofByte byte: UInt8) -> Int? {
        withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let found = memchr(base, Int32(byte), raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    func isBlank(_ range: Range<Int>) -> Bool {
        self[range].allSatisfy(isSpace)
    }

    /// Offset of the first occurrence of an ASCII `needle` in `start..<limit`.
    /// - Complexity: O(n · m), with m the needle's few bytes.
    func firstOffset(of needle: String, from start: Int = 0, limit: Int? = nil) -> Int? {
        let end = Swift.min(limit ?? count, count)
        guard start < end else { return nil }
        var needle = needle
        return needle.withUTF8 { pattern in
            self[start..<end].withUnsafeBytes { ChronicleExtraction.firstOffset(of: UnsafeRawBufferPointer(pattern), in: $0) }
        }.map { start + $0 }
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: self[range], as: UTF8.self)
    }
}
