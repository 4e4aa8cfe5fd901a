import Crypto

/// The SHA-256 digest of a printed list, so that a recipient can check that the list they hold
/// is the one that was printed.
///
/// Canonical form: for each printed entry in print order, the name, a tab, the details (the
/// non-empty detail columns joined with ", ", exactly as printed), and a line feed; all UTF-8
/// in NFC (as every field already is). An empty list is the empty string. The digest is the
/// SHA-256 of those bytes in lowercase hexadecimal. `scripts/verify-digest.py` computes the same
/// from the printed-list CSV (see `PrintedListReport`).
public enum PrintedListDigest {
    /// How many bytes of canonical lines are gathered before they are hashed: one call to the
    /// hash for many lines instead of five or more for each.
    static let chunkSize = 1 << 16

    /// Hashes the canonical lines a chunk at a time, without building the whole text.
    public static func hex(of entries: some Collection<Signatory>, detailColumns: [SignatoryColumn]) -> String {
        var hash = SHA256()
        var chunk: [UInt8] = []
        chunk.reserveCapacity(chunkSize)
        for entry in entries {
            chunk.append(contentsOf: entry.name.utf8)
            chunk.append(0x09)
            var first = true
            for column in detailColumns {
                let value = entry[column]
                if value.isEmpty { continue }
                if !first { chunk.append(contentsOf: [0x2C, 0x20]) }
                chunk.append(contentsOf: value.utf8)
                first = false
            }
            chunk.append(0x0A)
            if chunk.count >= chunkSize {
                chunk.withUnsafeBytes { hash.update(bufferPointer: $0) }
                chunk.removeAll(keepingCapacity: true)
            }
        }
        chunk.withUnsafeBytes { hash.update(bufferPointer: $0) }
        return hash.finalize().reduce(into: "") { hex, byte in
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef")
}

/// The printed list as CSV: `name,details`, one row per printed entry in print order, exactly as
/// printed (privacy applied), neutralised against spreadsheet formulas (see `CSVWriter`).
///
/// This is the file a recipient checks the digest against: `scripts/verify-digest.py FILE`
/// prints the same SHA-256 as `ProcessedSignatories.digest` (see `PrintedListDigest`).
public enum PrintedListReport {
    public static let header = ["name", "details"]

    public static func csv(for processed: ProcessedSignatories) -> String {
        var text = CSVWriter.row(header)
        for entry in processed.entries {
            text += CSVWriter.row([entry.name, entry.details(processed.detailColumns)])
        }
        return text
    }
}

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
