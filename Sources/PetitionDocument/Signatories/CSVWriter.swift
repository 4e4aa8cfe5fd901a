/// Writes CSV cells and rows (RFC 4180) that are safe to open in a spreadsheet.
///
/// Formula neutralisation: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return, possibly after leading apostrophes, gets one more apostrophe in front, so no
/// spreadsheet runs it as a formula. Reading back, one leading apostrophe is removed from a cell
/// whose text after its leading apostrophes starts with one of those characters; this undoes
/// the neutralisation exactly (`scripts/verify-digest.py` does so).
enum CSVWriter {
    private static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\n"
    }

    static func cell(_ text: String) -> String {
        let neutral = neutralised(text)
        guard neutral.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return neutral }
        return "\"" + neutral.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func neutralised(_ text: String) -> String {
        guard let first = text.first(where: { $0 != "'" }), formulaStarts.contains(first) else { return text }
        return "'" + text
    }
}
