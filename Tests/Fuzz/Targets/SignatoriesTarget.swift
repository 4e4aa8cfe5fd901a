import Foundation

/// libFuzzer target: any bytes as a signatory file, read and processed. The first byte picks the
/// encoding and whether duplicates are kept, so those paths are fuzzed too. Only errors the
/// reader throws on purpose (`InputError`) may come out; anything else is a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSignatories(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, count > 0 else { return 0 }
    let data = Data(bytes: start + 1, count: count - 1)
    let encoding = TextEncoding.allCases[Int(start[0]) % TextEncoding.allCases.count]
    let options = SignatoryOptions(keepDuplicates: start[0] & 0x80 != 0, encoding: encoding)
    if let list = try? SignatoryReader.read(data, file: "fuzz.csv", options: options) {
        let processed = SignatoryProcessor.process(list, options: options)
        precondition(processed.printed + processed.removedDuplicates + processed.rejected.count == processed.inputRows,
                     "row accounting does not add up")
    }
    return 0
}
