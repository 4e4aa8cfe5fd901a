import Foundation

/// libFuzzer target: any bytes as a letter. Parsing gives a letter or an `InputError`, never a
/// crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLetter(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start else { return 0 }
    _ = try? LetterParser.parse(Data(bytes: start, count: count), file: "fuzz.txt")
    return 0
}
