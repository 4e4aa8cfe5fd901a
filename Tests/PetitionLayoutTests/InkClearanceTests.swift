import DisplayList
import PetitionDocument
import Testing
import TypographyTestSupport
@testable import PetitionLayout
import Typography

/// Lines of scripts that stack far above and below the baseline get the leading that keeps them
/// apart; lines that never come close keep the layout's leading exactly.
@Suite("Leading that keeps the ink of consecutive lines apart")
struct InkClearanceTests {
    static let khmer = "មនុស្សទាំងអស់កើតមកមានសេរីភាពនិងសមភាពក្នុងសេចក្ដីថ្លៃថ្នូរនិងសិទ្ធិ។ មនុស្សគ្រប់រូបសុទ្ធតែមានវិចារណញ្ញាណនិងសតិសម្បជញ្ញៈ ហើយត្រូវប្រព្រឹត្តចំពោះគ្នាទៅវិញទៅមកក្នុងស្មារតីភាតរភាពជាបងប្អូន។ "
    static let myanmar = "လူတိုင်းသည် တူညီ လွတ်လပ်သော ဂုဏ်သိက္ခာဖြင့် လည်းကောင်း၊ တူညီလွတ်လပ်သော အခွင့်အရေးများဖြင့် လည်းကောင်း၊ မွေးဖွားလာသူများ ဖြစ်သည်။ "
    static let english = "All human beings are born free and equal in dignity and rights. They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood. "
    static let vietnamese = "Tất cả mọi người sinh ra đều được tự do và bình đẳng về nhân phẩm và quyền lợi. Mọi con người đều được tạo hóa ban cho lý trí và lương tâm. "

    /// The layout's body text: 11 pt on 14.5 pt, 400 pt wide (classic-a4).
    func leading(for text: String, language: String) throws -> (set: Double, paragraph: SetParagraph) {
        let style = ParagraphStyle(text: try TestFonts.style(size: 11, language: language), alignment: .justified, width: 400)
        let paragraph = SetParagraph(String(repeating: text, count: 3), style: style, leading: 14.5, x: 50, library: TestFonts.library)
        #expect(paragraph.lines.count > 3)
        return (InkClearance.leading(for: paragraph, atLeast: 14.5, library: TestFonts.library), paragraph)
    }

    @Test(arguments: [(khmer, "km"), (myanmar, "my")])
    func stackedScriptsGetTheLeadingTheirInkNeeds(text: String, language: String) throws {
        let (leading, paragraph) = try leading(for: text, language: language)
        #expect(leading > 16, "\(leading)")
        // The need comes from the ink, not from the leading asked for: any smaller leading gives
        // the same answer, and a larger one is kept.
        #expect(InkClearance.leading(for: paragraph, atLeast: 12, library: TestFonts.library) == leading)
        #expect(InkClearance.leading(for: paragraph, atLeast: leading + 3, library: TestFonts.library) == leading + 3)
    }

    @Test(arguments: [(english, "en"), (vietnamese, "vi")])
    func textThatNeverComesCloseKeepsTheLeading(text: String, language: String) throws {
        #expect(try leading(for: text, language: language).set == 14.5)
    }

    /// A list entry's detail line moves down, in half points, when the name's ink would touch
    /// it; a Latin entry keeps the layout's spacing, and measuring and placing agree (the page
    /// holds every entry, in order, none overlapping the next).
    @Test func anEntryWhoseNameReachesIntoItsDetailLineGetsRoom() throws {
        let entries = [("Ada Lovelace", "London"), ("ꦱꦸꦮꦂꦢꦶ", "Yogyakarta"), ("จักรชัย กุมารบุญ", "บริษัท ทศโยธิน จำกัด (มหาชน)"),
                       ("Grace Hopper", "New York")]
        let signatories = entries.enumerated().map { index, entry in
            Signatory(name: entry.0, city: entry.1, line: index + 2)
        }
        let request = try DocumentFixture.request(DocumentFixture.letter(["Everyone is born free."]), signatories: signatories,
                                                  language: "en")
        let runs = DocumentFixture.runs(try DocumentFixture.pages(request))
        let settings = request.settings.signatories
        let standard = settings.nameLeading * 0.25 + settings.detailLeading * 0.75
        var gaps: [Double] = []
        for (name, city) in entries {
            let nameRun = try #require(runs.first { $0.text == name || $0.text.hasPrefix(name.split(separator: " ")[0]) })
            let cityRun = try #require(runs.first { $0.text.hasPrefix(city.split(separator: " ")[0]) })
            gaps.append(try #require(cityRun.glyphs.first).y - (try #require(nameRun.glyphs.first).y))
            let room = InkClearance.room(between: [nameRun], and: [cityRun], size: settings.detailSize,
                                         boxes: GlyphInkBoxes(library: TestFonts.library))
            #expect(room == 0, "\(name): the name's ink still reaches into the detail line")
        }
        #expect(abs(gaps[0] - standard) < 1e-9 && abs(gaps[3] - standard) < 1e-9, "\(gaps)")
        for gap in gaps[1...2] {
            #expect(gap > standard && ((gap - standard) / InkClearance.roomStep).rounded() * InkClearance.roomStep - (gap - standard) < 1e-9, "\(gaps)")
        }
    }

    @Test func aSingleLineHasNothingToClear() throws {
        let style = ParagraphStyle(text: try TestFonts.style(size: 11), alignment: .justified, width: 400)
        let paragraph = SetParagraph("ស្ត្រី", style: style, leading: 5, x: 0, library: TestFonts.library)
        #expect(InkClearance.leading(for: paragraph, atLeast: 5, library: TestFonts.library) == 5)
    }
}
