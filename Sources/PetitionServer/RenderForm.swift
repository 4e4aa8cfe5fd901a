import Foundation
import LayoutFile
import PetitionDocument
import PetitionPrinter

/// The form fields of `/api/render` and `/api/preview` (the same names as the web page's form),
/// checked and turned into a `RenderRequest` whose every path lies in the request's own folder.
struct RenderForm {
    /// Every field the server accepts; any other is refused.
    static let fields: Set<String> = ["letter", "letterText", "signatories", "logo", "layout", "lang", "privacy", "order", "groupBy", "figures", "page"]

    var request: RenderRequest
    /// The name the PDF is offered under (`letter.pdf` for `letter.txt`).
    var downloadName: String
    /// For a preview: the page wanted, from 1.
    var page: Int

    /// Reads the options; a wrong one throws `ServerError.badRequest` naming the field and the
    /// values it takes. `layouts` are the names in `layouts/`: a layout is never a path.
    init(_ form: FormUpload, folder: RequestFolder, layouts: [String]) throws {
        let letterPath: String
        if let file = form.files(named: "letter").first {
            guard form.files(named: "letter").count == 1 else { throw ServerError.badRequest("send one letter, not several") }
            letterPath = file.path
        } else if let text = form.fields["letterText"] ?? form.fields["letter"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            letterPath = folder.inputs.appendingPathComponent("letter.txt").path
            guard FileManager.default.createFile(atPath: letterPath, contents: Data(text.utf8)) else {
                throw ServerError.internal("cannot store the letter")
            }
        } else {
            throw ServerError.badRequest("the form has no letter: send a file as 'letter' or the text as 'letterText'")
        }
        // Several lists are merged, as with a repeated --signatories.
        let signatories = form.files(named: "signatories")

        let layout = Self.value("layout", in: form) ?? "classic-a4"
        guard layouts.contains(layout) else {
            throw ServerError.badRequest("unknown layout '\(layout)'; the layouts are \(layouts.joined(separator: ", "))")
        }
        let language = try Self.value("lang", in: form).map { tag in
            guard tag.count <= 35, tag.wholeMatch(of: /[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*/) != nil else {
                throw ServerError.badRequest("'lang' must be a BCP 47 language tag such as en, fr or de-CH, got '\(tag)'")
            }
            return tag
        }
        let privacy = try Self.choice("privacy", in: form, PrivacyPreset.self)
        let order = try Self.choice("order", in: form, SignatoryOrder.self) ?? .asGiven
        let groupBy = Self.value("groupBy", in: form)
        if let groupBy, groupBy.count > 100 { throw ServerError.badRequest("'groupBy' names a column: at most 100 characters") }
        let figuresText = Self.value("figures", in: form)?.lowercased()
        guard [nil, "on", "true", "1", "off", "false", "0"].contains(figuresText) else {
            throw ServerError.badRequest("'figures' must be on or off, got '\(figuresText ?? "")'")
        }
        let pageText = Self.value("page", in: form) ?? "1"
        guard let page = Int(pageText), page >= 1 else {
            throw ServerError.badRequest("'page' must be a page number from 1, got '\(pageText)'")
        }
        self.page = page

        let base = ((letterPath as NSString).lastPathComponent as NSString).deletingPathExtension
        downloadName = (base.isEmpty ? "petition" : base) + ".pdf"
        var production = ProductionOptions()
        production.confinedTo = folder.url.path
        // A logo sent with the form wins over the letter's `Logo:` header, as `--logo` does; a
        // header naming a file sent as 'logo' finds it too, beside the letter.
        let logos = form.files(named: "logo")
        guard logos.count <= 1 else { throw ServerError.badRequest("send one logo, not several") }
        production.logo = logos.first?.path
        // The PDF stays in memory; only the rejects report is a file, in the request's folder.
        request = RenderRequest(
            letter: letterPath, signatories: signatories.map(\.path), layout: layout, language: language,
            outputs: [.pdfData], production: production,
            list: ListOptions(privacy: privacy, order: order, groupBy: groupBy,
                              rejectsPath: folder.outputs.appendingPathComponent("rejects.csv").path))
        request.list.figures = ["on", "true", "1"].contains(figuresText ?? "")
    }

    /// A text field's trimmed value; nil when absent or empty (the form's "default" choice).
    private static func value(_ name: String, in form: FormUpload) -> String? {
        guard let value = form.fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    private static func choice<Choice: RawRepresentable & CaseIterable>(_ name: String, in form: FormUpload, _: Choice.Type) throws -> Choice?
    where Choice.RawValue == String {
        guard let text = value(name, in: form) else { return nil }
        guard let choice = Choice(rawValue: text) else {
            let values = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw ServerError.badRequest("'\(name)' must be one of \(values), got '\(text)'")
        }
        return choice
    }
}
