import ChronicleExtraction
import Foundation

/// Finds the documents named on the command line: files as given, folders searched recursively
/// for `.txt`, `.md`, `.markdown`, `.html` and `.htm`, in a stable order, without looping on
/// symbolic links.
public enum CorpusScanner {
    public static let readableExtensions: Set<String> = ["txt", "md", "markdown", "html", "htm"]

    /// Whether a file name ends in a readable extension: the text after its last dot (`a.TXT` yes;
    /// `txt.`, `notes.txt.bak` and a bare `txt` no).
    public static func isReadableName(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return readableExtensions.contains(name[name.index(after: dot)...].lowercased())
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
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: current)
            } catch {
                found.diagnostics.append(Diagnostic(.error, file: current, "cannot list folder: \(FileSystem.lastError())"))
                continue
            }
            var subfolders: [String] = []
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !name.hasPrefix(".") {
                let path = current.hasSuffix("/") ? current + name : current + "/" + name
                let (kind, identity) = FileSystem.kind(of: path)
                switch kind {
                case .directory:
                    guard let identity else { continue }
                    if visited.insert(identity).inserted {
                        subfolders.append(path)
                    } else {
                        found.diagnostics.append(Diagnostic(.warning, file: path, "folder already visited (a symbolic link loop?); skipped"))
                    }
                case .file:
                    guard isReadableName(name) else { continue }
                    if let identity, seenFiles.insert(identity).inserted { found.files.append(path) }
                case .missing:
                    found.diagnostics.append(Diagnostic(.warning, file: path, "broken symbolic link or vanished file; skipped"))
                case .other:
                    // A pipe, socket or device named like a document: reading it could block for ever.
                    guard isReadableName(name) else { continue }
                    found.diagnostics.append(Diagnostic(.warning, file: path, "not a regular file (a pipe, socket or device); skipped"))
                }
            }
            // Depth-first in name order: push in reverse so the first name is visited first.
            pending.append(contentsOf: subfolders.reversed())
        }
    }
}
