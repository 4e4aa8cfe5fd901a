import Testing
@testable import PetitionDocument

/// `SignatoryArray` keeps its rows' details in one `DetailsStore`: every field and extra slot
/// comes back as it went in, each distinct set is stored once, and copies, sorted copies and
/// split parts share the store until one of them adds a set, without changing the others.
struct DetailsStoreTests {
    private static let slots: [ExtraSlot] = [.region, .postcode, .date, .comment, .email, .phone, .street, .group]

    /// Values that test the packing: empty, short, every script class the lists bring, and one
    /// of 40,000 characters (80,000 bytes: four-byte field ends).
    private static let values = [
        "", "A", "Oxfam", "Zürich", "Ελληνικά Σωματεία", "東京都千代田区", "مؤسسة الأمل", "👩🏽‍⚕️ Médecins",
        "e\u{301}", String(repeating: "ß", count: 40_000),
    ]

    /// Signatories whose details use every core field and extra slot in turn, some repeated.
    private static func signatories() -> [Signatory] {
        (0..<60).map { index in
            let value = { (offset: Int) in values[(index + offset) % values.count] }
            var signatory = Signatory(name: "Signatory \(index)", title: value(0), organisation: value(1), city: value(2),
                                      country: value(3), line: index + 2)
            for (position, slot) in slots.enumerated() where (index + position) % 3 != 0 {
                signatory[slot: slot] = value(position + 4)
            }
            return signatory
        }
    }

    private static func fields(of signatory: Signatory) -> [[UInt8]] {
        [signatory.title, signatory.organisation, signatory.city, signatory.country].map { Array($0.utf8) }
            + slots.map { Array(signatory[slot: $0].utf8) }
    }

    @Test func everyFieldAndExtraSlotRoundTrips() {
        let expected = Self.signatories()
        let array = SignatoryArray(expected)
        #expect(array.count == expected.count)
        for (stored, original) in zip(array, expected) {
            #expect(Self.fields(of: stored) == Self.fields(of: original))
            #expect(stored.sharedDetails == original.sharedDetails)
        }
        let long = Self.values[Self.values.count - 1]
        #expect(array.contains { $0.city == long } && array.contains { $0[slot: .street] == long })
    }

    @Test func emptyDetailsTakeNoSpace() {
        let fresh = SignatoryArray().detailsBytes
        var array = SignatoryArray((0..<1_000).map { Signatory(name: "Anonymous \($0)", line: $0 + 2) })
        #expect(array.detailsBytes == fresh)
        array.append(Signatory(name: "Cleared", city: "Lyon", line: 1))
        array[array.count - 1].city = ""
        #expect(array.allSatisfy { $0.sharedDetails.isEmpty })
        #expect(array.last?.sharedDetails.isShared(with: array[0].sharedDetails) == true)
    }

    @Test func equalDetailsAreStoredOnceAndShared() {
        // Each row's details are made on their own, as a reader past its cache makes them.
        let array = SignatoryArray((0..<3_000).map {
            Signatory(name: "Name \($0)", organisation: "Amnesty International", city: "City \($0 % 10)", line: $0 + 2)
        })
        let one = SignatoryArray([Signatory(name: "Only", organisation: "Amnesty International", city: "City 0", line: 2)])
        let fresh = SignatoryArray().detailsBytes
        #expect(array.detailsBytes - fresh == 10 * (one.detailsBytes - fresh))
        #expect(array[0].sharedDetails.isShared(with: array[10].sharedDetails))
        #expect(!array[0].sharedDetails.isShared(with: array[1].sharedDetails))
        #expect(array[2_999].city == "City 9")
    }

    @Test func joiningStoresTheOtherArraysNewSetsOnly() {
        let expected = Self.signatories()
        let first = SignatoryArray(expected.prefix(30))
        var joined = first
        joined += SignatoryArray(expected.dropFirst(30))
        #expect(Array(joined) == expected)
        #expect(joined.detailsBytes == SignatoryArray(expected).detailsBytes)
        var twice = joined
        twice += joined
        #expect(twice.detailsBytes == joined.detailsBytes)
        #expect(Array(twice) == expected + expected)
        #expect(Array(first) == Array(expected.prefix(30)))
    }

    @Test func sortedCopiesAndSplitPartsShareTheStore() {
        let expected = Self.signatories()
        let array = SignatoryArray(expected)
        var sorted = array
        sorted.permute(by: Array(expected.indices.reversed()))
        let part = sorted.extracting(10..<25)
        #expect(sorted.sharesDetails(with: array) && part.sharesDetails(with: array))
        #expect(Array(part) == Array(expected.reversed()[10..<25]))

        // A part that gains new details gets a store of its own; the others keep theirs.
        var changed = part
        changed[0].city = "Nowhere new"
        changed.append(Signatory(name: "Late", organisation: "New organisation", line: 999))
        #expect(!changed.sharesDetails(with: array) && part.sharesDetails(with: array))
        #expect(changed[0].city == "Nowhere new" && changed.last?.organisation == "New organisation")
        #expect(Array(changed[1..<15]) == Array(part[1..<15]))
        #expect(Array(array) == expected && Array(part) == Array(expected.reversed()[10..<25]))

        // Rows moved between arrays that share the store keep sharing it.
        var regrouped = array.extracting(0..<5)
        regrouped.append(contentsOf: part)
        regrouped.append(part[3])
        #expect(regrouped.sharesDetails(with: array))
        #expect(Array(regrouped) == Array(expected.prefix(5)) + Array(part) + [part[3]])
    }

    @Test func signatoriesReadEarlierStayValidAsTheArrayGrows() {
        var array = SignatoryArray(Self.signatories())
        let kept = array[7]
        let before = Self.fields(of: kept)
        for index in 0..<2_000 { array.append(Signatory(name: "More \(index)", city: "Town \(index)", line: index)) }
        #expect(Self.fields(of: kept) == before)
        #expect(array[2_059].city == "Town 1999")
    }
}
