import Diagnostics
import Testing
@testable import PetitionDocument

/// The recipients file, safe file names and the matching of recipients to groups.
struct RecipientListTests {
    func parse(_ text: String) throws -> RecipientList {
        try RecipientList.parse(Array(text.utf8), file: "recipients.csv")
    }

    func error(_ text: String) -> InputError? {
        do { _ = try parse(text); return nil } catch { return error as? InputError }
    }

    @Test func readsEveryColumnAndSplitsLinesAtSemicolonsAndLineBreaks() throws {
        let list = try parse("""
            Group,To,Language,Salutation,Postal_Address
            France,"S.E. l'Ambassadeur;Mission permanente",FR,"Monsieur l'Ambassadeur,","245 East 47th Street
            New York, NY 10017"
            中国,常驻联合国代表团,zh-hans,,
            """)
        #expect(list.recipients.count == 2)
        let france = list.recipients[0]
        #expect(france.group == "France")
        #expect(france.to == ["S.E. l'Ambassadeur", "Mission permanente"])
        #expect(france.language == "fr")
        #expect(france.salutation == "Monsieur l'Ambassadeur,")
        #expect(france.address == ["245 East 47th Street", "New York, NY 10017"])
        #expect(france.addressLines.count == 4)
        #expect(list.recipients[1].location.line == 4)
        #expect(list.recipients[1].language == "zh-Hans")
        #expect(list.recipients[1].salutation == nil)
        #expect(list.warnings.isEmpty)
    }

    @Test func acceptsSemicolonDelimitersAByteOrderMarkAndSkipsBlankRows() throws {
        let list = try RecipientList.parse([0xEF, 0xBB, 0xBF] + Array("group;to\nFrance;Paris\n\n;\nMali;Bamako\n".utf8), file: "r.csv")
        #expect(list.recipients.map(\.group) == ["France", "Mali"])
        #expect(list.recipients[1].location.line == 5)
    }

    @Test func namesTheLineAndColumnOfABadLanguageTag() {
        let error = error("group,to,language\nFrance,Paris,fr\nMali,Bamako,french\n")
        #expect(error?.location == SourceLocation(file: "recipients.csv", line: 3, column: 13))
        #expect(error?.message.contains("'french' is not a BCP 47 language tag") == true)
    }

    @Test func namesTheCellOfAMissingGroupOrAddressee() {
        #expect(error("group,to\n,Paris\n")?.location == SourceLocation(file: "recipients.csv", line: 2, column: 1))
        #expect(error("group,to\nFrance,  \n")?.location == SourceLocation(file: "recipients.csv", line: 2, column: 8))
        // A row that stops before the `to` column points just after its last character.
        #expect(error("group,to\nFrance\n")?.location == SourceLocation(file: "recipients.csv", line: 2, column: 7))
    }

    @Test func refusesAHeaderWithoutGroupOrTo() {
        #expect(error("country,to\nFrance,Paris\n")?.message.contains("no 'group' column") == true)
        #expect(error("group,name\nFrance,Paris\n")?.message.contains("no 'to' column") == true)
        #expect(error("group,to,to\n")?.location?.column == 10)
        #expect(error("")?.message.contains("empty") == true)
    }

    @Test func pointsAtBrokenQuotesAndBytesThatAreNotUTF8() {
        #expect(error("group,to\nFrance,\"Paris\n")?.location == SourceLocation(file: "recipients.csv", line: 2, column: 8))
        #expect(error("group,to\nFrance,\"Paris\" x\n")?.location == SourceLocation(file: "recipients.csv", line: 2, column: 15))
        let notUTF8 = Array("group,to\nFrance,Par".utf8) + [0xFF] + Array("s\n".utf8)
        #expect(throws: InputError.self) { try RecipientList.parse(notUTF8, file: "r.csv") }
        do { _ = try RecipientList.parse(notUTF8, file: "r.csv") } catch let error as InputError {
            #expect(error.location == SourceLocation(file: "r.csv", line: 2, column: 11))
        } catch { Issue.record("unexpected \(error)") }
    }

    @Test func warnsAboutUnknownColumnsAndExtraFields() throws {
        let list = try parse("group,to,email\nFrance,Paris,a@b.org,extra\n")
        #expect(list.warnings.map(\.message).contains { $0.contains("unknown column 'email'") })
        #expect(list.warnings.contains { $0.location?.column == 22 && $0.message.contains("more fields") }, "\(list.warnings)")
    }
}

struct SafeFileNameTests {
    @Test func keepsLettersOfEveryScript() {
        #expect(SafeFileNames.safe("Россия") == "Россия")
        #expect(SafeFileNames.safe("中国") == "中国")
        #expect(SafeFileNames.safe("Côte d'Ivoire") == "Côte_d'Ivoire")
        // Decomposed input is composed, so the same group always gets the same bytes.
        #expect(SafeFileNames.safe("Co\u{302}te") == "Côte")
        #expect(SafeFileNames.safe("1–500") == "1-500")
    }

