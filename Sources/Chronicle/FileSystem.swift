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

    /// Whether `path` is `folder` itself or lies somewhere beneath it (paths compared after
    /// `absolute`, so `out`, `./out` and `a/../out` agree; symbolic links are not followed).
    static func isWithin(_ path: String, folder: String) -> Bool {
        let path = absolute(path), folder = absolute(folder)
        return path == folder || folder == "/" || path.hasPrefix(folder + "/")
    }
}
