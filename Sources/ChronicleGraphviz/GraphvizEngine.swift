/// Graphviz layout engines.
public enum GraphvizEngine: String, CaseIterable, Sendable {
    case dot, neato, fdp, circo, sfdp, twopi

    /// Whether repeated layouts in one process give identical bytes. `fdp` and `sfdp` start from
    /// random positions that differ between calls in the same process, so they are not.
    public var isReproducible: Bool { self != .fdp && self != .sfdp }
}

/// Output formats Graphviz renders to.
public enum GraphvizFormat: String, CaseIterable, Sendable {
    case svg, png, pdf
    /// DOT with layout positions added.
    case dot
    /// Graphviz's JSON with layout positions.
    case json

    /// Whether Graphviz draws this format through Cairo and Pango, which need Pango's text
    /// layout; the others are measured by `LabelTextMetrics` and are the same on every machine.
    var drawsThroughPango: Bool { self == .png || self == .pdf }
}

/// A failure inside Graphviz, with Graphviz's own message and the stage that failed.
public struct GraphvizError: Error, CustomStringConvertible, Sendable {
    public enum Stage: String, Sendable {
        case context, parse, layout, render
    }

    public var stage: Stage
    public var engine: GraphvizEngine?
    public var message: String

    public var description: String {
        let engineText = engine.map { " (engine \($0.rawValue))" } ?? ""
        return "graphviz \(stage.rawValue) failed\(engineText): \(message)"
    }
}
