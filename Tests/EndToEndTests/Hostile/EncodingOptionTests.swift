import Foundation
import Testing

/// `--encoding` and UTF-16 signatory files through the command line.
@Suite("Signatory file encodings, end to end")
struct EncodingOptionTests {
    func render(_ data: Data, _ arguments: [String]) throws -> (result: ToolResult, text: String) {
        let folder = try Fixtures.scratchFolder()
        let list = folder.appendingPathComponent("list.csv")
        try data.write(to: list)
        let pdf = folder.appendingPathComponent("out.pdf").path
        let result = try ToolRunner.run(Fixtures.petition, ["render", Fixtures.exampleLetter, "--signatories", list.path, "-o", pdf] + arguments)
        let text = result.status == 0 ? try ToolRunner.run("pdftotext", ["-enc", "UTF-8", pdf, "-"]).output : ""
        if result.status == 0 { try HostileListTests.expectSamePageCount(pdf) }
        return (result, text)
    }

    @Test func windows1252AndLatin1() throws {
        let bytes = Data("name,organisation\nFran".utf8) + [0xE7] + Data("ois Dupont,".utf8) + [0x80] + Data(" Fund\n".utf8)
        let windows = try render(bytes, ["--encoding", "windows-1252"])
        #expect(windows.result.status == 0, "\(windows.result.errors)")
        #expect(windows.text.contains("François Dupont") && windows.text.contains("€ Fund"))
        let latin1 = try render(bytes, ["--encoding", "latin1"])
        #expect(latin1.text.contains("François Dupont"))
        #expect(latin1.result.errors.contains("organisation: removed control character U+0080"))
        let utf8 = try render(bytes, [])
        #expect(utf8.result.errors.contains("list.csv:2:1: warning: row not printed: invalid UTF-8 at byte offset 22"))
        let unknown = try render(bytes, ["--encoding", "ebcdic"])
        #expect(unknown.result.status != 0 && unknown.result.errors.contains("encoding"))
    }

    @Test func utf16WithAByteOrderMark() throws {
        var data = Data([0xFF, 0xFE])
        for unit in "name,city\nZoë Łukasiewicz,Kraków\n".utf16 { data += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (result, text) = try render(data, [])
        #expect(result.status == 0, "\(result.errors)")
        #expect(text.contains("Zoë Łukasiewicz") && text.contains("Kraków"))
    }
}
