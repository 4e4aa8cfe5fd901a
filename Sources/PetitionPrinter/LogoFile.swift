import Diagnostics
import Foundation
import PetitionLayout

/// Checks a logo file and reads its size (from the PNG header, or the SVG's root element), so the
/// layout can keep its proportions without decoding it.
enum LogoFile {
    /// The logo at `path` (relative paths from `folder`); `InputError` unless it is a PNG or SVG
    /// file, and, with `confinedTo`, unless it lies inside that folder (symbolic links followed).
    static func read(_ path: String, relativeTo folder: String, confinedTo: String? = nil) throws -> PressDetails.Logo {
        let resolved = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        if let confinedTo {
            let real = URL(fileURLWithPath: resolved).standardizedFileURL.resolvingSymlinksInPath().path
            let root = URL(fileURLWithPath: confinedTo).standardizedFileURL.resolvingSymlinksInPath().path
            guard real.hasPrefix(root + "/") else {
                throw InputError(file: path, "the logo must be one of the uploaded files; other files cannot be read here")
            }
        }
        let data = try InputFiles.read(resolved)
        // The content decides, not the name: a PNG starts with its signature, an SVG has an
        // `<svg` element near its start (after any XML declaration, comments or doctype).
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        if !data.starts(with: signature), String(decoding: data.prefix(4096), as: UTF8.self).contains("<svg") {
            guard let size = SVGSize.of(String(decoding: data, as: UTF8.self)) else {
                throw InputError(file: resolved, "the SVG logo gives neither width and height nor a viewBox, so its proportions are unknown")
            }
            // Hundredths keep the proportions of small view boxes.
            return PressDetails.Logo(path: resolved, format: .svg, pixelWidth: Int(size.width * 100), pixelHeight: Int(size.height * 100))
        }
        guard data.count >= 24, data.starts(with: signature) else {
            throw InputError(file: resolved, "the logo is neither a PNG nor an SVG file")
        }
        func bigEndian(_ offset: Int) -> Int {
            data[data.startIndex + offset..<data.startIndex + offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        return PressDetails.Logo(path: resolved, format: .png, pixelWidth: bigEndian(16), pixelHeight: bigEndian(20))
    }
}

/// The intrinsic size of an SVG image, read from its root element's `width` and `height` (in any
/// CSS unit; only the proportions matter) or else its `viewBox`, so the layout can keep the
/// logo's proportions without drawing it.
enum SVGSize {
    /// Width and height, or nil when the file names neither size nor view box.
    static func of(_ text: String) -> (width: Double, height: Double)? {
        guard let start = text.range(of: "<svg"), let end = text[start.upperBound...].firstIndex(of: ">") else { return nil }
        let tag = String(text[start.upperBound..<end])
        if let width = attribute("width", in: tag).flatMap(number), let height = attribute("height", in: tag).flatMap(number),
           width > 0, height > 0 {
            return (width, height)
        }
        guard let box = attribute("viewBox", in: tag) else { return nil }
        let values = box.split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard values.count == 4, values[2] > 0, values[3] > 0 else { return nil }
        return (values[2], values[3])
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        for quote in ["\"", "'"] {
            guard let range = tag.range(of: " \(name)=\(quote)") ?? tag.range(of: "\n\(name)=\(quote)") else { continue }
            let rest = tag[range.upperBound...]
            guard let close = rest.firstIndex(of: Character(quote)) else { return nil }
            return String(rest[..<close])
        }
        return nil
    }

    /// "120", "120px", "4.5cm": the number; percentages say nothing about proportions.
    private static func number(_ value: String) -> Double? {
        guard !value.hasSuffix("%") else { return nil }
        return Double(value.prefix { "0123456789.".contains($0) })
    }
}
