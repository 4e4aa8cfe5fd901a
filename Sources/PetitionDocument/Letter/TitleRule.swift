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
