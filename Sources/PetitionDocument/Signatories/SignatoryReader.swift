import Diagnostics
import Foundation

/// Reads a signatory file: CSV with a header row, or one name per line.
///
/// The file is CSV when its first non-blank line holds a delimiter (`,`, `;` or tab) and a known
/// column name (see `CSVHeader`); otherwise it is one name per line (see `NameListReader`).
/// Bytes are parsed directly, a row at a time, so a file of a million rows reads in seconds.
public enum SignatoryReader {
    /// How much of the start of a file is searched for NUL bytes to recognise binary files.
    public static let binaryCheckLength = 8192

    /// Reads the signatory file in `data`; `file` names it in errors.
    ///
    /// Problems with single rows never throw: they become `RejectedRow`s.
    ///
    /// - Throws: `InputError` when the file is not text (NUL bytes near the start, UTF-16), or
    ///   its header row has no column that can name a signatory.
    public static func read(_ data: Data, file: String) throws(InputError) -> SignatoryList {
        let result: Result<SignatoryList, InputError> = data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            return Result { () throws(InputError) in try read(bytes, file: file) }
        }
        return try result.get()
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, file: String) throws(InputError) -> SignatoryList {
        if ByteOrderMark.isUTF16(bytes) {
            throw InputError(file: file, "the signatory list is UTF-16 text; save it as UTF-8")
        }
        if bytes.prefix(binaryCheckLength).contains(0) {
            throw InputError(file: file, "binary file: it contains NUL bytes, so it is neither CSV nor a list of names")
        }
        let start = ByteOrderMark.utf8Length(bytes)
        guard let header = CSVHeader.detect(in: bytes, from: start) else {
            return NameListReader.read(bytes, from: start)
        }
        return try CSVSignatoryReader.read(bytes, header: header, file: file)
    }
}
