import Diagnostics

/// Reads a signatory file that is one name per line.
///
/// Blank lines are skipped and counted. Each other line is a signatory (only `name` set), or a
/// rejected row when it is not UTF-8 text. When the first non-blank line is just a column name
/// such as `Name` (a one-column spreadsheet export), it is taken as the header, not a signatory.
enum NameListReader {
    private static let headerWords: Set<String> = [
        "name", "names", "full name", "signatory", "signatories", "signature", "signatures",
    ]

    static func read(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, file: String) -> SignatoryList {
        var list = SignatoryList(format: .namePerLine)
        var log = SanitizingLog(file: file)
        var isFirstLine = true
        for line in ByteLines(bytes, from: start) {
            if ByteLines.isBlank(bytes, line.range) {
                list.skippedBlankLines += 1
                continue
            }
            let mayBeHeader = isFirstLine
            isFirstLine = false
            if let problem = RowCheck.problem(in: bytes, range: line.range) {
                list.reject(line: line.number, problem)
                continue
            }
            let name = log.clean(FieldText.clean(UnsafeBufferPointer(rebasing: bytes[line.range])),
                                 column: "name", line: line.number)
            if mayBeHeader && headerWords.contains(name.lowercased()) {
                list.headers = [name]
            } else if name.isEmpty {
                list.reject(line: line.number, "empty")
            } else {
                list.accept(Signatory(name: name, line: line.number))
            }
        }
        list.warnings += log.allWarnings
        return list
    }
}
