import ChronicleExtraction
import Foundation

/// Finds the documents named on the command line: files as given, folders searched recursively
/// for `.txt`, `.md`, `.markdown`, `.html` and `.htm`, in a stable order, without looping on
/// symbolic links.
public enum CorpusScanner {
    public static let readableExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// Whether a file name ends in a readable extension: the text after its last dot (`a.TXT` yes;
    /// `txt.`, `notes.txt.bak` and a bare `txt` no). Read over UTF-8 bytes, as every name of a
    /// large corpus comes through here on the one thread that lists the folders.
    public static func isReadableName(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { bytes in
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return false }
            let suffix = bytes[(dot + 1)...]
            return readableExtensionBytes.contains { candidate in
                candidate.count == suffix.count && zip(candidate, suffix).allSatisfy { $0 == asciiLowercased($1) }
            }
        }
    }

    private static let readableExtensionBytes = readableExtensions.map { Array($0.utf8) }

    private static func asciiLowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Whether `a` sorts before `b` byte by byte (the order folders are listed in): `memcmp` on
    /// their UTF-8, where a generic comparison of UTF-8 views took most of the listing's time.
    static func precedesInBytes(_ a: String, _ b: String) -> Bool {
        let ordered = a.utf8.withContiguousStorageIfAvailable { left in
            b.utf8.withContiguousStorageIfAvailable { right in
                let common = min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
        if let ordered, let ordered { return ordered }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    public struct Found: Sendable {
        /// Paths as the user would write them (the argument, then the path inside the folder).
        public var files: [String]
        public var diagnostics: [Diagnostic]
    }

    public static func files(in arguments: [String]) -> Found {
        var found = Found(files: [], diagnostics: [])
        var seenFiles = Set<FileSystem.Identity>()
        for argument in arguments {
            let (kind, identity) = FileSystem.kind(of: argument)
            switch kind {
            case .missing:
                found.diagnostics.append(Diagnostic(.error, file: argument, "no such file or folder"))
            case .other:
                found.diagnostics.append(Diagnostic(.error, file: argument, "not a regular file or folder; skipped"))
            case .file:
                if let identity, seenFiles.insert(identity).inserted { found.files.append(argument) }
            case .directory:
                var visited = Set<FileSystem.Identity>()
                if let identity { visited.insert(identity) }
                walk(argument, visited: &visited, seenFiles: &seenFiles, into: &found)
            }
        }
        return found
    }

    private static func walk(_ folder: String, visited: inout Set<FileSystem.Identity>, seenFiles: inout Set<FileSystem.Identity>, into found: inout Found) {
        // An explicit stack, so deep trees cannot overflow the call stack.
        var pending = [folder]
        while let current = pending.popLast() {
            let entries: [FileSystem.Entry]
            do {
                entries = try FileSystem.entries(of: current)
            } catch {
                found.diagnostics.append(Diagnostic(.error, file: current, "cannot list folder: \(error.reason)"))
                continue
            }
            var subfolders: [String] = []
            for entry in entries.sorted(by: { precedesInBytes($0.name, $1.name) }) where entry.name.utf8.first != UInt8(ascii: ".") {
                let path = current.hasSuffix("/") ? current + entry.name : current + "/" + entry.name
                switch entry.kind {
                case .directory:
                    guard let identity = entry.identity else { continue }
                    if visited.insert(identity).inserted {
                        subfolders.append(path)
                    } else {
                        found.diagnostics.append(Diagnostic(.warning, file: path, "folder already visited (a symbolic link loop?); skipped"))
                    }
                case .file:
                    guard isReadableName(entry.name) else { continue }
                    if let identity = entry.identity, seenFiles.insert(identity).inserted { found.files.append(path) }
                case .missing:
                    found.diagnostics.append(Diagnostic(.warning, file: path, "broken symbolic link or vanished file; skipped"))
                case .other:
                    // A pipe, socket or device named like a document: reading it could block for ever.
                    guard isReadableName(entry.name) else { continue }
                    found.diagnostics.append(Diagnostic(.warning, file: path, "not a regular file (a pipe, socket or device); skipped"))
                }
            }
            // Depth-first in name order: push in reverse so the first name is visited first.
            pending.append(contentsOf: subfolders.reversed())
        }
    }
}
