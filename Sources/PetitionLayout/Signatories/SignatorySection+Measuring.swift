import Diagnostics
import Foundation
import LayoutFile
import Synchronization

/// Measuring the list: every entry is set once to learn its height, before any page exists
/// (so before the PDF writer has work). A long list is measured in two halves at once, the
/// second on a thread of its own with caches of its own (unless the request says the other core
/// is taken); heights and warnings come out in list order, exactly as from one pass.
extension SignatorySection {
    /// Lists with fewer items are measured on the calling thread alone.
    static let itemsWorthASecondThread = 4_000

    /// Each flow item's height, measured by setting it; entries that need a missing glyph or do
    /// not fit their column are reported against their row. `progress` hears on the calling thread;
    /// when it throws, measuring stops (the second half too) and the error comes out here.
    /// A second half measured on another thread is later drawn with the setter that measured
    /// it, whose caches already hold its words.
    mutating func measure(warnings: inout [Diagnostic], progress: ((LayoutProgress) throws -> Void)?) throws -> ItemHeights {
        let counter = MeasuredCount()
        guard flow.count >= Self.itemsWorthASecondThread, request.measuresOnTwoThreads else {
            return try measure(0..<flow.count, warnings: &warnings, counter: counter, progress: progress)
        }
        let middle = flow.count / 2
        let second = MeasuringHalf(section: withOwnCaches(), items: middle..<flow.count, counter: counter)
        let finished = DispatchSemaphore(value: 0)
        Thread {
            second.measure()
            finished.signal()
        }.start()
        let first = Result { try measure(0..<middle, warnings: &warnings, counter: counter, progress: progress) }
        if case .failure = first { counter.stop() }
        finished.wait()
        var heights = try first.get()
        heights.append(contentsOf: second.heights)
        warnings += second.warnings
        secondHalf = (middle, second.section.setter)
        return heights
    }

    /// The heights of flow items `items`, adding their warnings to `warnings`.
    fileprivate func measure(_ items: Range<Int>, warnings: inout [Diagnostic], counter: MeasuredCount,
                             progress: ((LayoutProgress) throws -> Void)?) throws -> ItemHeights {
        var heights = ItemHeights()
        heights.reserveCapacity(items.count)
        for index in items {
            if (index - items.lowerBound) % MeasuredCount.step == 0 {
                if index > items.lowerBound { counter.add(MeasuredCount.step) }
                if counter.stopped { break }
                try progress?(LayoutProgress(phase: .measuring, done: counter.value, total: flow.count))
            }
            switch flow.item(at: index) {
            case .entry(let entry):
                let signatory = request.signatories[entry]
                let location = request.location(of: signatory)
                let measured = setter.measure(signatory, at: location)
                warnings += measured.warnings
                heights.append(measured.height)
            case .groupHeading(let group):
                heights.append(groupHeading(group, continued: false, x: 0).height)
            case .closing:
                heights.append(closing(x: 0).height)
            }
        }
        return heights
    }

    private func withOwnCaches() -> SignatorySection {
        var section = self
        section.setter = setter.withOwnCaches()
        return section
    }
}

/// How many flow items both halves have measured, counted in steps, for progress reports; and
/// whether the first half was stopped, so the second stops too.
private final class MeasuredCount: Sendable {
    static let step = 1000
    private let count = Atomic<Int>(0)
    private let stopFlag = Atomic<Bool>(false)

    var value: Int { count.load(ordering: .relaxed) }
    var stopped: Bool { stopFlag.load(ordering: .relaxed) }

    func stop() {
        stopFlag.store(true, ordering: .relaxed)
    }

    func add(_ items: Int) {
        count.add(items, ordering: .relaxed)
    }
}

/// The second half of a list being measured on another thread. Unchecked sendable: its section
/// (with caches of its own) is used by that thread alone, and the results are read only after
/// the thread signals it has finished.
private final class MeasuringHalf: @unchecked Sendable {
    let section: SignatorySection
    let items: Range<Int>
    let counter: MeasuredCount
    private(set) var heights = ItemHeights()
    private(set) var warnings: [Diagnostic] = []

    init(section: SignatorySection, items: Range<Int>, counter: MeasuredCount) {
        self.section = section
        self.items = items
        self.counter = counter
    }

    func measure() {
        // Without a progress handler nothing here throws; a stop only ends the loop early.
        heights = (try? section.measure(items, warnings: &warnings, counter: counter, progress: nil)) ?? ItemHeights()
    }
}
