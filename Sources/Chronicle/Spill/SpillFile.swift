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

    /// The error for a temporary file in `folder` that does not read back as it was written.
    static func changed(folder: String) -> FileSystem.Failure {
        FileSystem.Failure(path: folder, reason: "a temporary file changed while Chronicle was using it")
    }

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
    private var buffer = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    private let bufferSize: Int
    private var position = 0
    private var filled = 0

    init(file: SpillFile, range: Range<Int>, bufferSize: Int = 1 << 20) {
        self.file = file
        offset = range.lowerBound
        end = range.upperBound
        self.bufferSize = bufferSize
    }

    deinit { buffer.deallocate() }

    /// The next record, or nil at the end of the range.
    func next<Record>(_ decode: (inout SpillDecoder) throws(SpillDecoder.Corrupt) -> Record) throws -> Record? {
        guard let bytes = try nextRecord() else { return nil }
        var decoder = SpillDecoder(bytes)
        do { return try decode(&decoder) } catch { throw corrupt() }
    }

    /// The bytes of the next record (without the length before them), lent until the next call;
    /// nil at the end of the range.
    func nextRecord() throws -> UnsafeRawBufferPointer? {
        guard try load(RecordLength.size) else { return nil }
        let length = RecordLength.read(at: position, in: UnsafeRawBufferPointer(buffer))
        position += RecordLength.size
        guard try load(length) else { throw corrupt() }
        defer { position += length }
        return UnsafeRawBufferPointer(rebasing: buffer[position..<(position + length)])
    }

    /// Makes `count` bytes available from `position`, reading on (and growing the buffer for a
    /// record larger than it); false when the range ended cleanly before them.
    private func load(_ count: Int) throws -> Bool {
        if filled - position >= count { return true }
        let kept = filled - position
        let size = max(count, bufferSize)
        if buffer.count < size {
            let grown = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 1)
            if kept > 0 { grown.baseAddress!.copyMemory(from: buffer.baseAddress! + position, byteCount: kept) }
            buffer.deallocate()
            buffer = grown
        } else if kept > 0, position > 0 {
            _ = memmove(buffer.baseAddress!, buffer.baseAddress! + position, kept)
        }
        filled = kept
        position = 0
        let wanted = min(buffer.count - filled, end - offset)
        let read = try file.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<(filled + wanted)]), at: offset)
        offset += read
        filled += read
        if filled >= count { return true }
        if filled == 0, offset >= end {
            buffer.deallocate()
            buffer = UnsafeMutableRawBufferPointer(start: nil, count: 0)
            return false
        }
        throw corrupt()
    }

    /// The error for a run that does not read back as it was written.
    func corrupt() -> FileSystem.Failure { SpillFile.changed(folder: file.folder) }
}
