import Foundation

/// Computes confusable skeletons (`ConfusableSkeleton`) of many texts quickly, as UTF-8 bytes.
///
/// Every step of the skeleton works character by character except the reordering of combining
/// marks inside NFKD, which never crosses a character whose decomposition, mapped form and
/// skeleton each start with a starter (canonical combining class 0). So a text is cut before
/// each such character into segments, and its skeleton is the skeletons of its segments put
/// together. A segment of one character (most of them: every letter of most scripts) takes its
/// skeleton from a table filled as characters are first seen; a longer one (a letter with
/// combining marks that reorder, such as a Devanagari virama) is computed once and remembered.
struct SkeletonBuilder: ComparedForm {
    /// The skeleton of one character, and whether a segment may start with it.
    private struct Piece {
        let skeleton: [UInt8]
        let startsSegment: Bool
    }

    /// Pieces of the characters below U+10000 seen so far, by scalar value.
    private var basicPieces = [Piece?](repeating: nil, count: 0x10000)
    /// Pieces of the characters above.
    private var otherPieces: [UInt32: Piece] = [:]
    /// Skeletons of segments of more than one character, capped like `StringInterner`.
    private var segments: [[UInt8]: [UInt8]] = [:]

    /// Appends the skeleton of `text` to `output`.
    mutating func append(formOf text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var segmentStart = 0
            var singlePiece: Piece?
            var index = 0
            while index < bytes.count {
                let (scalar, length) = Self.decode(bytes, at: index)
                let piece = piece(of: scalar)
                if piece.startsSegment, index > 0 {
                    flush(bytes, segmentStart..<index, singlePiece, to: &output)
                    segmentStart = index
                    singlePiece = piece
                } else {
                    singlePiece = index == 0 ? piece : nil
                }
                index += length
            }
            if !bytes.isEmpty { flush(bytes, segmentStart..<bytes.count, singlePiece, to: &output) }
        }
    }

    private mutating func flush(_ bytes: UnsafeBufferPointer<UInt8>, _ segment: Range<Int>, _ singlePiece: Piece?,
                                to output: inout [UInt8]) {
        if let singlePiece {
            output.append(contentsOf: singlePiece.skeleton)
            return
        }
        let key = Array(bytes[segment])
        if let known = segments[key] {
            output.append(contentsOf: known)
            return
        }
        let skeleton = Array(ConfusableSkeleton.skeleton(String(decoding: key, as: UTF8.self)).utf8)
        if segments.count < StringInterner.capacity { segments[key] = skeleton }
        output.append(contentsOf: skeleton)
    }

    private mutating func piece(of scalar: Unicode.Scalar) -> Piece {
        let value = scalar.value
        if value < 0x10000 {
            if let known = basicPieces[Int(value)] { return known }
            let piece = Self.makePiece(scalar)
            basicPieces[Int(value)] = piece
            return piece
        }
        if let known = otherPieces[value] { return known }
        let piece = Self.makePiece(scalar)
        otherPieces[value] = piece
        return piece
    }

    private static func makePiece(_ scalar: Unicode.Scalar) -> Piece {
        let text = String(scalar)
        let skeleton = ConfusableSkeleton.skeleton(text)
        let startsSegment = [text, text.decomposedStringWithCompatibilityMapping, ConfusableSkeleton.mapped(text), skeleton]
            .allSatisfy { $0.unicodeScalars.first?.properties.canonicalCombiningClass == .notReordered }
        return Piece(skeleton: Array(skeleton.utf8), startsSegment: startsSegment)
    }

    /// The scalar starting at `index` of well-formed UTF-8, and its length in bytes.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let (length, value): (Int, UInt32)
        switch lead {
        case ..<0x80: (length, value) = (1, lead)
        case ..<0xE0: (length, value) = (2, (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
        case ..<0xF0:
            (length, value) = (3, (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
        default:
            (length, value) = (4, (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F))
        }
        return (Unicode.Scalar(value)!, length)
    }
}
