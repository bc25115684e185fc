import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small POSIX helpers: error messages that say what the system said, and file identity for loops.
enum FileSystem {
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(path: path, reason: "cannot read: \(lastError())") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Failure(path: path, reason: "cannot read: \(lastError())") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw Failure(path: path, reason: "is a folder, not a file") }
        // Read straight into the array, sized by fstat with a byte to spare so that reaching the
        // end needs no second buffer; a file that grew since (or reports no size) reads on below.
        let expected = max(0, Int(info.st_size))
        var reachedEnd = false
        var bytes = try [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                if count < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, reason: "cannot read: \(lastError())")
                }
                if count == 0 { reachedEnd = true; return }
                initialized += count
            }
        }
        if reachedEnd { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: "cannot read: \(lastError())")
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    enum Kind { case file, directory, other, missing }

    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// What a path is, following symbolic links, and its identity.
    static func kind(of path: String) -> (Kind, Identity?) {
        var info = stat()
        guard stat(path, &info) == 0 else { return (.missing, nil) }
        let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        switch info.st_mode & S_IFMT {
        case S_IFREG: return (.file, identity)
        case S_IFDIR: return (.directory, identity)
        default: return (.other, identity)
        }
    }

    /// One name in a folder, with what it is (symbolic links followed) and its identity.
    struct Entry {
        var name: String
        var kind: Kind
        var identity: Identity?
    }

    /// The entries of `folder` except `.` and `..`, in no particular order; throws with `errno`
    /// set when the folder cannot be opened.
    ///
    /// A regular file is known from the listing itself: its inode comes with its name and its
    /// device is the folder's, so it costs no `stat` (one per file was most of listing a large
    /// corpus). Anything else (folders, symbolic links, file systems that do not give the type)
    /// is looked up with `fstatat` relative to the open folder, following links. (A file
    /// bind-mounted over another reports the inode beneath it; only the de-duplication of files
    /// reached twice could notice, and it errs towards reading such a file twice.)
    static func entries(of folder: String) throws(Failure) -> [Entry] {
        guard let directory = opendir(folder) else { throw Failure(path: folder, reason: lastError()) }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var folderInfo = stat()
        guard fstat(descriptor, &folderInfo) == 0 else { throw Failure(path: folder, reason: lastError()) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name: String? = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { name in
                    // `.` and `..` are skipped from their bytes, before a string is made of every name.
                    let dot = CChar(UInt8(ascii: "."))
                    if name[0] == dot, name[1] == 0 || name[1] == dot && name[2] == 0 { return nil }
                    return String(cString: name)
                }
            }
            guard let name else { continue }
            if entry.pointee.d_type == UInt8(DT_REG) {
                entries.append(Entry(name: name, kind: .file, identity: Identity(device: UInt64(folderInfo.st_dev), inode: UInt64(entry.pointee.d_ino))))
                continue
            }
            var info = stat()
            guard fstatat(descriptor, name, &info, 0) == 0 else {
                entries.append(Entry(name: name, kind: .missing, identity: nil))
                continue
            }
            let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
            switch info.st_mode & S_IFMT {
            case S_IFREG: entries.append(Entry(name: name, kind: .file, identity: identity))
            case S_IFDIR: entries.append(Entry(name: name, kind: .directory, identity: identity))
            default: entries.append(Entry(name: name, kind: .other, identity: identity))
            }
        }
        return entries
    }

    static func lastError() -> String {
        String(cString: strerror(errno))
    }

    /// An absolute, normalised path (no `.`/`..` segments, no trailing slash), for comparisons.
    static func absolute(_ path: String) -> String {
        let base = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in base.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `path` is `folder` itself or lies somewhere beneath it, as written (paths compared
    /// after `absolute`, so `out`, `./out` and `a/../out` agree) or once symbolic links are
    /// followed (`out` a link into the folder, or the folder reached through a link).
    static func isWithin(_ path: String, folder: String) -> Bool {
        func within(_ path: String, _ folder: String) -> Bool { path == folder || folder == "/" || path.hasPrefix(folder + "/") }
        return within(absolute(path), absolute(folder)) || within(resolved(path), resolved(folder))
    }

    /// `absolute(path)` with symbolic links followed, for a path that may not exist yet: its
    /// longest existing part is resolved by `realpath`, and the rest appended as written.
    static func resolved(_ path: String) -> String {
        var existing = absolute(path)
        var rest: [Substring] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let base = String(cString: real)
                guard !rest.isEmpty else { return base }
                return (base == "/" ? "" : base) + "/" + rest.reversed().joined(separator: "/")
            }
            guard existing != "/", let slash = existing.lastIndex(of: "/") else { return absolute(path) }
            rest.append(Substring(existing[existing.index(after: slash)...]))
            existing = slash == existing.startIndex ? "/" : String(existing[..<slash])
        }
    }
}
