import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file for sorted runs, written once from the end and read back by offset.
///
/// It is removed from its folder as soon as it is open, so it vanishes with the process however
/// the process ends, and never meets another run's files; its space is freed when it is closed.
final class SpillFile: @unchecked Sendable {
    private let descriptor: Int32
    /// The folder it was made in, for messages.
    let folder: String
    private(set) var size = 0

    /// - Throws: `FileSystem.Failure` naming the folder when no file can be made there.
    init(in folder: String) throws {
        self.folder = folder
        var template = Array((folder.hasSuffix("/") ? folder : folder + "/").utf8CString.dropLast()) + Array("chronicle-spill-XXXXXX".utf8CString)
        let opened = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard opened >= 0 else {
            throw FileSystem.Failure(path: folder, reason: "cannot make a temporary file here: \(FileSystem.lastError())")
        }
        descriptor = opened
        _ = template.withUnsafeBufferPointer { unlink($0.baseAddress!) }
    }

    deinit { close(descriptor) }

    /// Adds `bytes` at the end.
    func append(_ bytes: [UInt8]) throws {
        let written = try bytes.withUnsafeBytes { buffer in
            try repeatedly(buffer.count, failing: "cannot write a temporary file") { done in
                pwrite(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(size + done))
            }
        }
        guard written == bytes.count else {
            throw FileSystem.Failure(path: folder, reason: "cannot write a temporary file: the system took no more bytes")
        }
        size += bytes.count
    }

    /// Fills `buffer` from `offset` as far as the file goes; returns how many bytes were read.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        try repeatedly(buffer.count, failing: "cannot read back a temporary file") { done in
            pread(descriptor, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
        }
    }

    /// Calls `transfer` (a `pread` or `pwrite` of what is left, given how much is done) until `count`
    /// bytes are done or it moves none; retries after a signal. Returns how many bytes were done.
    private func repeatedly(_ count: Int, failing what: String, _ transfer: (_ done: Int) -> Int) throws -> Int {
        var done = 0
        while done < count {
            let moved = transfer(done)
            if moved < 0 {
                if errno == EINTR { continue }
                throw FileSystem.Failure(path: folder, reason: "\(what): \(FileSystem.lastError())")
            }
            if moved == 0 { break }
            done += moved
        }
        return done
    }
}

/// Reads the records of one part of a run in order, through a buffer of a megabyte or so.
final class RunReader {
    private let file: SpillFile
    private var offset: Int
    private let end: Int
    /// Allocated on the first read and freed at the end of the range, so only runs being read hold one.
    private var buffer: [UInt8] = []
    private let bufferSize: Int
    private var position = 0
    private var filled = 0

    init(file: SpillFile, range: Range<Int>, bufferSize: Int = 1 << 20) {
        self.file = file
        offset = range.lowerBound
        end = range.upperBound
        self.bufferSize = bufferSize
    }

    /// The next record, or nil at the end of the range.
    func next<Record>(_ decode: (inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Record) throws -> Record? {
        guard try load(4) else { return nil }
        var length = 0
        for shift in 0..<4 { length |= Int(buffer[position + shift]) << (8 * shift) }
        position += 4
        guard try load(length) else { throw corrupt() }
        defer { position += length }
        return try buffer.withUnsafeBytes { bytes in
            var decoder = SpillDecoder(UnsafeRawBufferPointer(rebasing: bytes[position..<(position + length)]))
            do { return try decode(&decoder) } catch { throw corrupt() }
        }
    }

    /// Makes `count` bytes available from `position`, reading on (and growing the buffer for a
    /// record larger than it); false when the range ended cleanly before them.
    private func load(_ count: Int) throws -> Bool {
        if filled - position >= count { return true }
        if position > 0, filled > position {
            buffer.withUnsafeMutableBytes { bytes in
                _ = memmove(bytes.baseAddress!, bytes.baseAddress! + position, filled - position)
            }
        }
        filled -= position
        position = 0
        let size = max(count, bufferSize)
        if buffer.count < size { buffer += [UInt8](repeating: 0, count: size - buffer.count) }
        let wanted = min(buffer.count - filled, end - offset)
        let read = try buffer.withUnsafeMutableBytes { bytes in
            try file.read(into: UnsafeMutableRawBufferPointer(rebasing: bytes[filled..<(filled + wanted)]), at: offset)
        }
        offset += read
        filled += read
        if filled >= count { return true }
        if filled == 0, offset >= end {
            buffer = []
            return false
        }
        throw corrupt()
    }

    private func corrupt() -> FileSystem.Failure {
        FileSystem.Failure(path: file.folder, reason: "a temporary file changed while Chronicle was using it")
    }
}
