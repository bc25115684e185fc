import Foundation

/// Where the repository is, found from this file's path, so tests can read `examples/` and `output/`.
public enum Repository {
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    public static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// `../shared/seeds` beside the checkout, when this machine has it.
    public static var seedsFolder: String? {
        let path = root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

/// Compares text with a golden file; with `RECORD_GOLDEN=1` in the environment, rewrites the file instead.
/// Returns a readable first difference, or nil when they match.
public func goldenMismatch(_ actual: String, file relative: String) -> String? {
    let path = Repository.path(relative)
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? actual.write(toFile: path, atomically: true, encoding: .utf8)
        return nil
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        return "golden file \(relative) is missing; run the tests with RECORD_GOLDEN=1 to create it"
    }
    return firstDifference(expected: expected, actual: actual).map { "\(relative): \($0) (RECORD_GOLDEN=1 re-records)" }
}

/// The first differing line of two texts, or nil when they are equal.
public func firstDifference(expected: String, actual: String) -> String? {
    guard expected != actual else { return nil }
    let left = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let right = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(left.count, right.count) {
        let l = index < left.count ? String(left[index]) : "<end of file>"
        let r = index < right.count ? String(right[index]) : "<end of file>"
        if l != r { return "line \(index + 1): expected \(l.debugDescription), got \(r.debugDescription)" }
    }
    return "texts differ"
}

/// A fresh temporary folder, removed by the caller.
public func makeTemporaryFolder(_ name: String = "chronicle-test") -> String {
    let path = NSTemporaryDirectory() + "\(name)-\(UUID().uuidString)"
    try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
