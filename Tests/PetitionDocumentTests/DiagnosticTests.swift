import Diagnostics
import Foundation
import Testing

/// One shape for every error and warning: printed as editors expect, serialised as a server
/// sends it, and every error type of the program speaks through it.
@Suite("diagnostics")
struct DiagnosticTests {
    @Test func anErrorPrintsFileLineColumnSeverityMessageAndHint() {
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "names.csv", line: 3, column: 17), "unterminated quoted field",
                                          hint: "close the quote or double it")
        #expect(diagnostic.description == "names.csv:3:17: error: unterminated quoted field\n  hint: close the quote or double it")
    }

    @Test func placesAreLeftOutWhereTheyAreUnknown() {
        #expect(Diagnostic.error(file: "letter.txt", "cannot read the file").description == "letter.txt: error: cannot read the file")
        #expect(Diagnostic.error(file: nil, "cairo failed").description == "error: cairo failed")
        #expect(Diagnostic(.error, file: "hyph.dic", line: 2, "bad").description == "hyph.dic:2: error: bad")
        #expect(Diagnostic.warning(at: nil, "no signatories").description == "warning: no signatories")
    }

    @Test func jsonCarriesEveryFieldAndLeavesOutUnknownOnes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let error = Diagnostic.error(at: SourceLocation(file: "names.csv", line: 3, column: 17), "unterminated quoted field")
        #expect(String(decoding: try encoder.encode(error), as: UTF8.self)
            == #"{"column":17,"file":"names.csv","line":3,"message":"unterminated quoted field","severity":"error"}"#)
        let warning = Diagnostic.warning(at: nil, "no signatories", hint: "add --signatories")
        let decoded = try JSONDecoder().decode(Diagnostic.self, from: try encoder.encode(warning))
        #expect(decoded == warning)
    }

    @Test func anInputErrorIsOneDiagnostic() {
        let error = InputError(at: SourceLocation(file: "letter.txt", line: 1, column: 4), "not UTF-8")
        #expect(Diagnostic.of(error) == [.error(at: SourceLocation(file: "letter.txt", line: 1, column: 4), "not UTF-8")])
        #expect(error.description == "letter.txt:1:4: error: not UTF-8")
        #expect(InputError(file: "x.txt", "missing").description == "x.txt: error: missing")
    }

    @Test func anyOtherErrorBecomesAnErrorWithoutAPlace() {
        struct Odd: Error, CustomStringConvertible { var description: String { "odd" } }
        #expect(Diagnostic.of(Odd()) == [.error(file: nil, "odd")])
    }
}
