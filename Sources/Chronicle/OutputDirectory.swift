import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder Chronicle writes its outputs into, without ever losing what the user had there.
///
/// Every file is written to a temporary name and renamed into place, so a reader never sees half
/// a file. Chronicle keeps a record (`.chronicle-outputs`) of what it wrote; it replaces a file
/// only when the record shows Chronicle wrote it and nobody has edited it since, and it never
/// deletes anything.
public struct OutputDirectory {
    public static let recordName = ".chronicle-outputs"

    public let path: String
    /// Replace files even when Chronicle did not write them (`--force`).
    public let force: Bool
    private var record: [String: String]

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Opens (and if needed creates) the folder.
    public init(path: String, force: Bool = false) throws {
        self.path = path
        self.force = force
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Failure(description: "\(path): --out names a file, not a folder") }
        } else {
            try OutputDirectory.createFolders(path)
        }
        record = OutputDirectory.readRecord(in: path)
    }

    /// `mkdir -p`, saying which part of the path stood in the way and what the system said.
    static func createFolders(_ path: String) throws {
        var current = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o777) == 0 { continue }
            let reason = errno == EEXIST ? nil : FileSystem.lastError()
            switch FileSystem.kind(of: current).0 {
            case .directory:
                continue
            case .missing where reason == nil:
                throw Failure(description: "\(path): cannot create the output folder: \(current) is a broken symbolic link")
            case .file, .other:
                throw Failure(description: "\(path): cannot create the output folder: \(current) is a file, not a folder")
            case .missing:
                throw Failure(description: "\(path): cannot create the output folder: \(reason ?? "") (\(current))")
            }
        }
    }

    /// The first of `inputs` that is a folder holding `out`, if any: outputs written there would be
    /// read back as input on the next run.
    public static func inputFolder(holding out: String, among inputs: [String]) -> String? {
        inputs.first { FileSystem.kind(of: $0).0 == .directory && FileSystem.isWithin(out, folder: $0) }
    }

    /// Whether `name` is a file in the folder that Chronicle's record does not list, so that
    /// writing it will be refused (unless it holds the very bytes to write, or with `force`).
    public func holdsUnrecordedFile(named name: String) -> Bool {
        !force && record[name] == nil && FileManager.default.fileExists(atPath: path + "/" + name)
    }

    /// Writes `data` as `name` inside the folder, atomically.
    ///
    /// Runs of chronicle writing the same folder at once take turns file by file (a lock on the
    /// folder), and each reads the record afresh, so neither refuses a file the other just wrote and
    /// the record always matches the files.
    public mutating func write(_ data: Data, as name: String) throws {
        try data.withUnsafeBytes { try write(bytes: $0, as: name) }
    }

    /// The same for text, written as its UTF-8 bytes where they lie: an exporter's text is
    /// not copied into a `Data` first (22 MB for the report of 10,000 generated documents).
    public mutating func write(_ text: String, as name: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), as: name) }
    }

    /// The same for bytes where they lie.
    public mutating func write(bytes: UnsafeRawBufferPointer, as name: String) throws {
        let lock = FolderLock(path)
        defer { lock.release() }
        record = OutputDirectory.readRecord(in: path)
        let target = path + "/" + name
        if let existing = FileManager.default.contents(atPath: target), !force,
           !existing.withUnsafeBytes({ $0.count == bytes.count && ($0.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, $0.count) == 0) })
        {
            let digest = existing.withUnsafeBytes(OutputDirectory.digest)
            guard record[name] == digest else {
                throw Failure(description: "\(target): exists and was not written by chronicle, or was edited since; "
                    + "move it away or pass --force to replace it")
            }
        }
        try OutputDirectory.atomicWrite(bytes: bytes, to: target)
        record[name] = OutputDirectory.digest(bytes)
        try saveRecord()
    }

    /// An exclusive `flock` on the folder itself, held while one output and the record are replaced.
    private struct FolderLock {
        let descriptor: Int32

        init(_ path: String) {
            descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return }  // no lock where the folder cannot be opened; writing will say why
            while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
        }

        /// Closing the descriptor releases the lock.
        func release() {
            if descriptor >= 0 { close(descriptor) }
        }
    }

    private func saveRecord() throws {
        let lines = record.keys.sorted().map { "\(record[$0]!)  \($0)\n" }.joined()
        try OutputDirectory.atomicWrite(Data(lines.utf8), to: path + "/" + OutputDirectory.recordName)
    }

    private static func readRecord(in folder: String) -> [String: String] {
        guard let data = FileManager.default.contents(atPath: folder + "/" + recordName) else { return [:] }
        var record: [String: String] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard parts.count == 2 else { continue }
            record[parts[1].trimmingCharacters(in: .whitespaces)] = String(parts[0])
        }
        return record
    }

    /// FNV-1a, 64 bits: enough to notice an edit; not a security measure.
    static func digest(_ data: Data) -> String {
        data.withUnsafeBytes(digest)
    }

    /// The same over bytes where they lie: `Data`'s own iterator took 60 instructions a byte, and
    /// `build` digests every output it writes (12% of its instructions on 1,000 documents).
    static func digest(_ bytes: UnsafeRawBufferPointer) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Writes to a temporary file beside `target`, flushes it, and renames it into place.
    public static func atomicWrite(_ data: Data, to target: String) throws {
        try data.withUnsafeBytes { try atomicWrite(bytes: $0, to: target) }
    }

    static func atomicWrite(bytes buffer: UnsafeRawBufferPointer, to target: String) throws {
        let folder = target.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "\(target): cannot write: \(FileSystem.lastError())") }
        var failed: String? = nil
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failed = FileSystem.lastError()
                break
            }
            offset += written
        }
        if failed == nil, fsync(descriptor) != 0 { failed = FileSystem.lastError() }
        close(descriptor)
        if let failed {
            unlink(temporary)
            throw Failure(description: "\(target): cannot write: \(failed)")
        }
        guard rename(temporary, target) == 0 else {
            let reason = FileSystem.lastError()
            unlink(temporary)
            throw Failure(description: "\(target): cannot replace: \(reason)")
        }
    }
}
