import Diagnostics
import Foundation

/// Reads an open letter written as plain UTF-8 text.
///
/// In order: decode the bytes (`LetterDecoder`), take out what cannot be printed
/// (`LetterSanitizer`), read the optional `Key: value` header
/// (`HeaderParser`), group the body into blocks (`BlockAssembler`), then take a title from the
/// first line when the header has none (`TitleRule`).
public enum LetterParser {
    /// Parses the letter in `data`; `file` names it in locations and errors.
    ///
    /// - Throws: `InputError` when the bytes are not UTF-8 text, a `Language:` header value is not
    ///   a language tag, or there is nothing but white space and header.
    public static func parse(_ data: Data, file: String) throws(InputError) -> Letter {
        let (lines, sanitising) = LetterSanitizer.sanitize(try LetterDecoder.lines(of: data, file: file), file: file)
        guard let first = lines.firstIndex(where: { !$0.isBlank }) else { throw emptyLetter(file) }
        let firstBlockEnd = lines[first...].firstIndex(where: \.isBlank) ?? lines.endIndex

        var letter = Letter(warnings: sanitising)
        var bodyStart = first
        if let header = try HeaderParser.parse(lines[first..<firstBlockEnd], file: file) {
            letter.metadata = header.metadata
            letter.warnings += header.warnings
            bodyStart = firstBlockEnd
        }
        var blocks = BlockAssembler.blocks(from: lines[bodyStart...], file: file)
        guard !blocks.isEmpty else { throw emptyLetter(file) }
        TitleRule.extractTitle(from: &blocks, into: &letter.metadata)
        letter.blocks = blocks.map(\.block)
        return letter
    }

    private static func emptyLetter(_ file: String) -> InputError {
        InputError(file: file, "the letter is empty")
    }
}
