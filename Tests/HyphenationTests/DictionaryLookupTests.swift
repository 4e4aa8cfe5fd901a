import Foundation
import Testing
@testable import Hyphenation

/// Finding dictionaries for language tags, and the cache.
@Suite struct DictionaryLookupTests {
    private func fileName(_ tag: String) -> String? {
        HyphenationDictionaries.dictionaryURL(forLanguage: tag)?.lastPathComponent
    }

    @Test func installedDictionariesForTags() throws {
        try #require(FileManager.default.fileExists(atPath: "\(systemDictionaryFolder)/hyph_en_US.dic"),
                     "install hyphen-en-us hyphen-fr hyphen-de hyphen-es hyphen-ru")
        #expect(fileName("en") == "hyph_en_US.dic")
        #expect(fileName("en-US") == "hyph_en_US.dic")
        #expect(fileName("EN_us") == "hyph_en_US.dic")
        #expect(fileName("en_GB") == "hyph_en_US.dic")  // no British dictionary installed: the language's default
        #expect(fileName("fr") == "hyph_fr_FR.dic")
        #expect(fileName("fr-CA") == "hyph_fr_CA.dic")
        #expect(fileName("de") == "hyph_de_DE.dic")
        #expect(fileName("de-CH") == "hyph_de_CH.dic")
        #expect(fileName("de-AT") == "hyph_de_AT.dic")
        #expect(fileName("es") == "hyph_es_ES.dic")
        #expect(fileName("es-MX") == "hyph_es_MX.dic")
        #expect(fileName("es-419") == "hyph_es_ES.dic")
        #expect(fileName("ru") == "hyph_ru_RU.dic")
        #expect(fileName("ru-RU") == "hyph_ru_RU.dic")
        #expect(fileName("de_DE.UTF-8") == "hyph_de_DE.dic")
        #expect(fileName("en-Latn-US") == "hyph_en_Latn_US.dic")
        #expect(HyphenationDictionaries.dictionaryURL(forLanguage: "en")?.path == "\(systemDictionaryFolder)/hyph_en_US.dic")
    }

    @Test(arguments: ["xx", "xx-YY", "", "e", "english", "../hyphen/hyph_en", "en/US", "*"])
    func unknownOrInvalidTagsHaveNoDictionary(tag: String) {
        #expect(HyphenationDictionaries.dictionaryURL(forLanguage: tag) == nil)
    }

    @Test func fallbacksInOtherFolders() throws {
        let first = try makeTemporaryFolder()
        let second = try makeTemporaryFolder()
        defer {
            removeTemporaryFolder(first)
            removeTemporaryFolder(second)
        }
        for name in ["hyph_pt_BR.dic", "HYPH_EN_GB.DIC", "hyph_it.dic", "hyph_it_CH.dic"] {
            try Data("UTF-8\na1b\n".utf8).write(to: first.appendingPathComponent(name))
        }
        for name in ["hyph_en_US.dic", "hyph_en_GB.dic", "hyph_sv_SE.dic"] {
            try Data("UTF-8\na1b\n".utf8).write(to: second.appendingPathComponent(name))
        }
        let paths = [first.path, second.path]
        func found(_ tag: String) -> String? {
            guard let url = HyphenationDictionaries.dictionaryURL(forLanguage: tag, searchPaths: paths) else { return nil }
            return (url.deletingLastPathComponent().path == first.path ? "first/" : "second/") + url.lastPathComponent
        }
        #expect(found("pt-BR") == "first/hyph_pt_BR.dic")
        #expect(found("pt") == "first/hyph_pt_BR.dic")        // only a regional variant exists
        #expect(found("pt-PT") == "first/hyph_pt_BR.dic")
        #expect(found("en-GB") == "first/HYPH_EN_GB.DIC")     // names match case-insensitively; earlier folders first
        #expect(found("en") == "second/hyph_en_US.dic")       // the usual region beats other variants
        #expect(found("it") == "first/hyph_it.dic")           // the bare language beats other variants
        #expect(found("it-CH") == "first/hyph_it_CH.dic")
        #expect(found("sv") == "second/hyph_sv_SE.dic")
        #expect(found("fi") == nil)
        #expect(HyphenationDictionaries.dictionaryURL(forLanguage: "en", searchPaths: ["/nonexistent"]) == nil)
    }

    @Test func cacheParsesOnceAndSharesLinkedFiles() throws {
        try #require(FileManager.default.fileExists(atPath: "\(systemDictionaryFolder)/hyph_de_DE.dic"), "install hyphen-de")
        let cache = HyphenatorCache()
        let de = try #require(try cache.patterns(forLanguage: "de"))
        let swiss = try #require(try cache.patterns(forLanguage: "de-CH"))
        #expect(de.hyphenationPoints(in: "Gefängnis") == [2, 6])
        #expect(swiss.hyphenationPoints(in: "Gefängnis") == [2, 6])
        // Same storage: hyph_de_CH.dic links to hyph_de_DE.dic and was not parsed again.
        #expect(de.mainLevel.code.withUnsafeBufferPointer { $0.baseAddress } == swiss.mainLevel.code.withUnsafeBufferPointer { $0.baseAddress })
        #expect(try cache.patterns(forLanguage: "xx") == nil)
    }

    @Test func cacheIsSafeToUseConcurrently() async throws {
        try #require(FileManager.default.fileExists(atPath: "\(systemDictionaryFolder)/hyph_en_US.dic"), "install hyphen-en-us")
        let cache = HyphenatorCache()
        let tags = ["en", "en-US", "en-GB", "fr", "es", "ru", "xx"]
        let results = try await withThrowingTaskGroup(of: (String, [Int]?).self) { group in
            for index in 0..<40 {
                let tag = tags[index % tags.count]
                group.addTask { (tag, try cache.patterns(forLanguage: tag)?.hyphenationPoints(in: "hyphenation")) }
            }
            var results: [(String, [Int]?)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 40)
        for (tag, points) in results where tag.hasPrefix("en") {
            #expect(points == [2, 6])
        }
        #expect(results.filter { $0.0 == "xx" }.allSatisfy { $0.1 == nil })
    }

    @Test func cacheRemembersBrokenDictionaries() throws {
        let folder = try makeTemporaryFolder()
        defer { removeTemporaryFolder(folder) }
        let url = folder.appendingPathComponent("hyph_xx.dic")
        try Data("NO-SUCH-CHARSET\na1b\n".utf8).write(to: url)
        let cache = HyphenatorCache(searchPaths: [folder.path])
        for _ in 0..<2 {
            #expect {
                _ = try cache.patterns(forLanguage: "xx")
            } throws: { error in
                (error as? HyphenationDictionaryError)?.description.hasPrefix(url.path + ":1: error: unknown charset") == true
            }
        }
        // Fixing the file does not help this cache: it was parsed once.
        try Data("UTF-8\na1b\n".utf8).write(to: url)
        #expect(throws: HyphenationDictionaryError.self) { _ = try cache.patterns(forLanguage: "xx") }
        #expect(try HyphenatorCache(searchPaths: [folder.path]).patterns(forLanguage: "xx") != nil)
    }
}
