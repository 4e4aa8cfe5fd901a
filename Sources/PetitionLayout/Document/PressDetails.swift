import DisplayList
import Foundation

/// What a press kit's cover and colophon need beyond the letter, the list and the layout.
public struct PressDetails: Sendable {
    /// A PNG or SVG logo for the cover, with its size in pixels (for its proportions).
    public struct Logo: Sendable, Equatable {
        public var path: String
        /// PNG or SVG, as read from the file's content.
        public var format: PlacedImage.Format
        public var pixelWidth: Int
        public var pixelHeight: Int

        public init(path: String, format: PlacedImage.Format, pixelWidth: Int, pixelHeight: Int) {
            self.path = path
            self.format = format
            self.pixelWidth = pixelWidth
            self.pixelHeight = pixelHeight
        }
    }

    public var logo: Logo?
    /// When the PDF was produced (`SOURCE_DATE_EPOCH` for reproducible output).
    public var producedAt: Date

    public init(logo: Logo? = nil, producedAt: Date = Date()) {
        self.logo = logo
        self.producedAt = producedAt
    }
}
