import Foundation
import Testing

/// Devanagari words whose vowel sign is drawn back over the letter before it (◌े, ◌ृ) come out of
/// `pdftotext` whole: the sign shares its letter's span of text (see `ClusterMap`).
@Suite("Devanagari words extracted whole by pdftotext")
struct DevanagariExtractionTests {
    static let words = ["उपेक्षा", "मिलेगी", "प्रत्येक", "देना", "हस्तक्षेप", "अन्वेषण", "आकांक्षा"]

    @Test func wordsWithAVowelSignDrawnBackComeOutWhole() throws {
        let folder = try Fixtures.scratchFolder()
        let letter = folder.appendingPathComponent("appeal.hi.txt")
        try Data("Language: hi\n\n\(Self.words.joined(separator: " "))\n".utf8).write(to: letter)
        let pdf = folder.appendingPathComponent("appeal.pdf").path
        let render = try ToolRunner.run(Fixtures.petition, ["render", letter.path, "-o", pdf, "--quiet"])
        #expect(render.status == 0, "\(render.errors)")
        let text = try PDFReader.poppler.text(of: pdf)
        let extracted = Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
        for word in Self.words {
            #expect(extracted.contains(word), "pdftotext split \(word): \(text)")
        }
    }
}
