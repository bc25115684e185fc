import ChronicleExport
import ChronicleModel
import Foundation

/// The files `chronicle build` writes, by name.
public enum OutputFile: String, CaseIterable, Sendable {
    case timelineJSON = "timeline.json"

    public func render(_ timeline: Timeline) throws -> Data {
        switch self {
        case .timelineJSON: try TimelineJSON.encode(timeline)
        }
    }
}

extension Chronicle {
    /// Writes each requested output of `timeline` into `directory`; returns the file names written.
    @discardableResult
    public static func write(_ timeline: Timeline, outputs: [OutputFile] = OutputFile.allCases, to directory: inout OutputDirectory) throws -> [String] {
        var written: [String] = []
        for output in outputs {
            try directory.write(try output.render(timeline), as: output.rawValue)
            written.append(output.rawValue)
        }
        return written
    }
}
