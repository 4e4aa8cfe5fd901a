/// A run of text in one direction, script and font, shaped once.
public struct ShapedRun: Sendable {
    /// UTF-16 offsets into the text.
    public var range: Range<Int>
    /// UAX #9 embedding level (odd: right-to-left).
    public var level: UInt8
    public var script: Script
    public var face: FontFace
    /// Glyphs in visual order, in font units.
    public var glyphs: [ShapedGlyph]
    /// Points per font unit at the style's size.
    public var scale: Double

    public var direction: TextDirection { TextDirection(level: level) }
}

/// A character no font in the set covers: it prints as the font's missing-glyph box and is
/// reported.
public struct MissingGlyph: Sendable, Equatable {
    /// UTF-16 offset into the text.
    public var offset: Int
    public var scalar: Unicode.Scalar
}

/// A paragraph (or a name, a heading) after bidi resolution, itemization and shaping: the input of
/// line breaking.
public struct ShapedText: Sendable {
    /// The text as UTF-16, the unit ICU and HarfBuzz index by.
    public let utf16: [UInt16]
    public let style: TextStyle
    public let bidi: BidiLevels
    /// Runs in logical order, covering the text.
    public let runs: [ShapedRun]
    public let missingGlyphs: [MissingGlyph]
    /// The text as UTF-8, and for each UTF-16 offset (and the end) the matching UTF-8 offset, so
    /// glyph runs can take their text and cluster sizes without transcoding.
    public let utf8: [UInt8]
    public let utf8Offsets: [Int32]
    /// For text holding bidi formatting characters: for each UTF-16 offset (and the end) the
    /// UTF-8 offset in the text without them (see ``printedString(_:)``); nil for other text.
    private let printedUTF8Offsets: [Int32]?

    /// Itemizes and shapes `text`. `direction` nil takes the paragraph direction from the first
    /// strong character.
    public init(_ text: String, style: TextStyle, direction: TextDirection? = nil, library: FontLibrary) {
        let utf16 = Array(text.utf16)
        let utf8 = Array(text.utf8)
        var utf8Offsets = [Int32](repeating: 0, count: utf16.count + 1)
        var hasFormatting = false
        var utf8Offset = 0
        for (scalar, offset, width) in UTF16Scalars(utf16) {
            for index in offset..<(offset + width) { utf8Offsets[index] = Int32(utf8Offset) }
            utf8Offset += UTF8.width(scalar)
            if BidiFormatting.contains(scalar) { hasFormatting = true }
        }
        utf8Offsets[utf16.count] = Int32(utf8Offset)
        self.utf8 = utf8
        self.utf8Offsets = utf8Offsets
        self.printedUTF8Offsets = hasFormatting ? Self.printedOffsets(utf16) : nil
        let bidi = BidiLevels(utf16: utf16, direction: direction)
        let itemizer = FontItemizer(style: style, library: library)
        let items = itemizer.itemize(utf16, levels: bidi.levels)
        self.utf16 = utf16
        self.style = style
        self.bidi = bidi
        self.missingGlyphs = items.missing
        self.runs = items.runs.map { item in
            ShapedRun(range: item.range, level: item.level, script: item.script, face: item.face,
                      glyphs: Shaper.shape(utf16, range: item.range, face: item.face,
                                           direction: TextDirection(level: item.level),
                                           script: item.script, language: style.language),
                      scale: style.size / item.face.unitsPerEm)
        }
    }

    /// The source text of a UTF-16 range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: utf8[Int(utf8Offsets[range.lowerBound])..<Int(utf8Offsets[range.upperBound])], as: UTF8.self)
    }

    /// UTF-8 length of a UTF-16 range.
    public func utf8Count(_ range: Range<Int>) -> Int {
        Int(utf8Offsets[range.upperBound] - utf8Offsets[range.lowerBound])
    }

    /// The text of a UTF-16 range as it is printed and copied: the source text without bidi
    /// formatting characters, which order the text but are not part of it.
    public func printedString(_ range: Range<Int>) -> String {
        guard printedUTF8Offsets != nil else { return string(range) }
        return BidiFormatting.removed(from: string(range))
    }

    /// UTF-8 length of ``printedString(_:)`` of a UTF-16 range.
    public func printedUTF8Count(_ range: Range<Int>) -> Int {
        guard let offsets = printedUTF8Offsets else { return utf8Count(range) }
        return Int(offsets[range.upperBound] - offsets[range.lowerBound])
    }

    /// Whether the text holds any bidi formatting character.
    public var hasBidiFormatting: Bool { printedUTF8Offsets != nil }

    private static func printedOffsets(_ utf16: [UInt16]) -> [Int32] {
        var offsets = [Int32](repeating: 0, count: utf16.count + 1)
        var count: Int32 = 0
        for (scalar, offset, width) in UTF16Scalars(utf16) {
            for index in offset..<(offset + width) { offsets[index] = count }
            if !BidiFormatting.contains(scalar) { count += Int32(UTF8.width(scalar)) }
        }
        offsets[utf16.count] = count
        return offsets
    }

    /// Total advance of the whole text in points.
    public var width: Double {
        runs.reduce(0) { total, run in total + run.glyphs.reduce(0) { $0 + $1.xAdvance } * run.scale }
    }
}

/// One glyph as HarfBuzz placed it, in font units.
public struct ShapedGlyph: Sendable, Equatable {
    /// Glyph id in the face.
    public var id: UInt32
    /// UTF-16 offset (into the shaped paragraph) of the first character of this glyph's cluster.
    public var cluster: Int
    public var xAdvance: Double
    public var xOffset: Double
    public var yOffset: Double
}

extension MissingGlyph {
    /// The words every report of an uncovered character uses: the code point, the character, and
    /// where it stands ("character 21 of \"A private character…\""), the position when known.
    public static func message(_ scalar: Unicode.Scalar, position: Int?, in text: String) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let excerpt = text.count <= 40 ? text : String(text.prefix(40)) + "…"
        let place = position.map { "character \($0) of " } ?? ""
        return "no font in the font set covers U+\(code) '\(scalar)' (\(place)\"\(excerpt)\")"
    }
}
