import ArgumentParser
import PetitionDocument
import PetitionPrinter

/// The options that shape the signatory list (see docs/signatories.md), shared by `render` and
/// `batch`.
struct ListArguments: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Header names for fields, overriding the automatic mapping: name=Full Name,city=Town.", valueName: "field=header,..."))
    var columns: String?

    @Option(name: .long, help: ArgumentHelp("What of each signatory prints: \(PrivacyPreset.allCases.map(\.rawValue).joined(separator: ", ")). Overrides the layout.", valueName: "preset"))
    var privacy: PrivacyPreset?

    @Option(name: .long, help: ArgumentHelp("List order: \(SignatoryOrder.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "order"))
    var order: SignatoryOrder = .asGiven

    @Option(name: .long, help: ArgumentHelp("Group by a column (country, region, or any header), with a heading and subtotal per group.", valueName: "column"))
    var groupBy: String?

    @Flag(name: .long, help: "Print exact duplicates every time instead of once (they are reported either way).")
    var keepDuplicates = false

    @Option(name: .long, help: ArgumentHelp("Locale whose collation sorts names and groups (default: the letter's language).", valueName: "locale"))
    var collation: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the rejects report (default: beside the PDF as NAME.rejects.csv, when any row was rejected or duplicated).", valueName: "file.csv"))
    var rejects: String?

    @Option(name: .long, help: ArgumentHelp("Also write the printed list as CSV, from which the list digest can be recomputed (scripts/verify-digest.py).", valueName: "file.csv"))
    var listCSV: String?

    @Option(name: .long, help: ArgumentHelp("Encoding of the signatory file: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")). A file starting with a UTF-16 byte order mark is read as UTF-16.", valueName: "encoding"))
    var encoding: TextEncoding = .utf8

    @Flag(name: .long, help: "Add a figures page (the total, the largest groups, signatures over time), as press-kit has.")
    var figures = false

    func options(splitBy: String? = nil, splitEvery: Int? = nil, recipients: String? = nil) -> ListOptions {
        var options = ListOptions(columns: columns, privacy: privacy, order: order, groupBy: groupBy, keepDuplicates: keepDuplicates,
                    collation: collation, rejectsPath: rejects, listCSVPath: listCSV, splitBy: splitBy, splitEvery: splitEvery,
                    encoding: encoding, recipients: recipients)
        options.figures = figures
        return options
    }
}

extension PrivacyPreset: ExpressibleByArgument {}
extension SignatoryOrder: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}
