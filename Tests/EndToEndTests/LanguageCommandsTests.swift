import Foundation
import Testing
@testable import PetitionPrinter

/// `petition fonts check`, `render --strict-glyphs` and `petition batch`, run as a user would.
@Suite("fonts check, strict glyphs and batch translations")
struct LanguageCommandsTests {
    static let arabic = "Title: نداء\n\nيولد جميع الناس أحرارًا متساوين في الكرامة والحقوق.\n\nA private-use character \u{E000} here.\n"

    func letter(_ text: String, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func fontsCheckListsUncoveredCharactersWithTheirPlaceAndTheScriptMix() throws {
        let folder = try Fixtures.scratchFolder()
        let path = try letter(Self.arabic, named: "appeal.txt", in: folder)
        let check = try ToolRunner.run(Fixtures.petition, ["fonts", "check", path])
        #expect(check.status == 1)
        #expect(check.output.contains("appeal.txt:5:1: warning: no font in the font set covers U+E000"), "\(check.output)")
        #expect(check.output.contains("font set noto-serif, language ar: 1 character(s) not covered"), "\(check.output)")
        let scripts = check.output.split(separator: "\n").drop { !$0.hasPrefix("scripts:") }.dropFirst()
        #expect(scripts.first?.contains("Arab") == true, "Arabic leads the mix: \(check.output)")
        #expect(scripts.contains { $0.contains("Latn") })
    }

    @Test func fontsCheckWithSignatoriesPointsAtTheRow() throws {
        let folder = try Fixtures.scratchFolder()
        let path = try letter("Title: Appeal\n\nPlease sign.\n", named: "appeal.txt", in: folder)
        // Vithkuqi (Unicode 14): no font of the set covers it. (A private-use character would not get this
        // far: the field sanitiser removes it.)
        let csv = try letter("name,city\nAda Lovelace,London\nGrace \u{10570} Hopper,Arlington\n", named: "signers.csv", in: folder)
        let check = try ToolRunner.run(Fixtures.petition, ["fonts", "check", path, "--signatories", csv])
        #expect(check.status == 1)
        #expect(check.output.contains("signers.csv:3:1: warning: no font in the font set covers U+10570"), "\(check.output)")
        let clean = try ToolRunner.run(Fixtures.petition, ["fonts", "check", path])
        #expect(clean.status == 0)
        #expect(clean.output.contains("every character is covered"))
    }

    @Test func strictGlyphsTurnsTheWarningIntoAnErrorAndWritesNothing() throws {
        let folder = try Fixtures.scratchFolder()
        let path = try letter(Self.arabic, named: "appeal.txt", in: folder)
        let pdf = folder.appendingPathComponent("strict.pdf").path
        let strict = try ToolRunner.run(Fixtures.petition, ["render", path, "--strict-glyphs", "-o", pdf])
        #expect(strict.status == 1)
        #expect(strict.errors.contains("appeal.txt:5:1: error: no font in the font set covers U+E000"), "\(strict.errors)")
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let lenient = try ToolRunner.run(Fixtures.petition, ["render", path, "-o", pdf])
        #expect(lenient.status == 0)
        #expect(lenient.errors.contains("warning: no font in the font set covers U+E000"))
        #expect(FileManager.default.fileExists(atPath: pdf))
    }

    @Test func aBrokenTranslationDoesNotStopTheOthers() throws {
        let folder = try Fixtures.scratchFolder()
        let letters = folder.appendingPathComponent("letters")
        try FileManager.default.createDirectory(at: letters, withIntermediateDirectories: true)
        _ = try letter("Title: Clean Water\n\nEvery school needs clean water.\n", named: "letter.en.txt", in: letters)
        _ = try letter("Title: مياه نظيفة\n\nكل مدرسة تحتاج إلى مياه نظيفة.\n", named: "letter.ar.txt", in: letters)
        try Data([0x41, 0xFF, 0x0A]).write(to: letters.appendingPathComponent("letter.fr.txt"))
        let output = folder.appendingPathComponent("pdfs")
        let batch = try ToolRunner.run(Fixtures.petition, ["batch", letters.path, "--signatories", Fixtures.exampleSignatories,
                                                           "-o", output.path, "-j", "2"])
        #expect(batch.status == 1)
        #expect(batch.errors.contains("letter.fr.txt:1:2: error:"), "\(batch.errors)")
        #expect(batch.errors.contains("2 of 3 rendered"), "\(batch.errors)")
        #expect(batch.errors.contains("failed: letter.fr.txt"), "\(batch.errors)")
        let rows = batch.errors.split(separator: "\n")
        #expect(rows.contains { $0.hasPrefix("letter.ar.txt") && $0.contains(" ar ") }, "\(batch.errors)")
        #expect(rows.contains { $0.hasPrefix("letter.fr.txt") && $0.contains("FAILED") }, "\(batch.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["letter.ar.pdf", "letter.en.pdf"])
        // Both translations carry the same signatories and total, each headed in its own language.
        for (name, heading) in [("letter.ar.pdf", "الموقّعون"), ("letter.en.pdf", "Signatories")] {
            let text = try ToolRunner.run("mutool", ["draw", "-F", "txt", "-o", "-", output.appendingPathComponent(name).path]).output
            #expect(text.contains(heading) && text.contains("25"), "\(name): \(text)")
            #expect(text.contains("Amina Okafor"))
        }
    }

    @Test func theLanguageIsGuessedFromTheFileNameThenTheScript() throws {
        #expect(LanguageGuess.fromFileName("/x/letter.ar.txt") == "ar")
        #expect(LanguageGuess.fromFileName("letter.zh-Hant.txt") == "zh-Hant")
        #expect(LanguageGuess.fromFileName("fr_udhr_bom_crlf.txt") == "fr")
        #expect(LanguageGuess.fromFileName("mixed_article1.txt") == nil)
        #expect(LanguageGuess.fromFileName("aleppo-open-letter.txt") == nil)
        #expect(LanguageGuess.fromFileName("appeal.txt") == nil)
        #expect(LanguageGuess.fromFileName("notes.old.txt") == nil)
        #expect(LanguageGuess.fromFileName("letter.fil.txt") == "fil")
        let japanese = PetitionDocumentFixture.letter("人間は、生まれながらにして自由である。")
        #expect(LanguageGuess.fromScripts(of: japanese) == "ja")
        #expect(LanguageGuess.fromScripts(of: PetitionDocumentFixture.letter("人人生而自由，在尊严和权利上一律平等。")) == "zh")
        #expect(LanguageGuess.fromScripts(of: PetitionDocumentFixture.letter("Hello. שלום. مرحبا. Bonjour, tout le monde.")) == nil)
    }
}
