import Testing
@testable import PetitionDocument

/// `SignatoryArray` keeps names in one buffer of records: every signatory comes back as it went
/// in, and changing, reordering, removing and joining rows behaves as with `[Signatory]`.
struct SignatoryArrayTests {
    /// Names that test the records: empty, one byte, one byte short of and past a one-byte
    /// length, every script class the lists bring, combining marks, emoji sequences, the longest
    /// name a list keeps (300 characters) and a much longer one (a three-byte length).
    private static let names = [
        "", "A", "Ana Lima", String(repeating: "n", count: 127), String(repeating: "n", count: 128),
        "Zoë Ångström", "Σοφία Παπαδοπούλου", "Анна Иванова", "李小龙", "山田 太郎", "김민준", "محمد الأحمد",
        "דוד כהן", "अमित शर्मा", "সৌমিত্র চট্টোপাধ্যায়", "สมชาย ใจดี", "Nguyễn Văn An", "e\u{301}\u{302}\u{323}",
        "👩🏽‍⚕️ Dr Amina", String(repeating: "名", count: 300), String(repeating: "é", count: 40_000),
    ]

    private static func signatories() -> [Signatory] {
        names.enumerated().map { index, name in
            var signatory = Signatory(name: name, organisation: index % 3 == 0 ? "" : "Oxfam", city: index % 2 == 0 ? "Kraków" : "",
                                      isOrganisation: index % 5 == 4, line: index + 2)
            // LEB128's byte boundaries, and past the 16 bits a record once had.
            signatory.fileIndex = [0, 1, 127, 128, 300 + index, 65_535, 65_536, 70_000, 2_000_000][index % 9]
            return signatory
        }
    }

    @Test func everySignatoryRoundTrips() {
        let expected = Self.signatories()
        let array = SignatoryArray(expected)
        #expect(array.count == expected.count)
        for (stored, original) in zip(array, expected) {
            #expect(stored == original)
            #expect(Array(stored.name.utf8) == Array(original.name.utf8))
            #expect(stored.fileIndex == original.fileIndex && stored.isOrganisation == original.isOrganisation)
        }
        #expect(Array(array) == expected)
    }

    @Test func emptyArrayHasNoRows() {
        let array = SignatoryArray()
        #expect(array.isEmpty && array.recordBytes == 0)
        #expect(array == [])
        #expect(SignatoryArray([]) == array)
    }

    @Test func namesAreKeptByteForByteNotUpToEquivalence() {
        // "é" composed and decomposed are equal as Strings; the printed bytes must not change.
        var array: SignatoryArray = [Signatory(name: "Ren\u{E9}", line: 2)]
        array[0].name = "Rene\u{301}"
        #expect(Array(array[0].name.utf8) == Array("Rene\u{301}".utf8))
    }

    @Test func changingRowsBehavesLikeAnArray() {
        var expected = Self.signatories()
        var array = SignatoryArray(expected)
        for index in stride(from: 0, to: expected.count, by: 3) {
            expected[index].name = "Renamed \(index)"
            array[index].name = "Renamed \(index)"
        }
        expected[1].city = "Genève"
        array[1].city = "Genève"
        expected[2].line = 99
        array[2].line = 99
        expected[4].fileIndex = 7
        array[4].fileIndex = 7
        expected.swapAt(0, 5)
        array.swapAt(0, 5)
        expected.removeSubrange(6..<9)
        array.removeSubrange(6..<9)
        expected.insert(Signatory(name: "Inserted", line: 1), at: 2)
        array.insert(Signatory(name: "Inserted", line: 1), at: 2)
        #expect(Array(array) == expected)

        let order = Array(expected.indices.reversed())
        expected.permute(by: order)
        array.permute(by: order)
        #expect(Array(array) == expected)
    }

    @Test func joiningAndExtractingKeepEveryRow() {
        let expected = Self.signatories()
        var joined = SignatoryArray(expected.prefix(7))
        joined += SignatoryArray(expected.dropFirst(7))
        #expect(Array(joined) == expected)
        var fromEmpty = SignatoryArray()
        fromEmpty.append(contentsOf: joined)
        #expect(fromEmpty == joined)

        let part = joined.extracting(3..<9)
        #expect(Array(part) == Array(expected[3..<9]))
        #expect(part.startIndex == 0)
    }

    @Test func rowsGivenTheSameNameShareOneRecord() {
        var array = SignatoryArray((0..<1_000).map { Signatory(name: "Signatory number \($0)", line: $0 + 2) })
        let before = array.recordBytes
        for index in array.indices { array[index].name = "Anonymous" }
        #expect(array.allSatisfy { $0.name == "Anonymous" })
        // One record: the flags byte, the length byte and the nine bytes of the name.
        #expect(array.recordBytes - before == 11)
    }

    @Test func aHundredThousandRowsRoundTripInOrder() {
        let count = 100_000
        let names = Self.names.filter { $0.utf8.count < 1_000 }
        var array = SignatoryArray()
        array.reserveCapacity(count)
        for index in 0..<count {
            array.append(Signatory(name: names[index % names.count] + " \(index)", line: index + 2))
        }
        #expect(array.count == count)
        var mismatches = 0
        for (index, signatory) in array.enumerated()
        where signatory.name != names[index % names.count] + " \(index)" || signatory.line != index + 2 {
            mismatches += 1
        }
        #expect(mismatches == 0)
        var sorted = array
        sorted.permute(by: Array((0..<count).reversed()))
        #expect(sorted.first?.line == count + 1 && sorted.last?.line == 2)
    }
}
