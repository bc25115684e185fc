/// A message about one input, for the user: `path:line:column: warning: what is wrong`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Error {
    public enum Severity: String, Hashable, Sendable, Comparable {
        /// Worth knowing; nothing was lost (CRLF line ends read as LF).
        case note
        /// Part of the input could not be used as written, the rest was (invalid bytes, unclosed front matter).
        case warning
        /// The input could not be used at all and was skipped.
        case error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// The file as the user named it; empty when the message is about the run as a whole.
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var location = file
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        return location.isEmpty ? "\(severity.rawValue): \(message)" : "\(location): \(severity.rawValue): \(message)"
    }
}

/// Line and column (both 1-based, column in bytes) of a byte offset.
func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    var index = 0
    let end = min(offset, bytes.count)
    while index < end {
        if bytes[index] == 0x0A { line += 1; lineStart = index + 1 }
        index += 1
    }
    return (line, end - lineStart + 1)
}
