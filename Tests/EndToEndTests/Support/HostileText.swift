import TestResources
/// A seeded source of the text people paste into web forms and letters, drawn from every class
/// the sanitising policy names (docs/signatories.md): ordinary names in many scripts, and
/// noncharacters, unassigned and private-use code points, C0 and C1 controls, lone combining
/// marks and long stacks, stray variation selectors and tags, annotation and object
/// placeholders, line and paragraph separators, scripts no installed font covers, emoji
/// sequences, CSV metacharacters and raw bytes that are not UTF-8.
///
/// Seeded (SplitMix64), so a failure names a seed that replays it exactly. swift-property-based
/// would add a package and its shrinking, which cannot help here: a case is a whole PDF render
/// of hundreds of rows, and the report of which row broke it is the useful part.
struct HostileText {
    private var random: SeededGenerator

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    mutating func next() -> UInt64 { random.next() }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

    /// The classes of text, each a way to make a short piece of it.
    enum Piece: CaseIterable {
        case latin, accented, otherScripts, noncharacter, unassigned, privateUse, c0Control, c1Control
        case loneMark, markStack, variationSelector, tag, placeholder, separator, uncoveredScript
        case emoji, bidiControl, invisible, csvSyntax, anyScalar
    }

    static let words = ["Anna", "Müller", "José", "Nguyễn Thị Ánh", "Ólafur", "Łukasz", "Søren", "O'Brien", "van der Berg"]
    static let scripts = ["محمد علي", "שרה כהן", "Дмитрий", "Σοφία", "राम शर्मा", "王小明", "やまだ", "김민준", "ค่าน้ำ", "ሰላም",
                          "می\u{200C}خواهم", "क्\u{200D}ष"]
    static let emoji = ["👍", "👍🏽", "👩\u{200D}👩\u{200D}👧", "🇫🇷", "🇺🇦", "1\u{FE0F}\u{20E3}", "#\u{FE0F}\u{20E3}", "❤\u{FE0F}", "☺\u{FE0E}",
                        "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", "🧑🏿\u{200D}🚀", "🇦", "🏽", "\u{200D}"]
    /// Letters of scripts the font sets do not cover (Unicode 14, newer than the Debian fonts):
    /// Tangsa, Toto, Cypro-Minoan, Vithkuqi.
    static let uncovered: [ClosedRange<UInt32>] = [0x16A70...0x16ABE, 0x1E290...0x1E2AD, 0x12F90...0x12FF0, 0x10570...0x1057A]

    mutating func scalar(in range: ClosedRange<UInt32>) -> Unicode.Scalar {
        let value = range.lowerBound + UInt32(below(Int(range.upperBound - range.lowerBound) + 1))
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// One piece of text of the given class.
    mutating func piece(_ kind: Piece) -> String {
        switch kind {
        case .latin: return pick(Self.words)
        case .accented: return pick(["é", "ñ", "Å", "ǅ", "ß", "İ", "ı", "ﬁ"]) + pick(Self.words)
        case .otherScripts: return pick(Self.scripts)
        case .noncharacter:
            let plane = UInt32(below(17)) << 16
            let choices: [UInt32] = [0xFFFE, 0xFDD0 + UInt32(below(32)), plane | 0xFFFE, plane | 0xFFFF]
            return String(Unicode.Scalar(pick(choices)) ?? "\u{FFFE}")
        case .unassigned: return String(pick(["\u{0378}", scalar(in: 0xE0080...0xE00FF), scalar(in: 0x2FFFE...0x2FFFF), scalar(in: 0x40000...0x4FFFD)]))
        case .privateUse: return String(pick([scalar(in: 0xE000...0xF8FF), scalar(in: 0xF0000...0xFFFFD), scalar(in: 0x100000...0x10FFFD)]))
        case .c0Control: return String(scalar(in: 0x00...0x1F))
        case .c1Control: return String(pick([scalar(in: 0x80...0x9F), "\u{7F}"]))
        case .loneMark: return " " + String(scalar(in: 0x0300...0x036F))
        case .markStack: return "a" + String(String.UnicodeScalarView((0..<(1 + below(60))).map { _ in scalar(in: 0x0300...0x036F) }))
        case .variationSelector: return pick([" ", "", "\u{0301}", "a"]) + String(pick([scalar(in: 0xFE00...0xFE0F), scalar(in: 0xE0100...0xE01EF),
                                                                                          scalar(in: 0x180B...0x180D)]))
        case .tag: return String(String.UnicodeScalarView((0..<(1 + below(5))).map { _ in scalar(in: 0xE0000...0xE007F) }))
        case .placeholder: return String(scalar(in: 0xFFF9...0xFFFC))
        case .separator: return pick(["\u{2028}", "\u{2029}", "\u{0085}"])
        case .uncoveredScript: return String(scalar(in: pick(Self.uncovered))) + String(scalar(in: pick(Self.uncovered)))
        case .emoji: return pick(Self.emoji)
        case .bidiControl: return String(pick([scalar(in: 0x202A...0x202E), scalar(in: 0x2066...0x2069), "\u{200E}", "\u{200F}", "\u{061C}"]))
        case .invisible: return pick(["\u{200B}", "\u{2060}", "\u{FEFF}", "\u{00AD}", "\u{3164}", "\u{2800}", "\u{115F}", "\u{00A0}", "\u{3000}"])
        case .csvSyntax: return pick([",", "\"", "\"\"", "\r\n", "\n", "\r", ";", "\t"])
        case .anyScalar: return String(scalar(in: 0...0x10FFFF))
        }
    }

    /// A field of a few pieces, each of a random class; `letterSafe` leaves out what a letter
    /// refuses as a whole (C0 controls) so the letter tests its removals, not its errors.
    mutating func text(pieces: Int, letterSafe: Bool = false) -> String {
        var text = ""
        for _ in 0..<pieces {
            var kind = pick(Piece.allCases)
            if letterSafe, kind == .c0Control || kind == .csvSyntax { kind = .latin }
            if !text.isEmpty, below(2) == 0 { text += " " }
            text += piece(kind)
        }
        if letterSafe { text = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" })) }
        return text
    }

    /// Bytes that are mostly not UTF-8.
    mutating func rawBytes() -> [UInt8] {
        (0..<(1 + below(12))).map { _ in UInt8(truncatingIfNeeded: next()) }
    }

    /// One CSV field, quoted as RFC 4180 says, so the row structure stays what the test meant
    /// whatever the field holds; a tenth of the fields carry raw bytes.
    mutating func csvField(pieces: Int) -> [UInt8] {
        var bytes = Array(text(pieces: pieces).utf8)
        if below(10) == 0 { bytes.insert(contentsOf: rawBytes(), at: below(bytes.count + 1)) }
        var quoted: [UInt8] = [0x22]
        for byte in bytes {
            quoted.append(byte)
            if byte == 0x22 { quoted.append(0x22) }
        }
        return quoted + [0x22]
    }
}
