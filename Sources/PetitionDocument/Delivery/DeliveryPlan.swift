import Diagnostics
import Foundation

/// Who gets which part of a split list: each recipient is matched to the group they name, and
/// every group without a recipient and every recipient without a group is reported, with counts,
/// so nothing is left out silently.
///
/// A recipient's group matches a part's name exactly, else ignoring case and width when that
/// finds exactly one part (`france` finds `France`; with both `Georgia` and `GEORGIA` in the
/// list it finds neither and says so). The part of entries with an empty key is named
/// `SignatoryGroup.otherName`.
public struct DeliveryPlan: Sendable {
    /// One copy to make: a recipient and the part whose signatories it holds.
    public struct Copy: Sendable {
        public var recipient: Recipient
        public var part: SignatoryPart
    }

    /// The copies, in the order of the recipients file.
    public var copies: [Copy]
    /// Parts no recipient named, in list order.
    public var partsWithoutRecipient: [SignatoryPart]
    /// Recipients whose group is not in the list, in file order.
    public var recipientsWithoutGroup: [Recipient]
    /// One warning per recipient without a group (at its row), and one naming every group
    /// without a recipient with its count of signatures.
    public var warnings: [Diagnostic]

    public init(recipients: [Recipient], parts: [SignatoryPart], splitColumn: String) {
        var exact: [String: Int] = [:]
        var folded: [String: [Int]] = [:]
        for (index, part) in parts.enumerated() {
            exact[part.name] = exact[part.name] ?? index
            folded[Self.fold(part.name), default: []].append(index)
        }
        var used = Set<Int>()
        copies = []
        recipientsWithoutGroup = []
        warnings = []
        for recipient in recipients {
            let candidates = folded[Self.fold(recipient.group)] ?? []
            if let index = exact[recipient.group] ?? (candidates.count == 1 ? candidates[0] : nil) {
                copies.append(Copy(recipient: recipient, part: parts[index]))
                used.insert(index)
                continue
            }
            recipientsWithoutGroup.append(recipient)
            let reason = candidates.count > 1
                ? "matches \(candidates.map { "'\(parts[$0].name)'" }.joined(separator: " and ")) only ignoring case; write it exactly as in the list"
                : "is no \(splitColumn) of the list (0 signatures)"
            warnings.append(Diagnostic.warning(at: recipient.location,
                                    "recipient '\(recipient.to.joined(separator: "; "))' names group '\(recipient.group)', which \(reason): no copy made"))
        }
        partsWithoutRecipient = parts.indices.filter { !used.contains($0) }.map { parts[$0] }
        if !recipientsWithoutGroup.isEmpty {
            let count = recipientsWithoutGroup.count
            warnings.append(Diagnostic.warning(at: nil, "\(count) recipient\(count == 1 ? "" : "s") without a group got no copy (see above)"))
        }
        if !partsWithoutRecipient.isEmpty {
            let count = partsWithoutRecipient.count
            let signatures = partsWithoutRecipient.reduce(0) { $0 + $1.range.count }
            let listed = partsWithoutRecipient.map { "\($0.name) (\(DigitGrouping.string($0.range.count)))" }.joined(separator: ", ")
            warnings.append(Diagnostic.warning(at: nil, "\(count) \(splitColumn) group\(count == 1 ? " has" : "s have") no recipient, so "
                                    + "\(DigitGrouping.string(signatures)) signature\(signatures == 1 ? " is" : "s are") in no delivery copy: \(listed)"))
        }
    }

    /// A group name as compared when it does not match exactly.
    static func fold(_ name: String) -> String {
        name.precomposedStringWithCanonicalMapping.folding(options: [.caseInsensitive, .widthInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
    }
}

/// The `delivery.csv` index of a delivery: one row per copy made.
public enum DeliveryIndex {
    /// One copy as listed in the index.
    public struct Row: Sendable, Equatable {
        public var recipient: String
        public var group: String
        /// The PDF's file name, relative to the index.
        public var file: String
        public var language: String
        public var signatures: Int
        public var digest: String

        public init(recipient: String, group: String, file: String, language: String, signatures: Int, digest: String) {
            self.recipient = recipient
            self.group = group
            self.file = file
            self.language = language
            self.signatures = signatures
            self.digest = digest
        }
    }

    /// The index as CSV (RFC 4180, formula-safe cells): `recipient,group,file,language,signatures,digest`.
    public static func csv(_ rows: [Row]) -> String {
        CSVWriter.row(["recipient", "group", "file", "language", "signatures", "digest"])
            + rows.map { CSVWriter.row([$0.recipient, $0.group, $0.file, $0.language, String($0.signatures), $0.digest]) }.joined()
    }
}