    @Test func replacesSeparatorsControlsAndBidiOverrides() {
        #expect(SafeFileNames.safe("../../etc/passwd") == "_._.._etc_passwd")
        #expect(SafeFileNames.safe("a\\b:c*d?e\"f<g>h|i") == "a_b_c_d_e_f_g_h_i")
        #expect(SafeFileNames.safe("line\nbreak\ttab\u{0}nul") == "line_break_tab_nul")
        #expect(SafeFileNames.safe("evil\u{202E}fdp.exe") == "evil_fdp.exe")
        #expect(!SafeFileNames.safe("\u{2028}x").unicodeScalars.contains("\u{2028}"))
    }

    @Test func avoidsHiddenEmptyAndDeviceNames() {
        #expect(SafeFileNames.safe(".hidden") == "_hidden")
        #expect(SafeFileNames.safe("..") == "group")
        #expect(SafeFileNames.safe("") == "group")
        #expect(SafeFileNames.safe("trailing...") == "trailing")
        #expect(SafeFileNames.safe("CON") == "CON_")
        #expect(SafeFileNames.safe("nul.txt") == "nul.txt_")
        #expect(SafeFileNames.safe("Console") == "Console")
    }

    @Test func cutsLongNamesAtACharacterBoundary() {
        let long = SafeFileNames.safe(String(repeating: "é", count: 100) + "👩‍👩‍👧")
        #expect(long.utf8.count <= SafeFileNames.maximumBytes)
        #expect(long == String(repeating: "é", count: 60))
    }

    @Test func resolvesCollisionsAsACaseInsensitiveFileSystemWould() {
        var names = SafeFileNames()
        let given = ["France", "FRANCE", "a/b", "a_b", "France", "Côte", "Co\u{302}te", "group", ""]
        let made = given.map { names.name(for: $0) }
        #expect(made == ["France", "FRANCE-2", "a_b", "a_b-2", "France-3", "Côte", "Côte-2", "group", "group-2"])
    }
}

struct DeliveryPlanTests {
    let parts = [
        SignatoryPart(name: "France", range: 0..<3, groups: []),
        SignatoryPart(name: "Mali", range: 3..<5, groups: []),
        SignatoryPart(name: "Georgia", range: 5..<6, groups: []),
        SignatoryPart(name: "GEORGIA", range: 6..<8, groups: []),
        SignatoryPart(name: "Other", range: 8..<9, groups: []),
    ]

    func recipient(_ group: String, line: Int) -> Recipient {
        Recipient(group: group, to: ["To \(group)"], location: SourceLocation(file: "r.csv", line: line, column: 1))
    }

    @Test func matchesExactlyThenIgnoringCaseWhenThatIsUnambiguous() {
        let plan = DeliveryPlan(recipients: [recipient("france", line: 2), recipient("Georgia", line: 3),
                                             recipient("georgia", line: 4), recipient("France", line: 5)],
                                parts: parts, splitColumn: "country")
        #expect(plan.copies.map(\.part.name) == ["France", "Georgia", "France"])
        #expect(plan.recipientsWithoutGroup.map(\.location.line) == [4])
        #expect(plan.warnings[0].message.contains("matches 'Georgia' and 'GEORGIA' only ignoring case"))
    }

    @Test func namesEveryGroupWithoutARecipientAndEveryRecipientWithoutAGroup() {
        let plan = DeliveryPlan(recipients: [recipient("France", line: 2), recipient("Atlantis", line: 3)],
                                parts: parts, splitColumn: "country")
        #expect(plan.partsWithoutRecipient.map(\.name) == ["Mali", "Georgia", "GEORGIA", "Other"])
        let messages = plan.warnings.map(\.description)
        #expect(messages.contains("r.csv:3:1: warning: recipient 'To Atlantis' names group 'Atlantis', which is no country of the list (0 signatures): no copy made"))
        #expect(messages.contains("warning: 1 recipient without a group got no copy (see above)"))
        #expect(messages.contains("warning: 4 country groups have no recipient, so 6 signatures are in no delivery copy: Mali (2), Georgia (1), GEORGIA (2), Other (1)"))
    }

    @Test func indexCellsAreQuotedAndFormulaSafe() {
        let csv = DeliveryIndex.csv([.init(recipient: "=HYPERLINK(\"x\")", group: "A, B", file: "A,_B.pdf", language: "fr",
                                           signatures: 3, digest: "ab")])
        #expect(csv == "recipient,group,file,language,signatures,digest\n\"'=HYPERLINK(\"\"x\"\")\",\"A, B\",\"A,_B.pdf\",fr,3,ab\n")
    }
}
