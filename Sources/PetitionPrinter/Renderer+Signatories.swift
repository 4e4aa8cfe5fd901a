import Diagnostics
import Foundation
import LayoutFile
import PetitionDocument
import PetitionLayout

extension Renderer {
    /// Reads the signatory lists (files, and the lists in folders; see `InputFiles.signatoryLists`),
    /// merges them in order and processes the whole: columns, privacy (the option, else the
    /// layout's preset), duplicates (across files too), order and groups. Each file's bytes are
    /// given back as they are read.
    func processSignatories(_ paths: [String], options list: ListOptions, settings: LayoutSettings,
                            locale: String, anonymousName: String) throws -> ProcessedSignatories {
        let columns: ColumnOverrides?
        do { columns = try list.columns.map(ColumnOverrides.init(parsing:)) } catch {
            throw InputError(file: "--columns", error.description)
        }
        var options = SignatoryOptions(
            columns: columns,
            detailColumns: settings.signatories.fields.compactMap { SignatoryColumn(rawValue: $0.rawValue) },
            privacy: list.privacy ?? PrivacyPreset(rawValue: settings.signatories.privacy.rawValue) ?? .full,
            anonymousName: anonymousName,
            order: list.order, groupBy: list.splitBy ?? list.groupBy, keepDuplicates: list.keepDuplicates,
            locale: locale, encoding: list.encoding)
        options.readsDates = list.figures || settings.parts.figures
        // A file is mapped and given back as it is read; standard input, or a file that cannot be
        // mapped, is read whole (which also reports why a file cannot be read).
        let lists = try InputFiles.signatoryLists(paths).map { path in
            let name = InputFiles.displayName(path)
            let mapped = path == "-" ? nil : try SignatoryReader.read(mapping: path, file: name, options: options)
            return (file: name, list: try mapped ?? SignatoryReader.read(InputFiles.read(path), file: name, options: options))
        }
        var processed = SignatoryProcessor.process(SignatoryList.merging(lists), options: options)
        for file in processed.files where file.rows == 0 {
            processed.warnings.append(.warning(at: SourceLocation(file: file.file, line: 1, column: 1),
                                              "the signatory list has no rows: nobody from it is printed"))
        }
        return processed
    }

    /// The parts to print: one per group with `--split-by`, one per N entries with
    /// `--split-every`, else the whole list.
    func parts(of list: ProcessedSignatories, options: ListOptions) -> [SignatoryPart] {
        if let size = options.splitEvery { return SignatorySplitter.every(max(size, 1), list) }
        if options.splitBy != nil { return SignatorySplitter.byGroup(list) }
        return [SignatoryPart(name: "", range: list.entries.indices, groups: list.groups)]
    }

    /// The layout's view of one part of the list: its entries, groups (relative to the part),
    /// count and digest. A list processed once for several translations under the anonymous
    /// preset prints each translation's own `anonymousName` (and its digest covers that).
    func layoutList(_ list: ProcessedSignatories, part: SignatoryPart,
                    anonymousName: String) -> (entries: SignatoryArray, groups: [ListGroup], count: Int, digest: String) {
        let whole = part.range == list.entries.indices
        var entries = whole ? list.entries : list.entries.extracting(part.range)
        let renamed = list.anonymousName.map { $0 != anonymousName } ?? false
        if renamed {
            for index in entries.indices { entries[index].name = anonymousName }
        }
        let groups = part.groups.map { ListGroup(name: $0.name, entries: ($0.range.lowerBound - part.range.lowerBound)..<($0.range.upperBound - part.range.lowerBound)) }
        let digest = whole && !renamed ? list.digest : PrintedListDigest.hex(of: entries, detailColumns: list.detailColumns)
        return (entries, groups, whole ? list.printed + list.hiddenCount : part.range.count, digest)
    }

    /// Writes the rejects report (when any row was rejected or duplicated, or a path was given)
    /// and the printed list (when asked for), each atomically. Returns the rejects file's name
    /// for the summary, if one was written.
    func writeReports(for list: ProcessedSignatories, options: ListOptions, pdfPath: String?) throws -> String? {
        var rejectsFile: String?
        let needed = !list.rejected.isEmpty || !list.duplicates.isEmpty || !list.lookAlikes.isEmpty
        if let path = options.rejectsPath ?? pdfPath.flatMap({ needed && $0 != "-" ? Self.sibling(of: $0, suffix: ".rejects.csv") : nil }) {
            try AtomicOutput(destination: path).write { try Data(RejectsReport.csv(for: list).utf8).write(to: URL(fileURLWithPath: $0)) }
            rejectsFile = path
        }
        if let path = options.listCSVPath {
            try AtomicOutput(destination: path).write { try Data(PrintedListReport.csv(for: list).utf8).write(to: URL(fileURLWithPath: $0)) }
        }
        return rejectsFile
    }

    /// `letter.pdf` → `letter.rejects.csv`, `letter-Germany.pdf` for a part.
    static func sibling(of pdfPath: String, suffix: String) -> String {
        (pdfPath as NSString).deletingPathExtension + suffix
    }
}
