import Foundation

/// libFuzzer target: any bytes as a layout file (TOML), parsed, applied over the built-in base
/// and checked, as `LayoutLoader` does for a file without `extends`. Gives settings or an
/// error, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start, let text = String(validating: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) else { return 0 }
    guard let document = try? TOMLParser.parse(text, file: "fuzz.toml"),
          (try? LayoutHeader(document: document, file: "fuzz.toml")) != nil else { return 0 }
    var builder = LayoutBuilder()
    guard (try? builder.apply(document)) != nil else { return 0 }
    _ = try? GeometryCheck(settings: builder.settings, origins: builder.origins, file: "fuzz.toml").validate()
    return 0
}
