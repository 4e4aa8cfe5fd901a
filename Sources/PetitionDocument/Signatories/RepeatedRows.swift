import Foundation

/// Finds the rows that repeat an earlier row exactly (`DuplicateFinder`) and the rows that only
/// look like an earlier one (`LookAlikeFinder`), both in file order.
///
/// Duplicates are never compared for looks, so the look-alike search follows the duplicate
/// search row by row. On a long list the two run at once: duplicates on the calling thread,
/// look-alikes on a thread of their own a little behind, reading which rows are duplicates as
/// they are published in batches. The results are those of one pass after the other.
struct RepeatedRows {
    /// Rows that repeat an earlier row, in file order.
    var duplicates: [DuplicateRow] = []
    /// Rows that look like an earlier row without repeating it, in file order.
    var lookAlikes: [DuplicateRow] = []
    /// For each row, whether it repeats an earlier one.
    var isDuplicate: [Bool] = []

    /// Lists with fewer rows are searched on the calling thread alone.
    static let rowsWorthASecondThread = 4_000

    /// The duplicates and look-alikes among `rows`, comparing the name and `columns`; `fileName`
    /// names the file of a row (for merged lists).
    init(_ rows: SignatoryArray, columns: [SignatoryColumn], fileName: (Signatory) -> String,
         rowsWorthASecondThread: Int = Self.rowsWorthASecondThread) {
        let marks = DuplicateMarks(count: rows.count)
        defer { marks.deallocate() }
        let search = LookAlikeSearch(rows: rows, columns: columns, marks: marks)
        var finished: DispatchSemaphore?
        if rows.count >= rowsWorthASecondThread {
            let semaphore = DispatchSemaphore(value: 0)
            Thread {
                search.run()
                semaphore.signal()
            }.start()
            finished = semaphore
        }
        var finder = DuplicateFinder(columns: columns, expectedCount: rows.count, form: LowercaseForm())
        for index in rows.indices {
            if let first = finder.earlierRow(matching: rows[index], position: index, in: rows) {
                duplicates.append(DuplicateRow(file: fileName(rows[index]), line: rows[index].line, firstFile: fileName(rows[first]),
                                               firstLine: rows[first].line, name: rows[index].name))
                marks.mark(index)
            }
            if (index + 1) % DuplicateMarks.batch == 0 { marks.publish(upTo: index + 1) }
        }
        marks.publish(upTo: rows.count)
        if let finished { finished.wait() } else { search.run() }
        lookAlikes = search.found.map { found in
            DuplicateRow(file: fileName(rows[found.row]), line: rows[found.row].line, firstFile: fileName(rows[found.first]),
                         firstLine: rows[found.first].line, name: rows[found.row].name)
        }
        isDuplicate = Array(marks.flags)
    }
}

/// Which rows are duplicates, written by the duplicate search and read by the look-alike search
/// up to where it has been published.
///
/// A flag is written before the batch holding it is published, under the lock the reader takes
/// to learn how far it may read, so the reader never sees a flag being written.
private final class DuplicateMarks: @unchecked Sendable {
    /// Rows published at a time.
    static let batch = 2_048

    let flags: UnsafeMutableBufferPointer<Bool>
    private let condition = NSCondition()
    private var published = 0

    init(count: Int) {
        flags = .allocate(capacity: count)
        flags.initialize(repeating: false)
    }

    func mark(_ row: Int) {
        flags[row] = true
    }

    /// Rows before `end` are final.
    func publish(upTo end: Int) {
        condition.lock()
        published = end
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the row at `row` is final; returns how many rows are.
    func waitFor(_ row: Int) -> Int {
        condition.lock()
        while published <= row { condition.wait() }
        let end = published
        condition.unlock()
        return end
    }

    func deallocate() {
        flags.deallocate()
    }
}

/// The look-alike search over the rows that are not duplicates, run on its own thread or
/// after the duplicate search. Its fields are touched by one thread at a time: the searching
/// thread until it signals, the caller after.
private final class LookAlikeSearch: @unchecked Sendable {
    private var rows: SignatoryArray
    private let columns: [SignatoryColumn]
    private let marks: DuplicateMarks
    /// Each look-alike row and the earlier row it looks like, as indices of the rows.
    private(set) var found: [(row: Int, first: Int)] = []

    init(rows: SignatoryArray, columns: [SignatoryColumn], marks: DuplicateMarks) {
        self.rows = rows
        self.columns = columns
        self.marks = marks
    }

    func run() {
        var finder = LookAlikeFinder(columns: columns, expectedCount: rows.count, form: SkeletonBuilder())
        var final = 0
        for index in rows.indices {
            if index >= final { final = marks.waitFor(index) }
            if marks.flags[index] { continue }
            if let first = finder.earlierRow(matching: rows[index], position: index, in: rows) {
                found.append((index, first))
            }
        }
        // Let go of the rows, so the caller can change them in place without copying.
        rows = []
    }
}
