import Foundation
import Testing

/// The same letter written the three ways people write plain text gives the same PDF text.
@Suite("Letter forms: blank-line, one paragraph per line, BOM and CRLF")
struct LetterFormsTests {
    static let paragraphs = [
        "We, the undersigned, ask the council to keep the public library on Elm Street open for at least six days a week, including Saturday afternoons when working families can visit.",
        "The library is the only free indoor space within walking distance for thousands of residents; closing it would fall hardest on schoolchildren, job seekers and older people.",
        "We are ready to help: volunteers have offered to run reading clubs and homework sessions without charge.",
    ]

    static func hardWrapped(_ paragraph: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ") {
            if line.count + word.count + 1 > 72 { lines.append(line); line = "" }
            line += line.isEmpty ? String(word) : " " + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    @Test func allFormsExtractToTheSameText() throws {
        let header = "Title: Keep the Library Open\n"
        let forms: [String: Data] = [
            "wrapped.txt": Data((header + "\n" + Self.paragraphs.map(Self.hardWrapped).joined(separator: "\n\n") + "\n").utf8),
            "perline.txt": Data(("Keep the Library Open\n" + Self.paragraphs.joined(separator: "\n")).utf8),
            "bomcrlf.txt": Data([0xEF, 0xBB, 0xBF]) + Data((header + "\r\n" + Self.paragraphs.joined(separator: "\r\n\r\n") + "\r\n").utf8),
        ]
        let folder = try Fixtures.scratchFolder()
        var texts: [String: String] = [:]
        for (name, data) in forms {
            let letter = folder.appendingPathComponent(name)
            try data.write(to: letter)
            let pdf = folder.appendingPathComponent(name + ".pdf").path
            let result = try ToolRunner.run(Fixtures.petition, ["render", letter.path, "-o", pdf],
                                            environment: ["SOURCE_DATE_EPOCH": "0"])
            #expect(result.status == 0, "\(name): \(result.errors)")
            texts[name] = try ToolRunner.run("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"]).output
        }
        #expect(texts["wrapped.txt"] == texts["perline.txt"])
        #expect(texts["wrapped.txt"] == texts["bomcrlf.txt"])
        #expect(texts["wrapped.txt"]?.contains("Keep the Library Open") == true)
    }
}
