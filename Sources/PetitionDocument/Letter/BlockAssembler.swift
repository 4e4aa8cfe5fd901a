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
