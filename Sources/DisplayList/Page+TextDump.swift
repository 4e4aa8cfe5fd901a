/// A stable, rounded text form of a page, for snapshot tests and debugging: one line per item,
/// coordinates to 0.01 pt, so small floating-point noise does not change it.
extension Page {
    public var textDump: String {
        var lines = ["page \(Self.format(width)) x \(Self.format(height))"]
        for item in items {
            switch item {
            case .glyphs(let run):
                let origin = run.glyphs.first.map { "\(Self.format($0.x)),\(Self.format($0.y))" } ?? "-"
                lines.append("  run \(run.font) \(Self.format(run.size))pt @\(origin) \(run.glyphs.count) glyphs \"\(run.text)\"")
            case .rule(let rule):
                lines.append("  rule \(Self.format(rule.x0)),\(Self.format(rule.y0)) -> \(Self.format(rule.x1)),\(Self.format(rule.y1)) w\(Self.format(rule.thickness))")
            case .image(let image):
                lines.append("  image \(image.path) @\(Self.format(image.x)),\(Self.format(image.y)) \(Self.format(image.width)) x \(Self.format(image.height))")
            case .box(let box):
                let color = [box.color.red, box.color.green, box.color.blue].map(Self.format).joined(separator: ",")
                lines.append("  box @\(Self.format(box.x)),\(Self.format(box.y)) \(Self.format(box.width)) x \(Self.format(box.height)) rgb \(color)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
