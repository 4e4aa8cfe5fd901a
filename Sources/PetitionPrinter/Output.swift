import CairoRenderer
import DisplayList
import Foundation

/// One thing a render produces. A request lists the outputs it wants and one layout run feeds
/// them all; `open` turns each into its page sink with one `switch`, the one place that knows
/// which formats exist (a new format, such as SVG, is a new case there and a writer beside
/// `PDFWriter` and `PNGWriter`).
public enum Output: Sendable, Hashable {
    /// A PDF file, written atomically (whole or not at all); `-` is standard output.
    case pdfFile(String)
    /// A PDF kept in memory: `RenderResult.pdf`.
    case pdfData
    /// PNG images of the chosen pages, one file a page named by its number (`page-001.png`,
    /// ...), in `folder`, created if missing.
    case pngFiles(folder: String, resolution: Double = 96, pages: PageSelection = .all)
    /// PNG images of the chosen pages kept in memory: `RenderResult.images`.
    case pngData(resolution: Double = 96, pages: PageSelection = .all)

    /// The same output for one part of a split list: files get the part's name, made safe and
    /// unique by `SafeFileNames` (`letter-north.pdf`, `previews-north/`); what stays in memory
    /// lands in that part's result.
    func forPart(named slug: String) -> Output {
        switch self {
        case .pdfFile(let path) where path != "-":
            .pdfFile((path as NSString).deletingPathExtension + "-" + slug + ".pdf")
        case .pngFiles(let folder, let resolution, let pages):
            .pngFiles(folder: folder + "-" + slug, resolution: resolution, pages: pages)
        case .pdfFile, .pdfData, .pngData:
            self
        }
    }

    /// Whether this output embeds fonts (and so asks for font programs).
    var embedsFonts: Bool {
        switch self {
        case .pdfFile, .pdfData: true
        case .pngFiles, .pngData: false
        }
    }

    /// Opens the sink that makes this output. Nothing is visible at a file's destination until
    /// the returned output is finished.
    func open(metadata: DocumentMetadata, fontPrograms: any FontProgramSource) throws -> OpenOutput {
        switch self {
        case .pdfFile(let path):
            let file = AtomicOutput(destination: path)
            let writer = try PDFWriter(.file(file.temporaryPath), metadata: metadata, fontPrograms: fontPrograms)
            return OpenOutput(sink: writer, finish: {
                try writer.finish()
                try file.commit()
                return .pdfFile(path)
            }, abandon: file.discard)
        case .pdfData:
            let writer = try PDFWriter(.memory, metadata: metadata, fontPrograms: fontPrograms)
            return OpenOutput(sink: writer, finish: {
                try writer.finish()
                return .pdfData(writer.data ?? Data())
            })
        case .pngFiles(let folder, let resolution, let pages):
            let writer = try PNGWriter(.folder(folder), resolution: resolution, drawsPage: pages.contains)
            return OpenOutput(sink: writer, finish: { .images(writer.images) })
        case .pngData(let resolution, let pages):
            let writer = try PNGWriter(.memory, resolution: resolution, drawsPage: pages.contains)
            return OpenOutput(sink: writer, finish: { .images(writer.images) })
        }
    }
}

/// Which pages an image output draws; the others pass by undrawn.
public enum PageSelection: Sendable, Hashable {
    /// Every page.
    case all
    /// The first `n` pages (thumbnails).
    case first(Int)
    /// These pages, by number from 1 (`.pages([3])` for page 3 alone).
    case pages(Set<Int>)

    /// Whether page `number` (from 1) is chosen.
    @Sendable public func contains(_ number: Int) -> Bool {
        switch self {
        case .all: true
        case .first(let count): number <= count
        case .pages(let numbers): numbers.contains(number)
        }
    }
}

/// An output being made: the sink its pages go to, how to complete it, and how to drop it when
/// the render fails.
struct OpenOutput {
    /// What a finished output left: a file, bytes, images.
    enum Made {
        case pdfFile(String)
        case pdfData(Data)
        case images([PNGImage])
    }

    let sink: any PageSink
    let finish: () throws -> Made
    var abandon: () -> Void = {}
}

/// The outputs of one document, opened together, finished together and, when anything fails,
/// abandoned together: an output file is either whole at its destination or absent.
struct OpenOutputs {
    private let outputs: [OpenOutput]

    init(_ outputs: [Output], metadata: DocumentMetadata, fontPrograms: any FontProgramSource) throws {
        var opened: [OpenOutput] = []
        do {
            for output in outputs { opened.append(try output.open(metadata: metadata, fontPrograms: fontPrograms)) }
        } catch {
            for output in opened { output.abandon() }
            throw error
        }
        self.outputs = opened
    }

    /// Every output's sink, in the order asked for.
    var sinks: [any PageSink] { outputs.map(\.sink) }

    /// Completes every output, in order; on the first failure drops the rest and rethrows.
    func finish() throws -> [OpenOutput.Made] {
        var made: [OpenOutput.Made] = []
        for (index, output) in outputs.enumerated() {
            do {
                made.append(try output.finish())
            } catch {
                for later in outputs[index...] { later.abandon() }
                throw error
            }
        }
        return made
    }

    /// Drops every output (after a failed layout): staged files are removed.
    func abandon() {
        for output in outputs { output.abandon() }
    }
}
