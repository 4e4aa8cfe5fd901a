import CICUShim

/// Calls a shim function that writes NUL-terminated UTF-8 into a buffer, and reads the text back;
/// nil when ICU reports an error.
enum ICUText {
    static func read(capacity: Int = 512, _ call: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: capacity)
        let length = buffer.withUnsafeMutableBufferPointer { call($0.baseAddress!, Int32(capacity)) }
        guard length >= 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
