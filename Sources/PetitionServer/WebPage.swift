import Foundation
import Hummingbird

/// The page at `/`: one form in plain HTML and CSS with a little JavaScript, no framework and
/// nothing from another site. Without JavaScript the form posts to `/api/render` and the
/// browser downloads the PDF; with it, the page streams the render's progress, shows previews
/// of the first pages, the warnings and rejected rows as a table, and download links.
struct WebPage: Sendable {
    /// The page's words, per language.
    let languages: PageLanguages

    /// The layouts offered: each file name in `layouts/` and its page size's name (A4, Letter)
    /// or millimetres. The layouts' descriptions are English, so the page does not show them.
    let layouts: [(name: String, size: String)]

    /// Languages a letter may be set in, by their own names (which need no translation).
    static let letterLanguages: [(tag: String, name: String)] = [
        ("en", "English"), ("fr", "Français"), ("es", "Español"), ("ru", "Русский"), ("ar", "العربية"),
        ("zh", "中文"), ("de", "Deutsch"), ("it", "Italiano"), ("pt", "Português"), ("nl", "Nederlands"),
        ("pl", "Polski"), ("uk", "Українська"), ("tr", "Türkçe"), ("el", "Ελληνικά"), ("he", "עברית"),
        ("fa", "فارسی"), ("hi", "हिन्दी"), ("ja", "日本語"), ("ko", "한국어"), ("sw", "Kiswahili"),
    ]

    func response(acceptLanguage: String?) -> Response {
        let terms = languages.negotiate(acceptLanguage)
        return Response(status: .ok, headers: [
            .contentType: "text/html; charset=utf-8",
            .contentLanguage: terms.language,
            .vary: "Accept-Language",
            // Everything the page uses comes from this server.
            .contentSecurityPolicy: "default-src 'self'; img-src 'self' blob:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action 'self'",
        ], body: ResponseBody(byteBuffer: ByteBuffer(string: html(terms))))
    }

