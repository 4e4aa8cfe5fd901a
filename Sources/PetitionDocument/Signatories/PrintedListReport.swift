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
