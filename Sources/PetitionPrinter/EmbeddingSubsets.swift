import DisplayList
import Foundation
import PetitionDocument
import Synchronization
import Typography

/// Font programs for the PDF writer: each large face (a CJK face holds some 65,000 glyphs in a
/// 20–30 MB file) is cut down to the characters the document can print before cairo embeds it,
/// because cairo 1.16 reads a face's whole outline table into memory to embed any subset of it.
/// Small faces are embedded from their files. The document's characters are gathered on the first
/// request for a large face, on the thread that writes pages. One instance may serve several
/// documents at once (a batch's translations, a split list's parts, a delivery's copies) when its
/// characters cover them all: each face is then cut down once instead of once a document.
///
/// Locking: the characters are gathered once, under their own lock, by the first thread that needs
/// them. Each face has its own lock, held while HarfBuzz cuts it (never across a cairo call), so
/// two documents' writers cut two different faces at once, and a writer that asks for a face
/// being cut for another waits for that one only, then shares it.
final class EmbeddingSubsets: FontProgramSource {
    /// Faces whose file is at least this big get a program.
    static let largeFileBytes = 4 << 20

    private let gatherCharacters: @Sendable () -> ScalarSet
    private let characters = Mutex<ScalarSet?>(nil)
    private let faces = Mutex<[FontReference: FaceProgram]>([:])
    /// How many documents have started `prepare`.
    private let preparing = Atomic(0)

    /// One face's program: nil until made (then `.some(nil)` when the face cannot be cut down).
    private final class FaceProgram: Sendable {
        let made = Mutex<FontProgram??>(nil)
    }

    /// `characters` gathers what the document can print (see `DocumentCharacters`); it is called
    /// once, when the first large face is asked for.
    init(characters: @escaping @Sendable () -> ScalarSet) {
        gatherCharacters = characters
    }

    func program(for font: FontReference) -> FontProgram? {
        guard Self.isLarge(font) else { return nil }
        let face = faces.withLock { faces in
            if let face = faces[font] { return face }
            let face = FaceProgram()
            faces[font] = face
            return face
        }
        return face.made.withLock { made in
            if let program = made { return program }
            let program = FontSubsetter.program(for: font, characters: documentCharacters())
            made = .some(program)
            return program
        }
    }

    /// What the document can print, gathered on first use.
    private func documentCharacters() -> ScalarSet {
        characters.withLock { characters in
            if let gathered = characters { return gathered }
            let gathered = gatherCharacters()
            characters = gathered
            return gathered
        }
    }

    /// Makes the programs of the large faces the document's text leads to before the first page
    /// asks for them: called on the writing thread while the layout measures the list, so the
    /// writer has nothing else to do and the layout's caches are still small. HarfBuzz's
    /// subsetter needs some 20 MB of working memory for a CJK face (and reads the whole face);
    /// made here, that need passes before the caches are full instead of adding to their peak,
    /// and the first page with a CJK name no longer stalls the writer. A face the text does not lead to here (a
    /// character only the layout's own text brings) is still made on request. Documents that
    /// share the programs and prepare at the same time take the faces in opposite orders, the
    /// second from the last, so that they cut different faces at once instead of one waiting for
    /// the other's.
    func prepare(fontSet: FontSet, language: String, library: FontLibrary) {
        let faces = Self.largeFaces(for: documentCharacters(), fontSet: fontSet, language: language, library: library)
        let fromTheEnd = preparing.add(1, ordering: .relaxed).oldValue % 2 == 1
        for face in fromTheEnd ? faces.reversed() : faces { _ = program(for: face) }
    }

    /// The large faces that the font chains of `fontSet` choose first for the characters of
    /// the document's own text (not the layout's generated punctuation, which any face may
    /// cover), in both weights.
    private static func largeFaces(for characters: ScalarSet, fontSet: FontSet, language: String,
                                   library: FontLibrary) -> [FontReference] {
        var chosen: Set<FontReference> = []
        var chains: [Script: [[FontFace]]] = [:]
        for scalar in characters.scalars where !DocumentCharacters.isGenerated(scalar) {
            let script = Script(of: scalar)
            guard !script.isShared else { continue }
            let weights = chains[script] ?? FontWeight.allCases.map { library.faces(for: script, weight: $0, language: language, in: fontSet) }
            chains[script] = weights
            for chain in weights {
                if let face = chain.first(where: { $0.covers(scalar) }) { chosen.insert(face.reference) }
            }
        }
        return chosen.filter(isLarge).sorted { ($0.path, $0.faceIndex) < ($1.path, $1.faceIndex) }
    }

    private static func isLarge(_ font: FontReference) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: font.path)[.size] as? Int) ?? 0
        return size >= largeFileBytes
    }
}