    func html(_ terms: PageTerms) -> String {
        let t = { (key: String) in Self.escape(terms[key]) }
        let layoutOptions = layouts.map { layout in
            let selected = layout.name == "classic-a4" ? " selected" : ""
            return "<option value=\"\(Self.escape(layout.name))\"\(selected)>\(Self.escape(layout.name)) (\(Self.escape(layout.size)))</option>"
        }.joined(separator: "\n")
        let languageOptions = Self.letterLanguages.map { "<option value=\"\($0.tag)\" lang=\"\($0.tag)\">\(Self.escape($0.name))</option>" }
            .joined(separator: "\n")
        let privacyOptions = ["full", "surname-initial", "city-only", "anonymous", "hidden"]
            .map { "<option value=\"\($0)\">\(t("privacy-" + $0))</option>" }.joined(separator: "\n")
        let orderOptions = ["as-given", "surname", "full-name"]
            .map { "<option value=\"\($0)\">\(t("order-" + $0))</option>" }.joined(separator: "\n")
        let termsJSON = (try? JSONSerialization.data(withJSONObject: terms.all, options: [.sortedKeys]))
            .map { String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/") } ?? "{}"
        return """
        \(Self.head(title: t("title"), terms: terms))
        <body>
        <main>
        <h1>\(t("title"))</h1>
        <p class="intro">\(t("intro"))</p>
        <form id="petition-form" action="/api/render" method="post" enctype="multipart/form-data">
          <fieldset>
            <legend>\(t("letterLegend"))</legend>
            <label for="letter">\(t("letterFile"))</label>
            <input type="file" id="letter" name="letter" accept=".txt,text/plain">
            <label for="letterText">\(t("letterText"))</label>
            <textarea id="letterText" name="letterText" rows="6" aria-describedby="letterHint"></textarea>
            <p class="hint" id="letterHint">\(t("letterHint"))</p>
            <label for="signatories">\(t("signatoriesLabel"))</label>
            <input type="file" id="signatories" name="signatories" multiple accept=".csv,.tsv,.txt,.jsonl,text/csv,text/plain" aria-describedby="signatoriesHint">
            <p class="hint" id="signatoriesHint">\(t("signatoriesHint"))</p>
            <label for="logo">\(t("logoLabel"))</label>
            <input type="file" id="logo" name="logo" accept=".png,.svg,image/png,image/svg+xml" aria-describedby="logoHint">
            <p class="hint" id="logoHint">\(t("logoHint"))</p>
          </fieldset>
          <fieldset>
            <legend>\(t("optionsLegend"))</legend>
            <div class="grid">
              <div class="field wide">
                <label for="layout">\(t("layoutLabel"))</label>
                <select id="layout" name="layout">\(layoutOptions)</select>
              </div>
              <div class="field">
                <label for="lang">\(t("languageLabel"))</label>
                <select id="lang" name="lang"><option value="">\(t("languageAuto"))</option>\(languageOptions)</select>
              </div>
              <div class="field">
                <label for="privacy">\(t("privacyLabel"))</label>
                <select id="privacy" name="privacy"><option value="">\(t("privacyDefault"))</option>\(privacyOptions)</select>
              </div>
              <div class="field">
                <label for="order">\(t("orderLabel"))</label>
                <select id="order" name="order">\(orderOptions)</select>
              </div>
              <div class="field">
                <label for="groupBy">\(t("groupByLabel"))</label>
                <input type="text" id="groupBy" name="groupBy" autocomplete="off" aria-describedby="groupByHint">
                <p class="hint" id="groupByHint">\(t("groupByHint"))</p>
              </div>
              <div class="field wide check">
                <input type="checkbox" id="figures" name="figures" value="on">
                <label for="figures">\(t("figuresLabel"))</label>
              </div>
            </div>
          </fieldset>
          <button type="submit" id="submit">\(t("submit"))</button>
          <noscript><p class="hint">\(t("noscript"))</p></noscript>
        </form>
        <section id="status" hidden aria-live="polite">
          <label for="progress" id="progress-label">\(t("queued"))</label>
          <progress id="progress"></progress>
        </section>
        <section id="failure" hidden role="alert">
          <h2>\(t("errorHeading"))</h2>
          <p id="failure-message"></p>
        </section>
        <section id="result" hidden aria-labelledby="result-heading">
          <h2 id="result-heading" tabindex="-1">\(t("resultHeading"))</h2>
          <dl id="counts"></dl>
          <p class="downloads"><a id="download-pdf" class="button" download>\(t("downloadPdf"))</a>
          <a id="download-rejects" download hidden>\(t("downloadRejects"))</a></p>
          <h3>\(t("previewsHeading"))</h3>
          <div id="previews" class="previews"></div>
          <h3>\(t("warningsHeading"))</h3>
          <p id="no-warnings" hidden>\(t("noWarnings"))</p>
          <div class="table-wrap"><table id="warnings" hidden>
            <thead><tr><th scope="col">\(t("whereColumn"))</th><th scope="col">\(t("messageColumn"))</th></tr></thead>
            <tbody></tbody>
          </table></div>
        </section>
        <p class="hint footer">\(t("privacyNote"))</p>
        </main>
        <script type="application/json" id="terms">\(termsJSON)</script>
        <script>\(Self.script)</script>
        </body>
        </html>
        """
    }

    /// The page a browser without JavaScript gets when its form could not be rendered: the
    /// message (with its `file:line:column`) and a way back to the form.
    static func errorPage(_ message: String, terms: PageTerms) -> String {
        let t = { (key: String) in escape(terms[key]) }
        return """
        \(head(title: t("errorHeading"), terms: terms))
        <body>
        <main>
        <section id="failure" role="alert">
          <h1>\(t("errorHeading"))</h1>
          <p id="failure-message">\(escape(message))</p>
        </section>
        <p><a href="/">\(t("backToForm"))</a></p>
        </main>
        </body>
        </html>
        """
    }

    /// `text` safe inside HTML text and double-quoted attributes.
    /// The start of both pages, up to `<body>`: language, direction, viewport, title (already
    /// escaped) and the style sheet.
    private static func head(title: String, terms: PageTerms) -> String {
        """
        <!doctype html>
        <html lang="\(terms.language)" dir="\(terms.isRightToLeft ? "rtl" : "ltr")">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        <style>\(style)</style>
        </head>
        """
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
