/// Maps the letters that occur in a dictionary's patterns to small codes (`UInt16`), so the trie can key
/// its edges compactly. Code 0 means "not in any pattern" (it never matches); code 1 is the word edge `.`.
struct PatternAlphabet: Sendable {
    static let unknown: UInt16 = 0
    static let edge: UInt16 = 1
    /// Direct table for scalars below this value (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic).
    private static let directLimit: UInt32 = 0x800

    private var direct: [UInt16]
    private var others: [UInt32: UInt16] = [:]
    private(set) var count: Int = 2

    init() {
        direct = [UInt16](repeating: PatternAlphabet.unknown, count: Int(PatternAlphabet.directLimit))
        direct[Int(UInt8(ascii: "."))] = PatternAlphabet.edge
    }

    @inline(__always)
    func code(for scalar: UInt32) -> UInt16 {
        scalar < PatternAlphabet.directLimit ? direct[Int(scalar)] : (others[scalar] ?? PatternAlphabet.unknown)
    }

    /// The code for `scalar`, assigning a new one if needed; nil when all 65,534 codes are taken.
    @inline(__always)
    mutating func insert(_ scalar: UInt32) -> UInt16? {
        let existing = code(for: scalar)
        if existing != PatternAlphabet.unknown { return existing }
        guard count <= Int(UInt16.max) else { return nil }
        let new = UInt16(count)
        count += 1
        if scalar < PatternAlphabet.directLimit { direct[Int(scalar)] = new } else { others[scalar] = new }
        return new
    }
}

/// Collects one level of patterns into a linked trie (first child / next sibling), which is cheap to grow:
/// new nodes are appended to flat arrays, and since pattern files come roughly sorted, each pattern starts
/// from the node where it leaves the previous one instead of from the root. `build` then lays it out for lookup.
struct PatternTrieBuilder {
    static let maxNodes = Int(Int32.max) - 1

    private var code: [UInt16] = [0]
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    /// Per node: 0 when no pattern ends there, else 1 + offset of the pattern's digits in `values`.
    private var nodeValue: [UInt32] = [0]
    /// Per pattern: `[first slot, count, digit, digit, ...]`, the digits trimmed of zeros at both ends.
    private var values: [UInt8] = []
    private var patternCount = 0
    // The previous pattern's codes and the nodes along it.
    private var lastCodes: [UInt16] = []
    private var lastPath: [Int32] = [0]

    init(expectedNodes: Int = 0) {
        code.reserveCapacity(expectedNodes)
        firstChild.reserveCapacity(expectedNodes)
        nextSibling.reserveCapacity(expectedNodes)
        nodeValue.reserveCapacity(expectedNodes)
    }

    @inline(__always)
    private func find(_ parent: Int32, _ letter: UInt16) -> Int32 {
        var child = firstChild[Int(parent)]
        while child >= 0 && code[Int(child)] != letter { child = nextSibling[Int(child)] }
        return child
    }

    /// Adds a pattern: `letters` are alphabet codes, `digits` has `letters.count + 1` entries. A pattern
    /// added twice keeps the later digits (as libhyphen does). Returns false when the trie is full.
    mutating func insert(letters: UnsafeBufferPointer<UInt16>, digits: UnsafeBufferPointer<UInt8>) -> Bool {
        var first = 0
        while first < digits.count && digits[first] == 0 { first += 1 }
        var common = 0
        let limit = min(letters.count, lastCodes.count)
        while common < limit && lastCodes[common] == letters[common] { common += 1 }

        lastCodes.removeSubrange(common...)
        lastPath.removeSubrange((common + 1)...)
        var node = lastPath[common]
        for letter in letters[common...] {
            var child = find(node, letter)
            if child < 0 {
                guard code.count <= PatternTrieBuilder.maxNodes else { return false }
                child = Int32(code.count)
                code.append(letter)
                firstChild.append(-1)
                nextSibling.append(firstChild[Int(node)])
                nodeValue.append(0)
                firstChild[Int(node)] = child
            }
            node = child
            lastCodes.append(letter)
            lastPath.append(node)
        }

        // A pattern of zeros changes no value but still exists as a state that shadows shorter patterns
        // (see `PatternTrieView.apply`), so its nodes are created all the same.
        guard first < digits.count else {
            if nodeValue[Int(node)] != 0 { patternCount -= 1 }
            nodeValue[Int(node)] = 0
            return true
        }
        var last = digits.count - 1
        while digits[last] == 0 { last -= 1 }
        if nodeValue[Int(node)] == 0 { patternCount += 1 }
        nodeValue[Int(node)] = UInt32(values.count + 1)
        values.append(UInt8(first))
        values.append(UInt8(last - first + 1))
        values.append(contentsOf: digits[first...last])
        return true
    }

