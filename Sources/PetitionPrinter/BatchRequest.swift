import Foundation

/// What the user asked `petition batch` to do: several translations of one letter, one signatory
/// list and one layout, one PDF each.
public struct BatchRequest: Sendable {
    /// Letter files, or folders whose `.txt` files are all letters.
    public var letters: [String]
    public var signatories: String?
    public var layout: String
    /// Where the PDFs go (`<letter name>.pdf`); nil puts each beside its letter.
    public var outputDirectory: String?
    public var strictGlyphs: Bool
    /// Translations rendered at once; nil for one per core.
    public var jobs: Int?
    /// How the shared signatory list is read, ordered and grouped (sorted with `collation`, or
    /// English collation, so every translation prints the same list).
    public var list: ListOptions
    /// Also write one PDF holding every translation in order, a bookmark per language (`-` for
    /// standard output); nil for none. Not with a split list.
    public var combined: String?

    public init(letters: [String], signatories: String? = nil, layout: String = "classic-a4", outputDirectory: String? = nil,
                strictGlyphs: Bool = false, jobs: Int? = nil, list: ListOptions = ListOptions(), combined: String? = nil) {
        self.list = list
        self.combined = combined
        self.letters = letters
        self.signatories = signatories
        self.layout = layout
        self.outputDirectory = outputDirectory
        self.strictGlyphs = strictGlyphs
        self.jobs = jobs
    }

    /// The letter files: files as given, each folder's `.txt` files by name.
    public func letterFiles() throws -> [String] {
        try letters.flatMap { path -> [String] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else { return [path] }
            return try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".txt") }.sorted()
                .map { (path as NSString).appendingPathComponent($0) }
        }
    }

    /// Where the PDF of `letter` goes: into the output folder, else beside the letter.
    func output(for letter: String) -> String {
        guard let outputDirectory else { return RenderRequest.pdfPath(besideLetter: letter) }
        let name = ((letter as NSString).lastPathComponent as NSString).deletingPathExtension + ".pdf"
        return (outputDirectory as NSString).appendingPathComponent(name)
    }
}
