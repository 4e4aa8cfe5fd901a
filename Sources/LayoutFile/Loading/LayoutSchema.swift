/// The tables and keys a layout file may hold, and how each key's value lands in the settings.
enum LayoutSchema {
    /// Reads one value and stores it in the settings; throws when the value does not fit.
    typealias Setter = @Sendable (SettingValue, inout LayoutSettings) throws -> Void

    /// Top-level keys, read by `LayoutHeader` rather than stored through setters.
    static let rootKeys = ["format", "description", "extends"]

    /// The setters of each table's keys, by table name and key.
    static let tables: [String: [String: Setter]] = [
        "page": [
            "size": { value, settings in settings.page.size = try value.pageSize() },
            "margin-top": { value, settings in settings.page.marginTop = try value.length() },
            "margin-bottom": { value, settings in settings.page.marginBottom = try value.length() },
            "margin-inner": { value, settings in settings.page.marginInner = try value.length() },
            "margin-outer": { value, settings in settings.page.marginOuter = try value.length() },
            "bleed": { value, settings in settings.page.bleed = try value.length() },
            "duplex": { value, settings in settings.page.duplex = try value.boolean() },
        ],
        "fonts": [
            "set": { value, settings in
                settings.fontSet = try value.string()
                if settings.fontSet.isEmpty { throw value.error("'set' must name a font set in fonts/") }
            },
        ],
        "body": [
            "size": { value, settings in settings.body.size = try value.positiveNumber() },
            "leading": { value, settings in settings.body.leading = try value.positiveNumber() },
            "align": { value, settings in settings.body.alignment = try value.choice(TextAlignment.self) },
            "hyphenate": { value, settings in settings.body.hyphenate = try value.boolean() },
            "paragraph-spacing": { value, settings in settings.body.paragraphSpacing = try value.length() },
            "first-line-indent": { value, settings in settings.body.firstLineIndent = try value.length() },
            "list-indent": { value, settings in settings.body.listIndent = try value.length() },
        ],
        "title": [
            "size": { value, settings in settings.title.size = try value.positiveNumber() },
            "leading": { value, settings in settings.title.leading = try value.positiveNumber() },
            "space-after": { value, settings in settings.title.spaceAfter = try value.length() },
        ],
        "heading": [
            "size": { value, settings in settings.heading.size = try value.positiveNumber() },
            "leading": { value, settings in settings.heading.leading = try value.positiveNumber() },
            "space-before": { value, settings in settings.heading.spaceBefore = try value.length() },
            "space-after": { value, settings in settings.heading.spaceAfter = try value.length() },
        ],
        "signatories": [
            "columns": { value, settings in
                settings.signatories.columns = try value.integer()
                if settings.signatories.columns < 0 {
                    throw value.error("'columns' must be 1 or more, or 0 to fit as many as the page allows")
                }
            },
            "gutter": { value, settings in settings.signatories.gutter = try value.length() },
            "name-size": { value, settings in settings.signatories.nameSize = try value.positiveNumber() },
            "name-leading": { value, settings in settings.signatories.nameLeading = try value.positiveNumber() },
            "detail-size": { value, settings in settings.signatories.detailSize = try value.positiveNumber() },
            "detail-leading": { value, settings in settings.signatories.detailLeading = try value.positiveNumber() },
            "entry-spacing": { value, settings in settings.signatories.entrySpacing = try value.length() },
            "fields": { value, settings in settings.signatories.fields = try value.choices(SignatoryField.self) },
            "heading": { value, settings in
                settings.signatories.headingTemplate = try value.template(fields: SignatorySettings.templateFields)
            },
            "numbering": { value, settings in settings.signatories.numbering = try value.boolean() },
            "privacy": { value, settings in settings.signatories.privacy = try value.choice(SignatoryPrivacy.self) },
        ],
        "header": [
            "text": { value, settings in settings.header.text = try value.template(fields: HeaderSettings.templateFields) },
        ],
        "notes": [
            "size": { value, settings in settings.notes.size = try value.positiveNumber() },
            "leading": { value, settings in settings.notes.leading = try value.positiveNumber() },
        ],
        "footer": [
            "text": { value, settings in settings.footer.text = try value.template(fields: FooterSettings.templateFields) },
            "signatures": { value, settings in
                settings.footer.signatureText = try value.template(fields: FooterSettings.signatureTemplateFields)
            },
            "size": { value, settings in settings.footer.size = try value.positiveNumber() },
            "digits": { value, settings in settings.footer.digits = try value.choice(Digits.self) },
        ],
        "numbers": [
            "digits": { value, settings in settings.numbers.digits = try value.choice(Digits.self) },
        ],
        "document": [
            "cover": { value, settings in settings.parts.cover = try value.boolean() },
            "colophon": { value, settings in settings.parts.colophon = try value.boolean() },
            "figures": { value, settings in settings.parts.figures = try value.boolean() },
            "accent": { value, settings in
                guard let color = LayoutColor.parse(try value.string()) else {
                    throw value.error("'accent' must be a colour written \"#RRGGBB\", such as \"#1F5C99\"")
                }
                settings.accent = color
            },
        ],
    ]

    /// Table names in the order the README documents them, for messages.
    static let tableOrder = ["page", "fonts", "body", "title", "heading", "signatories", "header", "footer", "numbers", "notes", "document"]
}
