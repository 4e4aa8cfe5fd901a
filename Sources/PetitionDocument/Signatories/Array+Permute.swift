extension Array {
    /// Reorders the elements so that element `i` becomes the old element `order[i]`, in place
    /// (following cycles), so a million signatories are not copied into a second array.
    /// `order` must be a permutation of the indices.
    mutating func permute(by order: [Int]) {
        precondition(order.count == count, "the order must name every element once")
        var placed = [Bool](repeating: false, count: count)
        for start in indices where !placed[start] {
            let held = self[start]
            var index = start
            while true {
                placed[index] = true
                let source = order[index]
                if source == start {
                    self[index] = held
                    break
                }
                self[index] = self[source]
                index = source
            }
        }
    }
}
