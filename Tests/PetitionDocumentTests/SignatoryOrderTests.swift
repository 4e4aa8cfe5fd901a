import Foundation
import Testing
import TestResources
@testable import PetitionDocument

/// Collated order by full name and by surname, and grouping.
struct SignatoryOrderTests {
    private func sorted(_ names: [String], _ locale: String, order: SignatoryOrder = .fullName) throws -> [String] {
        let list = try readSignatories(names.joined(separator: "\n"))
        let options = SignatoryOptions(order: order, locale: locale)
        return SignatoryProcessor.process(list, options: options).entries.map(\.name)
    }

    @Test func germanSortsUmlautsWithTheirVowel() throws {
        #expect(try sorted(["Zimmermann", "Öztürk", "Ahrens", "Äbersold", "Otto", "Bauer"], "de")
                == ["Äbersold", "Ahrens", "Bauer", "Otto", "Öztürk", "Zimmermann"])
    }

    @Test func swedishSortsÅÄÖAfterZ() throws {
        #expect(try sorted(["Öberg", "Zetterlund", "Åkesson", "Andersson", "Ärlig", "Olsson"], "sv")
                == ["Andersson", "Olsson", "Zetterlund", "Åkesson", "Ärlig", "Öberg"])
    }

    @Test func spanishSortsÑAfterN() throws {
        #expect(try sorted(["Ñúñez", "Nuñez", "Nava", "Oliva", "Muñoz"], "es")
                == ["Muñoz", "Nava", "Nuñez", "Ñúñez", "Oliva"])
    }

    @Test func caseAndAccentsAreMinorDifferences() throws {
        #expect(try sorted(["ab", "Aa", "ác", "Ad"], "en") == ["Aa", "ab", "ác", "Ad"])
    }

    @Test func danishDoubleAIsÅ() throws {
        #expect(try sorted(["Aagaard", "Zeuthen", "Andersen"], "da") == ["Andersen", "Zeuthen", "Aagaard"])
    }

    @Test func bySurnameWithParticlesAndCommas() throws {
        let names = ["Maria García", "Jan van der Berg", "Ana da Silva", "Bauer, Eva", "Zoë Adams", "Omar"]
        #expect(try sorted(names, "en", order: .surname)
                == ["Zoë Adams", "Bauer, Eva", "Ana da Silva", "Maria García", "Omar", "Jan van der Berg"])
    }

    @Test func manyNamesSortLikeFoundation() throws {
        var generator = SeededGenerator(seed: 7)
        let letters = Array("aAäÄbcčdeéfghijklmnñoöpqrsßtuüvwxyzåæø -'")
        let names = (0..<3000).map { _ in
            String((0..<(3 + Int(generator.next() % 8))).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
        }
        for identifier in ["de", "sv", "da", "es"] {
            let locale = Locale(identifier: identifier)
            let ranks = CollationRanker(locale: identifier).ranks(of: names)
            let ours = names.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { names[$0] }
            for (lhs, rhs) in zip(ours, ours.dropFirst()) {
                #expect(lhs.compare(rhs, options: [], range: nil, locale: locale) != .orderedDescending)
            }
        }
    }

    /// The order of ICU sort keys never contradicts Foundation's compare, checked for every pair,
    /// on names in several scripts that share long beginnings (where the key prefixes tie and
    /// the collator decides) and differ only in case, accents or kana. (Foundation calls a few
    /// such pairs equal, "たなか Straße" and "タナカ Straße"; ICU orders them, as it orders
    /// "たなか" and "タナカ".)
    @Test func namesInManyScriptsNeverContradictFoundation() throws {
        var generator = SeededGenerator(seed: 11)
        let parts = ["Müller", "Muller", "MÜLLER", "Mueller", "Ångström", "Angstrom", "Østergaard", "Ostergaard", "Łukasz",
                     "Lukas", "Çelik", "Celik", "Nguyễn", "Nguyen", "Иванов", "Іваненко", "Ёлкин", "Еремеев", "Παπαδόπουλος",
                     "Πάπας", "محمد", "أحمد", "إبراهيم", "כהן", "לוי", "王", "李", "张伟", "たなか", "タナカ", "김민준",
                     "O'Brien", "OBrien", "d'Alembert", "De la Cruz", "de la Cruz", "Jean-Luc", "Jean Luc", "Straße",
                     "Strasse", "Zoë", "Zoe", "Ævar", "Aevar", "Đorđević", "Dordevic", "Šimková", "Simkova"]
        let names = (0..<160).map { _ in
            (0..<(1 + Int(generator.next() % 3))).map { _ in parts[Int(generator.next() % UInt64(parts.count))] }
                .joined(separator: " ")
        }
        var seen = Set<String>()
        let distinct = names.filter { seen.insert($0).inserted }
        for identifier in ["en", "de", "sv", "ru", "zh"] {
            let locale = Locale(identifier: identifier)
            let ranks = CollationRanker(locale: identifier).ranks(of: distinct)
            #expect(Set(ranks).count == distinct.count)
            let ours = distinct.indices.sorted { ranks[$0] < ranks[$1] }.map { distinct[$0] }
            var contradictions: [String] = []
            for earlier in ours.indices {
                for later in ours.indices.dropFirst(earlier + 1)
                where ours[earlier].compare(ours[later], options: [], range: nil, locale: locale) == .orderedDescending {
                    contradictions.append("\(ours[earlier]) before \(ours[later])")
                }
            }
            #expect(contradictions.isEmpty, "in \(identifier)")
        }
    }

    @Test func groupsAreCollatedWithOtherLast() throws {
        let list = try readSignatories("""
            Name,Country
            Zoë,Österreich
            Omar,
            Ana,Brasil
            Eva,Österreich
            Li,Zambia
            Bea,Brasil
            """)
        let options = SignatoryOptions(order: .fullName, groupBy: "country", locale: "de")
        let processed = SignatoryProcessor.process(list, options: options)
        #expect(processed.groups == [
            SignatoryGroup(name: "Brasil", range: 0..<2), SignatoryGroup(name: "Österreich", range: 2..<4),
            SignatoryGroup(name: "Zambia", range: 4..<5), SignatoryGroup(name: "Other", range: 5..<6),
        ])
        #expect(processed.entries.map(\.name) == ["Ana", "Bea", "Eva", "Zoë", "Li", "Omar"])
    }

    @Test func groupByAnyColumnKeepsTheGivenOrderInside() throws {
        let list = try SignatoryReader.read(Data("Name,Constituency\nZed,North\nAl,South\nBo,North\n".utf8),
                                            file: "s.csv", options: SignatoryOptions(groupBy: "constituency"))
        let processed = SignatoryProcessor.process(list, options: SignatoryOptions(groupBy: "constituency"))
        #expect(processed.groups.map(\.name) == ["North", "South"])
        #expect(processed.entries.map(\.name) == ["Zed", "Bo", "Al"])
    }
}


/// Reordering in place.
struct PermuteTests {
    @Test func permutesByFollowingCycles() {
        var letters = ["a", "b", "c", "d", "e", "f"]
        letters.permute(by: [3, 0, 1, 2, 5, 4])
        #expect(letters == ["d", "a", "b", "c", "f", "e"])
        var empty: [Int] = []
        empty.permute(by: [])
        #expect(empty.isEmpty)
    }
}
