import Diagnostics
import LayoutFile
import PetitionDocument
import Typography

/// Turns the letter into flow blocks: the title and subtitle, date and recipient, the body's
/// paragraphs, headings and list items, and the sender, each set in its style.
struct LetterBlocks {
    let request: LayoutRequest
    let frame: PageFrame
    let library: FontLibrary

    /// The blocks, with the source location of each (for warnings).
    func build() -> [(block: FlowBlock, location: SourceLocation?)] {
        let settings = request.settings
        let metadata = request.letter.metadata
        var blocks: [(FlowBlock, SourceLocation?)] = []
        if let title = metadata.title {
            blocks.append((block(title, size: settings.title.size, leading: settings.title.leading, weight: .bold,
                                 alignment: .centered, after: metadata.subtitle == nil ? settings.title.spaceAfter : 2,
                                 heading: true), metadata.titleLocation))
        }
        if let subtitle = metadata.subtitle {
            blocks.append((block(subtitle, size: settings.heading.size, leading: settings.heading.leading,
                                 alignment: .centered, after: settings.title.spaceAfter, heading: true), nil))
        }
        if let date = metadata.date {
            blocks.append((block(date, size: settings.body.size, leading: settings.body.leading, alignment: .start,
                                 after: settings.body.paragraphSpacing), nil))
        }
        // A recipient of several lines (addressee and postal address, from a delivery's
        // recipients file) is one address block: no paragraph spacing inside it.
        let addressLines = metadata.recipient?.split(separator: "\n").map(String.init) ?? []
        for (index, line) in addressLines.enumerated() {
            blocks.append((block(line, size: settings.body.size, leading: settings.body.leading, alignment: .start,
                                 after: index == addressLines.count - 1 ? settings.body.paragraphSpacing : 0), nil))
        }
        let body = request.letter.blocks
        for (index, block) in body.enumerated() {
            var flow = flowBlock(for: block)
            // Items of one list sit closer together than paragraphs; the list as a whole does not.
            if case .listItem = block.kind, index + 1 < body.count, case .listItem = body[index + 1].kind {
                flow.spaceAfter = settings.body.paragraphSpacing / 2
            }
            blocks.append((flow, block.location))
        }
        if let sender = metadata.sender {
            var closing = block(sender, size: settings.body.size, leading: settings.body.leading, alignment: .start, after: 0)
            closing.spaceBefore = settings.body.leading
            blocks.append((closing, nil))
        }
        return blocks
    }

    private func flowBlock(for block: Block) -> FlowBlock {
        let body = request.settings.body
        switch block.kind {
        case .heading:
            let heading = request.settings.heading
            var result = self.block(block.text, size: heading.size, leading: heading.leading, weight: .bold,
                                    alignment: .start, after: heading.spaceAfter, heading: true)
            result.spaceBefore = heading.spaceBefore
            return result
        case .paragraph:
            return self.block(block.text, size: body.size, leading: body.leading, alignment: bodyAlignment,
                              after: body.paragraphSpacing, hyphenate: body.hyphenate, firstLineIndent: body.firstLineIndent)
        case .listItem(let marker):
            return self.block(block.text, size: body.size, leading: body.leading, alignment: bodyAlignment,
                              after: body.paragraphSpacing, hyphenate: body.hyphenate, indent: body.listIndent,
                              marker: marker.label)
        }
    }

    private var bodyAlignment: LineAlignment {
        switch request.settings.body.alignment {
        case .justify: .justified
        case .center: .centered
        case .left, .start: .start
        }
    }

    private func block(_ text: String, size: Double, leading: Double, weight: FontWeight = .regular,
                       alignment: LineAlignment, after: Double, heading: Bool = false, hyphenate: Bool = false,
                       firstLineIndent: Double = 0, indent: Double = 0, marker: String? = nil) -> FlowBlock {
        let direction = request.paragraphDirection(for: text)
        let style = ParagraphStyle(
            text: TextStyle(fontSet: request.fontSet, weight: weight, size: size, language: request.language),
            alignment: alignment, width: frame.width - indent, firstLineIndent: firstLineIndent,
            hyphenation: hyphenate ? request.hyphenation.map(HyphenationSource.init) : nil, direction: direction)
        // A list's indent (and its marker) is on the side the item starts from.
        let x = direction == .rightToLeft ? frame.left : frame.left + indent
        var paragraph = SetParagraph(text, style: style, leading: leading, x: x, marker: marker, library: library)
        paragraph.leading = InkClearance.leading(for: paragraph, atLeast: leading, library: library)
        return FlowBlock(paragraph: paragraph, spaceBefore: 0, spaceAfter: after, keepWithNext: heading, keepTogether: heading)
    }
}
