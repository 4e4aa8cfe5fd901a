import Testing
import Diagnostics
@testable import LayoutFile

@Suite("TOML subset: what is rejected, and where")
struct TOMLParserErrorTests {
    /// The error parsing `text` throws; records an issue if it parses.
    private func error(_ text: String) -> InputError? {
        #expect(throws: InputError.self) { try TOMLParser.parse(text, file: "t.toml") }
    }

    private func expectError(_ text: String, line: Int, column: Int, _ message: String,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let error = self.error(text)
        #expect(error?.location == Diagnostics.SourceLocation(file: "t.toml", line: line, column: column),
                sourceLocation: sourceLocation)
        #expect(error?.message == message, sourceLocation: sourceLocation)
    }

    @Test func unterminatedStrings() {
        expectError("a = 1\nname = \"open\n", line: 2, column: 8, "unterminated string; add the closing \"")
        expectError("name = 'open", line: 1, column: 8, "unterminated string; add the closing '")
    }

    @Test func duplicateKeysNameBothLines() {
        expectError("[body]\nsize = 1\n\nsize = 2\n", line: 4, column: 1,
                    "duplicate key 'size' in [body]: set on line 2 and again on line 4")
        expectError("a = 1\na = 2", line: 2, column: 1,
                    "duplicate key 'a' at the top level: set on line 1 and again on line 2")
        expectError("[page]\n[body]\n[page]\n", line: 3, column: 1,
                    "duplicate table [page]: defined on line 1 and again on line 3")
    }

    @Test func sameKeyInDifferentTablesIsFine() throws {
        let document = try TOMLParser.parse("[body]\nsize = 1\n[title]\nsize = 2\n", file: "t.toml")
        #expect(document.tables.map(\.entries.count) == [1, 1])
    }

    @Test func unsupportedTOMLFeatures() {
        expectError("[page]\nmargins = { top = 1 }", line: 2, column: 11,
                    "inline tables are not supported in layout files; use a [table] header")
        expectError("text = \"\"\"\nhi\"\"\"", line: 1, column: 8, "multi-line strings are not supported in layout files")
        expectError("text = '''x'''", line: 1, column: 8, "multi-line strings are not supported in layout files")
        expectError("when = 1979-05-27", line: 1, column: 8, "dates and times are not supported in layout files")
        expectError("at = 07:32:00", line: 1, column: 6, "dates and times are not supported in layout files")
        expectError("[[pages]]", line: 1, column: 1, "arrays of tables ([[...]]) are not supported in layout files")
        expectError("page.size = 1", line: 1, column: 1, "dotted keys are not supported in layout files; use a [table] header")
        expectError("\"size\" = 1", line: 1, column: 1, "quoted keys are not supported in layout files")
        expectError("a = [[1], [2]]", line: 1, column: 6, "nested arrays are not supported in layout files")
        expectError("a = nan", line: 1, column: 5, "inf and nan are not supported in layout files")
        expectError("a = 0xff", line: 1, column: 5, "hexadecimal, octal and binary numbers are not supported in layout files")
    }

    @Test func garbageLines() {
        expectError("format = 1\nhello world\n", line: 2, column: 7, "expected '=' after the key 'hello'")
        expectError("!!!", line: 1, column: 1, "expected a key (letters, digits, '-' and '_'), a [table] header or a comment")
        expectError("a = 1 2", line: 1, column: 7, "unexpected text after the value")
        expectError("[page] x", line: 1, column: 8, "unexpected text after the table header")
        expectError("[page", line: 1, column: 6, "expected ']' to close the table header")
        expectError("size =   # nothing", line: 1, column: 10, "missing value for 'size'")
    }

    @Test func badValues() {
        expectError("align = justify", line: 1, column: 9, "invalid value 'justify'; text needs quotes, like \"justify\"")
        expectError("gutter = 8mm", line: 1, column: 10, "invalid value '8mm'; text needs quotes, like \"8mm\"")
        expectError("n = 007", line: 1, column: 5, "invalid number '007'")
        expectError("n = 1__0", line: 1, column: 5, "invalid number '1__0'")
        expectError("n = 1.", line: 1, column: 5, "invalid number '1.'")
        expectError("n = 99999999999999999999", line: 1, column: 5, "number '99999999999999999999' is out of range")
        expectError("a = [1 2]", line: 1, column: 8, "expected ',' or ']' in the array")
        expectError("a = [1,\n2,\n", line: 1, column: 5, "unterminated array; add the closing ']'")
    }

    @Test func badEscapes() {
        expectError(#"s = "a\qb""#, line: 1, column: 7, "invalid escape '\\q' in string; use \\\\ for a backslash")
        expectError(#"s = "\u12""#, line: 1, column: 6, "a \\u escape needs 4 hexadecimal digits")
        expectError(#"s = "\uD800""#, line: 1, column: 6, "'D800' is not a Unicode scalar value")
    }

    @Test func columnsCountUnicodeScalars() {
        expectError("é = 1", line: 1, column: 1, "expected a key (letters, digits, '-' and '_'), a [table] header or a comment")
        expectError("s = \"é\" x", line: 1, column: 9, "unexpected text after the value")
    }
}
