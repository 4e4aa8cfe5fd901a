import Testing
@testable import LayoutFile

@Suite("Column counts and suggestions")
struct SupportTests {
    private func signatories(columns: Int, gutter: Double) -> SignatorySettings {
        var settings = LayoutSettings.standard.signatories
        settings.columns = columns
        settings.gutter = gutter
        return settings
    }

    @Test func fixedColumnsAreKept() {
        let fixed = signatories(columns: 4, gutter: 10)
        #expect(fixed.columnCount(forTextWidth: 100) == 4)
        #expect(fixed.columnWidth(forTextWidth: 430) == 100)
    }

    @Test func automaticColumnsFitTheTextWidth() {
        let automatic = signatories(columns: 0, gutter: 10)
        #expect(automatic.columnCount(forTextWidth: 379) == 2)
        #expect(automatic.columnCount(forTextWidth: 380) == 3)
        #expect(automatic.columnWidth(forTextWidth: 380) == 120)
        #expect(automatic.columnCount(forTextWidth: 80) == 1)
    }

    @Test func suggestionsForTypos() {
        #expect(Suggestion.editDistance(Array("colums"), Array("columns")) == 1)
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.closest(to: "colums", among: ["columns", "gutter"]) == "columns")
        #expect(Suggestion.closest(to: "MARGIN-TOP", among: ["margin-top", "margin-bottom"]) == "margin-top")
        #expect(Suggestion.closest(to: "banana", among: ["columns", "gutter"]) == nil)
    }
}
