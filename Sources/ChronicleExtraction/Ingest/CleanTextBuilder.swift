/// Builds a document's clean text block by block, recording where every byte came from.
///
/// Runs of white space fold into one space, leading and trailing space of a block is dropped,
/// and blocks are separated by a blank line that maps to no input.
struct CleanTextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var map = OffsetMap()
    private(set) var blocks: [TextBlock] = []
    private(set) var mediaAnchors: [MediaAnchor] = []

    private var blockKind: TextBlock.Kind?
    private var blockStart = 0
    private var pendingSpace: Range<Int>?
    /// The pending space stands for markup (a tag, a timestamp), not for white space in the text,
    /// so it is dropped before closing punctuation: `conflict <a ...>[00:13:13]</a>.` reads `conflict.`
    private var pendingSpaceIsMarkup = false

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        // About a block per 200 bytes of input, so the list seldom grows (a paragraph is longer).
        blocks.reserveCapacity(min(capacity / 200 + 4, 4_096))
    }

    var isInBlock: Bool { blockKind != nil }

    mutating func beginBlock(_ kind: TextBlock.Kind) {
        if blockKind != nil { endBlock() }
        if !bytes.isEmpty {
            let at = map.originalEnd(ofClean: bytes.count)
            map.append(clean: bytes.count, original: at..<at, verbatim: false)
            bytes.append(0x0A)
            bytes.append(0x0A)
        }
        blockKind = kind
        blockStart = bytes.count
        pendingSpace = nil
    }

    /// Closes the open block; an empty block leaves nothing behind.
    mutating func endBlock() {
        guard let kind = blockKind else { return }
        blockKind = nil
        pendingSpace = nil
        if bytes.count > blockStart {
            blocks.append(TextBlock(kind: kind, range: blockStart..<bytes.count))
        } else if blockStart >= 2 {
            // drop the separator written for this empty block
            bytes.removeLast(2)
            map.dropSegments(from: bytes.count)
        }
    }

    /// Appends `source[range]`, folding white space (no-break spaces included); other bytes are copied verbatim.
    mutating func appendText(_ source: [UInt8], _ range: Range<Int>) {
        if blockKind == nil { beginBlock(.paragraph) }
        var index = range.lowerBound
        while index < range.upperBound {
            if spaceLength(source, index, range.upperBound) > 0 {
                let start = index
                while index < range.upperBound {
                    let length = spaceLength(source, index, range.upperBound)
                    if length == 0 { break }
                    index += length
                }
                appendSpace(originalRange: start..<index)
            } else {
                // A single ASCII space between words maps like a copy (see `flushSpace`), so words
                // joined by single spaces are copied as one run: the same bytes and the same map as
                // word by word, without a map append and an array append per word.
                let start = index
                index = source.withUnsafeBufferPointer { CleanTextBuilder.runEnd(in: $0, from: start, to: range.upperBound) }
                appendVerbatim(source, start..<index)
            }
        }
    }

    /// The end of the run of text from `start` that is copied as it is: bytes that are not white
    /// space, and single ASCII spaces between them. Read over a buffer, a word and the space after
    /// it settled together: every byte of every document passes here.
    private static func runEnd(in source: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var index = start
        while index < end {
            // Visible ASCII, and spaces that visible ASCII follows, eight bytes at a time (a space
            // whose next byte is past the eight is left to the next step); the byte after them is
            // settled below.
            if index + 8 <= end {
                let bytes = EightBytes.load(source.baseAddress! + index)
                let visible = EightBytes.visibleASCII(bytes)
                let run = EightBytes.leadingCount(visible | (EightBytes.equal(to: 0x20, in: bytes) & (visible >> 8)))
                index += run
                if run == 8 { continue }
            }
            let byte = source[index]
            if byte > 0x20, byte < 0x80 {
                index += 1
            } else if spaceLength(source, index, end) == 0 {
                index += 1
            } else if byte == 0x20, index + 1 < end, spaceLength(source, index + 1, end) == 0 {
                index += 2
            } else {
                break
            }
        }
        return index
    }

    /// Appends text that stands for `originalRange` but is not a copy of it (a decoded entity).
    mutating func appendReplacement(_ replacement: String, for originalRange: Range<Int>) {
        if replacement.utf8.allSatisfy(isSpace) {
            appendSpace(originalRange: originalRange)
            return
        }
        if blockKind == nil { beginBlock(.paragraph) }
        flushSpace()
        map.append(clean: bytes.count, original: originalRange, verbatim: false)
        bytes.append(contentsOf: replacement.utf8)
    }

    /// A space that separates words (a soft line break), dropped at the edges of a block.
    mutating func appendSpace(originalRange: Range<Int>) {
        if let pending = pendingSpace {
            pendingSpace = pending.lowerBound..<max(pending.upperBound, originalRange.upperBound)
        } else {
            pendingSpace = originalRange
            pendingSpaceIsMarkup = false
        }
    }

    /// Markup that separates words (`<br/>`, a timestamp anchor): a space, except before closing punctuation.
    mutating func appendMarkupGap(originalRange: Range<Int>) {
        appendSpace(originalRange: originalRange)
        pendingSpaceIsMarkup = true
    }

    mutating func addMediaAnchor(offset: String, seconds: Int) {
        mediaAnchors.append(MediaAnchor(cleanOffset: bytes.count, offset: offset, seconds: seconds))
    }

    mutating func finish() -> (bytes: [UInt8], map: OffsetMap, blocks: [TextBlock], media: [MediaAnchor]) {
        endBlock()
        return (bytes, map, blocks, mediaAnchors)
    }

    private mutating func appendVerbatim(_ source: [UInt8], _ range: Range<Int>) {
        if pendingSpaceIsMarkup, let first = range.first.map({ source[$0] }), isClosingPunctuation(first) {
            pendingSpace = nil
        }
        flushSpace()
        map.append(clean: bytes.count, original: range, verbatim: true)
        bytes.append(contentsOf: source[range])
    }

    private mutating func flushSpace() {
        guard let space = pendingSpace else { return }
        pendingSpace = nil
        pendingSpaceIsMarkup = false
        guard bytes.count > blockStart else { return }
        // One byte of white space read as one space maps like a copy: it joins the words on either
        // side into one segment, so the map holds a segment per line, not two per word (a 100 MB
        // line of text otherwise took a gigabyte of segments).
        map.append(clean: bytes.count, original: space, verbatim: space.count == 1)
        bytes.append(0x20)
    }
}

@inline(__always)
func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0B
}

@inline(__always)
func isClosingPunctuation(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
        || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: ")")
}

/// The length of the white space at `index`: ASCII white space, the no-break space (U+00A0),
/// and the thin, narrow no-break and other Unicode spaces (U+2000-U+200A, U+202F); 0 otherwise.
@inline(__always)
func spaceLength(_ bytes: [UInt8], _ index: Int, _ end: Int) -> Int {
    bytes.withUnsafeBufferPointer { spaceLength($0, index, end) }
}

/// `spaceLength` over bytes lent as a buffer.
@inline(__always)
func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
    let byte = bytes[index]
    if byte < 0x80 { return isSpace(byte) ? 1 : 0 }
    if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
    if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] <= 0x8A || bytes[index + 2] == 0xAF { return 3 }
    return 0
}
