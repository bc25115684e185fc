// The library product re-exports the model and the stages, so `import Chronicle` is enough.
@_exported import ChronicleExport
@_exported import ChronicleExtraction
@_exported import ChronicleModel
@_exported import ChronicleGraphviz
