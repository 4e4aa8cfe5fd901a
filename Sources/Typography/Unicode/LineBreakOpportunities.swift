import CICUShim

/// A place where a line may (or must) end, as UAX #14 finds it.
public struct BreakOpportunity: Sendable, Equatable {
    /// UTF-16 offset where the next line would start.
    public var offset: Int
    /// True for a mandatory break (a line or paragraph separator).
    public var isMandatory: Bool

    public init(offset: Int, isMandatory: Bool) {
        self.offset = offset
        self.isMandatory = isMandatory
    }
}

/// UAX #14 line-break opportunities from ICU's line break iterator. The locale tailors the rules
/// (Japanese and Chinese line-start and line-end prohibitions, for instance).
public enum LineBreakOpportunities {
    /// The opportunities in `text`, in order; the last is always at `text.count`.
    public static func find(in text: [UInt16], locale: String) -> [BreakOpportunity] {
        guard !text.isEmpty else { return [] }
        var offsets = [Int32](repeating: 0, count: text.count + 1)
        var mandatory = [UInt8](repeating: 0, count: text.count + 1)
        let count = text.withUnsafeBufferPointer { textBuffer in
            offsets.withUnsafeMutableBufferPointer { offsetBuffer in
                mandatory.withUnsafeMutableBufferPointer { mandatoryBuffer in
                    pp_line_breaks(textBuffer.baseAddress, Int32(text.count), icuLocale(for: locale),
                                   offsetBuffer.baseAddress, mandatoryBuffer.baseAddress, Int32(text.count + 1))
                }
            }
        }
        guard count > 0 else { return [BreakOpportunity(offset: text.count, isMandatory: true)] }
        return (0..<Int(count)).map { BreakOpportunity(offset: Int(offsets[$0]), isMandatory: mandatory[$0] != 0) }
    }

    /// The ICU locale for a BCP 47 tag. Chinese and Japanese get ICU's strict line breaking
    /// (`lb=strict`): small kana, the prolonged sound mark and iteration marks never start a line
    /// (ICU's default for `ja` lets them, as loose newspaper setting does).
    static func icuLocale(for language: String) -> String {
        // Byte by byte (tags are ASCII): Foundation's string replacing costs more than the search
        // it sets up when a signatory list sets thousands of short paragraphs.
        let locale = String(decoding: language.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
        let primary = locale.split(separator: "_").first.map { $0.lowercased() } ?? ""
        return primary == "ja" || primary == "zh" ? locale + "@lb=strict" : locale
    }
}
