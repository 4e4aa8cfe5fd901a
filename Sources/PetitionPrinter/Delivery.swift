import Diagnostics
import Foundation
import Localisation
import PetitionDocument

/// Where and how a delivery is written: one PDF per recipient of a recipients file.
public struct DeliveryRequest: Sendable {
    /// The translations to choose from, by language; the first is the fallback.
    public var letters: [String]
    /// The recipients file (see `RecipientList`).
    public var recipients: String
    /// Everything else as for one render: signatories, layout, list options (with `splitBy`),
    /// production. Its `letter` and `output` are replaced for each copy.
    public var template: RenderRequest
    /// The folder the PDFs and `delivery.csv` go to.
    public var directory: String
    /// Put before each PDF's name (`letter-` for `render -o letter.pdf`; empty for a batch).
    public var filePrefix: String
    /// Copies rendered at once; nil for one per core.
    public var jobs: Int?

    public init(letters: [String], recipients: String, template: RenderRequest, directory: String, filePrefix: String = "",
                jobs: Int? = nil) {
        self.letters = letters
        self.recipients = recipients
        self.template = template
        self.directory = directory
        self.filePrefix = filePrefix
        self.jobs = jobs
    }

    /// The index's path: `delivery.csv` in `directory`.
    public var indexPath: String { (directory as NSString).appendingPathComponent("delivery.csv") }
}

/// How a delivery went: each copy, the index, and what the user must know.
public struct DeliveryResult: Sendable {
    /// One per copy, in the order of the recipients file.
    public var copies: [DeliveredCopy]
    /// `delivery.csv`, listing every copy written.
    public var indexPath: String
    /// The recipients file's warnings, groups without recipients and recipients without groups,
    /// and recipients whose language has no translation.
    public var warnings: [Diagnostic]
    /// The list's one-line account, as for a render.
    public var listSummary: String

    /// Whether every copy was written.
    public var succeeded: Bool { copies.allSatisfy { (try? $0.result.get()) != nil } }
}

/// One recipient's copy: the index row, and the render's result or the error that stopped it.
public struct DeliveredCopy: Sendable {
    public var recipient: Recipient
    public var row: DeliveryIndex.Row
    public var result: Result<RenderResult, any Error>
}

