import Diagnostics

/// A block of the body together with how many source lines it was made of (the title rule only
/// takes a one-line paragraph).
struct BodyBlock {
    var block: Block
    var lineCount: Int
}

/// Groups the lines of a letter's body into headings, paragraphs and list items.
///
/// The layout is decided once for the whole body. When a blank line separates two non-blank
/// lines, paragraphs are separated by blank lines and the lines inside one are joined
/// (`LineJoining`). Otherwise every non-blank line is a block of its own.
///
/// Inside a blank-separated block, a heading line stands alone; a list marker starts a new
/// item; other lines continue the current paragraph or item. As in CommonMark, a list may
/// interrupt a paragraph only with a bullet or with the number 1, so a wrapped line that
/// happens to begin "1948. " stays inside its paragraph.
struct BlockAssembler {
    private let file: String
    private var pending: BodyBlock?
    private var output: [BodyBlock] = []

    private init(file: String) {
        self.file = file
    }

    static func blocks(from body: ArraySlice<SourceLine>, file: String) -> [BodyBlock] {
        guard let first = body.firstIndex(where: { !$0.isBlank }),
              let last = body.lastIndex(where: { !$0.isBlank })
        else { return [] }
        let content = body[first...last]
        let blankSeparated = content.contains(where: \.isBlank)

        var assembler = BlockAssembler(file: file)
        for line in content {
            if line.isBlank {
                assembler.finishBlock()
                continue
            }
            assembler.add(line)
            if !blankSeparated { assembler.finishBlock() }
        }
        assembler.finishBlock()
        return assembler.output
    }

    private mutating func add(_ line: SourceLine) {
        let trimmed = Whitespace.trim(Substring(line.text))
        let indent = line.text.unicodeScalars.prefix(while: Whitespace.isCollapsible).count
        let location = SourceLocation(file: file, line: line.number, column: indent + 1)

        switch LineKind.classify(trimmed) {
        case .heading(let level, let text):
            finishBlock()
            start(.heading(level: level), text, at: location)
            finishBlock()
        case .listItem(let marker, let text):
            if pending?.block.kind == .paragraph && !Self.canInterruptParagraph(marker) {
                continueBlock(with: trimmed)
            } else {
                finishBlock()
                start(.listItem(marker), text, at: location)
            }
        case .text:
            if pending == nil {
                start(.paragraph, trimmed, at: location)
            } else {
                continueBlock(with: trimmed)
            }
        }
    }

    private static func canInterruptParagraph(_ marker: ListMarker) -> Bool {
        marker == .bullet || marker == .number(1)
    }

    private mutating func start(_ kind: Block.Kind, _ text: Substring, at location: SourceLocation) {
        pending = BodyBlock(block: Block(kind: kind, text: String(text), location: location), lineCount: 1)
    }

    private mutating func continueBlock(with line: Substring) {
        guard var block = pending else { return }
        LineJoining.append(line, to: &block.block.text)
        block.lineCount += 1
        pending = block
    }

    private mutating func finishBlock() {
        guard var block = pending else { return }
        block.block.text = UnicodeNormalization.nfc(Whitespace.collapse(block.block.text))
        output.append(block)
        pending = nil
    }
}

/// What a line of the body is, judged by how it starts. The line must already be trimmed.
///
/// - `# ` and `## ` start a heading of level 1 and 2 (`###` and deeper are ordinary text).
/// - `- `, `* `, `• ` start a bulleted item; `N. ` and `N) ` (one to nine digits) a numbered one.
/// - A marker needs white space after it and some text: `-` alone, `#hashtag` and `1.5` are text.
enum LineKind: Equatable {
    case heading(level: Int, text: Substring)
    case listItem(ListMarker, text: Substring)
    case text

    static func classify(_ line: Substring) -> LineKind {
        if let (level, rest) = heading(line) { return .heading(level: level, text: rest) }
        if let (marker, rest) = listItem(line) { return .listItem(marker, text: rest) }
        return .text
    }

