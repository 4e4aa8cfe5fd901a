import Testing
@testable import PetitionDocument

/// The duplicate key's lowercase form is `String.lowercased()`, scalar by scalar.
struct LowercaseFormTests {
    @Test func agreesWithLowercased() {
        let texts = ["", "Maria SILVA", "ΟΔΟΣ ΣΑΣ", "İstanbul", "ǅemal", "ŞİŞLİ", "Straße", "ΑΘΉΝΑ", "МОСКВА", "\u{10400}\u{10401}", "Ǆ\u{0301}"]
        var form = LowercaseForm()
        for text in texts {
            var key: [UInt8] = [0x41]
            form.append(formOf: text, to: &key)
            #expect(key == [0x41] + Array(text.lowercased().utf8), "\(text)")
        }
    }
}
