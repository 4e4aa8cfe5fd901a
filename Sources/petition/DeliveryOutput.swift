import Foundation
import PetitionPrinter

/// What `render` and `batch` print for a delivery (`--recipients`): warnings, a line per copy,
/// the index and the list's account, all on standard error.
enum DeliveryOutput {
    /// Renders the delivery and reports it; throws `ExitCode(1)` when it failed or a copy did.
    static func run(_ request: DeliveryRequest, quiet: Bool) throws -> DeliveryResult {
        let delivery = try Renderer().renderDelivery(request)
        var printed = Set<String>()
        let copyWarnings = delivery.copies.flatMap { (try? $0.result.get())?.warnings ?? [] }
        if !quiet {
            for warning in copyWarnings + delivery.warnings where printed.insert(warning.description).inserted {
                StandardError.print(warning.description)
            }
        }
        for copy in delivery.copies {
            switch copy.result {
            case .success(let result) where !quiet:
                StandardError.print("\(result.outputPath ?? copy.row.file): \(result.pageCount) page\(result.pageCount == 1 ? "" : "s"), "
                                    + "\(copy.row.signatures) signature\(copy.row.signatures == 1 ? "" : "s"), \(copy.row.language), "
                                    + "to \(copy.row.recipient)")
            case .failure(let error): StandardError.report(error)
            default: break
            }
        }
        if !quiet {
            let written = delivery.copies.filter { (try? $0.result.get()) != nil }.count
            StandardError.print("\(delivery.indexPath): \(written) of \(delivery.copies.count) cop\(delivery.copies.count == 1 ? "y" : "ies") written")
            StandardError.print(delivery.listSummary)
        }
        return delivery
    }
}
