import Foundation
import Testing
@testable import LayoutFile

/// Replays every layout input `scripts/fuzz` kept (Tests/Fuzz/corpus/layout, crashers included)
/// the way the fuzz target does: parse, apply over the base, check geometry. None may crash.
struct FuzzCorpusTests {
    @Test func layoutInputs() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fuzz/corpus/layout")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            guard let text = String(data: data, encoding: .utf8),
                  let document = try? TOMLParser.parse(text, file: name),
                  (try? LayoutHeader(document: document, file: name)) != nil else { continue }
            var builder = LayoutBuilder()
            guard (try? builder.apply(document)) != nil else { continue }
            _ = try? GeometryCheck(settings: builder.settings, origins: builder.origins, file: name).validate()
        }
    }
}
