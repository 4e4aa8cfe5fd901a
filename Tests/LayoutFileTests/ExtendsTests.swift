import Testing
import Diagnostics
import LayoutFile

@Suite("extends: inheriting from another layout")
struct ExtendsTests {
    private let base = """
        format = 1
        description = "Base"
        [page]
        size = "A5"
        margin-inner = "20mm"
        [signatories]
        columns = 2
        """

    @Test func childOverridesOneKeyAndKeepsTheRest() throws {
        let layouts = try TemporaryLayouts([
            "base.toml": base,
            "child.toml": "format = 1\ndescription = \"Child\"\nextends = \"base\"\n[signatories]\ncolumns = 1\n",
        ])
        let parent = try layouts.library.load("base")
        let child = try layouts.library.load("child")
        #expect(child.signatories.columns == 1)
        #expect(parent.signatories.columns == 2)
        #expect(child.page == parent.page)
        #expect(child.page.size == PageSize.named("A5"))
        #expect(child.name == "child")
        #expect(child.description == "Child")
        var expected = parent
        expected.name = "child"
        expected.description = "Child"
        expected.signatories.columns = 1
        #expect(child == expected)
    }

    @Test func descriptionIsNotInherited() throws {
        let layouts = try TemporaryLayouts(["base.toml": base, "quiet.toml": "format = 1\nextends = \"base\"\n"])
        #expect(try layouts.library.load("quiet").description == "")
    }

    @Test func chainsOfThree() throws {
        let layouts = try TemporaryLayouts([
            "base.toml": base,
            "middle.toml": "format = 1\nextends = \"base\"\n[body]\nsize = 10\n",
            "leaf.toml": "format = 1\nextends = \"middle\"\n[body]\nleading = 12\n",
        ])
        let leaf = try layouts.library.load("leaf")
        #expect(leaf.body.size == 10)
        #expect(leaf.body.leading == 12)
        #expect(leaf.signatories.columns == 2)
    }

    @Test func extendsByRelativePath() throws {
        let layouts = try TemporaryLayouts([
            "shared/base.toml": base,
            "mine/child.toml": "format = 1\nextends = \"../shared/base.toml\"\n[fonts]\nset = \"other\"\n",
        ])
        let child = try layouts.library.load(layouts.directory.appendingPathComponent("mine/child.toml").path)
        #expect(child.fontSet == "other")
        #expect(child.signatories.columns == 2)
        #expect(child.name == "child")
    }

    @Test func cyclesAreDetected() throws {
        let layouts = try TemporaryLayouts([
            "a.toml": "format = 1\nextends = \"b\"\n",
            "b.toml": "format = 1\n\nextends = \"a\"\n",
            "self.toml": "format = 1\nextends = \"self.toml\"\n",
        ])
        let error = #expect(throws: InputError.self) { try layouts.library.load("a") }
        #expect(error?.message == "'extends' goes round in a circle: a → b → a")
        #expect(error?.location == SourceLocation(file: layouts.path("b.toml"), line: 3, column: 11))
        let selfError = #expect(throws: InputError.self) { try layouts.library.load("self") }
        #expect(selfError?.message == "'extends' goes round in a circle: self → self")
    }

    @Test func unknownParentIsReportedAtTheExtendsLine() throws {
        let layouts = try TemporaryLayouts(["base.toml": base, "child.toml": "format = 1\nextends = \"bsae\"\n"])
        let error = #expect(throws: InputError.self) { try layouts.library.load("child") }
        #expect(error?.location == SourceLocation(file: layouts.path("child.toml"), line: 2, column: 11))
        #expect(error?.message == "unknown layout 'bsae'; did you mean 'base'? Available layouts: base, child")
        let missing = try TemporaryLayouts(["child.toml": "format = 1\nextends = \"nowhere.toml\"\n"])
        let fileError = #expect(throws: InputError.self) { try missing.library.load("child") }
        #expect(fileError?.location?.line == 2)
        #expect(fileError?.message.hasPrefix("no layout file 'nowhere.toml'") == true)
    }

    @Test func errorsPointAtTheFileHoldingTheBadValue() throws {
        let layouts = try TemporaryLayouts([
            "broken.toml": "format = 1\n[body]\nsize = \"big\"\n",
            "child.toml": "format = 1\nextends = \"broken\"\n[body]\nsize = 10\n",
        ])
        let error = #expect(throws: InputError.self) { try layouts.library.load("child") }
        #expect(error?.location == SourceLocation(file: layouts.path("broken.toml"), line: 3, column: 8))
        #expect(error?.message == "expected a number for 'size', got a string")
    }

    @Test func parentMustDeclareItsFormatToo() throws {
        let layouts = try TemporaryLayouts(["base.toml": "[body]\nsize = 10\n", "child.toml": "format = 1\nextends = \"base\"\n"])
        let error = #expect(throws: InputError.self) { try layouts.library.load("child") }
        #expect(error?.location == SourceLocation(file: layouts.path("base.toml"), line: 1, column: 1))
    }

    @Test func geometryErrorsBlameTheChildThatBrokeThem() throws {
        let layouts = try TemporaryLayouts([
            "base.toml": "format = 1\n[page]\nmargin-inner = \"25mm\"\nmargin-outer = \"25mm\"\n",
            "small.toml": "format = 1\nextends = \"base\"\n[page]\nsize = \"60mm x 200mm\"\n",
            "wide.toml": "format = 1\nextends = \"base\"\n[signatories]\ngutter = \"60mm\"\n",
        ])
        let small = #expect(throws: InputError.self) { try layouts.library.load("small") }
        #expect(small?.location == SourceLocation(file: layouts.path("small.toml"), line: 4, column: 1))
        let wide = #expect(throws: InputError.self) { try layouts.library.load("wide") }
        #expect(wide?.location == SourceLocation(file: layouts.path("wide.toml"), line: 4, column: 1))
        #expect(wide?.message == "3 signatory columns with 170.1pt gutters would be 37.8pt wide each; "
            + "columns need at least 60pt, so at most 2 fit on this page")
    }
}
