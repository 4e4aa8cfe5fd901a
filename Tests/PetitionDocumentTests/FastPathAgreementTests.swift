import Foundation
import TestResources
import Testing
@testable import PetitionDocument

/// The fast paths of reading a list (the sanitiser's table of plain characters, the per-character
/// memos of the duplicate and look-alike keys) against their definitions, on every character of
/// the BMP and on seeded random strings drawn from every class of character the rules treat
/// apart.
struct FastPathAgreementTests {
    @Test func plainTableAgreesWithTheDefinitionOnEveryScalar() {
        var disagreements: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = value < 0x10000 && UnwantedCharacters.isPlainAsDefined(scalar)
            if UnwantedCharacters.isPlain(scalar) != expected { disagreements.append(SanitizingLog.code(scalar)) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20))")
    }

    @Test func sanitizerAgreesWithItsSlowPath() {
        var random = SeededGenerator(seed: 14)
        for _ in 0..<4000 {
            let text = RandomText.string(using: &random)
            for source in [CharacterPolicy.Source.signatoryField, .letter] {
                let fast = TextSanitizer.sanitize(text, for: source)
                let slow = TextSanitizer.sanitize(text, for: source, usingPlainTable: false)
                #expect(fast.text == slow.text && fast.removals == slow.removals, "\(text.unicodeScalars.map(SanitizingLog.code))")
            }
        }
    }

    @Test func lowercaseFormAgreesWithLowercasedOnRandomStrings() {
        var random = SeededGenerator(seed: 15)
        var form = LowercaseForm()
        for _ in 0..<4000 {
            let text = RandomText.string(using: &random)
            var key: [UInt8] = []
            form.append(formOf: text, to: &key)
            #expect(key == Array(text.lowercased().utf8), "\(text.unicodeScalars.map(SanitizingLog.code))")
        }
    }

    @Test func skeletonBuilderAgreesWithTheDefinitionOnRandomStrings() {
        var random = SeededGenerator(seed: 16)
        var builder = SkeletonBuilder()
        for _ in 0..<2000 {
            // The builder gets cleaned fields: in NFC, as every field is.
            let text = RandomText.string(using: &random).precomposedStringWithCanonicalMapping
            var key: [UInt8] = []
            builder.append(formOf: text, to: &key)
            #expect(key == Array(ConfusableSkeleton.skeleton(text).utf8), "\(text.unicodeScalars.map(SanitizingLog.code))")
        }
    }
}

/// Random strings of up to 12 characters, each from a class the sanitiser or the keys treat
/// apart: ASCII, Latin letters with and without marks, combining marks, joiners, variation
/// selectors, tags and the flag they follow, controls, noncharacters, private use, unassigned
/// code points, white space and separators, bidi controls, invisible characters, letters of
/// other scripts (Greek, Cyrillic, Arabic with its marks, Hebrew, Devanagari, Thai, Han,
/// Hangul, Kana), full-width forms, emoji, and any code point at all.
enum RandomText {
    private static let classes: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x20...0x7E, 0xA0...0xFF, 0x100...0x24F, 0x250...0x2FF, 0x300...0x36F, 0x1AB0...0x1AFF,
        0x200C...0x200D, 0xFE00...0xFE0F, 0xE0100...0xE0103, 0x180B...0x180F, 0xE0000...0xE007F, 0x1F3F4...0x1F3F4,
        0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF, 0xFFFE...0xFFFF, 0xE000...0xF8FF, 0xF0000...0xF0010,
        0x0378...0x0379, 0x0870...0x089F, 0x2000...0x200B, 0x2028...0x2029, 0x202A...0x202E, 0x2060...0x206F,
        0x00AD...0x00AD, 0x115F...0x1160, 0x370...0x3FF, 0x400...0x52F, 0x600...0x6FF, 0x590...0x5FF, 0x900...0x97F,
        0xE00...0xE7F, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0x1100...0x11FF, 0x3040...0x30FF, 0xFF00...0xFFEF,
        0xFFF0...0xFFFD, 0x1E00...0x1EFF, 0x1F300...0x1FAFF, 0x1D400...0x1D7FF, 0x0...0x10FFFF,
    ]

    static func string(using random: inout SeededGenerator) -> String {
        var scalars = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...12, using: &random) {
            let range = classes[Int.random(in: 0..<classes.count, using: &random)]
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
