import DisplayList
import Foundation
import Testing
@testable import CairoRenderer

/// A right-to-left run's raised marks and joiners are drawn on the baseline, just left of the
/// cluster before them, through a font whose glyphs carry the offset (``BaselineMarks``).
@Suite struct BaselineMarksTests {
    static let naskh = FontReference(path: "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf")

    /// "بّا" as a backward run at size 10, baseline y = 100: beh at x 100, a shadda raised 3 pt
    /// and centred over it, alef at x 95; glyph ids are made up (no font is drawn).
    static let behShaddaAlef = backwardRun(
        "بّا", glyphs: [PositionedGlyph(id: 3, x: 95, y: 100), PositionedGlyph(id: 2, x: 102, y: 97), PositionedGlyph(id: 1, x: 100, y: 100)])

    /// A backward run in Noto Naskh at size 10 whose every character is a cluster of one glyph.
    static func backwardRun(_ text: String, glyphs: [PositionedGlyph]) -> GlyphRun {
        GlyphRun(font: naskh, size: 10, glyphs: glyphs, text: text,
                 clusters: text.unicodeScalars.map { TextCluster(utf8Count: UTF8.width($0), glyphCount: 1) },
                 clustersAreBackward: true)
    }

    @Test func aRaisedMarkSitsOnTheBaselineJustLeftOfItsLetterAndKeepsItsOffset() throws {
        let pieces = try #require(BaselineMarks.pieces(of: Self.behShaddaAlef))
        let runs = pieces.map { $0.run(like: Self.behShaddaAlef) }
        #expect(runs.map(\.text) == ["ب", "ّ", "ا"])
        #expect(pieces.map { $0.offsets == nil } == [true, false, true])
        #expect(runs[0].glyphs == [PositionedGlyph(id: 1, x: 100, y: 100)])
        #expect(runs[2].glyphs == [PositionedGlyph(id: 3, x: 95, y: 100)])
        // 0.001 em left of the beh's origin, on its baseline; the outline moved 0.201 em right, 0.3 em up.
        let mark = try #require(runs[1].glyphs.first)
        #expect(abs(mark.x - 99.99) < 1e-9 && mark.y == 100)
        #expect(pieces[1].offsets == [GlyphOffset(glyph: 2, dx: 201, dy: -300, inkless: false, character: 0x0651)])
        for run in runs { #expect(run.hasConsistentClusters && run.clustersAreBackward) }
    }

    @Test func aJoinerIsMovedLikeAMarkAndGetsABox() throws {
        // "ه‌ا": heh, ZWNJ (no ink, no advance) and alef.
        let joinerRun = Self.backwardRun("ه\u{200C}ا", glyphs: [PositionedGlyph(id: 3, x: 95, y: 100), PositionedGlyph(id: 9, x: 100, y: 100),
                                                                  PositionedGlyph(id: 1, x: 100, y: 100)])
        let pieces = try #require(BaselineMarks.pieces(of: joinerRun))
        #expect(pieces.map { $0.run(like: joinerRun).text } == ["ه", "\u{200C}", "ا"])
        #expect(pieces[1].offsets == [GlyphOffset(glyph: 9, dx: 1, dy: 0, inkless: true, character: 0x200C)])
    }

    @Test func aSpaceKeepsItsPlaceAndGetsABox() throws {
        // "ب ا": beh, a space 5 pt wide, alef.
        let run = Self.backwardRun("ب ا", glyphs: [PositionedGlyph(id: 3, x: 90, y: 100), PositionedGlyph(id: 5, x: 95, y: 100),
                                                   PositionedGlyph(id: 1, x: 100, y: 100)])
        let pieces = try #require(BaselineMarks.pieces(of: run))
        #expect(pieces.map { $0.run(like: run).glyphs } == [[run.glyphs[2]], [run.glyphs[1]], [run.glyphs[0]]])
        #expect(pieces[1].offsets == [GlyphOffset(glyph: 5, dx: 0, dy: 0, inkless: true, character: 0x20)])
    }

    @Test func marksTheShaperPutInOneClusterAreSplitOneAMark() throws {
        // "כָּ": kaf, then qamats and dagesh, which the shaper reorders into one cluster with a
        // glyph each (dagesh drawn first), both on the baseline, offset only sideways.
        let run = GlyphRun(font: Self.naskh, size: 10,
                           glyphs: [PositionedGlyph(id: 7, x: 103, y: 100), PositionedGlyph(id: 8, x: 102, y: 100),
                                    PositionedGlyph(id: 6, x: 100, y: 100)],
                           text: "\u{05DB}\u{05B8}\u{05BC}",
                           clusters: [TextCluster(utf8Count: 2, glyphCount: 1), TextCluster(utf8Count: 4, glyphCount: 2)],
                           clustersAreBackward: true)
        let pieces = try #require(BaselineMarks.pieces(of: run))
        #expect(pieces.count == 2)
        let marks = pieces[1].run(like: run)
        #expect(marks.text == "\u{05B8}\u{05BC}" && marks.clusters.count == 2 && marks.hasConsistentClusters)
        // Text order takes glyphs from the last backwards: qamats gets glyph 8, dagesh glyph 7,
        // each just left of the one before it.
        #expect(zip(marks.glyphs.map(\.x), [99.98, 99.99]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(marks.glyphs)")
        #expect(pieces[1].offsets?.map(\.glyph) == [7, 8])
        #expect(pieces[1].offsets?.map(\.character) == [0x05BC, 0x05B8])
    }

    @Test func leftToRightRunsAndClustersWithALetterAreDrawnAsShaped() {
        var forward = Self.behShaddaAlef
        forward.clustersAreBackward = false
        #expect(BaselineMarks.pieces(of: forward) == nil)
        var letters = Self.behShaddaAlef
        letters.glyphs[1].y = 100
        letters.text = "بتا"
        #expect(BaselineMarks.pieces(of: letters) == nil)
        // A letter and its raised mark in one cluster (a font drawing أ as alef and hamza) stay.
        var oneCluster = Self.behShaddaAlef
        oneCluster.clusters = [TextCluster(utf8Count: 4, glyphCount: 2), TextCluster(utf8Count: 2, glyphCount: 1)]
        #expect(BaselineMarks.pieces(of: oneCluster) == nil)
    }

    /// The moved shadda prints where the shaper put it: the same ink as the shadda drawn with its
    /// own font at its own place, and the PDF's text still holds it.
    @Test func aMovedMarkPrintsWhereTheShaperPutIt() throws {
        let beh = try PageDrawingTests.glyphID(of: "ب", in: Self.naskh)
        let shadda = try PageDrawingTests.glyphID(of: "\u{0651}", in: Self.naskh)
        func run(backward: Bool) -> GlyphRun {
            GlyphRun(font: Self.naskh, size: 80,
                     glyphs: [PositionedGlyph(id: shadda, x: 130, y: 60), PositionedGlyph(id: beh, x: 100, y: 120)],
                     text: "بّ", clusters: [TextCluster(utf8Count: 2, glyphCount: 1), TextCluster(utf8Count: 2, glyphCount: 1)],
                     clustersAreBackward: backward)
        }
        let moved = run(backward: true)
        #expect(BaselineMarks.pieces(of: moved)?.count == 2)
        let direct = try PreviewPixels(of: Page(width: 300, height: 200, items: [.glyphs(run(backward: false))]))
        let throughOffsets = try PreviewPixels(of: Page(width: 300, height: 200, items: [.glyphs(moved)]))
        let area = (x: 0..<300, y: 0..<100)
        let inked = direct.inkWidth(x: area.x, y: area.y)
        #expect(inked > 5, "the shadda has ink above the beh")
        #expect(throughOffsets.inkWidth(x: area.x, y: area.y) == inked)
        for x in area.x.filter({ $0 % 3 == 0 }) {
            for y in area.y.filter({ $0 % 3 == 0 }) where abs(Int(direct.gray(x: x, y: y)) - Int(throughOffsets.gray(x: x, y: y))) > 96 {
                Issue.record("pixel \(x), \(y): \(direct.gray(x: x, y: y)) drawn directly, \(throughOffsets.gray(x: x, y: y)) moved")
            }
        }
        let text = try PageDrawingTests.pdfText(of: Page(width: 300, height: 200, items: [.glyphs(moved)]))
        #expect(text.unicodeScalars.contains("\u{0651}") && text.unicodeScalars.contains("\u{0628}"), "\(text.debugDescription)")
    }
}
