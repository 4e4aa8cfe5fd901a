extension WebPage {
    /// The page's script: posts the form with `Accept: application/x-ndjson`, follows the
    /// progress lines, then shows the counts, previews, warnings and download links. Every
    /// string it shows comes from the terms in the page.
    static let script = """
    (function () {
      "use strict";
      var terms = JSON.parse(document.getElementById("terms").textContent);
      var form = document.getElementById("petition-form");
      var button = document.getElementById("submit");
      var status = document.getElementById("status");
      var label = document.getElementById("progress-label");
      var bar = document.getElementById("progress");
      var failure = document.getElementById("failure");
      var result = document.getElementById("result");
      var numbers = new Intl.NumberFormat(document.documentElement.lang);

      function show(element, visible) { element.hidden = !visible; }
      function fail(message) {
        document.getElementById("failure-message").textContent = message;
        show(failure, true); show(status, false);
      }
      function progress(state) {
        label.textContent = terms[state.phase] || terms.pages;
        bar.max = Math.max(1, state.total); bar.value = state.done;
        if (state.phase === "pages" && state.done >= state.total) { label.textContent = terms.finishing; bar.removeAttribute("value"); }
      }
      function place(warning) {
        return [warning.file, warning.line, warning.column].filter(function (part) { return part !== undefined; }).join(":");
      }
      function report(report) {
        var counts = document.getElementById("counts");
        counts.textContent = "";
        var rows = [["pagesCount", report.pages]];
        if (report.signatories) {
          rows.push(["rowsCount", report.signatories.rows], ["printedCount", report.signatories.printed],
                    ["rejectedCount", report.signatories.rejected]);
        }
        rows.forEach(function (row) {
          var dt = document.createElement("dt"); dt.textContent = terms[row[0]];
          var dd = document.createElement("dd"); dd.textContent = numbers.format(row[1]);
          counts.append(dt, dd);
        });
        var pdf = document.getElementById("download-pdf");
        pdf.href = report.links.pdf; pdf.setAttribute("download", report.links.pdf.split("/").pop());
        var rejects = document.getElementById("download-rejects");
        show(rejects, !!report.links.rejects);
        if (report.links.rejects) { rejects.href = report.links.rejects; rejects.setAttribute("download", "rejects.csv"); }
        var previews = document.getElementById("previews");
        previews.textContent = "";
        report.links.previews.forEach(function (link, index) {
          var figure = document.createElement("figure");
          var image = document.createElement("img");
          var caption = terms.previewAlt.replace("{n}", numbers.format(index + 1));
          image.src = link; image.alt = caption; image.loading = "lazy";
          var figcaption = document.createElement("figcaption"); figcaption.textContent = caption;
          figure.append(image, figcaption); previews.append(figure);
        });
        var table = document.getElementById("warnings");
        var body = table.tBodies[0];
        body.textContent = "";
        report.warnings.forEach(function (warning) {
          var row = body.insertRow();
          row.insertCell().textContent = place(warning);
          row.insertCell().textContent = warning.hint ? warning.message + " (" + warning.hint + ")" : warning.message;
        });
        show(table, report.warnings.length > 0);
        show(document.getElementById("no-warnings"), report.warnings.length === 0);
        show(status, false); show(result, true);
        document.getElementById("result-heading").focus();
      }
      function handle(line) {
        if (!line.trim()) { return; }
        var message = JSON.parse(line);
        if (message.progress) { progress(message.progress); }
        else if (message.report) { report(message.report); }
        else if (message.error) { fail(message.error.message); }
      }
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        show(failure, false); show(result, false); show(status, true);
        label.textContent = terms.queued; bar.removeAttribute("value");
        button.disabled = true;
        fetch(form.action, { method: "POST", body: new FormData(form), headers: { "Accept": "application/x-ndjson" } })
          .then(function (response) {
            if (!response.ok) {
              return response.json().then(function (body) {
                fail(response.status === 503 ? terms.busy : (body.error && body.error.message) || response.statusText);
              }, function () { fail(response.statusText); });
            }
            var reader = response.body.getReader();
            var decoder = new TextDecoder();
            var pending = "";
            function pump() {
              return reader.read().then(function (chunk) {
                if (chunk.done) { handle(pending); return; }
                pending += decoder.decode(chunk.value, { stream: true });
                var lines = pending.split("\\n");
                pending = lines.pop();
                lines.forEach(handle);
                return pump();
              });
            }
            return pump();
          })
          .catch(function () { fail(terms.networkError); })
          .finally(function () { button.disabled = false; });
      });
    })();
    """
}
