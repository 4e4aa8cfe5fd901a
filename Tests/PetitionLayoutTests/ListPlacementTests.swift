import DisplayList
import PetitionDocument
import Testing
@testable import PetitionLayout

/// Where the list starts: under the letter's last lines, or on a page of its own when its names
/// run against the letter's direction (poppler reads a page in the direction most of its letters
/// take, so Latin names under an Arabic letter would turn the letter's lines around).
@Suite("The list shares the letter's last page only when it runs the same way")
struct ListPlacementTests {
    static let latin = ["Anna Schmidt", "Jean Dupont", "Maria García", "Kofi Mensah", "Liu Yang", "Sara Rossi"]
    static let arabic = ["محمد الحسن", "فاطمة الزهراء", "عمر خالد", "ليلى أحمد", "يوسف سالم", "نور الهدى"]

    struct Case: CustomTestStringConvertible, Sendable {
        var language: String
        var letter: String
        var names: [String]
        var ownPage: Bool
        var testDescription: String { "\(language) letter, \(names[0])…: \(ownPage ? "own page" : "shared page")" }
    }

    static let cases = [
        Case(language: "ar", letter: "يولد جميع الناس أحرارا متساوين في الكرامة والحقوق.", names: latin, ownPage: true),
        Case(language: "he", letter: "כל בני אדם נולדו בני חורין ושווים בערכם ובזכויותיהם.", names: latin, ownPage: true),
        Case(language: "en", letter: "All human beings are born free and equal in dignity and rights.", names: arabic, ownPage: true),
        Case(language: "ar", letter: "يولد جميع الناس أحرارا متساوين في الكرامة والحقوق.", names: arabic, ownPage: false),
        Case(language: "en", letter: "All human beings are born free and equal in dignity and rights.", names: latin, ownPage: false),
        // A few Latin names among many Arabic ones still run the letter's way.
        Case(language: "ar", letter: "يولد جميع الناس أحرارا متساوين في الكرامة والحقوق.",
             names: arabic + arabic + arabic + ["Anna Schmidt"], ownPage: false),
    ]

    @Test(arguments: cases)
    func theListStartsOnItsOwnPageOnlyAgainstTheLettersDirection(_ example: Case) throws {
        let people = (0..<60).map { Signatory(name: example.names[$0 % example.names.count], line: $0 + 2) }
        let request = try DocumentFixture.request(DocumentFixture.letter([example.letter]), signatories: people,
                                                  language: example.language)
        let pages = try DocumentFixture.pages(request)
        let roles = pages.map { Set($0.structure.map(\.role)) }
        let firstListPage = try #require(roles.firstIndex { $0.contains(.list) })
        #expect(roles[0].contains(.paragraph))
        #expect(firstListPage == (example.ownPage ? 1 : 0))
        // The heading goes with the list, so the letter's page holds nothing of it.
        #expect(roles[firstListPage].contains(.heading))
        if example.ownPage { #expect(roles[0] == [.paragraph]) }
    }
}
