import ChronicleExtraction
@_spi(Hashing) import ChronicleModel
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
                guard candidate.count == suffix.count else { return false }
                for offset in 0..<candidate.count where candidate[offset] != asciiLowercased(suffix[suffix.startIndex + offset]) { return false }
                return true
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

    /// `entries` in the byte order of their names (`precedesInBytes`). Each name's first sixteen
    /// bytes are packed into two big-endian integers, zeros past its end (a file name holds no zero
    /// byte), so most comparisons are of integers and only names that agree that far are compared
    /// whole: `memcmp` through two closures per comparison was a quarter of listing a large corpus.
    static func sortedByName(_ entries: [FileSystem.Entry]) -> [FileSystem.Entry] {
        let prefixes = entries.map { entry in
            var prefix: (UInt64, UInt64) = (0, 0)
            entry.name.withUTF8Lent { bytes in
                for index in 0..<16 {
                    let byte = UInt64(index < bytes.count ? bytes[index] : 0)
                    if index < 8 { prefix.0 = prefix.0 << 8 | byte } else { prefix.1 = prefix.1 << 8 | byte }
                }
            }
            return prefix
        }
        let order = entries.indices.sorted { a, b in
            if prefixes[a] != prefixes[b] { return prefixes[a] < prefixes[b] }
            return precedesInBytes(entries[a].name, entries[b].name)
        }
        return order.map { entries[$0] }
    }

    /// The files listed so far, by identity, so a file reached twice (named twice, or through a
    /// link) is read once. Each identity is hashed with one multiply-and-shift step into a table of
    /// hashes and positions (`RecordIndex`): a `Set` hashed each one with seeded SipHash, and with
    /// its growth that was a quarter of listing a large corpus.
    struct SeenFiles {
        private var identities: [FileSystem.Identity] = []
        private var index = RecordIndex()

        /// Whether `identity` is new, which it then no longer is.
        mutating func insert(_ identity: FileSystem.Identity) -> Bool {
            let hash = ByteHash.mix(identity.inode ^ ByteHash.mix(identity.device ^ RecordIndex.seed))
            let position = identities.withUnsafeBufferPointer { held in
                index.position(hash: hash, insertingIfAbsent: held.count) { held[$0] == identity }
            }
            guard position == identities.count else { return false }
            identities.append(identity)
            return true
        }
    }

    public struct Found: Sendable {
        /// Paths as the user would write them (the argument, then the path inside the folder).
        public var files: [String]
        public var diagnostics: [Diagnostic]
        /// Files in the folders whose names Chronicle does not read, and their extensions (the
        /// first few, lower-cased): when nothing else is found, the user is told what was there.
        var unreadCount = 0
        var unreadExtensions: [String] = []

        init(files: [String], diagnostics: [Diagnostic]) {
            self.files = files
            self.diagnostics = diagnostics
        }

        mutating func passOver(_ name: String) {
            unreadCount += 1
            guard unreadExtensions.count < 5 else { return }
            let suffix = name.split(separator: ".", omittingEmptySubsequences: false).last.map { "." + $0.lowercased() }
            let shown = name.contains(".") ? suffix ?? "" : "no extension"
            if !unreadExtensions.contains(shown) { unreadExtensions.append(shown) }
        }

        /// A note for folders that held files, none of them documents Chronicle reads.
        func noteOnUnreadFiles(in folders: [String]) -> Diagnostic? {
            guard files.isEmpty, unreadCount > 0, let first = folders.first else { return nil }
            var message = "holds no .txt, .md, .markdown, .html or .htm file, which Chronicle reads; "
                + "\(unreadCount) other file\(unreadCount == 1 ? "" : "s") (\(unreadExtensions.joined(separator: ", ")))"
            if unreadExtensions.contains(".jsonl") {
                message += "; lines from `chronicle extract --jsonl` are combined with `chronicle merge`"
            }
            return Diagnostic(.note, file: folders.count == 1 ? first : folders.joined(separator: ", "), message)
        }
    }

    public static func files(in arguments: [String]) -> Found {
        var found = Found(files: [], diagnostics: [])
        var seenFiles = SeenFiles()
        var folders: [String] = []
        for argument in arguments {
            let (kind, identity) = FileSystem.kind(of: argument)
            switch kind {
            case .missing:
                found.diagnostics.append(Diagnostic(.error, file: argument, "no such file or folder"))
            case .other:
                found.diagnostics.append(Diagnostic(.error, file: argument, "not a regular file or folder; skipped"))
            case .file:
                if let identity, seenFiles.insert(identity) { found.files.append(argument) }
            case .directory:
                var visited = Set<FileSystem.Identity>()
                if let identity { visited.insert(identity) }
                folders.append(argument)
                walk(argument, visited: &visited, seenFiles: &seenFiles, into: &found)
            }
        }
        if let note = found.noteOnUnreadFiles(in: folders) { found.diagnostics.append(note) }
        return found
    }

    private static func walk(_ folder: String, visited: inout Set<FileSystem.Identity>, seenFiles: inout SeenFiles, into found: inout Found) {
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
            let folderPrefix = current.hasSuffix("/") ? current : current + "/"
            for entry in sortedByName(entries) where entry.name.utf8.first != UInt8(ascii: ".") {
                let path = folderPrefix + entry.name
                switch entry.kind {
                case .directory:
                    guard let identity = entry.identity else { continue }
                    if visited.insert(identity).inserted {
                        subfolders.append(path)
                    } else {
                        found.diagnostics.append(Diagnostic(.warning, file: path, "folder already visited (a symbolic link loop?); skipped"))
                    }
                case .file:
                    guard isReadableName(entry.name) else {
                        found.passOver(entry.name)
                        continue
                    }
                    if let identity = entry.identity, seenFiles.insert(identity) { found.files.append(path) }
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
