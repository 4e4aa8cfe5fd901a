import Testing
import Diagnostics
import LayoutFile

@Suite("Validation of layout files")
struct ValidationTests {
    /// Loads `text` as `test.toml` and returns the error it throws.
    private func error(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> InputError? {
        let layouts = try TemporaryLayouts(["test.toml": text])
        let error = #expect(throws: InputError.self, sourceLocation: sourceLocation) { try layouts.library.load("test") }
        if let file = error?.location?.file {
            #expect(file == layouts.path("test.toml"), sourceLocation: sourceLocation)
        }
        return error
    }

    private func expectError(_ text: String, line: Int, column: Int, _ message: String,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let error = try self.error(text, sourceLocation: sourceLocation)
        #expect(error?.location?.line == line, sourceLocation: sourceLocation)
        #expect(error?.location?.column == column, sourceLocation: sourceLocation)
        #expect(error?.message == message, sourceLocation: sourceLocation)
    }

    @Test func minimalFileGetsTheBuiltInDefaults() throws {
        let layouts = try TemporaryLayouts(["bare.toml": "format = 1\n"])
        var expected = LayoutSettings.standard
        expected.name = "bare"
        expected.description = ""
        #expect(try layouts.library.load("bare") == expected)
    }

    @Test func formatIsRequiredAndVersioned() throws {
        try expectError("description = \"x\"\n", line: 1, column: 1,
                        "missing 'format = 1'; every layout file names the format version it is written for")
        try expectError("format = 2\n", line: 1, column: 10, "unsupported layout format 2; this version of petition reads format 1")
        try expectError("format = \"1\"\n", line: 1, column: 10, "expected a whole number for 'format', got a string")
    }

    @Test func unknownKeysSuggestTheClosest() throws {
        try expectError("format = 1\n[signatories]\ncolums = 4\n", line: 3, column: 1,
                        "unknown key 'colums' in [signatories]; did you mean 'columns'?")
        try expectError("format = 1\n[footer]\nzzz = 1\n", line: 3, column: 1, "unknown key 'zzz' in [footer]; its keys are digits, signatures, size, text")
        try expectError("format = 1\nfromat = 1\n", line: 2, column: 1, "unknown key 'fromat' at the top level; did you mean 'format'?")
        try expectError("format = 1\ncolumns = 2\n", line: 2, column: 1, "unknown key 'columns' at the top level; it belongs under [signatories]")
        try expectError("format = 1\n[numbers]\ndigits = \"nativ\"\n", line: 3, column: 10,
                        "unknown value 'nativ' for 'digits'; did you mean 'native'? (choices: latin, native)")
    }

    @Test func unknownTables() throws {
        try expectError("format = 1\n\n[signatory]\n", line: 3, column: 1,
                        "unknown table [signatory]; did you mean [signatories]?")
        try expectError("format = 1\n[page.extra]\nx = 1\n", line: 2, column: 1,
                        "unknown table [page.extra]; layout files have [page], [fonts], [body], [title], [heading], [signatories], [header], [footer], [numbers], [notes], [document]")
    }

    @Test func wrongTypes() throws {
        try expectError("format = 1\n[body]\nsize = \"11pt\"\n", line: 3, column: 8, "expected a number for 'size', got a string")
        try expectError("format = 1\n[body]\nhyphenate = \"yes\"\n", line: 3, column: 13, "expected true or false for 'hyphenate', got a string")
        try expectError("format = 1\n[signatories]\ncolumns = 2.5\n", line: 3, column: 11, "expected a whole number for 'columns', got 2.5")
        try expectError("format = 1\n[signatories]\nfields = \"city\"\n", line: 3, column: 10, "expected a list of strings for 'fields', got a string")
        try expectError("format = 1\n[page]\nmargin-top = true\n", line: 3, column: 14,
                        "expected a length like \"12pt\" or \"8mm\" for 'margin-top', got a boolean")
        try expectError("format = 1\n[fonts]\nset = [\"a\"]\n", line: 3, column: 7, "expected a string for 'set', got an array")
    }

    @Test func badLengthsAndSizes() throws {
        try expectError("format = 1\n[signatories]\ngutter = \"8 px\"\n", line: 3, column: 10,
                        "invalid length '8 px' for 'gutter'; use a number with pt, mm, cm or in, like \"12pt\" or \"8mm\"")
        try expectError("format = 1\n[body]\nlist-indent = \"-2mm\"\n", line: 3, column: 15, "'list-indent' must not be negative")
        try expectError("format = 1\n[page]\nsize = \"B5\"\n", line: 3, column: 8,
                        "invalid page size 'B5'; use one of A3, A4, A5, Letter, Legal, or a size like \"210mm x 297mm\"")
        try expectError("format = 1\n[title]\nsize = 0\n", line: 3, column: 8, "'size' must be greater than 0, got 0")
        try expectError("format = 1\n[body]\nleading = -1\n", line: 3, column: 11, "'leading' must be greater than 0, got -1")
        try expectError("format = 1\n[signatories]\ncolumns = -1\n", line: 3, column: 11,
                        "'columns' must be 1 or more, or 0 to fit as many as the page allows")
        try expectError("format = 1\n[fonts]\nset = \"\"\n", line: 3, column: 7, "'set' must name a font set in fonts/")
    }

    @Test func lengthsAcceptPlainNumbersAsPoints() throws {
        let layouts = try TemporaryLayouts(["n.toml": "format = 1\n[body]\nparagraph-spacing = 4\nlist-indent = 7.5\n"])
        let body = try layouts.library.load("n").body
        #expect(body.paragraphSpacing == 4)
        #expect(body.listIndent == 7.5)
    }

    @Test func choicesAndTemplates() throws {
        try expectError("format = 1\n[body]\nalign = \"right\"\n", line: 3, column: 9,
                        "unknown value 'right' for 'align' (choices: justify, left, center, start)")
        try expectError("format = 1\n[body]\nalign = \"centre\"\n", line: 3, column: 9,
                        "unknown value 'centre' for 'align'; did you mean 'center'? (choices: justify, left, center, start)")
        try expectError("format = 1\n[signatories]\nfields = [\"city\", \"twon\"]\n", line: 3, column: 19,
                        "unknown value 'twon' for 'fields' (choices: title, organisation, city, country)")
        try expectError("format = 1\n[signatories]\nfields = [\"city\", \"city\"]\n", line: 3, column: 19,
                        "'city' is listed twice in 'fields'")
        try expectError("format = 1\n[signatories]\nheading = \"Signed ({cuont})\"\n", line: 3, column: 11,
                        "unknown field '{cuont}' in 'heading'; did you mean {count}? (fields: {count})")
        try expectError("format = 1\n[footer]\ntext = \"page {page\"\n", line: 3, column: 8,
                        "unclosed '{' in 'text'; fields are written like {title}, {page}, {pages}, {date}")
    }

    @Test func impossibleMarginsPointAtTheMargin() throws {
        try expectError("format = 1\n[page]\nsize = \"A5\"\nmargin-inner = \"80mm\"\nmargin-outer = \"50mm\"\n", line: 4, column: 1,
                        "the margins leave 51pt for text across a 419.5pt-wide page (inner 226.8pt, outer 141.7pt); at least 72pt is needed")
        let error = try self.error("format = 1\n[page]\nmargin-top = \"140mm\"\nmargin-bottom = \"140mm\"\n")
        #expect(error?.location?.line == 3)
        #expect(error?.message.hasPrefix("the margins leave 48.2pt for text down a 841.9pt-high page") == true)
    }

    @Test func tooSmallAPagePointsAtTheSize() throws {
        try expectError("format = 1\n[page]\nsize = \"60mm x 200mm\"\n", line: 3, column: 1,
                        "the margins leave 28.3pt for text across a 170.1pt-wide page (inner 70.9pt, outer 70.9pt); at least 72pt is needed")
    }

    @Test func tooManyColumnsPointsAtColumns() throws {
        try expectError("format = 1\n[signatories]\ncolumns = 7\ngutter = \"4mm\"\n", line: 3, column: 1,
                        "7 signatory columns with 11.3pt gutters would be 55.1pt wide each; columns need at least 60pt, so at most 6 fit on this page")
    }

    @Test func automaticColumnsNeverFail() throws {
        let layouts = try TemporaryLayouts(["auto.toml": "format = 1\n[signatories]\ncolumns = 0\n"])
        let settings = try layouts.library.load("auto")
        #expect(settings.signatories.columns == 0)
        #expect(settings.signatories.columnCount(forTextWidth: settings.page.textWidth) == 3)
    }

    @Test func everyKeyIsApplied() throws {
        let layouts = try TemporaryLayouts(["all.toml": """
            format = 1
            description = 'All keys'
            [page]
            size = "400 x 600"
            margin-top = 10
            margin-bottom = 20
            margin-inner = 30
            margin-outer = 40
            [fonts]
            set = "noto-sans"
            [body]
            size = 10
            leading = 12
            align = "start"
            hyphenate = false
            paragraph-spacing = "1pt"
            first-line-indent = "2pt"
            list-indent = "3pt"
            [title]
            size = 21
            leading = 22
            space-after = "4pt"
            [heading]
            size = 14
            leading = 15
            space-before = "5pt"
            space-after = "6pt"
            [signatories]
            columns = 2
            gutter = "7pt"
            name-size = 9
            name-leading = 10
            detail-size = 7
            detail-leading = 8
            entry-spacing = "1in"
            fields = ["country", "title"]
            heading = "{count} people"
            [footer]
            text = "{date}"
            size = 6
            [numbers]
            digits = "native"
            """])
        let expected = LayoutSettings(
            name: "all", description: "All keys",
            page: PageSettings(size: PageSize(width: 400, height: 600), marginTop: 10, marginBottom: 20, marginInner: 30, marginOuter: 40),
            fontSet: "noto-sans",
            body: BodySettings(size: 10, leading: 12, alignment: .start, hyphenate: false,
                               paragraphSpacing: 1, firstLineIndent: 2, listIndent: 3),
            title: TitleSettings(size: 21, leading: 22, spaceAfter: 4),
            heading: HeadingSettings(size: 14, leading: 15, spaceBefore: 5, spaceAfter: 6),
            signatories: SignatorySettings(columns: 2, gutter: 7, nameSize: 9, nameLeading: 10, detailSize: 7,
                                           detailLeading: 8, entrySpacing: 72, fields: [.country, .title],
                                           headingTemplate: "{count} people"),
            footer: FooterSettings(text: "{date}", size: 6), numbers: NumberSettings(digits: .native))
        #expect(try layouts.library.load("all") == expected)
    }
}
