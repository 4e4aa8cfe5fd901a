import Diagnostics

/// Checks that resolved settings leave room on the page: a text block of at least an inch
/// each way, and signatory columns wide enough for a name.
struct GeometryCheck {
    /// The smallest text block width and height, in points.
    static let minimumTextExtent = 72.0

    let settings: LayoutSettings
    let origins: [String: LayoutBuilder.Origin]
    /// The layout file loaded, for errors no single key can be blamed for.
    let file: String

    func validate() throws {
        try checkTextBlock()
        try checkSignatoryColumns()
    }

    private func checkTextBlock() throws {
        let page = settings.page
        let needed = "at least \(Self.minimumTextExtent.pointsText) is needed"
        if page.textWidth < Self.minimumTextExtent {
            let margins = "inner \(page.marginInner.pointsText), outer \(page.marginOuter.pointsText)"
            throw failure(
                "the margins leave \(page.textWidth.pointsText) for text across a "
                    + "\(page.size.width.pointsText)-wide page (\(margins)); \(needed)",
                blaming: largestFirst([("page.margin-inner", page.marginInner), ("page.margin-outer", page.marginOuter)])
                    + ["page.size"])
        }
        if page.textHeight < Self.minimumTextExtent {
            let margins = "top \(page.marginTop.pointsText), bottom \(page.marginBottom.pointsText)"
            throw failure(
                "the margins leave \(page.textHeight.pointsText) for text down a "
                    + "\(page.size.height.pointsText)-high page (\(margins)); \(needed)",
                blaming: largestFirst([("page.margin-top", page.marginTop), ("page.margin-bottom", page.marginBottom)])
                    + ["page.size"])
        }
    }

    private func checkSignatoryColumns() throws {
        let signatories = settings.signatories
        let textWidth = settings.page.textWidth
        let minimum = SignatorySettings.minimumColumnWidth
        let columnWidth = signatories.columnWidth(forTextWidth: textWidth)
        guard columnWidth < minimum else { return }
        let fitting = Int(((textWidth + signatories.gutter) / (minimum + signatories.gutter)).rounded(.down))
        throw failure(
            "\(signatories.columns) signatory columns with \(signatories.gutter.pointsText) gutters would be "
                + "\(columnWidth.pointsText) wide each; columns need at least \(minimum.pointsText), "
                + "so at most \(fitting) fit on this page",
            blaming: ["signatories.columns", "signatories.gutter", "page.margin-inner", "page.margin-outer", "page.size"])
    }

    /// The keys of two margins, the larger (the likelier culprit) first.
    private func largestFirst(_ margins: [(key: String, points: Double)]) -> [String] {
        margins.sorted { $0.points > $1.points }.map(\.key)
    }

    /// An error at the key, among `keys` (most to least likely culprit), that was set in the
    /// file closest to the layout loaded; at the whole file if the defaults alone are at fault.
    private func failure(_ message: String, blaming keys: [String]) -> InputError {
        let candidates = keys.compactMap { origins[$0] }
        guard let latest = candidates.map(\.fileIndex).max(),
              let culprit = candidates.first(where: { $0.fileIndex == latest }) else {
            return InputError(file: file, message)
        }
        return InputError(at: culprit.location, message)
    }
}
