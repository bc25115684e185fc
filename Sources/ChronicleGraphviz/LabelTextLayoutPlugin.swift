import CGraphviz
import Foundation

/// A Graphviz text-layout plugin that measures labels with `LabelTextMetrics`, so layouts do not
/// depend on the machine's fonts.
///
/// Graphviz picks the text-layout plugin of highest quality. Pango's says 10 in the plugin
/// configuration; this one says 100, and is built in, so Pango (and fontconfig behind it) is
/// never loaded by a context that has it.
enum LabelTextLayoutPlugin {
    /// A context whose plugins are the installed ones, read on demand, plus this text layout.
    /// Used for the vector formats; the raster and PDF renderers draw through Pango and need
    /// Pango's own text layout, so they get a plain `gvContext()`.
    /// Called once per process (`GraphvizRenderer` keeps the context).
    static func makeContext() -> OpaquePointer? {
        gvContextPlugins(makeBuiltins(), 1)
    }

    /// The `lt_symlist_t` list Graphviz reads its built-in plugins from. It and everything it
    /// points to are never freed, as the context keeps pointers into them.
    private static func makeBuiltins() -> UnsafeMutablePointer<lt_symlist_t> {
        let engine = UnsafeMutablePointer<gvtextlayout_engine_t>.allocate(capacity: 1)
        engine.initialize(to: gvtextlayout_engine_t(textlayout: measureSpan))

        let types = UnsafeMutablePointer<gvplugin_installed_t>.allocate(capacity: 2)
        types[0] = gvplugin_installed_t(id: 0, type: permanentCString("textlayout"), quality: 100, engine: UnsafeMutableRawPointer(engine), features: nil)
        types[1] = gvplugin_installed_t(id: 0, type: nil, quality: 0, engine: nil, features: nil)

        let apis = UnsafeMutablePointer<gvplugin_api_t>.allocate(capacity: 2)
        apis[0] = gvplugin_api_t(api: API_textlayout, types: types)
        apis[1] = gvplugin_api_t(api: api_t(rawValue: 0), types: nil)

        let library = UnsafeMutablePointer<gvplugin_library_t>.allocate(capacity: 1)
        library.initialize(to: gvplugin_library_t(packagename: permanentCString("chronicle"), apis: apis))

        // Graphviz installs a built-in only when its symbol name ends the way libtool names one.
        let symbols = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: 2)
        symbols[0] = lt_symlist_t(name: UnsafePointer(permanentCString("gvplugin_chronicle_LTX_library")), address: UnsafeMutableRawPointer(library))
        symbols[1] = lt_symlist_t(name: nil, address: nil)
        return symbols
    }

    private static func permanentCString(_ text: String) -> UnsafeMutablePointer<CChar> {
        strdup(text)!
    }

    /// The bytes of a C string, without copying them into a `String`.
    private static func utf8Bytes(of text: UnsafePointer<CChar>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
    }

    /// Graphviz calls this for every line of every label, under `GraphvizRenderer`'s lock.
    /// Returning true tells it the span is measured; the sizes follow Graphviz's own estimate
    /// for where the baseline sits, with the width from `LabelTextMetrics`.
    private static let measureSpan: @convention(c) (UnsafeMutablePointer<textspan_t>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> boolean = { span, _ in
        guard let span, let font = span.pointee.font else { return 0 }
        let points = font.pointee.size
        var metrics = font.pointee.name.map { LabelTextMetrics(fontNameUTF8: utf8Bytes(of: $0)) }
            ?? LabelTextMetrics(family: .serif)  // Graphviz's default face, Times-Roman
        if font.pointee.flags & UInt32(HTML_BF) != 0 { metrics.isBold = true }
        span.pointee.size.x = span.pointee.str.map { metrics.width(ofUTF8: utf8Bytes(of: $0), points: points) } ?? 0
        span.pointee.size.y = LabelTextMetrics.lineHeight(points: points)
        span.pointee.yoffset_layout = 0
        span.pointee.yoffset_centerline = 0.1 * points
        span.pointee.layout = nil
        span.pointee.free_layout = nil
        return 1
    }
}
