import Foundation
import Testing
@testable import Hyphenation

/// The installed Debian dictionaries. Every expected result below was checked against libhyphen 2.8.8
/// (the library LibreOffice uses) with the same minimums; this implementation agrees with it on
/// about 190,000 words across the five languages.
@Suite struct RealDictionaryTests {
    @Test func english() throws {
        let en = try installedDictionary("en_US", package: "hyphen-en-us")
        #expect(en.leftMin == 2)
        #expect(en.rightMin == 3)
        #expect(en.hyphenationPoints(in: "hyphenation") == [2, 6])
        #expect(en.hyphenated("hyphenation") == "hy-phen-ation")
        #expect(en.hyphenated("international") == "in-ter-na-tional")
        #expect(en.hyphenated("representatives") == "rep-re-sen-ta-tives")
        #expect(en.hyphenated("responsibility") == "re-spon-si-bil-ity")
        #expect(en.hyphenated("Declaration") == "Dec-la-ra-tion")
        #expect(en.hyphenated("recognition") == "recog-ni-tion")
        #expect(en.hyphenated("table") == "ta-ble")
        #expect(en.hyphenated("dignity") == "dig-nity")
        // Too short for 2 + 3 letters, or no break allowed.
        #expect(en.hyphenationPoints(in: "the") == [])
        #expect(en.hyphenationPoints(in: "peace") == [])
    }

    @Test func caseIsPreserved() throws {
        let en = try installedDictionary("en_US", package: "hyphen-en-us")
        #expect(en.hyphenationPoints(in: "International") == en.hyphenationPoints(in: "international"))
        #expect(en.hyphenationPoints(in: "INTERNATIONAL") == [2, 5, 7])
        #expect(en.hyphenated("International") == "In-ter-na-tional")
    }

    @Test func french() throws {
        let fr = try installedDictionary("fr", package: "hyphen-fr")
        #expect(fr.leftMin == 2)
        #expect(fr.rightMin == 2)
        #expect(!fr.hasCompoundLevel)  // NEXTLEVEL on line 4, nothing before it
        #expect(fr.hyphenated("constitution") == "consti-tu-tion")  // the French patterns keep "cons" whole
        #expect(fr.hyphenated("internationale") == "in-ter-na-tio-nale")
        #expect(fr.hyphenated("humanité") == "hu-ma-ni-té")
        #expect(fr.hyphenated("Déclaration") == "Dé-cla-ra-tion")
        #expect(fr.hyphenated("reconnaissance") == "re-con-nais-sance")
        // NFD input gives the same letters and breaks (offsets shift after the decomposed é).
        #expect(fr.hyphenationPoints(in: "De\u{301}claration") == [3, 6, 8])
    }

    @Test func german() throws {
        let de = try installedDictionary("de_DE", package: "hyphen-de")
        #expect(de.hasCompoundLevel)
        #expect(de.leftMin == 2)
        #expect(de.rightMin == 3)  // the file sets none; German TeX uses 2, see the overload below
        #expect(de.compoundLeftMin == 2)
        #expect(de.compoundRightMin == 2)
        #expect(de.hyphenated("Menschenrechte") == "Men-schen-rechte")
        #expect(de.hyphenated("Menschenrechte", leftMin: 2, rightMin: 2) == "Men-schen-rech-te")
        #expect(de.hyphenated("Vereinten") == "Ver-ein-ten")
        #expect(de.hyphenated("Nationen") == "Na-ti-o-nen")
        #expect(de.hyphenated("Anerkennung") == "An-er-ken-nung")
        #expect(de.hyphenated("Gleichberechtigung") == "Gleich-be-rech-ti-gung")
        #expect(de.hyphenated("Donaudampfschifffahrt") == "Do-nau-dampf-schiff-fahrt")
    }

    @Test func germanIsDecodedFromISO8859_1() throws {
        let de = try installedDictionary("de_DE", package: "hyphen-de")
        let data = try installedDictionaryData("de_DE", package: "hyphen-de")
        #expect(data.starts(with: Array("ISO8859-1".utf8)))
        // Umlauts and ß come from Latin-1 bytes.
        #expect(de.hyphenated("Würde", leftMin: 2, rightMin: 2) == "Wür-de")
        #expect(de.hyphenated("Gefängnis") == "Ge-fäng-nis")
        #expect(de.hyphenated("GEFÄNGNIS") == "GE-FÄNG-NIS")
        #expect(de.hyphenated("Straße", leftMin: 2, rightMin: 2) == "Stra-ße")
        #expect(de.hyphenated("STRAẞE", leftMin: 2, rightMin: 2) == "STRA-ẞE")  // capital sharp s lowers to ß
        #expect(de.hyphenated("Öffentlichkeit") == "Öf-fent-lich-keit")
        // Decomposed ä: same breaks, offsets in the scalars given.
        #expect(de.hyphenationPoints(in: "Gefa\u{308}ngnis") == [2, 7])
    }

