import Foundation
import Testing
@testable import PetitionDocument

/// `SignatoryDetails` keeps its fields packed in one buffer: every field comes back as it went
/// in, whatever the other fields hold, and replacing a field changes that field alone.
struct PackedDetailsTests {
    /// Texts that test the packing: empty, inline-sized and longer, non-ASCII in every script
    /// class the lists bring, and one longer than 65,535 bytes (wide field ends).
    private static let texts = [
        "", "A", "Oxfam", "Parents for Clean Water", "Zürich", "Ελληνικά Σωματεία", "東京都千代田区",
        "مؤسسة الأمل", "👩🏽‍⚕️ Médecins", "e\u{301}", String(repeating: "ß", count: 40_000),
    ]

    @Test func everyCoreFieldRoundTrips() {
        for (index, text) in Self.texts.enumerated() {
            let others = Self.texts[(index + 3) % Self.texts.count]
            let details = SignatoryDetails(title: text, organisation: others, city: text, country: others)
            #expect(details.title == text)
            #expect(details.organisation == others)
            #expect(details.city == text)
            #expect(details.country == others)
            #expect(details.isEmpty == (text.isEmpty && others.isEmpty))
            for slot in [ExtraSlot.region, .email, .group] { #expect(details[slot] == "") }
        }
    }

    @Test func everyExtraSlotRoundTripsBesideTheOthers() {
        let slots: [ExtraSlot] = [.region, .postcode, .date, .comment, .email, .phone, .street, .group]
        var details = SignatoryDetails(title: "Dr", organisation: "Oxfam", city: "Kraków", country: "Polska")
        for (index, slot) in slots.reversed().enumerated() {
            details = details.replacing(slot, with: "\(slot) \(Self.texts[index % Self.texts.count])")
        }
        for (index, slot) in slots.reversed().enumerated() {
            #expect(details[slot] == "\(slot) \(Self.texts[index % Self.texts.count])")
        }
        #expect([details.title, details.organisation, details.city, details.country] == ["Dr", "Oxfam", "Kraków", "Polska"])

        let email = ExtraSlot.email
        let withoutEmail = details.replacing(email, with: "")
        #expect(withoutEmail[email] == "")
        #expect(withoutEmail[ExtraSlot.phone] == details[ExtraSlot.phone])
        #expect(withoutEmail[ExtraSlot.comment] == details[ExtraSlot.comment])
        #expect(withoutEmail != details)
        #expect(withoutEmail.replacing(email, with: details[email]) == details)
    }

    @Test func replacingChangesOneFieldAndKeepsUnchangedDetailsShared() {
        let details = SignatoryDetails(title: "", organisation: "Amnesty International", city: "London", country: "")
        #expect(details.replacing(.city, with: "London").isShared(with: details))
        #expect(details.replacing(ExtraSlot.email, with: "").isShared(with: details))
        #expect(details.replacing(.name, with: "Ana").isShared(with: details))

        let moved = details.replacing(.city, with: "Genève")
        #expect(!moved.isShared(with: details))
        #expect(moved.city == "Genève" && moved.organisation == "Amnesty International" && moved.title.isEmpty)
        #expect(details.city == "London")

        let cleared = details.replacing(.organisation, with: "").replacing(.city, with: "")
        #expect(cleared.isEmpty && cleared == SignatoryDetails.empty)
    }

    @Test func equalFieldsAreEqualDetailsAndSplitFieldsAreNot() {
        let one = SignatoryDetails(organisation: "Oxfam", city: "Oslo")
        #expect(one == SignatoryDetails(organisation: "Oxfam", city: "Oslo"))
        // The same bytes cut elsewhere are other details.
        #expect(one != SignatoryDetails(organisation: "OxfamOs", city: "lo"))
        #expect(one != SignatoryDetails(title: "Oxfam", city: "Oslo"))
        #expect(one != one.replacing(ExtraSlot.group, with: "Oslo"))
    }

    @Test func signatorySettersWriteThroughThePackedDetails() {
        var signatory = Signatory(name: "Ana", title: "Prof.", organisation: "Uniwersytet Jagielloński", line: 7)
        signatory.city = "Łódź"
        signatory[.email] = "ana@example.org"
        signatory.organisation = ""
        #expect(signatory.title == "Prof." && signatory.organisation.isEmpty && signatory.city == "Łódź")
        #expect(signatory[.email] == "ana@example.org" && signatory.country.isEmpty)
        #expect(signatory.details == "Prof., Łódź")
    }

    /// A list whose organisations and cities are nearly all different, as real ones are: every
    /// row's fields come back as written (empty ones too), and no row loses its details.
    @Test func aListOfDistinctOrganisationsReadsBackEveryField() throws {
        let rowCount = 20_000
        func organisation(_ row: Int) -> String { row % 11 == 0 ? "" : "Stowarzyszenie Łąka nr \(row)" }
        func city(_ row: Int) -> String { row % 7 == 0 ? "" : "Πόλη \(row % 8_000)" }
        func country(_ row: Int) -> String { ["日本", "", "Deutschland", "United Kingdom of Great Britain"][row % 4] }
        var text = "Name,Title,Organisation,City,Country,Email\n"
        text.reserveCapacity(rowCount * 90)
        for row in 0..<rowCount {
            text += "Person \(row),\(row % 3 == 0 ? "Dr" : ""),\(organisation(row)),\(city(row)),\(country(row)),p\(row)@example.org\n"
        }
        let list = try SignatoryReader.read(Data(text.utf8), file: "s.csv",
                                            options: SignatoryOptions(detailColumns: [.organisation, .email]))
        #expect(list.signatories.count == rowCount && list.rejected.isEmpty)
        let mismatched = list.signatories.enumerated().filter { row, signatory in
            signatory.name != "Person \(row)" || signatory.title != (row % 3 == 0 ? "Dr" : "")
                || signatory.organisation != organisation(row) || signatory.city != city(row)
                || signatory.country != country(row) || signatory[.email] != "p\(row)@example.org"
                || signatory.line != row + 2
        }
        #expect(mismatched.isEmpty, "first mismatched row: \(String(describing: mismatched.first))")
    }
}
