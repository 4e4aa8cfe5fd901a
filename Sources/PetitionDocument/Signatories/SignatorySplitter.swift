/// Splits a processed list into parts, each to print as its own document. Parts are ranges of
/// the entries in print order, so nothing is copied.
public enum SignatorySplitter {
    /// One part per group (group the list by the column to split by, `SignatoryOptions.groupBy`);
    /// the whole list as one part when it is not grouped.
    public static func byGroup(_ processed: ProcessedSignatories) -> [SignatoryPart] {
        guard !processed.groups.isEmpty else {
            return [SignatoryPart(name: "", range: processed.entries.indices, groups: [])]
        }
        return processed.groups.map { SignatoryPart(name: $0.name, range: $0.range, groups: [$0]) }
    }

    /// Parts of `size` entries each (the last may be shorter), named "1–500", "501–1000", ...;
    /// a group that crosses a part boundary appears, cut, in both parts.
    public static func every(_ size: Int, _ processed: ProcessedSignatories) -> [SignatoryPart] {
        precondition(size > 0, "a part holds at least one entry")
        return stride(from: 0, to: processed.entries.count, by: size).map { start in
            let range = start..<min(start + size, processed.entries.count)
            let groups = processed.groups.compactMap { group -> SignatoryGroup? in
                let cut = group.range.clamped(to: range)
                return cut.isEmpty ? nil : SignatoryGroup(name: group.name, range: cut)
            }
            return SignatoryPart(name: "\(range.lowerBound + 1)–\(range.upperBound)", range: range, groups: groups)
        }
    }
}
