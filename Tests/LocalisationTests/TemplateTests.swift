import Testing
import Localisation

/// Header and footer templates are filled in one pass: known fields replaced, the rest kept.
struct TemplateTests {
    @Test func replacesKnownFields() {
        let fields = ["page": "3", "pages": "12", "title": "Free Them"]
        #expect(Template.fill("{title} — page {page} of {pages}", fields: fields) == "Free Them — page 3 of 12")
        #expect(Template.fill("{page}{page}", fields: fields) == "33")
        #expect(Template.fill("no fields", fields: fields) == "no fields")
        #expect(Template.fill("", fields: fields) == "")
    }

    @Test func keepsUnknownNamesAndStrayBraces() {
        let fields = ["page": "3"]
        #expect(Template.fill("{unknown} {page}", fields: fields) == "{unknown} 3")
        #expect(Template.fill("{{page}} {page", fields: fields) == "{3} {page")
        #expect(Template.fill("}{a{page}", fields: fields) == "}{a3")
    }

    @Test func neverReplacesInsideValues() {
        #expect(Template.fill("{title}, {page}", fields: ["title": "{page}", "page": "3"]) == "{page}, 3")
    }
}
