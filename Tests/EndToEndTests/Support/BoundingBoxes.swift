import Foundation

/// Reads `pdftotext -bbox-layout` output: blocks of lines with their horizontal extent.
enum BoundingBoxes {
    struct Line { var xMin: Double; var xMax: Double }

    static func blocks(in html: String) -> [[Line]] {
        var blocks: [[Line]] = []
        for blockText in html.components(separatedBy: "<block ").dropFirst() {
            let lines = blockText.components(separatedBy: "<line ").dropFirst().compactMap { lineText -> Line? in
                guard let xMin = attribute("xMin", in: lineText), let xMax = attribute("xMax", in: lineText) else { return nil }
                return Line(xMin: xMin, xMax: xMax)
            }
            blocks.append(lines)
        }
        return blocks
    }

    private static func attribute(_ name: String, in text: String) -> Double? {
        guard let start = text.range(of: "\(name)=\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return Double(rest[..<end])
    }
}
