import Foundation

/// The hostile signatory fixture: a CSV (`name,organisation,city,country`) whose rows each try
/// to spoof, hide, crash or vanish, one class at a time. `what` says what each row tests.
/// The big rows come first, so the NUL byte row lies beyond the binary-file check's 8 KB.
enum HostileList {
    static let header = "name,organisation,city,country"
    static let longName = String(repeating: "Verylongname ", count: 385)  // 5,005 characters
    static let url = "https://example.org/" + String(repeating: "a1b2c3d4e5", count: 198)  // 2,000 characters

    static let rows: [HostileRow] = size + bidi + invisible + lookAlikes + bytes + malformed

    static let size: [HostileRow] = [
        HostileRow("5,000-character name with spaces: cut to 300 characters with an ellipsis", "\(longName),Org,Oslo,Norway"),
        HostileRow("2,000-character unbroken URL as a name: cut, then fitted into its column", "\(url),,,"),
        HostileRow("2,000-character URL as an organisation", "Ursula Link,\(url),Bonn,Germany"),
        HostileRow("300 combining marks on one letter: capped at 8", "Z" + String(repeating: "\u{0336}", count: 300) + "oe Marks,,,"),
        HostileRow("emoji ZWJ family sequence, kept whole", "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466} Family,,,"),
        HostileRow("regional-indicator flag", "\u{1F1FA}\u{1F1E6} Olena Kovalenko,,Kyiv,Ukraine"),
        HostileRow("emoji tag sequence (flag of England), tags kept", "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F} George Tag,,,"),
        HostileRow("private-use character no font covers: missing glyph, reported", "Pua \u{E000}\u{E001} User,,,"),
        HostileRow("Linear B, a script the font set lacks", "\u{10000}\u{10001}\u{10002} Linear,,,"),
        HostileRow("name of combining marks only: stray marks removed, nothing left", "\u{0301}\u{0302}\u{0303},,,", .rejected("empty")),
        HostileRow("white space runs and padding folded", "   Spaced     Out   ,  Org  ,  City ,"),
    ]

    static let bidi: [HostileRow] = [
        HostileRow("RIGHT-TO-LEFT OVERRIDE inside a name", "Alice \u{202E}Evil,,London,UK"),
        HostileRow("RIGHT-TO-LEFT EMBEDDING at the start of a name", "\u{202B}Bob Hidden,,,"),
        HostileRow("LEFT-TO-RIGHT ISOLATE with its pop", "Carol \u{2066}Isolate\u{2069},,,"),
        HostileRow("RIGHT-TO-LEFT ISOLATE never closed", "Dan \u{2067}Open,,,"),
        HostileRow("FIRST STRONG ISOLATE never closed", "Erin \u{2068}Strong,,,"),
        HostileRow("LEFT-TO-RIGHT OVERRIDE and POP DIRECTIONAL FORMATTING", "Frank \u{202D}Over\u{202C},,,"),
        HostileRow("override in the organisation field", "Gina Field,\u{202E}Evil Org,Paris,France"),
        HostileRow("LEFT-TO-RIGHT EMBEDDING in the city field", "Hank Place,,\u{202A}Madrid,Spain"),
        HostileRow("override before digits at the end of a name", "Ivy 123\u{202E},,,"),
        HostileRow("override in the country field", "Yara Last,,Cairo,\u{202E}Egypt"),
        HostileRow("Arabic name with an override inside", "محمد \u{202E}علي,,القاهرة,مصر"),
        HostileRow("Hebrew name with a Latin city", "דוד כהן,,Haifa,Israel"),
        HostileRow("Arabic organisation and city after a Latin one", "Amal Haddad,Amnesty,القاهرة,مصر"),
    ]

    static let invisible: [HostileRow] = [
        HostileRow("ZERO WIDTH SPACE inside a name", "Ja\u{200B}ck Zero,,,"),
        HostileRow("WORD JOINER inside a name", "Ka\u{2060}te Joiner,,,"),
        HostileRow("BYTE ORDER MARK at the start of a name", "\u{FEFF}Leo Bom,,,"),
        HostileRow("tag characters outside an emoji sequence", "Mia\u{E0041}\u{E0042} Tag,,,"),
        HostileRow("LINE SEPARATOR inside a name: becomes a space", "Ned\u{2028}Stark,,,"),
        HostileRow("PARAGRAPH SEPARATOR inside a name: becomes a space", "Oli\u{2029}Ver,,,"),
        HostileRow("C0 control BEL inside a name", "Pa\u{0007}m Bell,,,"),
        HostileRow("C1 control NEL inside a name: becomes a space", "Quinn\u{0085}Lee,,,"),
        HostileRow("C1 control CSI inside a name", "Ro\u{009B}se Csi,,,"),
        HostileRow("DEL at the end of a name", "Sam Del\u{007F},,,"),
        HostileRow("ZERO WIDTH JOINER between Latin letters: removed", "Te\u{200D}d Zwj,,,"),
        HostileRow("ZERO WIDTH NON-JOINER between Latin letters: removed", "Um\u{200C}a Zwnj,,,"),
        HostileRow("Persian word with a meaningful ZWNJ: kept", "\u{0645}\u{06CC}\u{200C}\u{062E}\u{0648}\u{0627}\u{0647}\u{0645} Persian,,Tehran,Iran"),
        HostileRow("Devanagari conjunct with a meaningful ZWJ: kept", "\u{0915}\u{094D}\u{200D}\u{0937} Devanagari,,Delhi,India"),
        HostileRow("terminal escape sequence", "Vic\u{001B}[31mtor Escape,,,"),
        HostileRow("only invisible characters: nothing left, rejected", "\u{200B}\u{2060}\u{FEFF},,,", .rejected("empty")),
        HostileRow("only a no-break space: nothing prints, rejected", "\u{00A0},,,", .rejected("empty")),
        HostileRow("tab inside a name: folded to a space", "Uma\tThurman,,,"),
    ]