extension Renderer {
    /// Renders one PDF per recipient: the translation in the recipient's language (the first
    /// letter, with a warning, when none is), addressed to them (their `to` and address replace
    /// the letter's `To:`, their salutation opens the body), holding only their group's
    /// signatories with that group's totals and digest. The list is read once. Files are named
    /// after the group (`SafeFileNames`); `delivery.csv` lists every copy written. A copy that
    /// fails does not stop the others; the index and the list's reports are written last.
    public func renderDelivery(_ request: DeliveryRequest) throws -> DeliveryResult {
        guard let splitColumn = request.template.list.splitBy else {
            throw InputError(file: request.recipients, "--recipients needs --split-by COLUMN: the column whose values the file's 'group' names")
        }
        let recipients = try RecipientList.parse(Array(InputFiles.read(request.recipients)), file: InputFiles.displayName(request.recipients))
        let translations = try request.letters.map { letter in
            var single = request.template
            single.letter = letter
            return try prepare(single)
        }
        let signatories = request.template.signatories
        guard let first = translations.first, !signatories.isEmpty else {
            throw InputError(file: request.recipients, "a delivery needs a letter and --signatories")
        }
        // Each copy prints its own language's word for an anonymous signatory (see `layoutList`).
        do {
            try FileManager.default.createDirectory(atPath: request.directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: request.directory, message: "the delivery's folder cannot be made (\(error.localizedDescription))")
        }
        let list = try processSignatories(signatories, options: request.template.list, settings: first.settings,
                                          locale: request.template.list.collation ?? (translations.count == 1 ? first.language : "en"),
                                          anonymousName: first.terms.text(.anonymous))
        let plan = DeliveryPlan(recipients: recipients.recipients, parts: SignatorySplitter.byGroup(list), splitColumn: splitColumn)
        var warnings = recipients.warnings + plan.warnings
        var names = SafeFileNames()
        let jobs = plan.copies.map { copy -> (copy: DeliveryPlan.Copy, translation: Int, output: String, outputs: [Output]) in
            let translation = Self.translation(for: copy.recipient, among: translations.map(\.language))
            if translation == nil, let language = copy.recipient.language {
                warnings.append(Diagnostic.warning(at: copy.recipient.location,
                                        "no translation in '\(language)' for group '\(copy.recipient.group)': its copy uses the "
                                        + "'\(first.language)' letter (\(request.letters[0]))"))
            }
            let name = names.name(for: copy.part.name)
            let path = (request.directory as NSString).appendingPathComponent(request.filePrefix + name + ".pdf")
            // The copy's PDF goes to the delivery's folder; other outputs asked for (previews)
            // are named after the copy as for a split.
            let others = request.template.outputs.filter { if case .pdfFile = $0 { false } else { true } }
            return (copy, translation ?? 0, path, [.pdfFile(path)] + others.map { $0.forPart(named: name) })
        }

        // One set of font programs for every copy: a CJK face is cut down once, to the
        // characters of all the addressed letters, instead of once a copy.
        let addressedLetters = jobs.map { Self.addressed(translations[$0.translation], to: $0.copy.recipient).letter }
        let termTexts = translations.flatMap(\.terms.allTexts)
        let fontPrograms = EmbeddingSubsets { [settings = first.settings] in
            DocumentCharacters.of(letters: addressedLetters, signatories: list.entries, groupNames: list.groups.map(\.name),
                                  settings: settings, terms: termTexts)
        }
        let results = ParallelDocuments.render(jobs.count, workers: ParallelDocuments.workers(request.jobs, documents: jobs.count)) { index in
            let job = jobs[index]
            var single = request.template
            single.letter = request.letters[job.translation]
            single.outputs = job.outputs
            let prepared = Self.addressed(translations[job.translation], to: job.copy.recipient)
            return Result {
                try renderDocument(single, prepared: prepared, list: list, part: job.copy.part, outputs: job.outputs,
                                   progress: nil, alsoTo: nil, fontPrograms: fontPrograms)
            }
        }

        let rejectsFile = try writeReports(for: list, options: request.template.list,
                                           pdfPath: (request.directory as NSString).appendingPathComponent(request.filePrefix + "delivery.pdf"))
        var copies: [DeliveredCopy] = []
        for (job, result) in zip(jobs, results) {
            let result = result ?? .failure(OutputError(path: job.output, message: "was never rendered"))
            let translation = translations[job.translation]
            let digest = layoutList(list, part: job.copy.part, anonymousName: translation.terms.text(.anonymous)).digest
            let row = DeliveryIndex.Row(recipient: job.copy.recipient.to.joined(separator: "; "), group: job.copy.part.name,
                                        file: (job.output as NSString).lastPathComponent, language: translation.language,
                                        signatures: job.copy.part.range.count, digest: digest)
            copies.append(DeliveredCopy(recipient: job.copy.recipient, row: row, result: result))
        }
        let written = copies.filter { (try? $0.result.get()) != nil }.map(\.row)
        try AtomicOutput(destination: request.indexPath).write {
            try Data(DeliveryIndex.csv(written).utf8).write(to: URL(fileURLWithPath: $0))
        }
        return DeliveryResult(copies: copies, indexPath: request.indexPath, warnings: warnings,
                              listSummary: list.summary(rejectsFile: rejectsFile))
    }

    /// The translation a recipient reads: the one in their language (`fr-CA` also takes `fr`,
    /// and `fr` takes `fr-CA` when no plain `fr` is there); nil when they gave none or none fits.
    static func translation(for recipient: Recipient, among languages: [String]) -> Int? {
        guard let wanted = recipient.language?.lowercased() else { return 0 }
        let tags = languages.map { $0.lowercased() }
        func primary(_ tag: String) -> Substring { tag.split(separator: "-").first ?? Substring(tag) }
        return tags.firstIndex(of: wanted) ?? tags.firstIndex { primary($0) == primary(wanted) }
    }

    /// The letter addressed to `recipient`: their addressee and postal address replace its
    /// `To:` (one line each), and their salutation, if any, opens its body, replacing the
    /// letter's own (see `isSalutation`).
    static func addressed(_ prepared: PreparedLetter, to recipient: Recipient) -> PreparedLetter {
        var prepared = prepared
        prepared.letter.metadata.recipient = recipient.addressLines.joined(separator: "\n")
        if let salutation = recipient.salutation {
            let own = prepared.letter.blocks.first.map(isSalutation) ?? false
            prepared.letter.blocks.replaceSubrange(0..<(own ? 1 : 0),
                                                   with: [Block(kind: .paragraph, text: salutation, location: recipient.location)])
        }
        return prepared
    }

    /// Whether a letter's first block is its salutation ("Dear Ministers,", "Madame la
    /// Ministre,", "سعادة السفير،", "尊敬的部长："): a paragraph of at most
    /// `salutationLength` characters ending in a comma or colon of any script.
    static func isSalutation(_ block: Block) -> Bool {
        guard case .paragraph = block.kind, block.text.count <= salutationLength, let last = block.text.last else { return false }
        return [",", ":", "،", "，", "：", "、"].contains(last)
    }

    /// The longest first paragraph taken for a salutation.
    static let salutationLength = 80
}
