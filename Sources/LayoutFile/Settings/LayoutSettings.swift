/// Everything a layout file decides, resolved: all lengths in points, `extends` applied,
/// validated so the page geometry works.
public struct LayoutSettings: Sendable, Equatable {
    /// The layout's name: its file name without `.toml`.
    public var name: String
    /// One line saying what the layout is for (not inherited through `extends`).
    public var description: String
    /// The sheet and its margins.
    public var page: PageSettings
    /// The name of a font set in `fonts/`.
    public var fontSet: String
    /// The letter's paragraphs and lists.
    public var body: BodySettings
    /// The letter's title.
    public var title: TitleSettings
    /// Headings in the letter and above the signatories.
    public var heading: HeadingSettings
    /// The list of signatories.
    public var signatories: SignatorySettings
    /// The line at the foot of each page.
    public var footer: FooterSettings
    /// Cover page and colophon.
    public var parts: DocumentParts
    /// The running header of signature pages.
    public var header: HeaderSettings
    /// Small print: the list's total and digest, the colophon's notes.
    public var notes: NotesSettings
    /// The digits of every number the program writes.
    public var numbers: NumberSettings
    /// The colour of the figures page's bars (`[document] accent`).
    public var accent = LayoutColor.standardAccent

    /// Settings with every part given; see `standard` for the built-in values.
    public init(name: String, description: String, page: PageSettings, fontSet: String, body: BodySettings,
                title: TitleSettings, heading: HeadingSettings, signatories: SignatorySettings, footer: FooterSettings,
                parts: DocumentParts = DocumentParts(), header: HeaderSettings = HeaderSettings(),
                notes: NotesSettings = NotesSettings(), numbers: NumberSettings = NumberSettings()) {
        self.numbers = numbers
        self.parts = parts
        self.header = header
        self.notes = notes
        self.name = name
        self.description = description
        self.page = page
        self.fontSet = fontSet
        self.body = body
        self.title = title
        self.heading = heading
        self.signatories = signatories
        self.footer = footer
    }

    /// The built-in base every layout file starts from: a formal A4 letter with the
    /// signatories in three columns (what `layouts/classic-a4.toml` spells out). Its heading,
    /// header and footers are nil: they come from the terms of the letter's language.
    public static let standard: LayoutSettings = {
        let millimetre = 72 / 25.4
        return LayoutSettings(
            name: "standard",
            description: "Built-in defaults: formal A4 letter with the signatories in three columns",
            page: PageSettings(
                size: PageSize.named("A4")!, marginTop: 25 * millimetre, marginBottom: 25 * millimetre,
                marginInner: 25 * millimetre, marginOuter: 25 * millimetre),
            fontSet: "noto-serif",
            body: BodySettings(
                size: 11, leading: 14.5, alignment: .justify, hyphenate: true,
                paragraphSpacing: 6, firstLineIndent: 0, listIndent: 12),
            title: TitleSettings(size: 20, leading: 24, spaceAfter: 12),
            heading: HeadingSettings(size: 13, leading: 16, spaceBefore: 12, spaceAfter: 6),
            signatories: SignatorySettings(
                columns: 3, gutter: 8 * millimetre, nameSize: 9.5, nameLeading: 11.5, detailSize: 7.5,
                detailLeading: 9, entrySpacing: 3, fields: [.organisation, .city, .country]),
            footer: FooterSettings(size: 8))
    }()
}

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

/// How the numbers the program writes look: counts, totals, entry ranges, list numbers, page
/// numbers and dates. Their grouping always follows the letter's language (ICU's CLDR data).
public struct NumberSettings: Sendable, Equatable {
    /// Latin digits, or the letter language's own where it has them (`[numbers] digits`).
    public var digits: Digits

    public init(digits: Digits = .latin) {
        self.digits = digits
    }
}

/// Which digits numbers are written in (`[numbers] digits`; `[footer] digits` for page numbers).
public enum Digits: String, Sendable, CaseIterable {
    /// 0123456789, whatever the language.
    case latin
    /// The digits of the letter's language where it has its own and uses them: Arabic-Indic
    /// (٠١٢) for Arabic, Extended Arabic-Indic (۰۱۲) for Persian and Urdu, Devanagari (०१२) for
    /// Hindi, Bengali, Thai...; Latin for every other language.
    case native
}
