import CGraphviz
import Foundation

/// Renders DOT text in-process through libgvc. The only Swift code that calls Graphviz.
///
/// Graphviz keeps global state and corrupts its heap when two threads use it at once, so every
/// call goes through one process-wide blocking lock (a layout can take seconds; an actor would
/// not make that safer). Graphviz's error text is captured through its error callback, not stderr.
public struct GraphvizRenderer: Sendable {
    public init() {}

    /// Lays out `dot` with `engine` and renders it as `format`.
    /// - Throws: `GraphvizError` naming the stage that failed and carrying Graphviz's message.
    public func render(dot: String, engine: GraphvizEngine = .dot, format: GraphvizFormat = .svg) throws(GraphvizError) -> [UInt8] {
        try render(dot: dot, engineName: engine.rawValue, format: format)
    }

    /// The same with an engine named by the caller, which Graphviz itself judges.
    public func render(dot: String, engineName: String, format: GraphvizFormat = .svg) throws(GraphvizError) -> [UInt8] {
        let engine = GraphvizEngine(rawValue: engineName)
        GraphvizRenderer.lock.lock()
        defer { GraphvizRenderer.lock.unlock() }
        guard let context = format.drawsThroughPango ? GraphvizRenderer.pangoContext : GraphvizRenderer.measuredContext else {
            throw GraphvizError(stage: .context, engine: engine, message: "Graphviz could not create its context (gvContext)")
        }
        GraphvizRenderer.beginCapture()
        defer { GraphvizRenderer.endCapture() }

        guard !dot.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) else {
            throw GraphvizError(stage: .parse, engine: engine, message: "empty input: no graph to read")
        }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError(stage: .parse, engine: engine, message: GraphvizRenderer.capturedMessage(or: "input is not a DOT graph"))
        }
        defer { agclose(graph) }
        if agerrors() > 0 {
            throw GraphvizError(stage: .parse, engine: engine, message: GraphvizRenderer.capturedMessage(or: "input has errors"))
        }

        guard gvLayout(context, graph, engineName) == 0 else {
            var message = GraphvizRenderer.capturedMessage(or: "layout failed")
            if message.contains("not recognized"), engine != nil {
                message += " — Graphviz found no layout plugins; run `dot -c` as root (or reinstall libgvc6) to write its plugin configuration"
            }
            throw GraphvizError(stage: .layout, engine: engine, message: message)
        }
        defer { gvFreeLayout(context, graph) }
        // A bad HTML-like label lets layout "succeed" while recording an error.
        if agerrors() > 0 {
            throw GraphvizError(stage: .layout, engine: engine, message: GraphvizRenderer.capturedMessage(or: "layout reported errors"))
        }

        var data: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format.rawValue, &data, &length) == 0, let data else {
            throw GraphvizError(stage: .render, engine: engine, message: GraphvizRenderer.capturedMessage(or: "cannot render \(format.rawValue)"))
        }
        defer { gvFreeRenderData(data) }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) { Array(UnsafeBufferPointer(start: $0, count: Int(length))) }
    }

    // MARK: - Process-wide state, guarded by `lock`

    private static let lock = NSLock()

    /// The context for SVG, DOT and JSON: text measured by `LabelTextMetrics`, no fonts loaded.
    /// One per process, as creating a context reads the plugin configuration.
    nonisolated(unsafe) private static var measuredContext: OpaquePointer? = LabelTextLayoutPlugin.makeContext()

    /// The context for PNG and PDF, whose renderers draw text with Pango and so lay it out with
    /// Pango too: these pictures follow the machine's fonts.
    nonisolated(unsafe) private static var pangoContext: OpaquePointer? = gvContext()

    nonisolated(unsafe) private static var captured = ""

    private static func beginCapture() {
        captured = ""
        _ = agreseterrors()
        _ = agseterrf { message in
            if let message { GraphvizRenderer.captured += String(cString: message) }
            return 0
        }
    }

    private static func endCapture() {
        _ = agseterrf(nil)
        _ = agreseterrors()
    }

    private static func capturedMessage(or fallback: String) -> String {
        let text = captured.trimmingCharacters(in: .whitespacesAndNewlines)
        let oneLine = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "; ")
        return oneLine.isEmpty ? fallback : oneLine
    }
}
