/// The form in which a value is compared, appended as bytes to a key.
protocol ComparedForm {
    mutating func append(formOf value: String, to key: inout [UInt8])
}

/// Builds the compared form of a row, as bytes: the form of the name and of each column, each
/// followed by U+001F (which cleaned fields never hold).
///
/// The form of the columns is remembered for each `SignatoryDetails` seen (capped like
/// `StringInterner`), since many rows share theirs.
struct RowKeys<Form: ComparedForm> {
    private let columns: [SignatoryColumn]
    /// Whether all of `columns` live in `SignatoryDetails`, so their form can be remembered.
    private let columnsAreDetails: Bool
    private var form: Form
    private var detailForms: [ObjectIdentifier: (details: SignatoryDetails, form: [UInt8])] = [:]

    init(columns: [SignatoryColumn], form: Form) {
        self.columns = columns
        self.columnsAreDetails = Signatory.areDetails(columns)
        self.form = form
    }

    /// Puts the compared form of `signatory` in `key`.
    mutating func build(_ key: inout [UInt8], of signatory: Signatory) {
        key.removeAll(keepingCapacity: true)
        form.append(formOf: signatory.name, to: &key)
        key.append(0x1F)
        guard columnsAreDetails else {
            appendColumns(of: signatory, to: &key)
            return
        }
        let identity = ObjectIdentifier(signatory.sharedDetails)
        if let known = detailForms[identity] {
            key.append(contentsOf: known.form)
            return
        }
        let start = key.count
        appendColumns(of: signatory, to: &key)
        if detailForms.count < StringInterner.capacity {
            detailForms[identity] = (signatory.sharedDetails, Array(key[start...]))
        }
    }

    private mutating func appendColumns(of signatory: Signatory, to key: inout [UInt8]) {
        for column in columns {
            form.append(formOf: signatory[column], to: &key)
            key.append(0x1F)
        }
    }
}

extension [UInt8] {
    /// The hash of the bytes.
    var bytesHash: Int {
        withUnsafeBytes { bytes in
            var hasher = Hasher()
            hasher.combine(bytes: bytes)
            return hasher.finalize()
        }
    }
}
