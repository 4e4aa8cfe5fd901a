/// The measured height of each item of the signatory flow, in list order, stored compactly.
///
/// A list of a million entries has a handful of distinct heights (one line, two lines, a group
/// heading...), so each item keeps a one-byte code into a table of the distinct values instead
/// of a `Double` of its own: 1 MB instead of 8 for a million items. The values read back are the
/// measured ones, bit for bit, so pages break exactly where `[Double]` would make them break.
/// A list with more than 256 distinct heights keeps its heights as `Double`s.
struct ItemHeights: RandomAccessCollection, Equatable {
    private enum Storage: Equatable {
        /// Each item's index into `values`, whose elements are distinct.
        case coded([UInt8], values: [Double])
        case plain([Double])
    }

    private var storage: Storage = .coded([], values: [])

    init() {}

    init(_ heights: some Sequence<Double>) {
        for height in heights { append(height) }
    }

    var startIndex: Int { 0 }

    var endIndex: Int {
        switch storage {
        case .coded(let codes, _): codes.count
        case .plain(let heights): heights.count
        }
    }

    subscript(position: Int) -> Double {
        switch storage {
        case .coded(let codes, let values): values[Int(codes[position])]
        case .plain(let heights): heights[position]
        }
    }

    mutating func reserveCapacity(_ count: Int) {
        switch storage {
        case .coded(var codes, let values):
            storage = .plain([])
            codes.reserveCapacity(count)
            storage = .coded(codes, values: values)
        case .plain(var heights):
            storage = .plain([])
            heights.reserveCapacity(count)
            storage = .plain(heights)
        }
    }

    mutating func append(_ height: Double) {
        switch storage {
        case .coded(var codes, var values):
            // Compared by bits, so that 0.0 and -0.0 (or two NaNs) stay what they were.
            var code = values.firstIndex { $0.bitPattern == height.bitPattern }
            if code == nil, values.count <= Int(UInt8.max) {
                values.append(height)
                code = values.count - 1
            }
            guard let code else {
                storage = .plain(codes.map { values[Int($0)] } + [height])
                return
            }
            // Emptied first, so the arrays are not shared while they grow.
            storage = .plain([])
            codes.append(UInt8(code))
            storage = .coded(codes, values: values)
        case .plain(var heights):
            storage = .plain([])
            heights.append(height)
            storage = .plain(heights)
        }
    }

    mutating func append(contentsOf other: ItemHeights) {
        reserveCapacity(count + other.count)
        for height in other { append(height) }
    }

    /// The sum of the heights from `start` to the end, added from the last one back, which is
    /// the order (and so the rounding) in which a table of sums from the end is built.
    func sum(from start: Int) -> Double {
        var total = 0.0
        for index in stride(from: count - 1, through: start, by: -1) { total += self[index] }
        return total
    }
}
