import Foundation
import Testing
import Diagnostics
import LayoutFile

/// The print-production keys (`page.bleed`, `page.duplex`, `[document]`) and the resolved form
/// `petition layouts show` prints.
@Suite("Production keys and resolved layouts")
struct ProductionKeysTests {
    private let shipped = LayoutLibrary(directory: ShippedLayoutsTests.directory)

    @Test func bleedDuplexCoverAndColophonAreRead() throws {
        let layouts = try TemporaryLayouts(["kit.toml": """
            format = 1
            [page]
            bleed = "3mm"
            duplex = true
            [document]
            cover = true
            colophon = true
            """])
        let settings = try layouts.library.load("kit")
        #expect(abs(settings.page.bleed - 3 * 72 / 25.4) < 1e-9)
        #expect(settings.page.duplex)
        #expect(settings.parts == DocumentParts(cover: true, colophon: true))
    }

    @Test func wrongTypesAndMisspellingsPointAtTheLine() throws {
        let layouts = try TemporaryLayouts([
            "a.toml": "format = 1\n[document]\ncover = \"yes\"\n",
            "b.toml": "format = 1\n[document]\ncolofon = true\n",
            "c.toml": "format = 1\n[page]\nbleed = \"-3mm\"\n",
        ])
        let a = #expect(throws: InputError.self) { try layouts.library.load("a") }
        #expect(a?.location?.line == 3 && a?.location?.column == 9)
        #expect(a?.message == "expected true or false for 'cover', got a string")
        let b = #expect(throws: InputError.self) { try layouts.library.load("b") }
        #expect(b?.location?.line == 3)
        #expect(b?.message == "unknown key 'colofon' in [document]; did you mean 'colophon'?")
        let c = #expect(throws: InputError.self) { try layouts.library.load("c") }
        #expect(c?.location?.file == layouts.path("c.toml") && c?.location?.line == 3)
    }

    @Test func theShippedLayoutsUseThem() throws {
        #expect(try shipped.load("press-kit").parts == DocumentParts(cover: true, colophon: true, figures: true))
        #expect(try shipped.load("classic-a4").parts == DocumentParts())
        #expect(try shipped.load("booklet-a5").page.duplex)
        #expect(try !shipped.load("classic-letter").page.duplex)
    }

    @Test(arguments: LayoutLibrary(directory: ShippedLayoutsTests.directory).names())
    func resolvedTextLoadsBackToTheSameSettings(name: String) throws {
        let settings = try shipped.load(name)
        let text = settings.resolvedTOML
        #expect(!text.contains("extends ="))
        let layouts = try TemporaryLayouts(["\(name).toml": text])
        #expect(try layouts.library.load(name) == settings)
    }

    @Test func resolvedTextSpellsLengthsInReadableUnits() throws {
        let text = try shipped.load("classic-letter").resolvedTOML
        #expect(text.contains("size = \"Letter\""))
        #expect(text.contains("margin-top = \"1in\""))
        #expect(text.contains("gutter = \"8mm\""))
        #expect(text.contains("bleed = \"0pt\""))
        #expect(text.contains("[document]\ncover = false\ncolophon = false"))
    }
}

@Suite("Header template and small print")
struct HeaderAndNotesTests {
    @Test func headerTemplateAndNotesSizesLoadAndUnknownFieldsAreErrors() throws {
        let layouts = try TemporaryLayouts(["custom.toml": "format = 1\n[header]\ntext = \"{title}: {range}\"\n[notes]\nsize = 6.5\nleading = 8.0\n"])
        let settings = try layouts.library.load("custom")
        #expect(settings.header.text == "{title}: {range}")
        #expect(settings.notes == NotesSettings(size: 6.5, leading: 8.0))
        let broken = try TemporaryLayouts(["broken.toml": "format = 1\n[header]\ntext = \"{pagez}\"\n"])
        #expect(throws: InputError.self) { try broken.library.load("broken") }
    }
}