    private static func heading(_ line: Substring) -> (Int, Substring)? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...2).contains(hashes), let rest = textAfterMarker(line.dropFirst(hashes)) else { return nil }
        return (hashes, rest)
    }

    private static func listItem(_ line: Substring) -> (ListMarker, Substring)? {
        guard let first = line.first else { return nil }
        if first == "-" || first == "*" || first == "•" {
            return textAfterMarker(line.dropFirst()).map { (.bullet, $0) }
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...9).contains(digits.count), let value = Int(digits) else { return nil }
        let afterDigits = line.dropFirst(digits.count)
        guard let delimiter = afterDigits.first, delimiter == "." || delimiter == ")" else { return nil }
        return textAfterMarker(afterDigits.dropFirst()).map { (.number(value), $0) }
    }

    /// The trimmed text after a marker, when white space follows the marker and text follows that.
    private static func textAfterMarker(_ rest: Substring) -> Substring? {
        guard let separator = rest.first, separator == " " || separator == "\t" else { return nil }
        let text = Whitespace.trim(rest)
        return text.isEmpty ? nil : text
    }
}

/// How the hard-wrapped lines of one paragraph are put back together.
///
/// Lines are joined with one space, except after a line that ends in a hyphen that belongs to
/// the word it ends:
/// - U+00AD SOFT HYPHEN, U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN: joined without a space,
///   the hyphen kept (`co‐` + `operation` gives `co‐operation`; a soft hyphen stays invisible and
///   still marks where the word may break).
/// - ASCII `-` right after a letter: joined without a space, the hyphen kept (`well-` + `known`
///   gives `well-known`). A word that a wrapping tool split with an ASCII hyphen (`impor-` +
///   `tant`) therefore keeps the hyphen: plain text cannot tell the two apart, and dropping a
///   real hyphen would change the words.
/// - Anything else, including a dash after a space (`freedom -`), is joined with a space.
enum LineJoining {
    static func append(_ line: Substring, to text: inout String) {
        if !text.isEmpty && !joinsWithoutSpace(text) { text.append(" ") }
        text.append(contentsOf: line)
    }

    static func joinsWithoutSpace(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard let last = scalars.last else { return false }
        switch last.value {
        case 0x00AD, 0x2010, 0x2011:
            return true
        case 0x2D:
            let beforeLast = scalars.index(before: scalars.endIndex)
            guard beforeLast > scalars.startIndex else { return false }
            return scalars[scalars.index(before: beforeLast)].properties.isAlphabetic
        default:
            return false
        }
    }
}

/// Takes the title from the first line of the body when the header gives none.
///
/// The first block becomes the title when all of these hold:
/// - it is a paragraph (not a heading or list item) written on a single source line;
/// - it is at most `maximumLength` characters long;
/// - it does not end with sentence punctuation (`. , ; : ! ? …`, their CJK and full-width forms
///   `。，；：！？．、`, the Arabic `، ؛ ؟ ۔` and the Devanagari `। ॥`), looking past closing
///   quotes and brackets;
/// - at least one block follows it, so a one-line letter stays a letter.
///
/// So "Universal Declaration of Human Rights" and "世界人权宣言" are titles, while
/// "Dear Secretary-General," and a first sentence ending in a full stop are not.
enum TitleRule {
    static let maximumLength = 100

    private static let sentencePunctuation: Set<Character> = [
        ".", ",", ";", ":", "!", "?", "…",
        "。", "，", "；", "：", "！", "？", "．", "、", "｡",
        "،", "؛", "؟", "۔",
        "।", "॥",
    ]
    private static let closers: Set<Character> = ["\"", "'", "’", "”", "»", "›", ")", "]", "」", "』", "）"]

    static func extractTitle(from blocks: inout [BodyBlock], into metadata: inout LetterMetadata) {
        guard metadata.title == nil, blocks.count > 1, let first = blocks.first,
              first.block.kind == .paragraph, first.lineCount == 1,
              first.block.text.count <= maximumLength,
              !endsWithSentencePunctuation(first.block.text)
        else { return }
        metadata.title = first.block.text
        metadata.titleLocation = first.block.location
        blocks.removeFirst()
    }

    static func endsWithSentencePunctuation(_ text: String) -> Bool {
        guard let last = text.last(where: { !closers.contains($0) }) else { return false }
        return sentencePunctuation.contains(last)
    }
}
