import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a file or pipe, read a megabyte at a time: a file of JSON Lines many times larger
/// than memory is never held whole. A line is what comes before a `\n` (a `\r` before it is kept,
/// JSON ignores it); the last line need not end with one.
final class LineReader {
    private let descriptor: Int32
    /// The file's name, for messages.
    let path: String
    /// Bytes read; those in `start..<end` are not yet given as lines.
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    /// Where to look for the next `\n`: the bytes from `start` up to here hold none.
    private var searched = 0
    /// Where the line `next()` gave last starts, for `rest(fromLastLine:)`.
    private var lastLineStart = 0
    private var atEnd = false
    /// The number of the line `next()` gave last, from 1.
    private(set) var lineNumber = 0

    /// Reads from `descriptor`, which stays open (the caller closes it), `chunkSize` bytes at a time.
    init(descriptor: Int32, path: String, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.path = path
        buffer = [UInt8](repeating: 0, count: max(1, chunkSize))
    }

    /// The next line without its `\n`, or nil at the end.
    /// - Throws: `FileSystem.Failure` naming the file when reading fails.
    func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = nextNewline() {
                defer { (lastLineStart, start, searched) = (start, newline + 1, newline + 1) }
                lineNumber += 1
                return buffer[start..<newline]
            }
            searched = end
            if atEnd {
                guard start < end else { return nil }
                defer { (lastLineStart, start, searched) = (start, end, end) }
                lineNumber += 1
                return buffer[start..<end]
            }
            try fill()
        }
    }

    /// Where the next `\n` after `searched` and before `end` is, found by `memchr`: a line of a
    /// shard is thousands of bytes, and `firstIndex(of:)` read them one at a time.
    private func nextNewline() -> Int? {
        guard searched < end else { return nil }
        return buffer.withUnsafeBufferPointer { bytes in
            memchr(bytes.baseAddress! + searched, 0x0A, end - searched).map { UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!) }
        }
    }

    /// Everything not yet given as lines, to the end of the file, from the start of the line `next()`
    /// gave last (and still holds) when `fromLastLine`; the reader is used up after it. The buffer
    /// itself is handed over, not a copy of it: for a file read whole, one copy is plenty.
    func rest(fromLastLine: Bool = false) throws -> [UInt8] {
        if fromLastLine { start = lastLineStart }
        while !atEnd { try fill() }
        var rest: [UInt8] = []
        swap(&rest, &buffer)
        rest.removeSubrange(end...)
        rest.removeSubrange(..<start)
        buffer = [0]
        (start, end, searched, lastLineStart) = (0, 0, 0, 0)
        return rest
    }

    /// Reads more after what is kept: the bytes not yet given move to the front, and the buffer
    /// doubles only when a line fills it.
    private func fill() throws {
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { bytes in
                let kept = end - start
                if kept > 0 { _ = memmove(bytes.baseAddress!, bytes.baseAddress! + start, kept) }
            }
            end -= start
            searched -= start
            start = 0
            lastLineStart = 0  // that line is gone: `rest(fromLastLine:)` is for right after `next()`
        }
        if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
        var count = 0
        repeat {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + end, $0.count - end) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else { throw FileSystem.Failure(path: path, reason: "cannot read the file: \(FileSystem.lastError())") }
        end += count
        if count == 0 { atEnd = true }
    }
}
