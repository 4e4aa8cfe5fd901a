import Foundation

/// One row of the hostile signatory fixture: what it tests, its raw bytes (without the line
/// end), and what must become of it.
struct HostileRow {
    enum Outcome: Equatable {
        /// Printed (possibly sanitised or cut, with a warning).
        case printed
        /// Printed, and listed as looking like an earlier row.
        case printedLookAlike
        /// Left out as an exact duplicate of an earlier row.
        case duplicate
        /// Rejected, with a reason containing this text.
        case rejected(String)
    }

    let what: String
    let bytes: [UInt8]
    let outcome: Outcome

    init(_ what: String, _ text: String, _ outcome: Outcome = .printed) {
        self.what = what
        self.bytes = Array(text.utf8)
        self.outcome = outcome
    }

    init(_ what: String, bytes: [[UInt8]], _ outcome: Outcome) {
        self.what = what
        self.bytes = bytes.flatMap { $0 }
        self.outcome = outcome
    }
}
