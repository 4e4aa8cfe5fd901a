/// Reads CSV records (RFC 4180) from bytes one at a time, counting lines.
///
/// Fields may be quoted; `""` inside quotes is a quote; quoted fields may hold delimiters and line
/// ends. Lines end with LF, CRLF or CR. Being lenient where the RFC is strict: white space
/// before an opening quote is ignored, and text after a closing quote on the same line is kept
/// as part of the field (`"Dr" Ruth` gives `Dr Ruth`).
///
/// Recovery from a broken quote: when a quoted field is never closed before the end of the
/// file, or is closed on a later line but followed by text there (a sign that a stray quote
/// swallowed the line end), the record is reported as `.brokenQuote` for the line it started on
/// and scanning resumes at the start of the next line. So one stray quote costs one row, not the
/// rest of the file.
///
/// Written here rather than taken from the package mirror's CSV libraries, because of that
/// recovery and of line numbers: yaslab/CSV.swift 2.5.2 reads a never-closed quote as one field
/// running to the end of the file, silently taking every later row with it, and SwiftCSV 0.10.0
/// stops the whole file at the first misplaced quote; neither reports a line. SwiftCSV also
/// walks grapheme clusters, so a combining mark typed after a comma hides the comma. Scanning
/// bytes also lets a large file be read in two halves at once (`CSVSignatoryReader`).
struct CSVScanner {
    enum Step {
        /// A record; its fields are in the `CSVFields` passed in.
        case record(line: Int, bytes: Range<Int>)
        /// A line with nothing but spaces (and tabs, unless tab is the delimiter).
        case blankLine
        case brokenQuote(line: Int, reason: String)
        case end
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let delimiter: UInt8
    /// Where the next record (or blank line) starts.
    private(set) var position: Int
    /// The 1-based line on which `position` stands.
    private(set) var line: Int

    init(bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, position: Int, line: Int) {
        self.bytes = bytes
        self.delimiter = delimiter
        self.position = position
        self.line = line
    }

    mutating func next(into fields: inout CSVFields) -> Step {
        guard position < bytes.count else { return .end }
        if let next = blankLineEnd() {
            position = next
            line += 1
            return .blankLine
        }
        fields.removeAll()
        let start = position
        let startLine = line
        var index = start
        while true {
            var quoteIndex = index
            while quoteIndex < bytes.count, isPadding(bytes[quoteIndex]) { quoteIndex += 1 }
            if quoteIndex < bytes.count, bytes[quoteIndex] == ASCII.quote {
                guard let closed = scanQuoted(from: quoteIndex + 1, into: &fields) else {
                    return recover(start: start, line: startLine,
                                   reason: "unterminated quoted field: the quote is never closed")
                }
                let textEnd = fieldEnd(from: closed)
                let trailing = UnsafeBufferPointer(rebasing: bytes[closed..<textEnd])
                if line > startLine, !trailing.allSatisfy(isPadding) {
                    return recover(start: start, line: startLine,
                                   reason: "broken quoted field: it runs to line \(line) and is followed by text there")
                }
                if !trailing.allSatisfy(isPadding) { fields.append(contentsOf: trailing) }
                index = textEnd
            } else {
                let end = fieldEnd(from: index)
                fields.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
            }
            fields.endField()
            if index < bytes.count, bytes[index] == delimiter {
                index += 1
                continue
            }
            position = skipLineEnd(at: index)
            return .record(line: startLine, bytes: start..<index)
        }
    }

    /// Copies the quoted field starting after its opening quote; returns the index after the
    /// closing quote, or `nil` when the file ends first.
    private mutating func scanQuoted(from start: Int, into fields: inout CSVFields) -> Int? {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == ASCII.quote {
                guard index + 1 < bytes.count, bytes[index + 1] == ASCII.quote else { return index + 1 }
                fields.append(ASCII.quote)
                index += 2
                continue
            }
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                let next = skipLineEnd(at: index)
                fields.append(ASCII.lineFeed)
                index = next
                continue
            }
            fields.append(byte)
            index += 1
        }
        return nil
    }

    /// Gives up on the record that started at `start`: scanning resumes on the following line.
    private mutating func recover(start: Int, line startLine: Int, reason: String) -> Step {
        var index = start
        while index < bytes.count, bytes[index] != ASCII.lineFeed, bytes[index] != ASCII.carriageReturn {
            index += 1
        }
        line = startLine
        position = skipLineEnd(at: index)
        return .brokenQuote(line: startLine, reason: reason)
    }

    /// The index after the line end at `index` (counting the line), or `index` at the end of file.
    private mutating func skipLineEnd(at index: Int) -> Int {
        guard index < bytes.count else { return index }
        line += 1
        if bytes[index] == ASCII.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == ASCII.lineFeed {
            return index + 2
        }
        return index + 1
    }

    private func fieldEnd(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == delimiter || byte == ASCII.lineFeed || byte == ASCII.carriageReturn { break }
            index += 1
        }
        return index
    }

    /// Where the next line starts when the current one is blank; `nil` otherwise.
    private func blankLineEnd() -> Int? {
        var index = position
        while index < bytes.count, isPadding(bytes[index]) { index += 1 }
        guard index == bytes.count || bytes[index] == ASCII.lineFeed || bytes[index] == ASCII.carriageReturn
        else { return nil }
        guard index < bytes.count else { return index }
        let isCRLF = bytes[index] == ASCII.carriageReturn && index + 1 < bytes.count
            && bytes[index + 1] == ASCII.lineFeed
        return index + (isCRLF ? 2 : 1)
    }

    private func isPadding(_ byte: UInt8) -> Bool {
        byte == ASCII.space || (byte == ASCII.tab && delimiter != ASCII.tab)
    }
}

/// The unquoted field contents of one CSV record, stored back to back in one reusable byte
/// buffer so that a million rows do not allocate a million arrays.
struct CSVFields {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    var count: Int { ends.count }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(contentsOf source: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: source)
    }

    mutating func endField() {
        ends.append(bytes.count)
    }

    /// Calls `body` with the bytes of field `index`, or with no bytes when the record has fewer
    /// fields.
    func withField<Result>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard index < ends.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer { buffer in
            body(UnsafeBufferPointer(rebasing: buffer[start..<ends[index]]))
        }
    }
}
