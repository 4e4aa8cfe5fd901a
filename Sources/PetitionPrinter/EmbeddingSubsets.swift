import DisplayList
import Foundation
import PetitionDocument
import Synchronization
import Typography

/// Font programs for the PDF writer: each large face (a CJK face holds some 65,000 glyphs in a
/// 20–30 MB file) is cut down to the characters the document can print before cairo embeds it,
/// because cairo 1.16 reads a face's whole outline table into memory to embed any subset of it.
/// Small faces are embedded from their files. The document's characters are gathered on the first
/// request for a large face, on the thread that writes pages.
final class EmbeddingSubsets: FontProgramSource {
    /// Faces whose file is at least this big get a program.
    static let largeFileBytes = 4 << 20

    private let gatherCharacters: @Sendable () -> ScalarSet
    private let state = Mutex<State>(State())

    private struct State {
        var characters: ScalarSet?
        var programs: [FontReference: FontProgram?] = [:]
    }

    /// `characters` gathers what the document can print (see `DocumentCharacters`); it is called
    /// once, when the first large face is asked for.
    init(characters: @escaping @Sendable () -> ScalarSet) {
        gatherCharacters = characters
    }

    func program(for font: FontReference) -> FontProgram? {
        guard Self.isLarge(font) else { return nil }
        return state.withLock { state in
            if let program = state.programs[font] { return program }
            let characters = state.characters ?? gatherCharacters()
            state.characters = characters
            let program = FontSubsetter.program(for: font, characters: characters)
            state.programs[font] = program
            return program
        }
    }

    private static func isLarge(_ font: FontReference) -> Bool {
        let size = (try? FileManager.default.attributesOfItem(atPath: font.path)[.size] as? Int) ?? 0
        return size >= largeFileBytes
    }
}
