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

    /// The pieces of the characters seen so far.
    private var pieces = ScalarMemo(Self.makePiece)
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
                let (scalar, length) = UTF8Validation.decode(bytes, at: index)
                let piece = pieces.value(for: scalar)
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

    private static func makePiece(_ scalar: Unicode.Scalar) -> Piece {
        let text = String(scalar)
        let skeleton = ConfusableSkeleton.skeleton(text)
        let startsSegment = [text, text.decomposedStringWithCompatibilityMapping, ConfusableSkeleton.mapped(text), skeleton]
            .allSatisfy { $0.unicodeScalars.first?.properties.canonicalCombiningClass == .notReordered }
        return Piece(skeleton: Array(skeleton.utf8), startsSegment: startsSegment)
    }
}