    static let lookAlikes: [HostileRow] = [
        HostileRow("the original of the look-alikes below", "Maria Silva,,Lisbon,Portugal"),
        HostileRow("Cyrillic М and а for Latin M and a: looks like the original", "\u{041C}\u{0430}ria Silva,,Lisbon,Portugal", .printedLookAlike),
        HostileRow("full-width Ｍ: looks like the original", "\u{FF2D}aria Silva,,Lisbon,Portugal", .printedLookAlike),
        HostileRow("the original in capitals: exact duplicate", "MARIA  SILVA,,LISBON,PORTUGAL", .duplicate),
        HostileRow("decomposed é (NFD)", "Jose\u{0301} Ruiz,,,"),
        HostileRow("composed é (NFC): exact duplicate of the NFD row", "José Ruiz,,,", .duplicate),
        HostileRow("a name with a capital I", "Ian Smith,,York,UK"),
        HostileRow("lowercase l for capital I: looks like it", "lan Smith,,York,UK", .printedLookAlike),
        HostileRow("Greek omicron for o", "Olga Brown,,,"),
        HostileRow("Greek Ο for O: looks like it", "\u{039F}lga Brown,,,", .printedLookAlike),
    ]

    static let bytes: [HostileRow] = [
        HostileRow("invalid UTF-8 byte FF", bytes: [Array("Bad".utf8), [0xFF], Array(" Byte,,,".utf8)], .rejected("invalid UTF-8")),
        HostileRow("overlong encoding C0 AF", bytes: [Array("Over".utf8), [0xC0, 0xAF], Array("long,,,".utf8)], .rejected("invalid UTF-8")),
        HostileRow("truncated three-byte sequence", bytes: [Array("Trunc".utf8), [0xE2, 0x82], Array(",,,".utf8)], .rejected("invalid UTF-8")),
        HostileRow("UTF-8-encoded surrogate ED A0 80", bytes: [Array("Surr".utf8), [0xED, 0xA0, 0x80], Array("ogate,,,".utf8)], .rejected("invalid UTF-8")),
        HostileRow("Latin-1 é in a UTF-8 file", bytes: [Array("Ren".utf8), [0xE9], Array(" Latin,,,".utf8)], .rejected("invalid UTF-8")),
        HostileRow("NUL byte after the first 8 KB", bytes: [Array("Nul".utf8), [0x00], Array("Byte,,,".utf8)], .rejected("NUL byte")),
    ]

    static let malformed: [HostileRow] = [
        HostileRow("quote opened and never closed: costs only this row", "\"Unclosed Quote,Org,City,Country", .rejected("broken quoted field")),
        HostileRow("plain row right after the broken quote: still read", "After Quote,,,"),
        HostileRow("quotes inside an unquoted field: kept as written", "Ann \"The Hammer\" Lee,,,"),
        HostileRow("quoted field with an embedded line end: one row on two lines", "\"Multi\nLine\",Org,City,Country"),
        HostileRow("quoted fields with escaped quotes and commas", "\"Smith, \"\"Jo\"\"\",\"Org, Inc\",City,Country"),
        HostileRow("ragged row: one field only", "Only Name"),
        HostileRow("ragged row: more fields than the header", "Extra Fields,a,b,c,d,e,f"),
        HostileRow("repeated header row", "Name,Organisation,City,Country", .rejected("repeated header row")),
        HostileRow("empty row of delimiters", ",,,", .rejected("empty")),
        HostileRow("row of spaces and delimiters", "   ,  ,  , ", .rejected("empty")),
        HostileRow("spreadsheet formula as a name", "=HYPERLINK(\"http://evil.example\"),,,"),
        HostileRow("another formula prefix", "@SUM(1+1) Formula,,,"),
        HostileRow("organisation only: signs as the organisation", ",Greenpeace,Amsterdam,Netherlands"),
        HostileRow("trailing delimiters", "Tina Trail,,,,,"),
        HostileRow("the last row, plain, after all the others", "Zed After,,Oslo,Norway"),
    ]

    /// The fixture's bytes: the header, then each row, LF line ends.
    static var data: Data {
        var bytes = Array((header + "\n").utf8)
        for row in rows { bytes += row.bytes + [0x0A] }
        return Data(bytes)
    }
}
