import DisplayList
import Foundation

/// Adds entries to a finished PDF's catalog and page dictionaries the way PDF intends late
/// changes: new versions of the changed objects and a new cross-reference section appended
/// after the original bytes, which stay untouched (ISO 32000-1, 7.5.6). cairo 1.16 cannot set
/// `/Lang`, `/TrimBox` or `/BleedBox` itself. Reads what cairo writes: a classic `xref` table
/// and uncompressed catalog, pages tree and page objects.
///
/// The file is mapped, not read: only its cross-reference table and the objects changed are
/// touched, and the update is appended, so a PDF of 8,000 pages (about 50 MB) costs no memory.
///
/// Written here rather than done with libqpdf (Debian's 11.3): qpdf writes a whole new file and
/// has no mode that appends an update. Rewriting the 13,086-page PDF of a million names took it
/// 2.2 s and 185 MB (measured with `qpdf in.pdf out.pdf`); the appended update costs milliseconds.
struct PDFIncrementalUpdate {
    private let bytes: Data
    private let offsets: [Int: Int]
    private let trailer: String
    private let previousXref: Int
    private var changed: [Int: String] = [:]
    private var pageObjects: [Int]?

    /// Maps the PDF at `path` and reads its cross-reference table.
    init(contentsOf path: String) throws {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw Self.failure("cannot read \(path)")
        }
        try self.init(data)
    }

    /// Reads the cross-reference table of the PDF `bytes`.
    init(_ bytes: Data) throws {
        self.bytes = bytes
        let tail = String(decoding: bytes.suffix(64), as: UTF8.self)
        guard let start = tail.range(of: "startxref", options: .backwards),
              let xref = Int(tail[start.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "") else {
            throw Self.failure("no startxref")
        }
        previousXref = xref
        let rest = String(decoding: bytes[xref...], as: UTF8.self)
        guard let trailerStart = rest.range(of: "trailer"), let end = rest.range(of: "startxref") else {
            throw Self.failure("no trailer")
        }
        trailer = String(rest[trailerStart.upperBound..<end.lowerBound])
        var offsets: [Int: Int] = [:]
        let lines = rest[..<trailerStart.lowerBound].split(whereSeparator: \.isNewline).dropFirst()
        var number = 0
        for line in lines {
            let fields = line.split(separator: " ")
            if fields.count == 2, let first = Int(fields[0]) {
                number = first
            } else if fields.count >= 3, let offset = Int(fields[0]) {
                if fields[2] == "n" { offsets[number] = offset }
                number += 1
            }
        }
        self.offsets = offsets
    }

    /// Sets `/key value` in the document catalog.
    mutating func setCatalogEntry(_ key: String, to value: String) throws {
        try setEntry(key, to: value, inObject: reference("Root", in: trailer))
    }

    /// Whether the document catalog has a `/key` entry.
    func catalogHas(_ key: String) throws -> Bool {
        let catalog = try changed[reference("Root", in: trailer)] ?? object(reference("Root", in: trailer))
        return (try? value(key, in: catalog)) != nil
    }

    /// Sets `/key value` in page `number`'s dictionary (counting from 1).
    mutating func setPageEntry(_ number: Int, _ key: String, to value: String) throws {
        if pageObjects == nil { pageObjects = try readPageObjects() }
        guard let pages = pageObjects, pages.indices.contains(number - 1) else { throw Self.failure("no page \(number)") }
        try setEntry(key, to: value, inObject: pages[number - 1])
    }

    /// The page objects in order, from the `/Kids` of the pages tree cairo writes (one level).
    private func readPageObjects() throws -> [Int] {
        let kids = try object(try reference("Pages", in: object(try reference("Root", in: trailer))))
        guard let open = kids.range(of: "/Kids"), let list = kids[open.upperBound...].range(of: "["),
              let close = kids[list.upperBound...].range(of: "]") else { throw Self.failure("no /Kids in the pages tree") }
        return kids[list.upperBound..<close.lowerBound].split(separator: "R").compactMap {
            Int($0.split(whereSeparator: \.isWhitespace).first ?? "")
        }
    }

    /// Appends the changed objects and the new cross-reference section to the file at `path`,
    /// the one read.
    func append(toFile path: String) throws {
        let output = try appendix()
        guard !output.isEmpty else { return }
        guard let file = FileHandle(forWritingAtPath: path) else { throw Self.failure("cannot write \(path)") }
        defer { try? file.close() }
        try file.seekToEnd()
        try file.write(contentsOf: output)
    }

    /// The changed objects and the new cross-reference section, to follow the bytes read;
    /// nothing when nothing changed.
    func appendix() throws -> [UInt8] {
        guard !changed.isEmpty else { return [] }
        var output: [UInt8] = []
        var entries: [(number: Int, offset: Int)] = []
        for (number, text) in changed.sorted(by: { $0.key < $1.key }) {
            output += Array("\n".utf8)
            entries.append((number, bytes.count + output.count))
            output += Array("\(number) 0 obj\n\(text)\nendobj\n".utf8)
        }
        let xref = bytes.count + output.count
        var table = "xref\n0 1\n0000000000 65535 f \n"
        for entry in entries {
            table += "\(entry.number) 1\n" + String(format: "%010d 00000 n \n", entry.offset)
        }
        let size = try value("Size", in: trailer)
        var trailerEntries = "/Size \(size) /Root \(try reference("Root", in: trailer)) 0 R"
        if let info = try? reference("Info", in: trailer) { trailerEntries += " /Info \(info) 0 R" }
        table += "trailer\n<< \(trailerEntries) /Prev \(previousXref) >>\nstartxref\n\(xref)\n%%EOF\n"
        output += Array(table.utf8)
        return output
    }

    /// A PDF text string, with `\`, `(` and `)` escaped.
    static func string(_ text: String) -> String {
        "(" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
            .replacingOccurrences(of: ")", with: "\\)") + ")"
    }

    /// A PDF rectangle for `box` (top-left origin) on a page `pageHeight` high (PDF's origin is
    /// bottom-left).
    static func rectangle(_ box: PrintBoxes.Box, pageHeight: Double) -> String {
        let numbers = [box.x, pageHeight - box.y - box.height, box.x + box.width, pageHeight - box.y]
        return "[" + numbers.map { String(format: "%.4f", $0) }.joined(separator: " ") + "]"
    }

    private mutating func setEntry(_ key: String, to value: String, inObject number: Int) throws {
        let text = try changed[number] ?? object(number)
        guard let close = text.range(of: ">>", options: .backwards) else { throw Self.failure("object \(number) is no dictionary") }
        changed[number] = text[..<close.lowerBound] + "/\(key) \(value)\n" + text[close.lowerBound...]
    }

    /// The text of object `number` between `obj` and `endobj`.
    private func object(_ number: Int) throws -> String {
        guard let offset = offsets[number] else { throw Self.failure("object \(number) is not in the xref table") }
        let endobj = Array("endobj".utf8)
        var stop = offset
        while stop + endobj.count <= bytes.count, !bytes[stop..<stop + endobj.count].elementsEqual(endobj) { stop += 1 }
        let text = String(decoding: bytes[offset..<min(bytes.count, stop + endobj.count)], as: UTF8.self)
        guard let start = text.range(of: "obj"), let end = text.range(of: "endobj") else {
            throw Self.failure("object \(number) is unreadable")
        }
        let body = text[start.upperBound..<end.lowerBound]
        guard !body.contains("stream") else { throw Self.failure("object \(number) is a stream") }
        return body.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func reference(_ key: String, in dictionary: String) throws -> Int {
        guard let number = Int(try value(key, in: dictionary)) else { throw Self.failure("/\(key) is no reference") }
        return number
    }

    private func value(_ key: String, in dictionary: String) throws -> String {
        guard let found = dictionary.range(of: "/\(key) ") ?? dictionary.range(of: "/\(key)\n"),
              let first = dictionary[found.upperBound...].split(whereSeparator: \.isWhitespace).first else {
            throw Self.failure("no /\(key)")
        }
        return String(first)
    }

    private static func failure(_ message: String) -> RenderError {
        RenderError("cannot add the document language and print boxes to the PDF: \(message)")
    }
}
