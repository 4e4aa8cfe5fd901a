extension MissingGlyph {
    /// The words every report of an uncovered character uses: the code point, the character, and
    /// where it stands ("character 21 of \"A private character…\""), the position when known.
    public static func message(_ scalar: Unicode.Scalar, position: Int?, in text: String) -> String {
        let code = String(scalar.value, radix: 16, uppercase: true)
        let excerpt = text.count <= 40 ? text : String(text.prefix(40)) + "…"
        let place = position.map { "character \($0) of " } ?? ""
        return "no font in the font set covers U+\(code) '\(scalar)' (\(place)\"\(excerpt)\")"
    }
}
