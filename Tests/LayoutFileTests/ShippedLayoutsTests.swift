import Foundation
import Testing
import Diagnostics
import LayoutFile

/// The layouts that ship in the package's `layouts/` folder.
@Suite("Shipped layouts")
struct ShippedLayoutsTests {
    /// `layouts/` at the package root, found from this file's path.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // LayoutFileTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("layouts")

    private let library = LayoutLibrary(directory: ShippedLayoutsTests.directory)

    @Test func theExpectedLayoutsShip() {
        let names = library.names()
        #expect(Set(names).isSuperset(of: ["booklet-a5", "classic-a4", "classic-letter", "delivery-list", "press-kit"]))
        #expect(names == names.sorted())
    }

    @Test(arguments: LayoutLibrary(directory: ShippedLayoutsTests.directory).names())
    func everyLayoutLoadsWithADescription(name: String) throws {
        let settings = try library.load(name)
        #expect(settings.name == name)
        #expect(!settings.description.isEmpty)
        #expect(settings.page.textWidth >= 72 && settings.page.textHeight >= 72)
    }

    @Test func classicA4SpellsOutTheBuiltInDefaults() throws {
        var settings = try library.load("classic-a4")
        #expect(settings.description == "Formal A4 letter with the signatories in three columns")
        #expect(abs(settings.page.size.width - 595.2756) < 1e-3)
        #expect(abs(settings.page.size.height - 841.8898) < 1e-3)
        settings.name = LayoutSettings.standard.name
        settings.description = LayoutSettings.standard.description
        #expect(settings == LayoutSettings.standard)
    }

    @Test func classicLetterIsUSLetterWithOneInchMargins() throws {
        let letter = try library.load("classic-letter")
        let a4 = try library.load("classic-a4")
        #expect(letter.page == PageSettings(size: PageSize(width: 612, height: 792),
                                            marginTop: 72, marginBottom: 72, marginInner: 72, marginOuter: 72))
        #expect(letter.body == a4.body)
        #expect(letter.signatories == a4.signatories)
        #expect(letter.footer == a4.footer)
    }

    @Test func theOtherLayoutsKeepTheirPromises() throws {
        let a4 = try library.load("classic-a4")
        let press = try library.load("press-kit")
        #expect(press.title.size > a4.title.size)
        #expect(press.page == a4.page)
        let delivery = try library.load("delivery-list")
        #expect(delivery.signatories.columns == 4)
        #expect(delivery.body.size < a4.body.size)
        #expect(delivery.signatories.nameSize < a4.signatories.nameSize)
        let booklet = try library.load("booklet-a5")
        #expect(booklet.page.size == PageSize.named("A5"))
        #expect(booklet.signatories.columns == 2)
        #expect(booklet.page.marginInner < a4.page.marginInner && booklet.page.marginOuter < a4.page.marginOuter)
    }

    @Test func describeListsEveryLayout() throws {
        let descriptions = try library.describe()
        #expect(descriptions.map(\.name) == library.names())
        #expect(descriptions.first { $0.name == "classic-letter" }?.description
                == "Formal letter on US Letter paper with the signatories in three columns")
    }

    @Test func layoutsLoadByPathToo() throws {
        let path = ShippedLayoutsTests.directory.appendingPathComponent("classic-letter.toml").path
        #expect(try library.load(path) == library.load("classic-letter"))
    }

    @Test func unknownNamesListTheAvailableOnes() {
        let available = "Available layouts: " + library.names().joined(separator: ", ")
        #expect(available.contains("classic-a4, classic-letter"))
        let error = #expect(throws: InputError.self) { try library.load("clasic-a4") }
        #expect(error?.location == nil)
        #expect(error?.file == "clasic-a4")
        #expect(error?.message == "unknown layout 'clasic-a4'; did you mean 'classic-a4'? " + available)
        let far = #expect(throws: InputError.self) { try library.load("poster") }
        #expect(far?.message == "unknown layout 'poster'. " + available)
    }

    @Test func missingFilesByPath() {
        let error = #expect(throws: InputError.self) { try library.load("no/such/layout.toml") }
        #expect(error == InputError(file: "no/such/layout.toml", "no such layout file"))
    }
}
