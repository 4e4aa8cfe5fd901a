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
    /// Feeds the canonical lines piece by piece, without building them.
    public static func hex(of entries: some Collection<Signatory>, detailColumns: [SignatoryColumn]) -> String {
        var hash = SHA256()
        func feed(_ text: String) {
            var text = text
            text.withUTF8 { hash.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        }
        for entry in entries {
            feed(entry.name)
            feed("\t")
            var first = true
            for column in detailColumns {
                let value = entry[column]
                if value.isEmpty { continue }
                if !first { feed(", ") }
                feed(value)
                first = false
            }
            feed("\n")
        }
        return hash.finalize().reduce(into: "") { hex, byte in
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0F)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef")
}
