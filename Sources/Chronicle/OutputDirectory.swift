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

    /// Whether writing `name` may be refused: a file is there that Chronicle's record does not list,
    /// or that was edited since Chronicle wrote it (it is refused unless it holds the very bytes to
    /// write; never with `force`). Callers write such files first, so that a refusal comes before
    /// any other output has been replaced.
    ///
    /// The digest of a recorded file is read here, and kept with what `stat` says of the file, so
    /// that `commit` need not read the file again while it is unchanged.
    public mutating func holdsFileItMayRefuse(named name: String) -> Bool {
        guard !force else { return false }
        let target = path + "/" + name
        guard let recorded = record[name] else { return FileSystem.kind(of: target).0 != .missing }
        guard let identity = FileIdentity(path: target), let existing = OutputDirectory.digest(ofFileAt: target) else { return false }
        checked[name] = (identity, existing.digest, existing.size)
        return existing.digest != recorded
    }

    /// Digests `holdsFileItMayRefuse` read, with the file's identity when it read them.
    private var checked: [String: (identity: FileIdentity, digest: String, size: Int)] = [:]

    /// What `stat` says of a file that changes when it is replaced or written to.
    private struct FileIdentity: Equatable {
        var device: UInt64, inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int

        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            size = Int64(status.st_size)
            seconds = Int(status.st_mtim.tv_sec)
            nanoseconds = Int(status.st_mtim.tv_nsec)
        }
    }

    /// The digest and size of the file at `target`, from `checked` while the file is as it was then.
    private func digest(ofFileAt target: String, named name: String) -> (digest: String, size: Int)? {
        if let known = checked[name], FileIdentity(path: target) == known.identity { return (known.digest, known.size) }
        return OutputDirectory.digest(ofFileAt: target)
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
        try commit(try stage(as: name) { try $0(bytes) })
    }

    /// The same for an output made a piece at a time: `produce` hands its bytes in order to the
    /// function it is given, and they go to the file as they come, so the output is never held
    /// whole in memory (`timeline.json` of 100,000 generated documents is 950 MB).
    public mutating func write(as name: String, streaming produce: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        try commit(try stage(as: name, produce))
    }

    /// An output written to a temporary file beside its place (`.NAME.tmp-PID`), and not yet in
    /// place: `commit` renames it in or removes it. Stage one output of a name at a time.
    public struct StagedFile: Sendable {
        public let name: String
        let temporaryPath: String
        let digest: String
        let size: Int
    }

    /// Writes an output to a temporary file in the folder, a piece at a time as `produce` hands
    /// them over, and flushes it to disk. Several outputs may be staged at once, on any threads;
    /// nothing in the folder changes until `commit`.
    /// - Throws: `Failure` naming the file when it cannot be written (the temporary file is
    ///   removed), or the error `produce` throws.
    public func stage(as name: String, _ produce: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> StagedFile {
        let written = try OutputDirectory.writeTemporary(for: path + "/" + name, produce)
        return StagedFile(name: name, temporaryPath: written.path, digest: written.digest, size: written.size)
    }

    /// Puts a staged output in place, unless the file there was not written by Chronicle (or was
    /// edited since) and holds other bytes; the temporary file is removed either way.
    ///
    /// Runs of chronicle writing the same folder at once take turns file by file (a lock on the
    /// folder), and each reads the record afresh, so neither refuses a file the other just wrote and
    /// the record always matches the files. The file in place is read a piece at a time, never whole.
    public mutating func commit(_ staged: StagedFile) throws {
        let lock = FolderLock(path)
        defer { lock.release() }
        record = OutputDirectory.readRecord(in: path)
        let target = path + "/" + staged.name
        if !force, let existing = digest(ofFileAt: target, named: staged.name), record[staged.name] != existing.digest,
           existing.size != staged.size || !OutputDirectory.sameBytes(target, staged.temporaryPath)
        {
            unlink(staged.temporaryPath)
            throw Failure(description: "\(target): exists and was not written by chronicle, or was edited since; "
                + "move it away or pass --force to replace it")
        }
        guard rename(staged.temporaryPath, target) == 0 else {
            let reason = FileSystem.lastError()
            unlink(staged.temporaryPath)
            throw Failure(description: "\(target): cannot replace: \(reason)")
        }
        record[staged.name] = staged.digest
        checked[staged.name] = nil
        try saveRecord()
    }

    /// Writes all of `bytes` to `descriptor`; what went wrong, if anything.
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return FileSystem.lastError()
            }
            offset += written
        }
        return nil
    }

    /// Reads the file at `path` a megabyte at a time, handing each piece to `body` until it returns
    /// false; false when the file cannot be opened or read (a folder, say).
    private static func read(_ path: String, _ body: (UnsafeRawBufferPointer) -> Bool) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress!, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            if count == 0 { return true }
            if !body(UnsafeRawBufferPointer(rebasing: buffer[..<count])) { return true }
        }
    }

    /// The digest and size of the file at `path`, if it can be read.
    static func digest(ofFileAt path: String) -> (digest: String, size: Int)? {
        var digest = Digest()
        var size = 0
        guard read(path, { digest.add($0); size += $0.count; return true }) else { return nil }
        return (digest.hex, size)
    }

    /// Whether two files of the same size hold the same bytes, compared a piece at a time.
    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        let other = open(b, O_RDONLY | O_CLOEXEC)
        guard other >= 0 else { return false }
        defer { close(other) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        var same = true
        let read = read(a) { piece in
            var filled = 0
            while filled < piece.count {
                let count = Glibc.read(other, buffer.baseAddress! + filled, piece.count - filled)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { same = false; return false }
                filled += count
            }
            same = memcmp(piece.baseAddress!, buffer.baseAddress!, piece.count) == 0
            return same
        }
        return read && same
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

    /// FNV-1a, 64 bits, over bytes that come a piece at a time: enough to notice an edit; not a
    /// security measure. Read over bytes where they lie: `Data`'s own iterator took 60 instructions
    /// a byte, and `build` digests every output it writes.
    struct Digest {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ bytes: UnsafeRawBufferPointer) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }

        var hex: String {
            let hex = String(hash, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }
    }

    /// Writes to a temporary file beside `target`, flushes it, and renames it into place.
    public static func atomicWrite(_ data: Data, to target: String) throws {
        try data.withUnsafeBytes { try atomicWrite(bytes: $0, to: target) }
    }

    static func atomicWrite(bytes buffer: UnsafeRawBufferPointer, to target: String) throws {
        let temporary = try writeTemporary(for: target) { try $0(buffer) }.path
        guard rename(temporary, target) == 0 else {
            let reason = FileSystem.lastError()
            unlink(temporary)
            throw Failure(description: "\(target): cannot replace: \(reason)")
        }
    }

    /// Writes what `produce` hands over, in order, to a temporary file beside `target`, and flushes
    /// it to disk; its path, and the digest and size of what was written.
    /// - Throws: `Failure` naming `target` when it cannot be written (the temporary file is removed),
    ///   or the error `produce` throws.
    private static func writeTemporary(for target: String, _ produce: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws
        -> (path: String, digest: String, size: Int)
    {
        let folder = target.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = target.split(separator: "/").last.map(String.init) ?? target
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "\(target): cannot write: \(FileSystem.lastError())") }
        var digest = Digest()
        var size = 0
        do {
            try produce { bytes in
                digest.add(bytes)
                size += bytes.count
                if let failed = writeAll(bytes, to: descriptor) { throw Failure(description: "\(target): cannot write: \(failed)") }
            }
            if fsync(descriptor) != 0 { throw Failure(description: "\(target): cannot write: \(FileSystem.lastError())") }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        return (temporary, digest.hex, size)
    }
}
