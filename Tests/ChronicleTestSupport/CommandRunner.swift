import Foundation

/// Runs the built `chronicle` binary and captures what it prints.
public struct CommandResult {
    public var status: Int32
    public var stdout: Data
    public var stderr: String
    public var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

public enum ChronicleBinary {
    /// The `chronicle` executable built beside the test bundle.
    public static let url: URL = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // Test bundles on Linux are executables in the products folder; on macOS they are bundles inside it.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("chronicle")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return Repository.root.appendingPathComponent(".build/debug/chronicle")
    }()

    /// Runs `chronicle` with `arguments`; its standard output is captured, or goes to `output` when given
    /// (the result's `stdout` is then empty). `environment` adds to or replaces variables of this process's.
    @discardableResult
    public static func run(_ arguments: [String], in folder: String = Repository.root.path, output: FileHandle? = nil,
                           environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        // Standard error goes to a file and standard output to a pipe read to its end,
        // so neither can fill up and block the child.
        let errorPath = NSTemporaryDirectory() + "chronicle-stderr-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: errorPath, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: errorPath])
        }
        defer { try? FileManager.default.removeItem(atPath: errorPath) }
        let errorFile = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        let out = Pipe()
        process.standardOutput = output ?? out.fileHandleForWriting
        process.standardError = errorFile
        try process.run()
        try out.fileHandleForWriting.close()
        let outData = output == nil ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        try errorFile.close()
        let errData = FileManager.default.contents(atPath: errorPath) ?? Data()
        return CommandResult(status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}
