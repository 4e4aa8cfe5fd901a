import Foundation
import PetitionPrinter
import Synchronization
import Testing

/// The outputs a caller chooses, made by one layout run: a PDF in memory is the same PDF as the
/// file, images are drawn only for the pages chosen, and nothing reaches the disk that was not
/// asked for.
@Suite("outputs chosen by the caller")
struct OutputTests {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    @Test func aPDFInMemoryHasTheBytesOfTheSamePDFWrittenToAFile() throws {
        let folder = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("letter.pdf").path
        let request = RenderRequest(letter: Fixtures.exampleLetter, signatories: [Fixtures.exampleSignatories],
                                    outputs: [.pdfFile(file), .pdfData])
        let result = try Renderer().render(request)

        let written = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(result.outputPath == file)
        #expect(result.pdf == written)
        #expect(written.starts(with: Array("%PDF-1.5".utf8)))
        // The late entries (document language) are appended to the bytes in memory too.
        #expect(String(decoding: written.suffix(2048), as: UTF8.self).contains("/Lang (en)"))
    }

    @Test func imagesInMemoryAreDrawnOnlyForTheChosenPages() throws {
        let request = RenderRequest(letter: Fixtures.exampleLetter, signatories: [Fixtures.exampleSignatories],
                                    outputs: [.pngData(resolution: 36, pages: .pages([2]))])
        let result = try Renderer().render(request)

        #expect(result.pageCount == 2)
        #expect(result.outputPath == nil && result.pdf == nil)
        #expect(result.images.map(\.page) == [2])
        let image = try #require(result.images.first)
        #expect(image.file == nil)
        #expect(image.data?.starts(with: Self.pngSignature) == true)
        // A4 at 36 dpi: 298 x 421 pixels.
        #expect(image.width == 298 && image.height == 421)
    }

    @Test func previewFilesAreNamedByPageNumberAndOnlyTheFirstPagesAreDrawn() throws {
        let folder = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let previews = folder.appendingPathComponent("previews").path
        let request = RenderRequest(letter: Fixtures.exampleLetter, signatories: [Fixtures.exampleSignatories],
                                    outputs: [.pngFiles(folder: previews, resolution: 20, pages: .first(1))])
        let result = try Renderer().render(request)

        #expect(try FileManager.default.contentsOfDirectory(atPath: previews) == ["page-001.png"])
        #expect(result.images.map(\.file) == [(previews as NSString).appendingPathComponent("page-001.png")])
        #expect(result.report?.previews == [(previews as NSString).appendingPathComponent("page-001.png")])
    }

    @Test func aFailedRenderLeavesNoneOfItsOutputFiles() throws {
        let folder = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("letter.pdf").path
        let request = RenderRequest(letter: Fixtures.exampleLetter, outputs: [.pdfFile(file), .pdfData],
                                    production: ProductionOptions(logo: folder.appendingPathComponent("missing.png").path))
        #expect(throws: (any Error).self) { try Renderer().render(request) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// `-o` naming a named pipe (as `/dev/null` or `/dev/stdout` name devices) writes into it: a
    /// rename would put a regular file in place of the pipe or device.
    @Test func aPipeOrDeviceIsWrittenIntoNotReplaced() throws {
        let folder = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe.pdf").path
        #expect(mkfifo(pipe, 0o600) == 0)
        // Opening a pipe for reading waits for its writer, so the reader has a thread of its own.
        let received = Mutex<Data?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread {
            let data = FileHandle(forReadingAtPath: pipe).flatMap { try? $0.readToEnd() }
            received.withLock { $0 = data }
            done.signal()
        }.start()
        let result = try Renderer().render(RenderRequest(letter: Fixtures.exampleLetter, signatories: [Fixtures.exampleSignatories],
                                                         outputs: [.pdfFile(pipe)]))
        #expect(done.wait(timeout: .now() + 60) == .success)
        #expect(result.pageCount == 2)
        #expect(received.withLock { $0 }?.starts(with: Array("%PDF-".utf8)) == true)
        var status = stat()
        #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the pipe was replaced")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe.pdf"])
    }

    /// A destination that is a symbolic link stays one: the file it points to gets the PDF.
    @Test func aSymbolicLinkKeepsPointingAtTheNewPDF() throws {
        let folder = try Fixtures.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("petition-final.pdf")
        let link = folder.appendingPathComponent("latest.pdf")
        try Data("an older version".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        _ = try Renderer().render(RenderRequest(letter: Fixtures.exampleLetter, outputs: [.pdfFile(link.path)]))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try Data(contentsOf: target).starts(with: Array("%PDF-".utf8)))
    }

    @Test(arguments: [(PageSelection.all, 3, true), (.first(2), 3, false), (.first(2), 2, true), (.pages([1, 3]), 2, false)])
    func aPageSelectionChoosesPagesByNumber(selection: PageSelection, page: Int, chosen: Bool) {
        #expect(selection.contains(page) == chosen)
    }
}
