/// Pages a layout adds around the letter and the list: a cover page before them and a colophon
/// after them (a press kit has both), and a figures page.
public struct DocumentParts: Sendable, Equatable {
    /// A cover page with the title, subtitle, date, organiser, logo and contact.
    public var cover: Bool
    /// A closing page saying how many signatures the list holds and when and how it was produced.
    public var colophon: Bool
    /// A page of figures after the list: the total, the number of groups, the largest groups
    /// and signatures over time.
    public var figures: Bool

    /// Parts as given; none by default.
    public init(cover: Bool = false, colophon: Bool = false, figures: Bool = false) {
        self.cover = cover
        self.colophon = colophon
        self.figures = figures
    }
}