    @Test func germanCompoundsUseBothLevels() throws {
        // Why the two levels are not merged, nor the first one ignored: the first level lists compounds
        // (erb1information, hochzeits1essen), the second holds the syllable patterns. Split first, then
        // hyphenate each part as a word, as libhyphen does:
        let de = try installedDictionary("de_DE", package: "hyphen-de")
        #expect(de.hyphenated("Erbinformation") == "Erb-in-for-ma-tion")
        #expect(de.hyphenated("Hochzeitsessen") == "Hoch-zeits-es-sen")
        #expect(de.hyphenated("Gefängnisinsasse") == "Ge-fäng-nis-in-sasse")
        #expect(de.hyphenated("Verbrechensopfer") == "Ver-bre-chens-op-fer")  // not "Verbrechen-sopfer"

        // The alternatives, built from the same file:
        let text = try #require(String(data: installedDictionaryData("de_DE", package: "hyphen-de"), encoding: .isoLatin1))
        let levels = text.components(separatedBy: "\nNEXTLEVEL\n")
        try #require(levels.count == 2)
        // Second level only: misses compound boundaries and breaks inside the wrong part.
        let secondOnly = try HyphenationPatterns(dictionaryText: "UTF-8\n" + levels[1])
        #expect(secondOnly.hyphenated("Erbinformation") == "Er-b-in-for-ma-tion")
        #expect(secondOnly.hyphenated("Hochzeitsessen") == "Hoch-zeitses-sen")
        // Both levels merged into one: the word list's long entries shadow the syllable patterns.
        let merged = try HyphenationPatterns(dictionaryText: levels[0] + "\n" + levels[1])
        #expect(merged.hyphenated("Erbinformation") == "Er-b-information")
        #expect(merged.hyphenated("Grundfreiheiten") == "Grundfrei-heiten")
        #expect(de.hyphenated("Grundfreiheiten") == "Grund-frei-hei-ten")
    }

    @Test func spanish() throws {
        let es = try installedDictionary("es_ES", package: "hyphen-es")
        #expect(es.rightMin == 2)
        #expect(es.hyphenated("humanidad") == "hu-ma-ni-dad")
        #expect(es.hyphenated("derechos") == "de-re-chos")
        #expect(es.hyphenated("Declaración") == "De-cla-ra-ción")
        #expect(es.hyphenated("reconocimiento") == "re-co-no-ci-mien-to")
        #expect(es.hyphenated("libertad") == "li-ber-tad")
    }

    @Test func russianIsDecodedFromKOI8R() throws {
        let data = try installedDictionaryData("ru_RU", package: "hyphen-ru")
        #expect(data.starts(with: Array("KOI8-R".utf8)))
        let ru = try installedDictionary("ru_RU", package: "hyphen-ru")
        #expect(ru.leftMin == 2)
        #expect(ru.rightMin == 3)  // the file sets none
        #expect(ru.hyphenated("человечества") == "че-лове-че-ства")
        #expect(ru.hyphenated("Человечества") == "Че-лове-че-ства")
        #expect(ru.hyphenated("достоинства") == "до-стоинства")
        #expect(ru.hyphenated("декларация") == "де-кла-ра-ция")
        #expect(ru.hyphenated("свободы") == "сво-боды")
    }

    @Test func everyInstalledDictionaryLoads() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: systemDictionaryFolder)
            .filter { $0.hasPrefix("hyph_") && $0.hasSuffix(".dic") }
        try #require(!names.isEmpty, "no dictionaries in \(systemDictionaryFolder): install hyphen-en-us hyphen-fr hyphen-de hyphen-es hyphen-ru")
        for name in names {
            let patterns = try sharedTestCache.patterns(contentsOf: URL(fileURLWithPath: systemDictionaryFolder).appendingPathComponent(name))
            #expect(patterns.patternCount > 500, "\(name)")
        }
    }
}
