import Foundation
import Testing
@testable import Chronicle

/// Reading input files whole: sized by `fstat`, read straight into the array, and correct when
/// the size on disk says nothing (files under /proc, pipes) or changes under the reader.
@Suite struct FileSystemTests {
    private func temporaryFile(_ bytes: [UInt8]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronicle-read-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        return url
    }

    @Test(arguments: [0, 1, 4_095, 65_536, 65_537, 300_001])
    func readsEveryByteOfAFile(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let url = try temporaryFile(bytes)
        defer { try? FileManager.default.removeItem(at: url) }
        let read = try FileSystem.readBytes(url.path)
        let same = read == bytes
        #expect(same, "\(size) bytes read as \(read.count)")
    }

    @Test func readsAFileWhoseSizeOnDiskIsZero() throws {
        // The kernel reports a size of 0 for /proc files; their text is there all the same.
        let read = try FileSystem.readBytes("/proc/self/status")
        #expect(read.count > 100)
        #expect(String(decoding: read, as: UTF8.self).contains("Name:"))
    }

    @Test func readsWhatAPipeCarries() throws {
        let pipe = Pipe()
        let payload = [UInt8](repeating: UInt8(ascii: "x"), count: 200_000)
        let writer = Thread { pipe.fileHandleForWriting.write(Data(payload)); try? pipe.fileHandleForWriting.close() }
        writer.start()
        let read = try FileSystem.readBytes("/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)")
        let same = read == payload
        #expect(same, "read \(read.count) bytes")
    }

    @Test func namesTheFileThatCannotBeRead() {
        #expect { try FileSystem.readBytes("/nonexistent/chronicle/file.txt") } throws: { error in
            "\(error)".contains("/nonexistent/chronicle/file.txt")
        }
    }
}
