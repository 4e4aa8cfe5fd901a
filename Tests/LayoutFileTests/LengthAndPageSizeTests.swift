import Testing
import LayoutFile

@Suite("Lengths and page sizes")
struct LengthAndPageSizeTests {
    @Test(arguments: [
        ("12pt", 12.0), ("12", 12.0), ("8.5in", 612.0), ("1in", 72.0), ("25.4mm", 72.0),
        ("2cm", 56.692913), ("210mm", 595.275591), ("12 pt", 12.0), (" 3MM ", 8.503937), ("-3pt", -3.0), ("0", 0.0),
    ])
    func lengthsInEveryUnit(text: String, points: Double) throws {
        let length = try #require(Length.parse(text))
        #expect(abs(length.points - points) < 1e-6)
    }

    @Test(arguments: ["", "pt", "12px", "1.2.3pt", "12 p t", "twelve", "1e3pt", "--1pt"])
    func lengthsThatAreNot(text: String) {
        #expect(Length.parse(text) == nil)
    }

    @Test func a4IsExactlyTwoHundredTenByTwoHundredNinetySevenMillimetres() throws {
        let a4 = try #require(PageSize.named("A4"))
        #expect(abs(a4.width - 595.2756) < 1e-3)
        #expect(abs(a4.height - 841.8898) < 1e-3)
    }

    @Test func letterAndLegalAreExact() {
        #expect(PageSize.named("Letter") == PageSize(width: 612, height: 792))
        #expect(PageSize.named("Legal") == PageSize(width: 612, height: 1008))
    }

    @Test func otherNamedSizesAndCase() throws {
        let a5 = try #require(PageSize.named("a5"))
        #expect(abs(a5.width - 419.5276) < 1e-3 && abs(a5.height - 595.2756) < 1e-3)
        let a3 = try #require(PageSize.named("A3"))
        #expect(abs(a3.width - 841.8898) < 1e-3 && abs(a3.height - 1190.5512) < 1e-3)
        #expect(PageSize.named("LETTER") == PageSize.named("Letter"))
        #expect(PageSize.named("B5") == nil)
        #expect(PageSize.named("210mm x 297mm") == nil)
    }

    @Test func customSizes() throws {
        let custom = try #require(PageSize.parse("210mm x 297mm"))
        let a4 = try #require(PageSize.named("A4"))
        #expect(abs(custom.width - a4.width) < 1e-9 && abs(custom.height - a4.height) < 1e-9)
        #expect(PageSize.parse("8.5in×11in") == PageSize(width: 612, height: 792))
        #expect(PageSize.parse("400 x 500") == PageSize(width: 400, height: 500))
        #expect(PageSize.parse(" letter ") == PageSize(width: 612, height: 792))
    }

    @Test(arguments: ["210mm", "210mm x", "x 297mm", "0mm x 297mm", "210mm x 297mm x 1mm", "A4 x A5", "huge"])
    func pageSizesThatAreNot(text: String) {
        #expect(PageSize.parse(text) == nil)
    }
}
