import Testing
@testable import PetitionLayout

/// Header and footer templates are filled in one pass: known fields replaced, the rest kept.
struct MarginTemplateTests {
    @Test func replacesKnownFields() {
        let fields = ["page": "3", "pages": "12", "title": "Free Them"]
        #expect(MarginTemplate.fill("{title} — page {page} of {pages}", fields: fields) == "Free Them — page 3 of 12")
        #expect(MarginTemplate.fill("{page}{page}", fields: fields) == "33")
        #expect(MarginTemplate.fill("no fields", fields: fields) == "no fields")
        #expect(MarginTemplate.fill("", fields: fields) == "")
    }

    @Test func keepsUnknownNamesAndStrayBraces() {
        let fields = ["page": "3"]
        #expect(MarginTemplate.fill("{unknown} {page}", fields: fields) == "{unknown} 3")
        #expect(MarginTemplate.fill("{{page}} {page", fields: fields) == "{3} {page")
        #expect(MarginTemplate.fill("}{a{page}", fields: fields) == "}{a3")
    }

    @Test func neverReplacesInsideValues() {
        #expect(MarginTemplate.fill("{title}, {page}", fields: ["title": "{page}", "page": "3"]) == "{page}, 3")
    }
}
