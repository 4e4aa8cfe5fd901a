import Diagnostics
import Foundation
import PetitionLayout

/// Checks a logo file and reads its pixel size from the PNG header, so the layout can keep its
/// proportions without decoding it.
enum LogoFile {
    /// The logo at `path` (relative paths from `folder`); `InputError` unless it is a PNG file.
    static func read(_ path: String, relativeTo folder: String) throws -> PressDetails.Logo {
        let resolved = path.hasPrefix("/") ? path : (folder as NSString).appendingPathComponent(path)
        let data = try InputFiles.read(resolved)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard data.count >= 24, Array(data.prefix(8)) == signature else {
            let hint = path.lowercased().hasSuffix(".svg") ? "; SVG logos are not supported yet, convert it to PNG" : ""
            throw InputError(file: resolved, "the logo is not a PNG file\(hint)")
        }
        func bigEndian(_ offset: Int) -> Int {
            data[data.startIndex + offset..<data.startIndex + offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        return PressDetails.Logo(path: resolved, pixelWidth: bigEndian(16), pixelHeight: bigEndian(20))
    }
}
