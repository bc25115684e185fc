import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses `data` with a real XML parser; returns the parser's error, or nil when the document is well-formed.
public func xmlError(_ data: Data) -> String? {
    let parser = XMLParser(data: data)
    if parser.parse() { return nil }
    return parser.parserError.map { "\($0)" } ?? "not well-formed XML"
}
