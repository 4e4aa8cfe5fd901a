import Foundation

/// What the end-to-end tests read from PDFs with qpdf and poppler.
enum PDFTools {
    /// `qpdf --json` of `pdf`, parsed.
    static func qpdfJSON(_ pdf: String) throws -> [String: Any] {
        let result = try ToolRunner.run("qpdf", ["--json", pdf])
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any] ?? [:]
    }

    /// The outline entries, flattened in order: title and page (from 1).
    static func bookmarks(_ json: [String: Any]) -> [(title: String, page: Int)] {
        func walk(_ items: [[String: Any]]) -> [(String, Int)] {
            items.flatMap { item -> [(String, Int)] in
                [(item["title"] as? String ?? "", item["destpageposfrom1"] as? Int ?? 0)]
                    + walk(item["kids"] as? [[String: Any]] ?? [])
            }
        }
        return walk(json["outlines"] as? [[String: Any]] ?? [])
    }

    /// The page labels qpdf reports: page index (from 0) to its label dictionary.
    static func pageLabels(_ json: [String: Any]) -> [Int: [String: Any]] {
        var labels: [Int: [String: Any]] = [:]
        for entry in json["pagelabels"] as? [[String: Any]] ?? [] {
            if let index = entry["index"] as? Int { labels[index] = entry["label"] as? [String: Any] ?? [:] }
        }
        return labels
    }

    /// Every object's value in the file, for finding link annotations and the catalog.
    static func objects(_ json: [String: Any]) -> [[String: Any]] {
        guard let qpdf = json["qpdf"] as? [Any], qpdf.count > 1, let objects = qpdf[1] as? [String: Any] else { return [] }
        return objects.values.compactMap { ($0 as? [String: Any])?["value"] as? [String: Any] }
    }

    /// The URIs of the link annotations.
    static func linkTargets(_ json: [String: Any]) -> [String] {
        objects(json).filter { $0["/Subtype"] as? String == "/Link" }.compactMap { link in
            ((link["/A"] as? [String: Any])?["/URI"] as? String).map { $0.hasPrefix("u:") ? String($0.dropFirst(2)) : $0 }
        }
    }

    /// `pdfinfo -box` values for page `page`, such as "TrimBox" → [x0, y0, x1, y1].
    static func boxes(_ pdf: String, page: Int = 1) throws -> [String: [Double]] {
        let info = try ToolRunner.run("pdfinfo", ["-box", "-f", String(page), "-l", String(page), pdf]).output
        var boxes: [String: [Double]] = [:]
        for line in info.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].hasSuffix("Box") else { continue }
            let name = parts[0].split(separator: " ").last.map(String.init) ?? ""
            boxes[name] = parts[1].split(separator: " ").compactMap { Double($0) }
        }
        return boxes
    }

    /// The `Page size: W x H` pdfinfo reports, in points.
    static func pageSize(_ pdf: String) throws -> (width: Double, height: Double)? {
        let info = try ToolRunner.run("pdfinfo", [pdf]).output
        guard let line = info.split(separator: "\n").first(where: { $0.hasPrefix("Page size:") }) else { return nil }
        let numbers = line.split(separator: " ").compactMap { Double($0) }
        return numbers.count >= 2 ? (numbers[0], numbers[1]) : nil
    }

    /// The width and height stored in a PNG file's header.
    static func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        func bigEndian(_ offset: Int) -> Int { data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (bigEndian(16), bigEndian(20))
    }
}
