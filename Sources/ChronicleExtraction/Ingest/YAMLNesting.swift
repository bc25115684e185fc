#if canImport(CYaml)
import CYaml
#endif

/// How deeply a YAML text nests its collections, measured before the text reaches Yams.
///
/// Yams builds its nodes recursively, one pair of stack frames per level, so front matter or a
/// lexicon of a hundred thousand `[` (or `- - - …`) overflows the stack and kills the process
/// instead of failing with a message. No real front matter, lexicon, cue file or manifest nests
/// more than a handful of levels; anything deeper than `limit` is refused with its place.
package enum YAMLNesting {
    /// Deeper than this is refused: far beyond real files, far below what the stack holds on a worker thread.
    package static let limit = 64

    /// Where (1-based line and column) `yaml` first opens a collection deeper than `limit`, or nil.
    package static func tooDeep(_ yaml: String, limit: Int = YAMLNesting.limit) -> (line: Int, column: Int)? {
        var bytes = Array(yaml.utf8)
        guard !bytes.isEmpty else { return nil }
        #if canImport(CYaml)
        // libyaml's own parser is iterative: its events are exactly the levels Yams would recurse into.
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return roughlyTooDeep(bytes, limit: limit) }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> (line: Int, column: Int)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            while true {
                var event = yaml_event_t()
                // A syntax error ends the stream here for Yams too, which then reports it.
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                let type = event.type
                let mark = event.start_mark
                yaml_event_delete(&event)
                switch type {
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > limit { return (Int(mark.line) + 1, Int(mark.column) + 1) }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_STREAM_END_EVENT, YAML_NO_EVENT:
                    return nil
                default:
                    break
                }
            }
        }
        #else
        return roughlyTooDeep(bytes, limit: limit)
        #endif
    }

    /// Without libyaml at hand: an over-estimate that counts every opening bracket, closing ones only
    /// outside quotes, and on each line its indentation and its `- `, `? ` and `: ` indicators.
    static func roughlyTooDeep(_ bytes: [UInt8], limit: Int) -> (line: Int, column: Int)? {
        var depth = 0
        var line = 1
        var lineStart = 0
        var lineDepth = 0
        var indenting = true
        var quote: UInt8 = 0
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
                lineDepth = 0
                indenting = true
                continue
            }
            if byte == 0x20, indenting { lineDepth += 1 } else { indenting = false }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                quote = quote == 0 ? byte : quote == byte ? 0 : quote
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if quote == 0 { depth = max(0, depth - 1) }
            case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                if index + 1 == bytes.count || bytes[index + 1] == 0x20 || bytes[index + 1] == 0x0A { lineDepth += 1 }
            default:
                break
            }
            if depth + lineDepth > limit { return (line, index - lineStart + 1) }
        }
        return nil
    }
}