    /// The lookup form: nodes renumbered breadth-first so that each node's children are consecutive and
    /// sorted by code. `alphabetSize` sizes the root's direct table.
    func build(alphabetSize: Int) -> PatternTrie {
        let count = code.count
        var order = [Int32](repeating: 0, count: count)  // new id -> old id
        var newFirst = [Int32](repeating: 0, count: count + 1)
        var newCode = [UInt16](repeating: 0, count: count)
        var newValue = [UInt32](repeating: 0, count: count)
        var children: [Int32] = []
        var filled = 1
        for id in 0..<count {
            newFirst[id] = Int32(filled)
            let old = Int(order[id])
            children.removeAll(keepingCapacity: true)
            var child = firstChild[old]
            while child >= 0 {
                children.append(child)
                child = nextSibling[Int(child)]
            }
            // Few children per node: insertion sort by code. Siblings are linked newest first and files come
            // roughly sorted, so reversing first leaves little to sort.
            if children.count > 1 {
                children.reverse()
                for i in 1..<children.count {
                    let item = children[i]
                    let key = code[Int(item)]
                    var j = i - 1
                    while j >= 0 && code[Int(children[j])] > key {
                        children[j + 1] = children[j]
                        j -= 1
                    }
                    children[j + 1] = item
                }
            }
            for child in children {
                order[filled] = child
                newCode[filled] = code[Int(child)]
                newValue[filled] = nodeValue[Int(child)]
                filled += 1
            }
        }
        newFirst[count] = Int32(filled)
        newValue[0] = nodeValue[0]

        var rootChild = [Int32](repeating: -1, count: Swift.max(alphabetSize, 2))
        for id in Int(newFirst[0])..<Int(newFirst[1]) { rootChild[Int(newCode[id])] = Int32(id) }
        return PatternTrie(firstChild: newFirst, code: newCode, nodeValue: newValue, values: values,
                           rootChild: rootChild, patternCount: patternCount)
    }
}

/// One level of Liang patterns, laid out for lookup.
///
/// Nodes are numbered breadth-first: the children of node `n` are the nodes `firstChild[n] ..< firstChild[n + 1]`,
/// sorted by letter code (`code[child]`), so finding a child is a short scan of adjacent `UInt16`s; the root's
/// children are a direct table by code. A node that ends a pattern points into `values`, where the pattern's
/// digits are stored trimmed of zeros at both ends as `[first slot, count, digit, digit, ...]`; slot `k` of a
/// pattern of `n` letters is the gap before its `k`-th letter (slot `n` is after the last).
struct PatternTrie: Sendable {
    let firstChild: [Int32]
    let code: [UInt16]
    let nodeValue: [UInt32]
    let values: [UInt8]
    let rootChild: [Int32]
    let patternCount: Int

    var nodeCount: Int { code.count }
    var isEmpty: Bool { patternCount == 0 }

    /// Calls `body` with a read-only view for matching, valid only inside `body`.
    func withView<R>(_ body: (PatternTrieView) -> R) -> R {
        firstChild.withUnsafeBufferPointer { firstChild in
            code.withUnsafeBufferPointer { code in
                nodeValue.withUnsafeBufferPointer { nodeValue in
                    values.withUnsafeBufferPointer { values in
                        rootChild.withUnsafeBufferPointer { rootChild in
                            body(PatternTrieView(firstChild: firstChild, code: code, nodeValue: nodeValue,
                                                 values: values, rootChild: rootChild))
                        }
                    }
                }
            }
        }
    }
}

/// Allocation-free access to a built trie during one hyphenation.
struct PatternTrieView {
    let firstChild: UnsafeBufferPointer<Int32>
    let code: UnsafeBufferPointer<UInt16>
    let nodeValue: UnsafeBufferPointer<UInt32>
    let values: UnsafeBufferPointer<UInt8>
    let rootChild: UnsafeBufferPointer<Int32>

    /// The child of `parent` along `letter`, or -1.
    @inline(__always)
    func child(_ parent: Int, _ letter: UInt16) -> Int {
        if parent == 0 {
            return Int(letter) < rootChild.count ? Int(rootChild[Int(letter)]) : -1
        }
        var index = Int(firstChild[parent])
        let end = Int(firstChild[parent + 1])
        while index < end {
            let found = code[index]
            if found == letter { return index }
            if found > letter { return -1 }
            index += 1
        }
        return -1
    }

    /// Liang's rule over `codes` (which must start and end with the edge code) as libhyphen applies it.
    /// `gaps[k]` is the gap before `codes[k]`; it needs `codes.count + 1` entries and is overwritten.
    /// `states` and `starts` are scratch of `codes.count` entries.
    ///
    /// libhyphen runs the patterns as an automaton whose state after each letter is the longest suffix of the
    /// text read so far that begins some pattern, and applies only the pattern (if any) that *is* that state;
    /// shorter patterns ending at the same letter are not applied. Files converted from TeX are meant to be
    /// preprocessed so that every pattern already carries the digits of the patterns it ends with, and then
    /// this is exactly Liang's rule (max over all matching patterns); the en/fr/es dictionaries give the same
    /// result either way. Debian's German file is not preprocessed and relies on the shadowing: its `a1r`
    /// (meant for words ending in -ar) must not fire inside "farbe", which the longer state `far` prevents.
    /// So this follows libhyphen: for each end position, the match of the longest path in the trie ending there.
    func apply(to codes: UnsafeBufferPointer<UInt16>, gaps: UnsafeMutableBufferPointer<UInt8>,
               states: UnsafeMutableBufferPointer<Int32>, starts: UnsafeMutableBufferPointer<Int32>) {
        let n = codes.count
        for k in 0...n { gaps[k] = 0 }
        for k in 0..<n { states[k] = -1 }
        // Walking from each start in increasing order, the first walk to reach an end is the longest path there.
        for start in 0..<n {
            var node = 0
            var end = start
            while end < n {
                node = child(node, codes[end])
                if node < 0 { break }
                if states[end] < 0 {
                    states[end] = Int32(node)
                    starts[end] = Int32(start)
                }
                end += 1
            }
        }
        for end in 0..<n where states[end] >= 0 {
            let value = Int(nodeValue[Int(states[end])])
            guard value != 0 else { continue }
            let first = Int(values[value - 1])
            let count = Int(values[value])
            var gap = Int(starts[end]) + first
            for d in 0..<count {
                let digit = values[value + 1 + d]
                if digit > gaps[gap] { gaps[gap] = digit }
                gap += 1
            }
        }
    }
}
