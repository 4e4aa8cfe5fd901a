import Diagnostics
import PetitionDocument

/// Small letters built in memory.
enum PetitionDocumentFixture {
    static func letter(_ paragraph: String) -> Letter {
        Letter(blocks: [Block(kind: .paragraph, text: paragraph, location: SourceLocation(file: "letter.txt", line: 1, column: 1))])
    }
}
