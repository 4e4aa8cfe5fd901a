import Foundation

/// A string as a dictionary key compared by its UTF-8 bytes.
///
/// `String`'s own hashing normalises the text first, which is slow for non-ASCII text and not
/// needed here: every field is already in NFC, so equal text has equal bytes.
struct UTF8Key: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        var lhs = lhs.text
        var rhs = rhs.text
        return lhs.withUTF8 { left in
            rhs.withUTF8 { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }
}
