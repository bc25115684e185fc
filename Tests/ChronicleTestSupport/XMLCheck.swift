import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses `data` with a real XML parser; returns what is wrong, or nil when the document is well-formed.
///
/// Foundation's `XMLParser` on Linux accepts a truncated document (`<a>`) or two roots (`<a/><b/>`),
/// sometimes without an error, so elements are also counted (as `chronicle-fuzz`'s output checks do).
public func xmlError(_ data: Data) -> String? {
    let parser = XMLParser(data: data)
    let balance = ElementBalance()
    parser.delegate = balance
    if !parser.parse() || parser.parserError != nil {
        return parser.parserError.map { "\($0)" } ?? "not well-formed XML"
    }
    if balance.roots != 1 { return "\(balance.roots) root elements" }
    if balance.depth != 0 { return "\(balance.depth) element(s) never closed" }
    return nil
}

private final class ElementBalance: NSObject, XMLParserDelegate {
    var depth = 0
    var roots = 0

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if depth == 0 { roots += 1 }
        depth += 1
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
    }
}

/// The values of every attribute named `name` (a qualified name, `xlink:title`) in `data`, in
/// document order, as an XML parser reads them (entities decoded).
public func xmlAttributeValues(named name: String, in data: Data) -> [String] {
    let parser = XMLParser(data: data)
    let collector = AttributeCollector(name: name)
    parser.delegate = collector
    _ = parser.parse()
    return collector.values
}

private final class AttributeCollector: NSObject, XMLParserDelegate {
    let name: String
    var values: [String] = []

    init(name: String) { self.name = name }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if let value = attributes[name] { values.append(value) }
    }
}
