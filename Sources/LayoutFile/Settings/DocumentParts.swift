/// Pages a layout adds around the letter and the list: a cover page before them and a colophon
/// after them (a press kit has both).
public struct DocumentParts: Sendable, Equatable {
    /// A cover page with the title, subtitle, date, organiser, logo and contact.
    public var cover: Bool
    /// A closing page saying how many signatures the list holds and when and how it was produced.
    public var colophon: Bool

    /// Parts as given; neither by default.
    public init(cover: Bool = false, colophon: Bool = false) {
        self.cover = cover
        self.colophon = colophon
    }
}
