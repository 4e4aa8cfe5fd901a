/// The text area of a page, in points from the page's top-left corner.
public struct PageFrame: Sendable, Equatable {
    public var pageWidth: Double
    public var pageHeight: Double
    public var left: Double
    public var top: Double
    public var width: Double
    public var height: Double

    public init(pageWidth: Double, pageHeight: Double, marginTop: Double, marginBottom: Double,
                marginLeft: Double, marginRight: Double) {
        self.pageWidth = pageWidth
        self.pageHeight = pageHeight
        self.left = marginLeft
        self.top = marginTop
        self.width = pageWidth - marginLeft - marginRight
        self.height = pageHeight - marginTop - marginBottom
    }

    public var bottom: Double { top + height }
}
