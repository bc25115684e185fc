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
    private var buffer: [UInt8] = []
    /// Where the next line starts in `buffer`.
    private var start = 0
    private var atEnd = false
    /// The number of the line `next()` gave last, from 1.
    private(set) var lineNumber = 0
    private let chunkSize: Int

    /// Reads from `descriptor`, which stays open (the caller closes it).
    init(descriptor: Int32, path: String, chunkSize: Int = 1 << 20) {
        self.descriptor = descriptor
        self.path = path
        self.chunkSize = chunkSize
    }

    /// The next line without its `\n`, or nil at the end.
    /// - Throws: `FileSystem.Failure` naming the file when reading fails.
    func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = newline + 1 }
                lineNumber += 1
                return buffer[start..<newline]
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                lineNumber += 1
                return buffer[start...]
            }
            try fill()
        }
    }

    /// Everything not yet given as lines, to the end of the file.
    func rest() throws -> [UInt8] {
        while !atEnd { try fill() }
        defer { start = buffer.count }
        return Array(buffer[start...])
    }

    /// Drops the lines already given and reads one more chunk after what is left.
    private func fill() throws {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        let kept = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunkSize))
        var count = 0
        while true {
            count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + kept, chunkSize) }
            if count >= 0 || errno != EINTR { break }
        }
        guard count >= 0 else {
            buffer.removeSubrange(kept...)
            throw FileSystem.Failure(path: path, reason: "cannot read the file: \(FileSystem.lastError())")
        }
        buffer.removeSubrange((kept + count)...)
        if count == 0 { atEnd = true }
    }
}
