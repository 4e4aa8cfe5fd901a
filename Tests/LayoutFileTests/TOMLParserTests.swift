import Testing
@testable import LayoutFile

@Suite("TOML subset: what parses")
struct TOMLParserTests {
    private func value(_ text: String) throws -> TOMLValue.Content {
        let document = try TOMLParser.parse("key = \(text)\n", file: "t.toml")
        return try #require(document.rootEntry("key")).value.content
    }

    @Test func scalarsOfEveryKind() throws {
        #expect(try value(#""hello""#) == .string("hello"))
        #expect(try value("'C:\\fonts\\n'") == .string("C:\\fonts\\n"))
        #expect(try value("42") == .integer(42))
        #expect(try value("-7") == .integer(-7))
        #expect(try value("+3") == .integer(3))
        #expect(try value("1_000") == .integer(1000))
        #expect(try value("11.5") == .float(11.5))
        #expect(try value("-0.25") == .float(-0.25))
        #expect(try value("6e-3") == .float(0.006))
        #expect(try value("1E2") == .float(100))
        #expect(try value("true") == .boolean(true))
        #expect(try value("false") == .boolean(false))
    }

    @Test func basicStringEscapes() throws {
        #expect(try value(#""say \"hi\"""#) == .string("say \"hi\""))
        #expect(try value(#""back\\slash""#) == .string("back\\slash"))
        #expect(try value(#""a\nb\tc""#) == .string("a\nb\tc"))
        #expect(try value(#""caf\u00E9 \U0001F600""#) == .string("café 😀"))
        #expect(try value(##""# not a comment""##) == .string("# not a comment"))
    }

    @Test func arraysOnOneLineAndSeveral() throws {
        guard case .array(let single) = try value(#"["city", "country"]"#) else {
            Issue.record("expected an array")
            return
        }
        #expect(single.map(\.content) == [.string("city"), .string("country")])
        #expect(single.map(\.location.column) == [8, 16])

        let document = try TOMLParser.parse("""
            fields = [
              "title",   # first
              # a whole-line comment
              "city",
            ]
            after = 1
            """, file: "t.toml")
        guard case .array(let multi) = try #require(document.rootEntry("fields")).value.content else {
            Issue.record("expected an array")
            return
        }
        #expect(multi.map(\.content) == [.string("title"), .string("city")])
        #expect(multi.map(\.location.line) == [2, 4])
        #expect(document.rootEntry("after")?.keyLocation.line == 6)
        #expect(try value("[]") == .array([]))
    }

    @Test func tablesCommentsAndLocations() throws {
        let document = try TOMLParser.parse("""
            # header comment
            format = 1   # trailing comment

            [page]
            size = "A4"
              [ page.sub ]   # spaces inside headers are fine
            x = 'y'\r\n
            """, file: "t.toml")
        #expect(document.root.map(\.key) == ["format"])
        #expect(document.tables.map(\.name) == ["page", "page.sub"])
        #expect(document.tables.map(\.path) == [["page"], ["page", "sub"]])
        #expect(document.tables[1].location.line == 6)
        #expect(document.tables[1].location.column == 3)
        let size = try #require(document.tables[0].entries.first)
        #expect(size.key == "size")
        #expect(size.keyLocation.line == 5 && size.keyLocation.column == 1)
        #expect(size.value.location.column == 8)
        #expect(document.tables[1].entries.first?.value.content == .string("y"))
    }

    @Test func emptyAndCommentOnlyFilesParse() throws {
        #expect(try TOMLParser.parse("", file: "t.toml").root.isEmpty)
        #expect(try TOMLParser.parse("\u{FEFF}# only a comment\n\n", file: "t.toml").tables.isEmpty)
    }
}
